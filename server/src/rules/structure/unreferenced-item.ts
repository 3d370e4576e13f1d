// An order or ASIN that Amazon cited and the plan never mentions looks ignored; cite each one where it is explained.
import { defineRule } from '../define';
import type { AppealDocument } from '../../document/model';
import { isAsin, isOrderId } from '../../util/identifiers';

const ID_CHAR = /[\p{L}\p{N}-]/u;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** Whether `value` appears in the body as a whole token, outside HTML comments (which no reader sees). */
function mentioned(doc: AppealDocument, value: string, comments: readonly [number, number][]): boolean {
  const text = doc.text;
  for (let at = text.indexOf(value, doc.bodyStart); at >= 0; at = text.indexOf(value, at + 1)) {
    const end = at + value.length;
    if ((at > 0 && ID_CHAR.test(text[at - 1])) || (end < text.length && ID_CHAR.test(text[end]))) continue;
    if (comments.some(([s, e]) => at >= s && at < e)) continue;
    return true;
  }
  return false;
}

export default defineRule({
  id: 'structure/unreferenced-item',
  category: 'structure',
  defaultSeverity: 'warning',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'Every order ID and ASIN listed in the case header is mentioned in the appeal.',
    fr: "Chaque numéro de commande et chaque ASIN de l'en-tête est cité dans le plan.",
  },
  messages: {
    en: {
      order: 'Order {item} is in the header but the appeal never mentions it. Cite it where you explain what happened, or remove it from the header.',
      asin: 'ASIN {item} is in the header but the appeal never mentions it. Cite it where you explain what happened, or remove it from the header.',
    },
    fr: {
      order: "La commande {item} figure dans l'en-tête mais le plan ne la cite jamais. Citez-la là où vous expliquez ce qui s'est passé, ou retirez-la de l'en-tête.",
      asin: "L'ASIN {item} figure dans l'en-tête mais le plan ne le cite jamais. Citez-le là où vous expliquez ce qui s'est passé, ou retirez-le de l'en-tête.",
    },
  },
  check(doc, ctx) {
    if (doc.header.orders.length === 0 && doc.header.asins.length === 0) return;
    const comments: [number, number][] = [];
    for (const m of doc.text.slice(doc.bodyStart).matchAll(HTML_COMMENT)) comments.push([doc.bodyStart + m.index, doc.bodyStart + m.index + m[0].length]);
    const seen = new Set<string>();
    const lists = [
      { items: doc.header.orders, valid: isOrderId, messageId: 'order' },
      { items: doc.header.asins, valid: isAsin, messageId: 'asin' },
    ];
    for (const { items, valid, messageId } of lists) {
      for (const item of items) {
        // Malformed values are `case/header`'s; each value is reported once.
        if (!valid(item.value) || seen.has(item.value)) continue;
        seen.add(item.value);
        if (!mentioned(doc, item.value, comments)) ctx.report({ start: item.start, end: item.end, messageId, args: { item: item.value } });
      }
    }
  },
});
