import { md, ruleTester } from '../../../helpers/rule-tester';
import { snippetText } from '../../../../server/src/snippets';

/** A section snippet's body, without its heading line: what the fix writes under the heading. */
const body = (language: 'en' | 'fr'): string => snippetText(language, 'section/preventive-measures')!.replace(/^#.*\n+/, '').trimEnd();
const EN = body('en');
const FR = body('fr');

ruleTester('structure/missing-preventive-measures', {
  en: {
    valid: [
      '## Corrective actions\n\n1. We replaced the stock file.\n\n## Preventive measures\n\n- Every Monday we count stock.\n',
      { name: 'implicit heading with a colon', text: 'Steps to prevent recurrence:\n\nEvery Monday we count stock.\n' },
      { name: 'bold heading', text: '**Preventive actions**\n\nEvery Monday we count stock.\n' },
      { name: 'capitals', text: 'LONG-TERM MEASURES\n\nEvery Monday we count stock.\n' },
      { name: 'question', text: 'How we will prevent this?\n\nEvery Monday we count stock.\n' },
      { name: 'numbered line', text: '3. Prevention\n\nEvery Monday we count stock.\n' },
      { name: 'per reason, each with its measures', text: md`
        ## Late shipment

        ### Corrective actions

        1. We set four days.

        ### Preventive measures

        - Every Monday we review the rate.

        ## Not as described

        ### Corrective actions

        1. We corrected the EAN.

        ### Preventive measures

        - Every new listing is scanned.
      ` },
    ],
    invalid: [
      {
        name: 'cause and actions: inserted after the actions, at the end',
        text: '## Root cause\n\nOur stock file ran once a day.\n\n## Corrective actions\n\n1. We replaced it.\n',
        errors: [{ line: 1, column: 1, message: 'No section says what prevents the problem from coming back' }],
        output: `## Root cause\n\nOur stock file ran once a day.\n\n## Corrective actions\n\n1. We replaced it.\n\n## Preventive measures\n\n${EN}\n`,
      },
      {
        name: 'inserted after the actions, before a closing section',
        text: '## Root cause\n\nOur stock file ran once a day.\n\n## Corrective actions\n\n1. We replaced it.\n\n## Attachments\n\n- the new stock rule\n',
        errors: [{ line: 1, column: 1 }],
        output: `## Root cause\n\nOur stock file ran once a day.\n\n## Corrective actions\n\n1. We replaced it.\n\n## Preventive measures\n\n${EN}\n\n## Attachments\n\n- the new stock rule\n`,
      },
      {
        name: 'per reason: at the end of the reason',
        text: md`
          ## Late shipment

          ### Root cause

          Our handling time was one day.

          ### Corrective actions

          1. We set four days.

          ## Not as described

          ### Corrective actions

          1. We corrected the EAN.

          ### Preventive measures

          - Every new listing is scanned.
        `,
        errors: [{ line: 1, column: 1, endColumn: 17, message: 'The reason "Late shipment" has no preventive-measures section' }],
        output: md`
          ## Late shipment

          ### Root cause

          Our handling time was one day.

          ### Corrective actions

          1. We set four days.

          ### Preventive measures

          BODY

          ## Not as described

          ### Corrective actions

          1. We corrected the EAN.

          ### Preventive measures

          - Every new listing is scanned.
        `.replace('BODY', EN),
      },
      {
        name: 'numbered headings: the inserted one is bold',
        text: '1. Root cause\n\nOur stock file ran once a day.\n\n2. Corrective actions\n\nWe replaced it.\n',
        errors: [{ line: 1, column: 4 }],
        output: `1. Root cause\n\nOur stock file ran once a day.\n\n2. Corrective actions\n\nWe replaced it.\n\n**Preventive measures**\n\n${EN}\n`,
      },
      {
        name: 'a promise in a paragraph is no section',
        text: '## Corrective actions\n\nWe replaced the file. This will not happen again.',
        errors: [{ line: 1, column: 1 }],
        output: `## Corrective actions\n\nWe replaced the file. This will not happen again.\n\n## Preventive measures\n\n${EN}\n`,
      },
      {
        name: 'windows line breaks are kept',
        text: '## Corrective actions\r\n\r\nWe replaced the file.\r\n',
        errors: [{ line: 1, column: 1 }],
        output: `## Corrective actions\r\n\r\nWe replaced the file.\r\n\r\n## Preventive measures\r\n\r\n${EN.replace(/\n/g, '\r\n')}\r\n`,
      },
    ],
  },
  fr: {
    valid: [
      "## Actions correctives\n\n1. Nous avons remplacé le fichier.\n\n## Mesures préventives\n\n- Chaque lundi, nous comptons le stock.\n",
      { name: 'deux-points', text: 'Pour éviter que cela se reproduise :\n\nChaque lundi, nous comptons le stock.\n' },
      { name: 'gras', text: '**Prévention**\n\nChaque lundi, nous comptons le stock.\n' },
      { name: 'capitales', text: 'MESURES PRÉVENTIVES\n\nChaque lundi, nous comptons le stock.\n' },
      { name: 'numérotation romaine', text: 'III. Mesures préventives\n\nChaque lundi, nous comptons le stock.\n' },
      { name: 'par motif', text: md`
        ## Ruptures de stock

        ### Actions correctives

        1. Nous avons relié nos canaux.

        ### Mesures préventives

        - Chaque lundi, nous comptons le stock.
      ` },
    ],
    invalid: [
      {
        name: 'cause et actions',
        text: "## Cause\n\nNotre fichier partait une fois par jour.\n\n## Actions correctives\n\n1. Nous l'avons remplacé.\n",
        errors: [{ line: 1, column: 1, message: 'Aucune section ne dit ce qui empêche le problème de revenir' }],
        output: `## Cause\n\nNotre fichier partait une fois par jour.\n\n## Actions correctives\n\n1. Nous l'avons remplacé.\n\n## Mesures préventives\n\n${FR}\n`,
      },
      {
        name: 'par motif : à la fin du motif',
        text: md`
          ## Ruptures de stock

          ### Actions correctives

          1. Nous avons relié nos canaux.

          ## Articles endommagés

          ### Actions correctives

          1. Nous avons changé de carton.

          ### Mesures préventives

          - Tout nouveau produit passe un test de chute.
        `,
        errors: [{ line: 1, column: 1, message: '« Ruptures de stock »' }],
        output: md`
          ## Ruptures de stock

          ### Actions correctives

          1. Nous avons relié nos canaux.

          ### Mesures préventives

          BODY

          ## Articles endommagés

          ### Actions correctives

          1. Nous avons changé de carton.

          ### Mesures préventives

          - Tout nouveau produit passe un test de chute.
        `.replace('BODY', FR),
      },
      {
        name: 'titres à deux-points',
        text: "Actions correctives :\n\nNous avons remplacé le fichier.\n",
        errors: [{ line: 1, column: 1 }],
        output: `Actions correctives :\n\nNous avons remplacé le fichier.\n\nMesures préventives :\n\n${FR}\n`,
      },
      {
        name: 'titres en capitales',
        text: "ACTIONS CORRECTIVES\n\nNous avons remplacé le fichier.\n",
        errors: [{ line: 1, column: 1 }],
        output: `ACTIONS CORRECTIVES\n\nNous avons remplacé le fichier.\n\nMESURES PRÉVENTIVES\n\n${FR}\n`,
      },
      {
        name: 'aucun titre',
        text: "Nous avons remplacé le fichier d’inventaire.\n",
        errors: [{ line: 1, column: 1, endColumn: 1 }],
        output: `Nous avons remplacé le fichier d’inventaire.\n\n## Mesures préventives\n\n${FR}\n`,
      },
    ],
  },
});
