// A reviewer skimming an appeal loses the thread of a long sentence; one fact per sentence reads faster.
import { defineRule } from '../define';

export default defineRule({
  id: 'form/long-sentence',
  category: 'form',
  defaultSeverity: 'info',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'A sentence is too long to follow at a glance.',
    fr: "Une phrase est trop longue pour être suivie d'un coup d'œil.",
  },
  messages: {
    en: { long: 'This sentence has {count} words (limit {limit}): split it, one fact per sentence.' },
    fr: { long: 'Cette phrase compte {count} mots (limite : {limit}) : coupez-la, un fait par phrase.' },
  },
  check(doc, ctx) {
    const limit = ctx.limits.maxSentenceWords;
    const headings = doc.headings;
    let h = 0;
    for (const s of doc.sentences) {
      // A heading written as a line of its own ("**Root cause**") shares a paragraph with the text below it: leave its words out.
      let count = 0;
      let start = -1;
      for (const w of s.words) {
        while (h < headings.length && headings[h].end <= w.start) h++;
        if (h < headings.length && headings[h].start <= w.start) continue;
        if (start < 0) start = w.start;
        count++;
      }
      if (count > limit) ctx.report({ start, end: s.end, messageId: 'long', args: { count, limit } });
    }
  },
});
