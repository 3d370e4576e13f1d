import { md, ruleTester } from '../../../helpers/rule-tester';

/** `n` copies of a five-letter word: word k starts at column 6(k-1)+1. */
const run = (word: string, n: number): string => Array.from({ length: n }, () => word).join(' ');
const limit = (maxWords: number) => ({ config: { limits: { maxWords } } });

ruleTester('form/too-long', {
  en: {
    valid: [
      'We set a handling time of four days on the engraved SKUs on 13 November 2026.\n',
      { name: 'exactly at the default limit', text: run('order', 800) + '\n' },
      { name: 'exactly at a configured limit', text: run('stock', 20) + '\n', options: limit(20) },
      {
        name: 'a quoted notice does not count',
        text: 'Amazon wrote to us on 12 November.\n\n> ' + run('quote', 60) + '\n\nWe answer each point below.\n',
        options: limit(20),
      },
      {
        name: 'code, URLs and e-mail addresses do not count',
        text: 'Our export:\n\n```\n' + run('codes', 40) + '\n```\n\nSee https://example.com/a/b/c/d and write to ops@example.com today.\n',
        options: limit(20),
      },
      {
        name: 'the case header does not count',
        text: md`
          ---
          language: en
          reasons: [late-shipment, stockout]
          orders: [171-1234567-1234567, 171-7654321-7654321]
          asins: [B0ABCDE123]
          notice-date: 2026-11-20
          ---
          We shipped the orders on time from 16 November.
        `,
        options: limit(10),
      },
      { name: 'a raised limit', text: run('order', 900) + '\n', options: limit(1000) },
    ],
    invalid: [
      {
        name: 'one word over a configured limit: the finding is on word 21',
        text: run('stock', 21) + '\n',
        options: limit(20),
        errors: [{ line: 1, column: 121, endColumn: 126, message: 'has 21 words, over the limit of 20' }],
      },
      {
        name: 'over the default limit of 800',
        text: run('order', 850) + '\n',
        errors: [{ line: 1, column: 4801, message: 'has 850 words, over the limit of 800' }],
      },
      {
        name: 'headings and list items count',
        text: '## Root cause\n\n- We checked every order.\n- We found two causes.\n',
        options: limit(8),
        errors: [{ line: 4, column: 12, message: 'has 10 words' }],
      },
      {
        name: 'the header shifts the lines but adds no words',
        text: '---\nreasons: [stockout]\n---\n' + run('stock', 6) + '\n',
        options: limit(5),
        errors: [{ line: 4, column: 31, message: 'has 6 words' }],
      },
      {
        name: 'quoted words are skipped when finding the word past the limit',
        text: 'We checked it.\n\n> Quoted text here.\n\nThen we fixed it.\n',
        options: limit(4),
        errors: [{ line: 5, column: 6, message: 'has 7 words' }],
      },
    ],
  },
  fr: {
    valid: [
      "Nous avons fixé un délai de préparation de quatre jours le 14 novembre 2026.\n",
      { name: 'exactement la limite par défaut', text: run('colis', 800) + '\n' },
      { name: 'exactement une limite configurée', text: run('colis', 30) + '\n', options: limit(30) },
      {
        name: 'la notification citée ne compte pas',
        text: 'Amazon nous a écrit le 13 novembre.\n\n> ' + run('texte', 60) + '\n\nNous répondons point par point.\n',
        options: limit(20),
      },
      {
        name: "le code, les adresses web et les e-mails ne comptent pas",
        text: 'Voir `' + run('codes', 30) + '` et https://exemple.fr/a/b/c ou contact@exemple.fr pour le détail.\n',
        options: limit(20),
      },
      {
        name: "l'en-tête ne compte pas",
        text: '---\nlanguage: fr\nreasons: [stockout]\norders: [171-1234567-1234567]\n---\nNous avons corrigé le stock.\n',
        options: limit(5),
      },
    ],
    invalid: [
      {
        name: 'un mot de trop',
        text: run('colis', 11) + '\n',
        options: limit(10),
        errors: [{ line: 1, column: 61, endColumn: 66, message: 'compte 11 mots, au-delà de la limite de 10' }],
      },
      {
        name: 'au-delà de la limite par défaut',
        text: run('colis', 801) + '\n',
        errors: [{ line: 1, column: 4801, message: 'compte 801 mots' }],
      },
      {
        name: 'les titres et les listes comptent',
        text: '## Actions correctives\n\n1. Nous avons vérifié le stock.\n2. Nous avons formé un employé.\n',
        options: limit(6),
        errors: [{ line: 3, column: 26, message: 'compte 12 mots' }],
      },
      {
        name: "l'en-tête décale les lignes",
        text: '---\nreasons: [damaged]\n---\nNous avons changé les cartons.\n',
        options: limit(4),
        errors: [{ line: 4, column: 23, message: 'limite de 4' }],
      },
      {
        name: 'les élisions comptent pour un mot',
        text: "L'emballage n'était pas testé et l'acheteur l'a reçu cassé.\n",
        options: limit(8),
        errors: [{ line: 1, column: 54, message: 'compte 9 mots' }],
      },
    ],
  },
});
