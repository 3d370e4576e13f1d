import { md, ruleTester } from '../../../helpers/rule-tester';

ruleTester('facts/malformed-asin', {
  en: {
    valid: [
      'ASIN B0CHV5R8PN was closed.',
      'ASIN: B0CHV5R8PN and ASIN : B0D6TZ3KQW were reviewed.',
      { name: 'the word ASINs', text: 'The ASINs listed in the notice were reviewed.' },
      { name: 'a word after ASIN', text: 'We reviewed each ASIN against its invoice.' },
      { name: 'a count after ASIN', text: 'ASIN 2 of the list was closed.' },
      { name: 'a SKU that starts with B0', text: 'Our SKU B0LAMP001 maps to ASIN B0CHV5R8PN.' },
      { name: 'a book ASIN (ISBN-10)', text: 'The book ASIN 207036822X is correct.' },
      { name: 'a reference built on the ASIN', text: 'Item B0CHV5R8P-FR was relabelled.' },
      { name: 'ASIN-level', text: 'ASIN-level data was checked.' },
      { name: 'inside a URL', text: 'See https://www.amazon.com/dp/B0CHV5R8P for the page.' },
      {
        name: 'the case header (case/header checks it)',
        text: md`
          ---
          reasons: [stockout]
          asins: [B0CHV5R8P]
          ---

          We restocked the product.
        `,
      },
    ],
    invalid: [
      { text: 'ASIN B0CHV5R8P was closed.', errors: [{ line: 1, column: 6, endColumn: 15, message: 'has 9 characters' }] },
      { name: 'lower case', text: 'ASIN: b0chv5r8pn', errors: [{ line: 1, column: 7, message: 'written in capitals: B0CHV5R8PN' }] },
      { name: 'a B0 token of 11 characters', text: 'We closed B0CHV5R8PNX on Monday.', errors: [{ line: 1, column: 11, message: 'has 11 characters' }] },
      { name: 'a bold label', text: 'The complaint was about **ASIN:** B0D6TZ3KQ.', errors: [{ line: 1, column: 35, message: '"B0D6TZ3KQ"' }] },
      { name: 'inside a quote, after n°', text: '> ASIN n° B0CHV5R8PN7', errors: [{ line: 1, column: 11, message: 'has 11 characters' }] },
      { name: 'an ISBN-13 given as ASIN', text: 'ASIN 9782070368228 is the book.', errors: [{ line: 1, column: 6, message: 'has 13 characters' }] },
      { name: 'the second of a list', text: 'ASINs B0CHV5R8PN and B0D6TZ3K were closed.', errors: [{ line: 1, column: 22, message: 'has 8 characters' }] },
      { name: 'a character that is not A–Z', text: 'ASIN B0CHV5R8PÉ was closed.', errors: [{ line: 1, column: 6, message: 'is not an ASIN' }] },
    ],
  },
  fr: {
    valid: [
      "L'ASIN B0CN8DW4LX a été fermé.",
      'ASIN : B0CN8DW4LX et ASIN n° B0D5PG2ZHT.',
      { name: 'ASIN au pluriel', text: 'Il porte sur les ASIN B0CW4PJ7SA, B0D1XK9VHE et B0CF2RM6UT.' },
      { name: 'un mot après ASIN', text: 'Nous avons vérifié les ASIN concernés.' },
      { name: 'un rang après ASIN', text: "L'ASIN 3 de la liste a été retiré." },
      { name: 'une référence interne en B0', text: 'Notre référence B0LAMPE01 correspond à l’ASIN B0CN8DW4LX.' },
      { name: 'un ISBN-10', text: "L'ASIN 207036822X du livre est correct." },
      { name: 'un SKU construit sur l’ASIN', text: 'Le SKU B0CN8DW4L-FR a été renommé.' },
      { name: 'dans une URL', text: 'Voir https://www.amazon.fr/dp/B0CN8DW4L pour la fiche.' },
      {
        name: "l'en-tête du dossier",
        text: md`
          ---
          reasons: [stockout]
          asins: [B0CN8DW4L]
          ---

          Nous avons réapprovisionné le produit.
        `,
      },
    ],
    invalid: [
      { text: "L'ASIN B0CN8DW4L a été fermé.", errors: [{ line: 1, column: 8, endColumn: 17, message: 'compte 9 caractères' }] },
      { name: 'minuscules', text: 'ASIN : b0cn8dw4lx', errors: [{ line: 1, column: 8, message: "s'écrit en majuscules : B0CN8DW4LX" }] },
      { name: 'un B0 de 11 caractères', text: 'Nous avons fermé B0CN8DW4LXX lundi.', errors: [{ line: 1, column: 18, message: 'compte 11 caractères' }] },
      { name: 'libellé en gras', text: 'La plainte porte sur **ASIN :** B0D5PG2ZH.', errors: [{ line: 1, column: 33, message: '« B0D5PG2ZH »' }] },
      { name: 'dans une citation', text: "> L'ASIN n° B0CN8DW4LX7 est concerné.", errors: [{ line: 1, column: 13, message: 'compte 11 caractères' }] },
      { name: 'un EAN donné comme ASIN', text: "L'ASIN 3760123456784 du produit.", errors: [{ line: 1, column: 8, message: 'compte 13 caractères' }] },
      { name: "le deuxième d'une liste", text: 'Les ASIN B0CW4PJ7SA et B0D1XK9V sont retirés.', errors: [{ line: 1, column: 24, message: 'compte 8 caractères' }] },
      { name: 'un caractère hors A-Z', text: 'ASIN B0CN8DW4LÉ retiré.', errors: [{ line: 1, column: 6, message: "n'est pas un ASIN" }] },
    ],
  },
});
