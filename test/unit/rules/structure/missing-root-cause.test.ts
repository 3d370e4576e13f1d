import { md, ruleTester } from '../../../helpers/rule-tester';
import { snippetText } from '../../../../server/src/snippets';

/** A section snippet's body, without its heading line: what the fix writes under the heading. */
const body = (language: 'en' | 'fr'): string => snippetText(language, 'section/root-cause')!.replace(/^#.*\n+/, '').trimEnd();
const EN = body('en');
const FR = body('fr');

ruleTester('structure/missing-root-cause', {
  en: {
    valid: [
      md`
        ## Root cause

        Our stock file was uploaded once a day.

        ## Corrective actions

        1. On 3 March 2026 we replaced the file with a live sync.

        ## Preventive measures

        - Every Monday we count the 40 best sellers.
      `,
      { name: 'implicit headings with a trailing colon', text: md`
        What went wrong:

        Our stock file was uploaded once a day.

        Actions taken:

        We replaced the file with a live sync on 3 March 2026.
      ` },
      { name: 'bold-only heading', text: '**Cause**\n\nOur carrier missed two collections.\n\n**Corrective actions**\n\nWe changed carrier on 3 March 2026.\n' },
      { name: 'heading in capitals', text: 'ROOT CAUSE\n\nOur carrier missed two collections.\n\nCORRECTIVE ACTIONS\n\nWe changed carrier on 3 March 2026.\n' },
      { name: 'question heading', text: 'Why did this happen?\n\nOur carrier missed two collections.\n\nWhat we changed?\n\nWe changed carrier.\n' },
      { name: 'numbered short lines', text: '1. Root cause\n\nOur carrier missed two collections.\n\n2. Corrective actions\n\nWe changed carrier.\n' },
      { name: 'per reason, each with its cause', text: md`
        ## Late shipment

        ### Root cause

        Our handling time was one day.

        ### Corrective actions

        1. We set four days on 3 March 2026.

        ## Stockout

        ### Cause

        Our stock file ran once a day.

        ### Corrective actions

        1. We connected a live sync on 4 March 2026.
      ` },
      { name: 'problem-type sub-headings inside the cause section', text: md`
        ## Root cause

        ### Late dispatch

        Our handling time was one day.

        ### Stock errors

        Our stock file ran once a day.

        ## Corrective actions

        1. We set four days on 3 March 2026.
      ` },
      { name: 'only a header, nothing written yet', text: '---\nreasons: [stockout]\n---\n' },
    ],
    invalid: [
      {
        name: 'actions and measures without a cause',
        text: '## Corrective actions\n\n1. We replaced the tool.\n\n## Preventive measures\n\n- We count stock daily.\n',
        errors: [{ line: 1, column: 1, endLine: 1, endColumn: 22, message: 'No section explains the root cause' }],
        output: `## Root cause\n\n${EN}\n\n## Corrective actions\n\n1. We replaced the tool.\n\n## Preventive measures\n\n- We count stock daily.\n`,
      },
      {
        name: 'no headings at all: at the start of the body, inserted at the end',
        text: '---\nreasons: [stockout]\n---\n\nWe replaced the tool and we now count stock daily.\n',
        errors: [{ line: 5, column: 1, endLine: 5, endColumn: 1 }],
        output: `---\nreasons: [stockout]\n---\n\nWe replaced the tool and we now count stock daily.\n\n## Root cause\n\n${EN}\n`,
      },
      {
        name: 'a cause written as a sentence is no section',
        text: '# Plan of action\n\nThe root cause was a slow stock file.\n\n## Corrective actions\n\n1. We replaced it.\n',
        errors: [{ line: 1, column: 1 }],
        output: `# Plan of action\n\nThe root cause was a slow stock file.\n\n## Root cause\n\n${EN}\n\n## Corrective actions\n\n1. We replaced it.\n`,
      },
      {
        name: 'per reason: the reason without a cause, at its heading',
        text: md`
          ## Late shipment

          ### Root cause

          Our handling time was one day.

          ### Corrective actions

          1. We set four days on 3 March 2026.

          ## Stockout

          ### Corrective actions

          1. We connected a live sync on 4 March 2026.
        `,
        errors: [{ line: 11, column: 1, endColumn: 12, message: 'The reason "Stockout" has no root-cause section' }],
        output: md`
          ## Late shipment

          ### Root cause

          Our handling time was one day.

          ### Corrective actions

          1. We set four days on 3 March 2026.

          ## Stockout

          ### Root cause

          BODY

          ### Corrective actions

          1. We connected a live sync on 4 March 2026.
        `.replace('BODY', EN),
      },
      {
        name: 'implicit headings with a colon: the inserted heading has one too',
        text: 'Actions taken:\n\nWe replaced the tool.\n\nSteps to prevent:\n\nWe count stock daily.\n',
        errors: [{ line: 1, column: 1 }],
        output: `Root cause:\n\n${EN}\n\nActions taken:\n\nWe replaced the tool.\n\nSteps to prevent:\n\nWe count stock daily.\n`,
      },
      {
        name: 'numbered headings: inserted before the number, in bold',
        text: '1. Corrective actions\n\nWe replaced the tool.\n\n2. Preventive measures\n\nWe count stock daily.\n',
        errors: [{ line: 1, column: 4 }],
        output: `**Root cause**\n\n${EN}\n\n1. Corrective actions\n\nWe replaced the tool.\n\n2. Preventive measures\n\nWe count stock daily.\n`,
      },
      {
        name: 'bold headings: the inserted heading is bold',
        text: '**Corrective actions**\n\nWe replaced the tool.\n',
        errors: [{ line: 1, column: 1 }],
        output: `**Root cause**\n\n${EN}\n\n**Corrective actions**\n\nWe replaced the tool.\n`,
      },
    ],
  },
  fr: {
    valid: [
      md`
        ## Cause

        Notre fichier de stock n’était envoyé qu’une fois par jour.

        ## Actions correctives

        1. Le 3 mars 2026, nous avons installé une synchronisation en continu.

        ## Mesures préventives

        - Chaque lundi, nous comptons les 40 meilleures ventes.
      `,
      { name: 'titre implicite avec deux-points', text: "Origine du problème :\n\nNotre transporteur a manqué deux enlèvements.\n\nMesures correctives :\n\nNous avons changé de transporteur le 3 mars 2026.\n" },
      { name: 'titre en gras', text: '**Analyse**\n\nNotre transporteur a manqué deux enlèvements.\n\n**Actions correctives**\n\nNous avons changé de transporteur.\n' },
      { name: 'titre en capitales', text: 'CAUSE PRINCIPALE\n\nNotre transporteur a manqué deux enlèvements.\n\nACTIONS CORRECTIVES\n\nNous avons changé de transporteur.\n' },
      { name: 'titre en question, apostrophe typographique', text: 'Pourquoi cela s’est-il produit ?\n\nNotre transporteur a manqué deux enlèvements.\n' },
      { name: 'lignes numérotées', text: "I. Cause\n\nNotre transporteur a manqué deux enlèvements.\n\nII. Actions correctives\n\nNous avons changé de transporteur.\n" },
      { name: 'par motif, chacun avec sa cause', text: md`
        ## Expéditions en retard

        ### Cause

        Notre délai était d'un jour.

        ### Actions correctives

        1. Nous l'avons porté à quatre jours le 3 mars 2026.

        ## Ruptures de stock

        ### Causes

        Notre fichier de stock partait une fois par jour.
      ` },
      { name: 'sous-titres de problèmes dans la section de cause', text: md`
        ## Cause

        ### Retards d’expédition

        Notre délai était d'un jour.

        ### Ruptures de stock

        Notre fichier partait une fois par jour.

        ## Actions correctives

        1. Nous avons porté le délai à quatre jours.
      ` },
    ],
    invalid: [
      {
        name: 'actions et mesures sans cause',
        text: "## Actions correctives\n\n1. Nous avons remplacé l'outil.\n\n## Mesures préventives\n\n- Nous comptons le stock chaque jour.\n",
        errors: [{ line: 1, column: 1, endColumn: 23, message: "Aucune section n'explique la cause" }],
        output: `## Cause\n\n${FR}\n\n## Actions correctives\n\n1. Nous avons remplacé l'outil.\n\n## Mesures préventives\n\n- Nous comptons le stock chaque jour.\n`,
      },
      {
        name: 'aucun titre',
        text: "Nous avons remplacé l'outil et nous comptons le stock chaque jour.",
        errors: [{ line: 1, column: 1, endColumn: 1 }],
        output: `Nous avons remplacé l'outil et nous comptons le stock chaque jour.\n\n## Cause\n\n${FR}\n`,
      },
      {
        name: 'par motif : le motif sans cause, sur son titre',
        text: md`
          ## Expéditions en retard

          ### Cause

          Notre délai était d'un jour.

          ### Actions correctives

          1. Nous l'avons porté à quatre jours.

          ## Ruptures de stock

          ### Mesures correctives

          1. Nous avons relié nos canaux à un outil de stock.
        `,
        errors: [{ line: 11, column: 1, message: '« Ruptures de stock »' }],
        output: md`
          ## Expéditions en retard

          ### Cause

          Notre délai était d'un jour.

          ### Actions correctives

          1. Nous l'avons porté à quatre jours.

          ## Ruptures de stock

          ### Cause

          BODY

          ### Mesures correctives

          1. Nous avons relié nos canaux à un outil de stock.
        `.replace('BODY', FR),
      },
      {
        name: 'titres implicites « : » à la française',
        text: "Actions correctives :\n\nNous avons remplacé l'outil.\n",
        errors: [{ line: 1, column: 1 }],
        output: `Cause :\n\n${FR}\n\nActions correctives :\n\nNous avons remplacé l'outil.\n`,
      },
      {
        name: 'titres en capitales',
        text: "MESURES IMMÉDIATES\n\nNous avons remplacé l'outil.\n\nMESURES PRÉVENTIVES\n\nNous comptons le stock chaque jour.\n",
        errors: [{ line: 1, column: 1 }],
        output: `**CAUSE**\n\n${FR}\n\nMESURES IMMÉDIATES\n\nNous avons remplacé l'outil.\n\nMESURES PRÉVENTIVES\n\nNous comptons le stock chaque jour.\n`,
      },
    ],
  },
});
