import { md, ruleTester } from '../../../helpers/rule-tester';

const body = '\nBody text.\n';

ruleTester('case/header', {
  en: {
    valid: [
      'No front matter at all.\n',
      md`
        ---
        language: en
        marketplace: amazon.co.uk
        reasons: [late-shipment, stockout]
        orders: [171-1234567-1234567, D01-1234567-1234567]
        asins: [B0ABCDE123]
        notice-date: 2026-11-20
        ---
      ` + body,
      md`
        ---
        reasons:
          - not-received
          - order-defect-rate
        ---
      ` + body,
      '---\nlanguage: auto\nreasons: [verification]\n---\n' + body,
      { name: 'a directive naming a real rule', text: 'We checked it. <!-- appeal-lint-disable-line form/repeated-word -->\n' },
      { name: 'valid settings', text: 'Text.\n', options: { config: { rules: { 'form/repeated-word': 'off' }, limits: { maxWords: 500 } } } },
    ],
    invalid: [
      { name: 'unknown reason', text: '---\nreasons: [late-shipment, lateshipment]\n---\n' + body, errors: [{ line: 2, column: 26, message: 'Unknown reason "lateshipment"' }] },
      { name: 'malformed order', text: '---\nreasons: [stockout]\norders: [171-123456-1234567]\n---\n' + body, errors: [{ line: 3, column: 10, message: 'not an Amazon order ID' }] },
      { name: 'malformed ASIN', text: '---\nreasons: [stockout]\nasins: [b0abcde123]\n---\n' + body, errors: [{ line: 3, column: 9, message: 'not an ASIN' }] },
      { name: 'bad date', text: '---\nreasons: [stockout]\nnotice-date: 2026-02-30\n---\n' + body, errors: [{ line: 3, column: 14, message: 'YYYY-MM-DD' }] },
      { name: 'unknown key', text: '---\nreason: [stockout]\n---\n' + body, errors: [{ line: 2, column: 1, message: 'Unknown key "reason"' }] },
      { name: 'invalid YAML', text: '---\nreasons: [stockout\norders: 1\n---\n' + body, errors: [{ line: 3, column: 1, message: 'not valid YAML' }] },
      { name: 'unclosed', text: '---\nreasons: [stockout]\nBody.\n', errors: [{ line: 1, column: 1, message: 'no closing' }] },
      { name: 'bad language', text: '---\nlanguage: de\nreasons: [stockout]\n---\n' + body, errors: [{ line: 2, column: 11, message: 'Language "de"' }] },
      { name: 'block list item on its own line', text: '---\nreasons:\n  - stockout\n  - damage\n---\n' + body, errors: [{ line: 4, column: 5 }] },
      { name: 'empty reasons', text: '---\nreasons: []\n---\n' + body, errors: [{ line: 2, column: 1, message: 'no reasons' }] },
      { name: 'unknown rule in a directive', text: 'Text. <!-- appeal-lint-disable form/nope -->\n', errors: [{ line: 1, column: 32, message: '"form/nope"' }] },
      { name: 'bad settings value', text: 'Text.\n', options: { config: { language: 'german' as never } }, errors: [{ line: 1, column: 1, message: 'Setting "language"' }] },
      { name: 'previous appeal without a file', text: '---\nreasons: [stockout]\nprevious: [old.md]\n---\n' + body, errors: [{ line: 3, column: 12, message: 'not saved in a file' }] },
    ],
  },
  fr: {
    valid: [
      "Pas d'en-tête.\n",
      md`
        ---
        language: fr
        marketplace: amazon.fr
        reasons: [damaged, not-as-described]
        orders: [402-8815530-6190347]
        asins: [B0CX83NWQM]
        notice-date: 2026-03-04
        ---
      ` + body,
      '---\nreasons: [brand-authorisation]\n---\n' + body,
      "Texte. <!-- appeal-lint-disable-next-line -->\nAutre texte.\n",
      { name: 'réglages valides', text: 'Texte.\n', options: { config: { messageLanguage: 'fr' } } },
    ],
    invalid: [
      { text: '---\nreasons: [rupture]\n---\n' + body, errors: [{ line: 2, column: 11, message: 'Motif « rupture » inconnu' }] },
      { text: '---\nreasons: [stockout]\norders: [171-1234567-123456]\n---\n' + body, errors: [{ line: 3, column: 10, message: "n'est pas un numéro de commande" }] },
      { text: '---\nreasons: [stockout]\nasins: [B0ABC]\n---\n' + body, errors: [{ line: 3, column: 9, message: "n'est pas un ASIN" }] },
      { text: '---\nreasons: [stockout]\nnotice-date: 20/11/2026\n---\n' + body, errors: [{ line: 3, column: 14, message: 'AAAA-MM-JJ' }] },
      { text: '---\nmotifs: [stockout]\n---\n' + body, errors: [{ line: 2, column: 1, message: 'Clé « motifs » inconnue' }] },
      { text: '---\nreasons: [stockout\n---\n' + body, errors: [{ line: 3, column: 1, message: "n'est pas du YAML valide" }] },
      { text: '---\nreasons: [stockout]\nreasons: [damaged]\n---\n' + body, errors: [{ line: 3, column: 1, message: 'apparaît deux fois' }] },
      { text: '---\nreasons: [stockout]\nmarketplace: ebay.fr\n---\n' + body, errors: [{ line: 3, column: 14, message: 'place de marché' }] },
      { text: 'Texte. <!-- appeal-lint-disable-line ton/menace -->\n', errors: [{ line: 1, column: 38, message: '« ton/menace »' }] },
    ],
  },
});
