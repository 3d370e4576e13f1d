// An order ID that is one digit off points the reviewer to no order, or to someone else's: the evidence cannot be checked.
import { defineRule } from '../define';
import { isCheckedIdentifierSpan } from '../../util/identifiers';

/**
 * Three digit groups joined by hyphens, the first of 3 digits and the other two of
 * 4 to 12: the shape of an order ID with a digit missing, added or moved. Not part of
 * a longer hyphenated or dotted number.
 */
const CANDIDATE = /(?<![\p{L}\p{N}_]|[\p{L}\p{N}][-./])(\d{3})-(\d{4,12})-(\d{4,12})(?![\p{L}\p{N}_]|[-./][\p{L}\p{N}])/gu;
const MIN_DIGITS = 13;
const MAX_DIGITS = 19;

export default defineRule({
  id: 'facts/malformed-order-id',
  category: 'facts',
  defaultSeverity: 'error',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'An Amazon order ID has 3-7-7 digits.',
    fr: 'Un numéro de commande Amazon a 3-7-7 chiffres.',
  },
  messages: {
    en: {
      shape: '"{id}" is not a valid Amazon order ID: its groups have {shape} digits instead of 3-7-7. Copy the ID again from the order page in Seller Central.',
    },
    fr: {
      shape: "« {id} » n'est pas un numéro de commande Amazon valide : ses groupes ont {shape} chiffres au lieu de 3-7-7. Recopiez-le depuis la page de la commande dans Seller Central.",
    },
  },
  check(doc, ctx) {
    const text = doc.text;
    const re = new RegExp(CANDIDATE.source, CANDIDATE.flags);
    re.lastIndex = doc.bodyStart;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [id, a, b, c] = m;
      const total = a.length + b.length + c.length;
      if (total < MIN_DIGITS || total > MAX_DIGITS || (b.length === 7 && c.length === 7)) continue;
      const start = m.index;
      const end = start + id.length;
      if (!isCheckedIdentifierSpan(doc, start, end)) continue;
      ctx.report({ start, end, messageId: 'shape', args: { id, shape: `${a.length}-${b.length}-${c.length}` } });
    }
  },
});
