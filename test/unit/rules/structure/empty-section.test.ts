import { md, ruleTester } from '../../../helpers/rule-tester';

ruleTester('structure/empty-section', {
  en: {
    valid: [
      '## Root cause\n\nOur stock file ran once a day.\n',
      { name: 'a heading with only sub-headings under it', text: '## Late shipment\n\n### Root cause\n\nOur handling time was one day.\n' },
      { name: 'a list is content', text: '## Corrective actions\n\n1. We replaced the file.\n' },
      { name: 'a table is content', text: '## Orders concerned\n\n| Order | Cause |\n|---|---|\n| 171-1234567-1234567 | late scan |\n' },
      { name: 'a quoted notice is content', text: '## The notice\n\n> Your account has a high late shipment rate.\n' },
      { name: 'implicit heading with text', text: 'Root cause:\n\nOur stock file ran once a day.\n' },
      { name: 'a multi-line bold heading paragraph carries its text', text: '**Root cause**\nOur stock file ran once a day.\n' },
      { name: 'a signature in capitals at the end is no heading', text: '## Root cause\n\nOur stock file ran once a day.\n\nJOHN SMITH\n' },
      { name: 'a line introducing a list is no heading', text: '## Attachments\n\nWe attach:\n\n- the invoice\n' },
    ],
    invalid: [
      {
        name: 'a heading followed by another heading',
        text: '## Root cause\n\n## Corrective actions\n\n1. We replaced the file.\n',
        errors: [{ line: 1, column: 1, endLine: 1, endColumn: 14, message: 'The section "Root cause" is empty' }],
      },
      {
        name: 'a heading at the end',
        text: '## Root cause\n\nOur stock file ran once a day.\n\n## Preventive measures\n',
        errors: [{ line: 5, column: 1, message: '"Preventive measures"' }],
      },
      {
        name: 'a comment and a rule are not content',
        text: '## Root cause\n\n<!-- to do -->\n\n---\n\n## Corrective actions\n\nWe replaced the file.\n',
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: 'implicit headings: colon, bold, capitals',
        text: 'Root cause:\n\n**Corrective actions**\n\nPREVENTIVE MEASURES\n\nEvery Monday we count stock.\n',
        errors: [{ line: 1, column: 1, message: '"Root cause"' }, { line: 3, column: 1, message: '"Corrective actions"' }],
      },
      {
        name: 'implicit headings: a question and a numbered line',
        text: 'Why did this happen?\n\n1. Corrective actions\n\nWe replaced the file.\n\nII. Preventive measures\n',
        errors: [{ line: 1, column: 1, message: '"Why did this happen"' }, { line: 7, column: 1, message: '"Preventive measures"' }],
      },
      {
        name: 'per reason: an empty role section under a reason',
        text: md`
          ## Late shipment

          ### Root cause

          ### Corrective actions

          1. We set four days.
        `,
        errors: [{ line: 3, column: 1 }],
      },
      {
        name: 'an empty reason heading at the end',
        text: '## Root cause\n\nA slow stock file.\n\n## Stock-outs\n',
        errors: [{ line: 5, column: 1 }],
      },
    ],
  },
  fr: {
    valid: [
      "## Cause\n\nNotre fichier partait une fois par jour.\n",
      { name: 'sous-titres seulement', text: "## Ruptures de stock\n\n### Cause\n\nNotre fichier partait une fois par jour.\n" },
      { name: 'une liste', text: "## Mesures préventives\n\n- Chaque lundi, nous comptons le stock.\n" },
      { name: 'titre implicite suivi de texte', text: "Cause :\n\nNotre fichier partait une fois par jour.\n" },
      { name: 'signature en capitales', text: "## Cause\n\nNotre fichier partait une fois par jour.\n\nCLAIRE MOREAU\n" },
      { name: 'une phrase qui introduit une citation', text: "## Ce que l’acheteur a écrit\n\nL’acheteur a écrit :\n\n> Colis jamais reçu.\n" },
    ],
    invalid: [
      {
        name: 'titre suivi d’un titre',
        text: "## Cause\n\n## Actions correctives\n\nNous avons remplacé le fichier.\n",
        errors: [{ line: 1, column: 1, endColumn: 9, message: 'La section « Cause » est vide' }],
      },
      {
        name: 'titre en fin de texte',
        text: "## Cause\n\nNotre fichier partait une fois par jour.\n\n## Mesures préventives\n",
        errors: [{ line: 5, column: 1, message: '« Mesures préventives »' }],
      },
      {
        name: 'titres implicites à deux-points',
        text: "Cause :\n\nActions correctives :\n\nNous avons remplacé le fichier.\n",
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: 'en gras et en capitales',
        text: "**Analyse**\n\nMESURES IMMÉDIATES\n\nNous avons remplacé le fichier.\n\n**Prévention**\n",
        errors: [{ line: 1, column: 1 }, { line: 7, column: 1 }],
      },
      {
        name: 'commentaire seulement',
        text: "## Cause\n\n<!-- à compléter -->\n",
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
