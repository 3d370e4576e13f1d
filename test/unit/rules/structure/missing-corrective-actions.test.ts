import { md, ruleTester } from '../../../helpers/rule-tester';
import { snippetText } from '../../../../server/src/snippets';

/** A section snippet's body, without its heading line: what the fix writes under the heading. */
const body = (language: 'en' | 'fr'): string => snippetText(language, 'section/corrective-actions')!.replace(/^#.*\n+/, '').trimEnd();
const EN = body('en');
const FR = body('fr');

ruleTester('structure/missing-corrective-actions', {
  en: {
    valid: [
      '## Root cause\n\nOur stock file ran once a day.\n\n## Immediate actions\n\n1. We replaced it on 3 March 2026.\n',
      { name: 'implicit heading with a colon', text: 'Cause:\n\nOur stock file ran once a day.\n\nActions we have taken:\n\nWe replaced it on 3 March 2026.\n' },
      { name: 'bold heading', text: '**What went wrong**\n\nOur stock file ran once a day.\n\n**Corrective measures**\n\nWe replaced it.\n' },
      { name: 'capitals', text: 'ROOT CAUSE\n\nOur stock file ran once a day.\n\nIMMEDIATE STEPS TAKEN\n\nWe replaced it.\n' },
      { name: 'numbered lines', text: '1. Root cause\n\nOur stock file ran once a day.\n\n2. Corrective actions\n\nWe replaced it.\n' },
      { name: 'question heading', text: 'Why did this happen?\n\nOur stock file ran once a day.\n\nWhat have we done?\n\nWe replaced it.\n' },
      { name: 'per reason, each with its actions', text: md`
        ## Damaged items

        ### Root cause

        Our boxes were too thin.

        ### Corrective actions

        1. We moved to double-wall boxes.

        ## Late shipment

        ### Root cause

        Our handling time was one day.

        ### Actions taken

        1. We set four days.
      ` },
      { name: 'problem-type sub-headings inside the actions section', text: md`
        ## Root cause

        Two faults.

        ## Corrective actions

        ### Late dispatch

        1. We set four days.

        ### Stock-outs

        1. We connected a live sync.
      ` },
    ],
    invalid: [
      {
        name: 'cause and prevention but no actions: inserted between them',
        text: '## Root cause\n\nOur stock file ran once a day.\n\n## Preventive measures\n\n- We count stock every Monday.\n',
        errors: [{ line: 1, column: 1, endColumn: 14, message: 'No section lists the actions already taken' }],
        output: `## Root cause\n\nOur stock file ran once a day.\n\n## Corrective actions\n\n${EN}\n\n## Preventive measures\n\n- We count stock every Monday.\n`,
      },
      {
        name: 'a cause only: inserted after it',
        text: '## Root cause\n\nOur stock file ran once a day.\n',
        errors: [{ line: 1, column: 1 }],
        output: `## Root cause\n\nOur stock file ran once a day.\n\n## Corrective actions\n\n${EN}\n`,
      },
      {
        name: 'an action written in a paragraph is no section',
        text: '# Plan of action\n\n## Root cause\n\nOur stock file ran once a day.\n\nWe replaced it on 3 March 2026.\n\n## Preventive measures\n\n- We count stock every Monday.\n',
        errors: [{ line: 1, column: 1, endColumn: 17 }],
        output: `# Plan of action\n\n## Root cause\n\nOur stock file ran once a day.\n\nWe replaced it on 3 March 2026.\n\n## Corrective actions\n\n${EN}\n\n## Preventive measures\n\n- We count stock every Monday.\n`,
      },
      {
        name: 'per reason: the reason without actions, at its heading',
        text: md`
          ## Damaged items

          ### Root cause

          Our boxes were too thin.

          ### Preventive measures

          - Every new product is drop-tested.

          ## Late shipment

          ### Root cause

          Our handling time was one day.

          ### Corrective actions

          1. We set four days.
        `,
        errors: [{ line: 1, column: 1, endColumn: 17, message: 'The reason "Damaged items" has no corrective-actions section' }],
        output: md`
          ## Damaged items

          ### Root cause

          Our boxes were too thin.

          ### Corrective actions

          BODY

          ### Preventive measures

          - Every new product is drop-tested.

          ## Late shipment

          ### Root cause

          Our handling time was one day.

          ### Corrective actions

          1. We set four days.
        `.replace('BODY', EN),
      },
      {
        name: 'headings in capitals: the inserted heading too',
        text: 'ROOT CAUSE\n\nOur stock file ran once a day.\n\nPREVENTIVE MEASURES\n\nWe count stock every Monday.\n',
        errors: [{ line: 1, column: 1 }],
        output: `ROOT CAUSE\n\nOur stock file ran once a day.\n\nCORRECTIVE ACTIONS\n\n${EN}\n\nPREVENTIVE MEASURES\n\nWe count stock every Monday.\n`,
      },
      {
        name: 'no headings',
        text: 'Our stock file ran once a day, so we sold items we no longer had.\n',
        errors: [{ line: 1, column: 1, endColumn: 1 }],
        output: `Our stock file ran once a day, so we sold items we no longer had.\n\n## Corrective actions\n\n${EN}\n`,
      },
    ],
  },
  fr: {
    valid: [
      "## Cause\n\nNotre fichier de stock partait une fois par jour.\n\n## Mesures immédiates\n\n1. Le 3 mars 2026, nous l'avons remplacé.\n",
      { name: 'titre implicite avec deux-points', text: "Causes :\n\nNotre fichier partait une fois par jour.\n\nMesures correctives :\n\nNous l’avons remplacé.\n" },
      { name: 'titre en gras', text: "**Origine du problème**\n\nNotre fichier partait une fois par jour.\n\n**Actions déjà réalisées**\n\nNous l'avons remplacé.\n" },
      { name: 'capitales', text: "CAUSE PRINCIPALE\n\nNotre fichier partait une fois par jour.\n\nACTIONS CORRECTIVES\n\nNous l'avons remplacé.\n" },
      { name: 'numérotation romaine', text: "I. Cause\n\nNotre fichier partait une fois par jour.\n\nII. Actions correctives\n\nNous l'avons remplacé.\n" },
      { name: 'question', text: "Qu’est-ce qui a failli ?\n\nNotre fichier.\n\nCe que nous avons corrigé ?\n\nNous l'avons remplacé.\n" },
      { name: 'par motif', text: md`
        ## Articles endommagés

        ### Cause

        Nos cartons étaient trop fins.

        ### Actions correctives

        1. Nous avons adopté un carton double cannelure.
      ` },
    ],
    invalid: [
      {
        name: 'cause et prévention sans actions',
        text: "## Cause\n\nNotre fichier partait une fois par jour.\n\n## Mesures préventives\n\n- Chaque lundi, nous comptons le stock.\n",
        errors: [{ line: 1, column: 1, message: 'Aucune section ne liste les actions déjà réalisées' }],
        output: `## Cause\n\nNotre fichier partait une fois par jour.\n\n## Actions correctives\n\n${FR}\n\n## Mesures préventives\n\n- Chaque lundi, nous comptons le stock.\n`,
      },
      {
        name: 'cause seule, titre en gras',
        text: '**Cause**\n\nNotre fichier partait une fois par jour.\n',
        errors: [{ line: 1, column: 1 }],
        output: `**Cause**\n\nNotre fichier partait une fois par jour.\n\n**Actions correctives**\n\n${FR}\n`,
      },
      {
        name: 'par motif : sur le titre du motif',
        text: md`
          ## Articles endommagés

          ### Cause

          Nos cartons étaient trop fins.

          ## Retards d’expédition

          ### Cause

          Notre délai était d'un jour.

          ### Actions correctives

          1. Nous l'avons porté à quatre jours.
        `,
        errors: [{ line: 1, column: 1, message: '« Articles endommagés »' }],
        output: md`
          ## Articles endommagés

          ### Cause

          Nos cartons étaient trop fins.

          ### Actions correctives

          BODY

          ## Retards d’expédition

          ### Cause

          Notre délai était d'un jour.

          ### Actions correctives

          1. Nous l'avons porté à quatre jours.
        `.replace('BODY', FR),
      },
      {
        name: 'titres à deux-points',
        text: "Cause :\n\nNotre fichier partait une fois par jour.\n\nMesures préventives :\n\nNous comptons le stock chaque lundi.\n",
        errors: [{ line: 1, column: 1 }],
        output: `Cause :\n\nNotre fichier partait une fois par jour.\n\nActions correctives :\n\n${FR}\n\nMesures préventives :\n\nNous comptons le stock chaque lundi.\n`,
      },
      {
        name: 'aucun titre, après un en-tête en liste',
        text: '---\nreasons:\n  - stockout\n---\nNotre fichier de stock partait une fois par jour.\n',
        errors: [{ line: 5, column: 1 }],
        output: `---\nreasons:\n  - stockout\n---\nNotre fichier de stock partait une fois par jour.\n\n## Actions correctives\n\n${FR}\n`,
      },
    ],
  },
});
