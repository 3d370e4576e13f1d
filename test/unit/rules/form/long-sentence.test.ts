import { md, ruleTester } from '../../../helpers/rule-tester';

const limit = (maxSentenceWords: number) => ({ config: { limits: { maxSentenceWords } } });
/** A sentence of exactly `n` words, starting with a capital. */
const sentence = (first: string, word: string, n: number): string => [first, ...Array.from({ length: n - 1 }, () => word)].join(' ') + '.';

ruleTester('form/long-sentence', {
  en: {
    valid: [
      'We checked every open order on 13 November 2026. All of them had shipped.\n',
      { name: 'at the default limit', text: sentence('Every', 'order', 40) + '\n' },
      { name: 'a company suffix before a capital ends the sentence', text: 'Our supplier was Coastline Supply LLC. We bought 600 units from it in July.\n', options: limit(10) },
      { name: 'a.m. before a capital ends the sentence', text: 'The parcel left at 9 a.m. The carrier scanned it at noon on Monday.\n', options: limit(10) },
      { name: '"no." ends a sentence when no digit follows', text: 'We said no. The buyer accepted the replacement on 3 March 2026.\n', options: limit(10) },
      {
        name: 'a bold sentence ends at its closing markers',
        text: '1. **Handling time did not match production time.** Every SKU used the default of one day.\n',
        options: limit(10),
      },
      { name: 'a quoted sentence', text: '> ' + sentence('Your', 'account', 60) + '\n\nWe answer below.\n' },
      {
        name: 'a heading line in the same paragraph does not count',
        text: md`
          **Root cause of the late shipments**
          We set one handling time for every SKU in the catalogue.
        `,
        options: limit(11),
      },
    ],
    invalid: [
      {
        name: 'over the default limit',
        text: sentence('Every', 'order', 41) + '\n',
        errors: [{ line: 1, column: 1, endColumn: 247, message: 'This sentence has 41 words (limit 40)' }],
      },
      {
        name: 'abbreviations and decimals do not split a sentence (Mr., 2.5, e.g., No. 4)',
        text: 'Mr. Hart sent the 2.5 kg parcels by a tracked service, e.g. DHL, to No. 4 Station Road in Leeds.\n',
        options: limit(20),
        errors: [{ line: 1, column: 1, endColumn: 97, message: 'has 21 words (limit 20)' }],
      },
      {
        name: 'Ltd. before a lower-case word and 2.5 % stay in one sentence',
        text: 'Hartwell Oak Ltd. shipped 2.5 % of its orders late in October 2026.\n',
        options: limit(10),
        errors: [{ line: 1, column: 1, message: 'has 12 words' }],
      },
      {
        name: 'the second sentence of a paragraph',
        text: 'We checked it. Then we wrote to every buyer whose order was late.\n',
        options: limit(9),
        errors: [{ line: 1, column: 16, endColumn: 66, message: 'has 10 words' }],
      },
      {
        name: 'a sentence in a list item',
        text: '- We moved the daily collection from 15:00 to 17:00 for all carriers.\n',
        options: limit(10),
        errors: [{ line: 1, column: 3, message: 'has 12 words' }],
      },
      {
        name: 'after a heading line, the finding starts at the text',
        text: '**Root cause**\nWe set one handling time for every SKU in the catalogue.\n',
        options: limit(10),
        errors: [{ line: 2, column: 1, message: 'has 11 words' }],
      },
    ],
  },
  fr: {
    valid: [
      'Nous avons vérifié chaque commande le 14 novembre 2026. Toutes étaient parties.\n',
      { name: 'à la limite par défaut', text: sentence('Chaque', 'colis', 40) + '\n' },
      { name: '« vol. » termine une phrase', text: "Le colis a fait l'objet d'un vol. Nous avons porté plainte le 3 mars.\n", options: limit(8) },
      { name: 'une raison sociale en fin de phrase', text: 'Notre fournisseur était Dupont SARL. Nous avons cessé de travailler avec lui.\n', options: limit(8) },
      { name: 'une phrase citée', text: '> ' + sentence('Votre', 'compte', 60) + '\n\nNous répondons ci-dessous.\n' },
      { name: 'des phrases courtes', text: "Le stock était faux. Nous l'avons corrigé. Puis nous avons formé l'équipe.\n", options: limit(5) },
    ],
    invalid: [
      {
        name: 'au-delà de la limite par défaut',
        text: sentence('Chaque', 'colis', 45) + '\n',
        errors: [{ line: 1, column: 1, message: 'Cette phrase compte 45 mots (limite : 40)' }],
      },
      {
        name: 'M., Mme, n° et 2,5 % ne coupent pas la phrase',
        text: 'M. Martin et Mme Durand ont vérifié la commande n° 12 et le taux de 2,5 % ce jour-là.\n',
        options: limit(15),
        errors: [{ line: 1, column: 1, endColumn: 86, message: 'compte 18 mots' }],
      },
      {
        name: 'un nombre décimal avec un point reste dans la phrase',
        text: 'Le taux est passé de 2.5 % à 7.2 % en octobre.\n',
        options: limit(8),
        errors: [{ line: 1, column: 1, message: 'compte 10 mots' }],
      },
      {
        name: 'la seconde phrase',
        text: "C'est corrigé. Nous avons écrit à chaque acheteur dont la commande était en retard.\n",
        options: limit(10),
        errors: [{ line: 1, column: 16, message: 'compte 12 mots' }],
      },
      {
        name: 'une phrase dans un élément de liste',
        text: "1. Nous avons décalé l'enlèvement quotidien de 16 h à 17 h 30 pour tous les transporteurs.\n",
        options: limit(10),
        errors: [{ line: 1, column: 4, message: 'compte 16 mots' }],
      },
    ],
  },
});
