import { md, ruleTester } from '../../../helpers/rule-tester';

ruleTester('structure/no-lists', {
  en: {
    valid: [
      '## Corrective actions\n\n1. We replaced the file on 3 March 2026.\n2. We trained our staff on 4 March 2026.\n',
      { name: 'one sentence needs no list', text: '## Corrective actions\n\nWe replaced the stock file on 3 March 2026.\n' },
      { name: 'a list with a closing sentence', text: '## Preventive measures\n\n- Every Monday we count stock.\n\nSince then, no order was cancelled. The rate is 0%.\n' },
      { name: 'the cause may be prose', text: '## Root cause\n\nOur stock file ran once a day. Items sold on our site stayed on sale on Amazon.\n' },
      { name: 'a table is structured too', text: '## Corrective actions\n\n| Date | Action |\n|---|---|\n| 3 March 2026 | We replaced the file. |\n| 4 March 2026 | We trained our staff. |\n' },
      { name: 'lists in the sub-sections', text: md`
        ## Corrective actions

        We made two changes. Both are live.

        ### Stock

        - We replaced the file.

        ### Staff

        - We trained our staff.
      ` },
      { name: 'implicit heading with a list', text: 'Corrective actions:\n\n- We replaced the file.\n- We trained our staff.\n' },
    ],
    invalid: [
      {
        name: 'actions as a block of prose',
        text: '## Corrective actions\n\nWe replaced the file on 3 March 2026. We trained our staff on 4 March 2026.\n',
        errors: [{ line: 1, column: 1, endColumn: 22, message: 'The section "Corrective actions" has 2 sentences but no list' }],
      },
      {
        name: 'measures over two paragraphs',
        text: '## Preventive measures\n\nEvery Monday we count stock.\n\nEvery day the manager checks the rate.\n',
        errors: [{ line: 1, column: 1, message: '"Preventive measures"' }],
      },
      {
        name: 'implicit heading, bold',
        text: '**Actions taken**\n\nWe replaced the file. We trained our staff. We counted the stock.\n',
        errors: [{ line: 1, column: 1, message: '3 sentences' }],
      },
      {
        name: 'per reason',
        text: md`
          ## Late shipment

          ### Root cause

          Our handling time was one day.

          ### Corrective actions

          We set four days. We added a second picking run.
        `,
        errors: [{ line: 7, column: 1 }],
      },
      {
        name: 'a list inside a quote does not count',
        text: '## Corrective actions\n\nWe replaced the file. We wrote to the buyer:\n\n> - your refund is on its way\n',
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
  fr: {
    valid: [
      "## Actions correctives\n\n1. Le 3 mars 2026, nous avons remplacé le fichier.\n2. Le 4 mars 2026, nous avons formé l’équipe.\n",
      { name: 'une seule phrase', text: "## Actions correctives\n\nLe 3 mars 2026, nous avons remplacé le fichier.\n" },
      { name: 'la cause en prose', text: "## Cause\n\nNotre fichier partait une fois par jour. Les articles vendus sur notre site restaient en vente.\n" },
      { name: 'puces', text: "Mesures préventives :\n\n- Chaque lundi, nous comptons le stock.\n- Chaque jour, la responsable vérifie le taux.\n" },
      { name: 'tableau', text: "## Mesures préventives\n\n| Fréquence | Contrôle |\n|---|---|\n| Chaque lundi | Comptage du stock. |\n| Chaque jour | Suivi du taux. |\n" },
    ],
    invalid: [
      {
        name: 'actions en prose',
        text: "## Actions correctives\n\nLe 3 mars 2026, nous avons remplacé le fichier. Le 4 mars 2026, nous avons formé l’équipe.\n",
        errors: [{ line: 1, column: 1, message: 'La section « Actions correctives » compte 2 phrases mais aucune liste' }],
      },
      {
        name: 'mesures sur deux paragraphes',
        text: "## Mesures préventives\n\nChaque lundi, nous comptons le stock.\n\nChaque jour, la responsable vérifie le taux.\n",
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: 'titre à deux-points',
        text: "Mesures immédiates :\n\nNous avons remplacé le fichier. Nous avons formé l’équipe.\n",
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: 'en capitales, par motif',
        text: md`
          ## Ruptures de stock

          CAUSE PRINCIPALE

          Notre fichier partait une fois par jour.

          ACTIONS CORRECTIVES

          Nous avons relié nos canaux. Nous avons compté le stock.
        `,
        errors: [{ line: 7, column: 1 }],
      },
      {
        name: 'numérotation romaine',
        text: "II. Actions correctives\n\nNous avons relié nos canaux. Nous avons compté le stock.\n",
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
