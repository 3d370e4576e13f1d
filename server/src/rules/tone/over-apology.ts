// One apology is courteous; a string of them sounds like pleading and crowds out the facts.
import { defineRule } from '../define';
import { compileLexicons, findPhrases, toneLexicons } from '../phrase';

/** Apologies allowed before the rule reports. */
const ALLOWED = 2;
const apologies = compileLexicons(toneLexicons((t) => t.apologies));

export default defineRule({
  id: 'tone/over-apology',
  category: 'tone',
  defaultSeverity: 'info',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'At most two apologies in an appeal.',
    fr: "Pas plus de deux excuses dans un appel.",
  },
  messages: {
    en: { tooMany: 'Apology number {count} ("{phrase}"): more than two sounds like pleading. Keep one and spend the words on facts.' },
    fr: { tooMany: '{count}e excuse (« {phrase} ») : au-delà de deux, le texte paraît suppliant. Gardez-en une et consacrez la place aux faits.' },
  },
  check(doc, ctx) {
    const found = findPhrases(doc, apologies[ctx.language]);
    for (let i = ALLOWED; i < found.length; i++) {
      const m = found[i];
      ctx.report({ start: m.start, end: m.end, messageId: 'tooMany', args: { count: i + 1, phrase: m.text } });
    }
  },
});
