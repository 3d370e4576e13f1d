import { md, ruleTester } from '../../../helpers/rule-tester';

ruleTester('form/placeholder', {
  en: {
    valid: [
      'We shipped order 171-1234567-1234567 on 3 March 2026.\n',
      { name: 'XXXL and XXL are sizes', text: 'The XXXL and XXL shirts now ship in larger boxes.\n' },
      { name: 'a placeholder shown in code', text: 'Our template uses `[ORDER-ID]` and `YYYY-MM-DD`:\n\n```\nOrder: [ORDER-ID], shipped on YYYY-MM-DD. TODO\n```\n' },
      {
        name: 'Markdown link references',
        text: md`
          See the listing [ASIN] and [the invoice][INV-REF] for details.

          [ASIN]: https://www.amazon.co.uk/dp/B0CKT4MZ82
          [INV-REF]: https://example.com/invoice.pdf "Invoice"
        `,
      },
      { name: 'a link with a capitalised text', text: 'See [ASIN](https://www.amazon.co.uk/dp/B0CKT4MZ82) for the listing.\n' },
      { name: 'prices are not tab stops', text: 'We refunded $5 to each buyer, or $1.50 per item, and a $2 fee ($3).\n' },
      { name: 'a note to self in an HTML comment', text: 'We checked every order. <!-- TODO: add the carrier claim -->\n' },
      { name: 'identifiers in brackets and task boxes', text: '- [x] Checked [B0CKT4MZ82] and [ASIN: B0D9RQ7HX5] on [13 March].\n' },
      { name: 'ordinary words', text: 'We keep a to-do list and the date format of our export is fixed.\n' },
    ],
    invalid: [
      {
        name: 'a bracketed field',
        text: 'We shipped order [ORDER-ID] on 3 March.\n',
        errors: [{ line: 1, column: 18, endColumn: 28, message: '"[ORDER-ID]" is a placeholder that was never filled in' }],
      },
      {
        name: 'a date format',
        text: 'The new handling time applies since YYYY-MM-DD.\n',
        errors: [{ line: 1, column: 37, endColumn: 47, message: '"YYYY-MM-DD"' }],
      },
      {
        name: 'XXX as a word, and X runs inside an identifier',
        text: 'Order XXX and order 171-XXXXXXX-XXXXXXX were late.\n',
        errors: [
          { line: 1, column: 7, endColumn: 10 },
          { line: 1, column: 21, endColumn: 40, message: '"171-XXXXXXX-XXXXXXX"' },
        ],
      },
      {
        name: 'TODO in the text',
        text: '## Preventive measures\n\nTODO: describe the weekly check.\n',
        errors: [{ line: 3, column: 1, endColumn: 5, message: '"TODO"' }],
      },
      {
        name: 'snippet tab stops left in',
        text: 'On ${1:DATE} we removed ${2:ASIN}. Contact: $1\n',
        errors: [
          { line: 1, column: 4, endColumn: 13, message: '"${1:DATE}"' },
          { line: 1, column: 25, endColumn: 34 },
          { line: 1, column: 45, endColumn: 47, message: '"$1"' },
        ],
      },
      {
        name: 'a placeholder in a list item and in braces',
        text: '- Tracking number: {{TRACKING}}\n- Carrier: [CARRIER NAME]\n',
        errors: [{ line: 1, column: 20, endColumn: 32, message: 'This placeholder was never filled in' }, { line: 2, column: 12, endColumn: 26 }],
      },
      {
        name: 'a placeholder inside a quote is still sent to Amazon',
        text: 'The buyer wrote:\n\n> My order [ORDER-ID] arrived broken.\n',
        errors: [{ line: 3, column: 12 }],
      },
      {
        name: 'a reference that is not defined is plain text',
        text: 'See [the invoice][INVOICE-LINK].\n',
        errors: [{ line: 1, column: 18, message: '"[INVOICE-LINK]"' }],
      },
    ],
  },
  fr: {
    valid: [
      'Nous avons expédié la commande 171-1234567-1234567 le 3 mars 2026.\n',
      { name: 'les tailles XXL et XXXL', text: 'Les t-shirts XXL et XXXL partent désormais dans un carton plus grand.\n' },
      { name: 'un champ montré en code', text: 'Notre modèle contient `[NUMÉRO DE COMMANDE]` et `AAAA-MM-JJ`.\n' },
      {
        name: 'des références de lien Markdown',
        text: md`
          Voir la fiche [ASIN] et [la facture][FACTURE].

          [ASIN]: https://www.amazon.fr/dp/B0CN8DW4LX
          [FACTURE]: https://exemple.fr/facture.pdf
        `,
      },
      { name: 'une note dans un commentaire HTML', text: 'Nous avons tout vérifié. <!-- À COMPLÉTER plus tard -->\n' },
      { name: 'des mots ordinaires', text: 'Le formulaire à compléter a été envoyé au transporteur le 3 mars.\n' },
      { name: 'un identifiant entre crochets', text: 'Le produit [B0CN8DW4LX] a été retiré.\n' },
    ],
    invalid: [
      {
        name: 'un champ entre crochets avec des capitales accentuées',
        text: 'Nous avons expédié la commande [NUMÉRO DE COMMANDE] le 3 mars.\n',
        errors: [{ line: 1, column: 32, endColumn: 52, message: '« [NUMÉRO DE COMMANDE] » est un champ à compléter' }],
      },
      {
        name: 'un format de date',
        text: 'Le nouveau délai s’applique depuis le AAAA-MM-JJ.\n',
        errors: [{ line: 1, column: 39, endColumn: 49, message: '« AAAA-MM-JJ »' }],
      },
      {
        name: 'un format de date avec des barres',
        text: 'Formation prévue le JJ/MM/AAAA.\n',
        errors: [{ line: 1, column: 21, endColumn: 31 }],
      },
      {
        name: 'XXX comme mot',
        text: "L'ASIN B0XXXXXXXX et la commande XXX sont concernés.\n",
        errors: [{ line: 1, column: 8, endColumn: 18 }, { line: 1, column: 34, endColumn: 37 }],
      },
      {
        name: 'une marque de texte inachevé',
        text: '## Mesures préventives\n\nÀ COMPLÉTER : contrôle hebdomadaire.\n',
        errors: [{ line: 3, column: 1, endColumn: 12, message: '« À COMPLÉTER »' }],
      },
      {
        name: 'un point de tabulation de snippet',
        text: 'Le ${1:DATE}, nous avons retiré ${2:ASIN}.\n',
        errors: [{ line: 1, column: 4, message: '« ${1:DATE} »' }, { line: 1, column: 33 }],
      },
      {
        name: 'un point de tabulation sans texte',
        text: 'Nous avons prévenu ${1} le 3 mars.\n',
        errors: [{ line: 1, column: 20, endColumn: 24, message: 'Ce champ à compléter est resté tel quel' }],
      },
    ],
  },
});
