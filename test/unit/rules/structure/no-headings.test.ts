import { ruleTester } from '../../../helpers/rule-tester';

ruleTester('structure/no-headings', {
  en: {
    valid: [
      '## Root cause\n\nOur stock file ran once a day.\n',
      { name: 'implicit heading with a colon', text: 'What went wrong:\n\nOur stock file ran once a day.\n' },
      { name: 'bold heading', text: '**Corrective actions**\n\nWe replaced the file.\n' },
      { name: 'capitals', text: 'PLAN OF ACTION\n\nWe replaced the file.\n' },
      { name: 'question', text: 'Why did this happen?\n\nOur stock file ran once a day.\n' },
      { name: 'numbered short line naming a section', text: '1. Root cause\n\nOur stock file ran once a day.\n' },
      { name: 'nothing written yet', text: '---\nreasons: [late-shipment]\n---\n' },
      { name: 'an empty text', text: '' },
    ],
    invalid: [
      {
        name: 'paragraphs only',
        text: 'Our stock file ran once a day.\n\nWe replaced it on 3 March 2026.\n',
        errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: 'The appeal has no headings' }],
      },
      {
        name: 'after the case header, at the first line of text',
        text: '---\nreasons: [stockout]\n---\n\n\nOur stock file ran once a day.\n',
        errors: [{ line: 6, column: 1 }],
      },
      {
        name: 'a sentence introducing a list is no heading',
        text: 'We took these steps:\n\n- we replaced the file;\n- we trained the staff.\n',
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: 'numbered items that are sentences are no headings',
        text: '1. We replaced the stock file on 3 March 2026.\n2. We trained our staff on 4 March 2026.\n',
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: 'an indented first line: at its first character',
        text: '  Dear team, our stock file ran once a day and we replaced it.\n',
        errors: [{ line: 1, column: 3 }],
      },
      {
        name: 'a heading inside a quoted notice is no heading of the appeal',
        text: '> ## Account health notice\n> Your late shipment rate is 9%.\n\nWe raised our handling time on 3 March 2026.\n',
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
  fr: {
    valid: [
      "## Cause\n\nNotre fichier partait une fois par jour.\n",
      { name: 'deux-points', text: "Origine du problème :\n\nNotre fichier partait une fois par jour.\n" },
      { name: 'gras', text: "**Mesures préventives**\n\nChaque lundi, nous comptons le stock.\n" },
      { name: 'capitales', text: "PLAN D’ACTION\n\nNous avons remplacé le fichier.\n" },
      { name: 'numérotation romaine', text: "I. Cause\n\nNotre fichier partait une fois par jour.\n" },
      { name: 'question', text: "Pourquoi ce problème est-il survenu ?\n\nNotre fichier partait une fois par jour.\n" },
    ],
    invalid: [
      {
        name: 'paragraphes seuls',
        text: "Notre fichier partait une fois par jour.\n\nNous l’avons remplacé le 3 mars 2026.\n",
        errors: [{ line: 1, column: 1, message: "Le plan n'a aucun titre" }],
      },
      {
        name: 'après l’en-tête',
        text: "---\nreasons: [stockout]\n---\nNotre fichier partait une fois par jour.\n",
        errors: [{ line: 4, column: 1 }],
      },
      {
        name: 'une phrase qui introduit une liste',
        text: "Nous avons pris ces mesures :\n\n- remplacement du fichier ;\n- formation de l’équipe.\n",
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: 'des éléments numérotés qui sont des phrases',
        text: "1. Nous avons remplacé le fichier.\n2. Nous avons formé l’équipe.\n",
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: 'une phrase longue terminée par deux-points',
        text: "Voici ce que nous avons fait depuis la notification du 3 mars :\nnous avons remplacé le fichier.\n",
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
