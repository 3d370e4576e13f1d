import { ruleTester } from '../../../helpers/rule-tester';

const HEADER = '---\nreasons: [late-shipment]\norders: [171-1234567-1234567]\nasins: [B0ABCDE123]\n---\n';

ruleTester('structure/unreferenced-item', {
  en: {
    valid: [
      `${HEADER}\nOrder 171-1234567-1234567 (ASIN B0ABCDE123) shipped late.\n`,
      { name: 'in a table', text: `${HEADER}\n| Order | ASIN |\n|---|---|\n| 171-1234567-1234567 | B0ABCDE123 |\n` },
      { name: 'in a list', text: `${HEADER}\n- 171-1234567-1234567\n- ASIN B0ABCDE123\n` },
      { name: 'in a link text and a quoted buyer message', text: `${HEADER}\nSee [order 171-1234567-1234567](https://example.com).\n\n> I ordered B0ABCDE123.\n` },
      { name: 'block lists in the header', text: '---\nreasons:\n  - damaged\norders:\n  - 171-1234567-1234567\n---\nOrder 171-1234567-1234567 arrived broken.\n' },
      { name: 'no header', text: 'Order 171-1234567-1234567 shipped late.\n' },
      { name: 'a malformed ID is case/header\'s', text: '---\norders: [171-123456-1234567]\n---\nNothing here.\n' },
    ],
    invalid: [
      {
        name: 'an order never mentioned',
        text: `${HEADER}\nASIN B0ABCDE123 shipped late.\n`,
        errors: [{ line: 3, column: 10, endLine: 3, endColumn: 29, message: 'Order 171-1234567-1234567 is in the header but the appeal never mentions it' }],
      },
      {
        name: 'an ASIN never mentioned',
        text: `${HEADER}\nOrder 171-1234567-1234567 shipped late.\n`,
        errors: [{ line: 4, column: 9, message: 'ASIN B0ABCDE123' }],
      },
      {
        name: 'block list: on the item\'s own line, one finding per item',
        text: '---\nreasons: [damaged]\norders:\n  - 171-1234567-1234567\n  - 402-7654321-7654321\nasins:\n  - B0ABCDE123\n---\nOrder 402-7654321-7654321 arrived broken.\n',
        errors: [{ line: 4, column: 5 }, { line: 7, column: 5 }],
      },
      {
        name: 'a longer number or an HTML comment is no mention',
        text: `${HEADER}\nRef 171-1234567-12345678, ASIN B0ABCDE1234.\n<!-- 171-1234567-1234567 B0ABCDE123 -->\n`,
        errors: [{ line: 3, column: 10 }, { line: 4, column: 9 }],
      },
      {
        name: 'the header itself does not count',
        text: `${HEADER}`,
        errors: [{ line: 3, column: 10 }, { line: 4, column: 9 }],
      },
    ],
  },
  fr: {
    valid: [
      `${HEADER}\nLa commande 171-1234567-1234567 (ASIN B0ABCDE123) est partie en retard.\n`,
      { name: 'dans un tableau', text: `${HEADER}\n| Commande | ASIN |\n|---|---|\n| 171-1234567-1234567 | B0ABCDE123 |\n` },
      { name: 'dans une liste', text: `${HEADER}\n- commande 171-1234567-1234567 ;\n- ASIN B0ABCDE123.\n` },
      { name: 'dans une URL', text: `${HEADER}\nCommande 171-1234567-1234567, fiche https://www.amazon.fr/dp/B0ABCDE123.\n` },
      { name: 'en-tête en liste', text: '---\nreasons:\n  - damaged\nasins:\n  - B0ABCDE123\n---\nL’ASIN B0ABCDE123 est concerné.\n' },
    ],
    invalid: [
      {
        name: 'commande jamais citée',
        text: `${HEADER}\nL’ASIN B0ABCDE123 est concerné.\n`,
        errors: [{ line: 3, column: 10, message: "La commande 171-1234567-1234567 figure dans l'en-tête mais le plan ne la cite jamais" }],
      },
      {
        name: 'ASIN jamais cité',
        text: `${HEADER}\nLa commande 171-1234567-1234567 est partie en retard.\n`,
        errors: [{ line: 4, column: 9, message: "L'ASIN B0ABCDE123" }],
      },
      {
        name: 'deux commandes, une seule citée',
        text: '---\nreasons: [late-shipment]\norders: [171-1234567-1234567, 402-7654321-7654321]\n---\nLa commande 402-7654321-7654321 est partie en retard.\n',
        errors: [{ line: 3, column: 10 }],
      },
      {
        name: 'en liste dans l’en-tête',
        text: '---\nreasons:\n  - damaged\norders:\n  - 171-1234567-1234567\n---\nUn colis est arrivé cassé.\n',
        errors: [{ line: 5, column: 5 }],
      },
      {
        name: 'seulement dans un commentaire',
        text: `${HEADER}\n<!-- 171-1234567-1234567 -->\nL’ASIN B0ABCDE123 est concerné.\n`,
        errors: [{ line: 3, column: 10 }],
      },
    ],
  },
});
