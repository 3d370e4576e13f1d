import { md, ruleTester } from '../../../helpers/rule-tester';

const limit = (maxParagraphWords: number) => ({ config: { limits: { maxParagraphWords } } });
/** A sentence of exactly `n` words. */
const sentence = (word: string, n: number): string => Array.from({ length: n }, () => word).join(' ') + '.';

ruleTester('form/long-paragraph', {
  en: {
    valid: [
      'We checked every open order on 13 November 2026. All of them had shipped.\n',
      { name: 'at the default limit', text: sentence('stock', 120) + '\n' },
      { name: 'at a configured limit', text: 'We checked every open order on 13 November. All had shipped.\n', options: limit(11) },
      { name: 'a long quoted notice', text: '> ' + sentence('notice', 30) + '\n', options: limit(10) },
      {
        name: 'a long table cell',
        text: '| Order | What happened |\n|---|---|\n| 171-1234567-1234567 | ' + sentence('parcel', 20) + ' |\n',
        options: limit(10),
      },
      { name: 'a long heading', text: '## ' + Array.from({ length: 14 }, () => 'cause').join(' ') + '\n\nWe found it.\n', options: limit(10) },
      {
        name: 'many short items',
        text: md`
          - We checked the stock of every SKU.
          - We removed two suppliers from our list.
          - We trained the three warehouse staff.
        `,
        options: limit(10),
      },
      { name: 'code does not count', text: 'Our export script:\n\n```\n' + sentence('codes', 40) + '\n```\n', options: limit(10) },
    ],
    invalid: [
      {
        name: 'a paragraph over a configured limit, marked on its first sentence',
        text: 'We checked every open order on 13 November. All of them had shipped.\n',
        options: limit(12),
        errors: [{ line: 1, column: 1, endColumn: 44, message: 'This paragraph has 13 words (limit 12)' }],
      },
      {
        name: 'over the default limit',
        text: sentence('stock', 60) + ' Order ' + sentence('order', 60) + '\n',
        errors: [{ line: 1, column: 1, endColumn: 361, message: 'has 121 words (limit 120): turn it into a list' }],
      },
      {
        name: 'a long list item',
        text: '- We checked the stock. Then we called the supplier.\n- Short item.\n',
        options: limit(8),
        errors: [{ line: 1, column: 3, message: 'This list item has 9 words' }],
      },
      {
        name: 'the second paragraph',
        text: 'Short opening.\n\nWe audited every listing and every invoice in November.\n',
        options: limit(8),
        errors: [{ line: 3, column: 1, message: 'has 9 words' }],
      },
      {
        name: 'a URL does not count towards the words',
        text: 'We wrote to https://sellercentral.amazon.co.uk/help on Monday and on Tuesday.\n',
        options: limit(7),
        errors: [{ line: 1, column: 1, message: 'has 8 words' }],
      },
      {
        name: 'a paragraph wrapped over several lines',
        text: 'We reviewed each order\nand each invoice,\nthen we wrote to the buyers.\n',
        options: limit(10),
        errors: [{ line: 1, column: 1, endLine: 3, message: 'has 13 words' }],
      },
    ],
  },
  fr: {
    valid: [
      'Nous avons vérifié chaque commande le 14 novembre 2026. Toutes étaient parties.\n',
      { name: 'à la limite par défaut', text: sentence('colis', 120) + '\n' },
      { name: 'à une limite configurée', text: "Nous avons vérifié le stock. Tout était à jour.\n", options: limit(9) },
      { name: 'une notification citée', text: '> ' + sentence('texte', 30) + '\n', options: limit(10) },
      {
        name: 'une cellule de tableau',
        text: '| Commande | Détail |\n|---|---|\n| 171-1234567-1234567 | ' + sentence('colis', 20) + ' |\n',
        options: limit(10),
      },
      {
        name: 'une liste de points courts',
        text: md`
          1. Nous avons vérifié le stock de chaque SKU.
          2. Nous avons retiré deux fournisseurs.
          3. Nous avons formé les préparateurs.
        `,
        options: limit(10),
      },
    ],
    invalid: [
      {
        name: 'un paragraphe trop long',
        text: "Nous avons vérifié le stock. Tout était à jour ce jour-là.\n",
        options: limit(9),
        errors: [{ line: 1, column: 1, endColumn: 29, message: 'Ce paragraphe compte 11 mots (limite : 9)' }],
      },
      {
        name: 'au-delà de la limite par défaut',
        text: sentence('colis', 121) + '\n',
        errors: [{ line: 1, column: 1, message: 'compte 121 mots (limite : 120) : présentez-le sous forme de liste' }],
      },
      {
        name: 'un élément de liste trop long',
        text: "1. Nous avons appelé le transporteur puis l'acheteur.\n2. Court.\n",
        options: limit(6),
        errors: [{ line: 1, column: 4, message: 'Cet élément de liste compte 7 mots' }],
      },
      {
        name: 'le second paragraphe',
        text: "Introduction.\n\nNous avons contrôlé chaque fiche produit et chaque facture en novembre.\n",
        options: limit(8),
        errors: [{ line: 3, column: 1, message: 'compte 11 mots' }],
      },
      {
        name: 'une adresse e-mail ne compte pas',
        text: 'Nous avons écrit à logistique@exemple.fr lundi puis mardi matin.\n',
        options: limit(6),
        errors: [{ line: 1, column: 1, message: 'compte 8 mots' }],
      },
    ],
  },
});
