// A block of text hides the steps a reviewer is looking for; a list shows them at a glance.
import { defineRule } from '../define';

export default defineRule({
  id: 'form/long-paragraph',
  category: 'form',
  defaultSeverity: 'info',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'A paragraph or list item is too long to skim.',
    fr: 'Un paragraphe ou un élément de liste est trop long pour une lecture rapide.',
  },
  messages: {
    en: {
      paragraph: 'This paragraph has {count} words (limit {limit}): turn it into a list, one point per item.',
      item: 'This list item has {count} words (limit {limit}): split it into shorter items.',
    },
    fr: {
      paragraph: 'Ce paragraphe compte {count} mots (limite : {limit}) : présentez-le sous forme de liste, un point par élément.',
      item: 'Cet élément de liste compte {count} mots (limite : {limit}) : scindez-le en éléments plus courts.',
    },
  },
  check(doc, ctx) {
    const limit = ctx.limits.maxParagraphWords;
    for (const p of doc.paragraphs) {
      // Headings and table cells are not prose blocks; quoted paragraphs are not the seller's wording.
      if (p.quoted || (p.kind !== 'paragraph' && p.kind !== 'list-item')) continue;
      const count = p.words.length;
      if (count <= limit) continue;
      // The first sentence marks the block without underlining all of it.
      const first = p.sentences[0];
      const start = first ? first.start : p.words[0].start;
      const end = first ? first.end : p.words[0].end;
      ctx.report({ start, end, messageId: p.kind === 'list-item' ? 'item' : 'paragraph', args: { count, limit } });
    }
  },
});
