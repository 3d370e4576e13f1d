// A reviewer gives each appeal a few minutes; past a page or two the cause and the actions get lost in the text.
import { defineRule } from '../define';

export default defineRule({
  id: 'form/too-long',
  category: 'form',
  defaultSeverity: 'warning',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'The appeal is longer than the word limit.',
    fr: "L'appel dépasse le nombre de mots conseillé.",
  },
  messages: {
    en: {
      tooLong:
        'The appeal has {count} words, over the limit of {limit}; the limit is passed at this word. Cut background and repetition, and keep the cause, the actions and the measures.',
    },
    fr: {
      tooLong:
        "L'appel compte {count} mots, au-delà de la limite de {limit} ; elle est dépassée à ce mot. Retirez le contexte et les redites, gardez la cause, les actions et les mesures.",
    },
  },
  check(doc, ctx) {
    // doc.words already leaves out the header, quotes, code, URLs and other masked text.
    const limit = Math.max(0, Math.floor(ctx.limits.maxWords));
    const words = doc.words;
    if (words.length <= limit) return;
    const first = words[limit];
    ctx.report({ start: first.start, end: first.end, messageId: 'tooLong', args: { count: words.length, limit } });
  },
});
