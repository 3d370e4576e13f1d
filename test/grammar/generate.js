// Writes the grammar test files (test/grammar/*.test.md) with carets computed from substrings: run from the repository root with `node test/grammar/generate.js`.
const fs = require('fs');
function build(desc, cases) {
  const out = [`<!-- SYNTAX TEST "text.html.markdown" "${desc}"`];
  for (const [line, asserts] of cases) {
    out.push(line);
    for (const [sub, scope, neg, nth] of asserts) {
      let at = -1; for (let i = 0; i <= (nth || 0); i++) at = line.indexOf(sub, at + 1);
      if (at < 4) throw new Error('column < 4: ' + line);
      out.push('<!--' + ' '.repeat(at - 4) + '^'.repeat(sub.length) + ' ' + (neg ? '- ' : '') + scope);
    }
  }
  return out.join('\n') + '\n';
}
const P = 'invalid.illegal.placeholder.appeal-lint', O = 'constant.numeric.order-id.appeal-lint', A = 'constant.other.asin.appeal-lint', G = 'constant.numeric.gtin.appeal-lint';
fs.writeFileSync('test/grammar/placeholders.test.md', build('unfilled placeholders', [
  ['Then on [DATE] we refunded order [ORDER-ID].', [['[DATE]', P], ['[ORDER-ID]', P]]],
  ['Puis le [NUMÉRO-DE-COMMANDE] a été remboursé le AAAA-MM-JJ.', [['[NUMÉRO-DE-COMMANDE]', P], ['AAAA-MM-JJ', P]]],
  ['Ship on YYYY-MM-DD please.', [['YYYY-MM-DD', P]]],
  ['Sizes XXL and XXXL are fine; XXX is not; TODO neither.', [['XXXL', P, true], ['XXX', P, false, 1], ['TODO', P]]],
  ['A [link][REF] and [Policy](https://x.y) are not placeholders.', [['[REF]', P, true], ['[Policy]', P, true]]],
  ['Snippet left ${1:ORDER-ID} and $2 here.', [['${1:ORDER-ID}', P], ['$2', P]]],
  ['The `[DATE]` in code is documentation.', [['[DATE]', P, true]]],
]));
fs.writeFileSync('test/grammar/identifiers.test.md', build('order IDs, ASINs, GTINs and tracking numbers', [
  ['Order 171-1234567-1234567 was late.', [['171-1234567-1234567', O]]],
  ['Digital D01-1234567-1234567 too.', [['D01-1234567-1234567', O]]],
  ['See https://example.com/171-1234567-1234567/x here.', [['171-1234567-1234567', O, true]]],
  ['Not 171-123456-1234567 nor 1171-1234567-1234567.', [['171-123456-1234567', O, true], ['171-1234567-1234567', O, true]]],
  ['ASIN B0ABCDE123 and B0ABCDE1234 differ.', [['B0ABCDE123', A], ['B0ABCDE1234', A, true]]],
  ['The EAN 3760123456789 and code-barres : 4006381333931 match.', [['3760123456789', G], ['4006381333931', G]]],
  ['Our UPC 036000241457 and GTIN-14 10012345678902 too.', [['036000241457', G], ['10012345678902', G]]],
  ['SIRET 12345678901234 is not a barcode.', [['12345678901234', G, true]]],
  ['UPS 1Z12345E0205271688 and RB123456785GB and TBA123456789012.', [['1Z12345E0205271688', 'constant.other.tracking.ups.appeal-lint'], ['RB123456785GB', 'constant.other.tracking.s10.appeal-lint'], ['TBA123456789012', 'constant.other.tracking.amazon.appeal-lint']]],
  ['Le colis `171-1234567-1234567` en code.', [['171-1234567-1234567', O, true]]],
]));
