// The same word twice in a row reads as carelessness to a reviewer skimming the appeal.
import { defineRule } from '../define';
import { repeatedWords } from '../../locales';

export default defineRule({
  id: 'form/repeated-word',
  category: 'form',
  defaultSeverity: 'warning',
  languages: ['en', 'fr'],
  fixable: true,
  description: {
    en: 'A word is written twice in a row.',
    fr: 'Un mot est écrit deux fois de suite.',
  },
  messages: {
    en: { repeated: '"{word}" is written twice in a row.', remove: 'Delete the second "{word}"' },
    fr: { repeated: '« {word} » est écrit deux fois de suite.', remove: 'Supprimer le second « {word} »' },
  },
  check(doc, ctx) {
    const allowed = repeatedWords[ctx.language].allowedDoubles;
    for (const s of doc.sentences) {
      const w = s.words;
      for (let i = 1; i < w.length; i++) {
        const a = w[i - 1];
        const b = w[i];
        if (a.text.toLowerCase() !== b.text.toLowerCase()) continue;
        if (/^\p{N}/u.test(a.text) || allowed.has(a.text.toLowerCase())) continue;
        // Only when nothing but spaces separates them ("the the", not "the, the").
        if (!/^[ \t]+$/.test(doc.prose.slice(a.end, b.start))) continue;
        ctx.report({
          start: a.start,
          end: b.end,
          messageId: 'repeated',
          args: { word: b.text },
          fixes: [{ titleId: 'remove', safe: true, args: { word: b.text }, edits: [{ start: a.end, end: b.end, newText: '' }] }],
        });
      }
    }
  },
});
