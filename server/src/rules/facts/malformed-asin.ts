// An ASIN with a character missing or in lower case matches no product: the reviewer cannot tie the plan to the listing Amazon cited.
import { defineRule } from '../define';
import { identifierLabels } from '../../locales';
import type { IdentifierLabels } from '../../locales/types';
import type { Language } from '../../types';
import { ASIN, isCheckedIdentifierSpan, LabelSet, nearWords } from '../../util/identifiers';

const HSPACE = '[ \\t\\u00a0\\u202f]*';
/** After the label: optional `:`, ` :`, `n°`, `no.` or `#`, then opening marks (`**`, `«`, `(`) before the token. */
const AFTER_LABEL = `${HSPACE}(?:(?::|n°|nº|[Nn]o\\.|#)${HSPACE})?(?:[*_\`"'«“(\\[]${HSPACE})*`;
/** The token read as the ASIN: a run of letters and digits. */
const TOKEN = '([\\p{L}\\p{N}]+)';

function labelPattern(d: IdentifierLabels): RegExp {
  const names = d.asinLabels.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${names})(?![\\p{L}\\p{N}])${AFTER_LABEL}${TOKEN}`, 'giu');
}

const LABELLED: Record<Language, RegExp> = { en: labelPattern(identifierLabels.en), fr: labelPattern(identifierLabels.fr) };
const REFERENCES: Record<Language, LabelSet> = {
  en: new LabelSet(identifierLabels.en.referenceLabels),
  fr: new LabelSet(identifierLabels.fr.referenceLabels),
};
/** An upper-case `B0…` token of 8 to 12 characters, not part of a longer reference (`SKU-B0…`). */
const B0_TOKEN = /(?<![\p{L}\p{N}_]|[\p{L}\p{N}][-/])B0[A-Z0-9]{6,10}(?![\p{L}\p{N}_]|[-/][\p{L}\p{N}])/gu;
/** A token after "ASIN" is read as an attempt at an ASIN when it has a digit and at least this many characters ("ASIN 2" is a count). */
const MIN_TOKEN = 5;
/** Words between a reference label and a `B0…` token that keep the label's meaning ("SKU n° …"). */
const NUMBER_MARKS = new Set(['n', 'no', 'n°', 'nº', 'nr']);

export default defineRule({
  id: 'facts/malformed-asin',
  category: 'facts',
  defaultSeverity: 'warning',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'An ASIN is exactly 10 capital letters or digits.',
    fr: 'Un ASIN compte exactement 10 lettres majuscules ou chiffres.',
  },
  messages: {
    en: {
      length: 'ASIN "{token}" has {count} characters; an ASIN has exactly 10 capital letters or digits. Copy it again from the product page or Seller Central.',
      lowercase: 'ASIN "{token}" has lower-case letters; ASINs are written in capitals: {upper}.',
      chars: '"{token}" is not an ASIN: an ASIN is made of 10 capital letters (A–Z) or digits, such as B0ABCDE123.',
    },
    fr: {
      length: "L'ASIN « {token} » compte {count} caractères ; un ASIN a exactement 10 lettres majuscules ou chiffres. Recopiez-le depuis la fiche produit ou Seller Central.",
      lowercase: "L'ASIN « {token} » contient des minuscules ; un ASIN s'écrit en majuscules : {upper}.",
      chars: "« {token} » n'est pas un ASIN : un ASIN se compose de 10 lettres majuscules (A-Z) ou chiffres, par exemple B0ABCDE123.",
    },
  },
  check(doc, ctx) {
    const text = doc.text;
    const reported = new Set<number>();
    const report = (start: number, token: string): void => {
      const end = start + token.length;
      if (reported.has(start) || !isCheckedIdentifierSpan(doc, start, end)) return;
      reported.add(start);
      if (token.length !== 10) ctx.report({ start, end, messageId: 'length', args: { token, count: token.length } });
      else if (/^[A-Za-z0-9]+$/.test(token)) ctx.report({ start, end, messageId: 'lowercase', args: { token, upper: token.toUpperCase() } });
      else ctx.report({ start, end, messageId: 'chars', args: { token } });
    };

    const labelled = new RegExp(LABELLED[ctx.language].source, LABELLED[ctx.language].flags);
    labelled.lastIndex = doc.bodyStart;
    for (let m = labelled.exec(text); m; m = labelled.exec(text)) {
      const token = m[1];
      const start = m.index + m[0].length - token.length;
      // "ASIN concerned", "ASIN 2": words and counts, not attempts at an ASIN.
      if (ASIN.test(token) || token.length < MIN_TOKEN || !/\p{N}/u.test(token)) continue;
      // The token must end there: "ASIN B0CHV5R8PN-FR" names a reference built on the ASIN.
      if (/^[-/_][\p{L}\p{N}]/u.test(text.slice(start + token.length, start + token.length + 2))) continue;
      report(start, token);
    }

    const references = REFERENCES[ctx.language];
    const b0 = new RegExp(B0_TOKEN.source, B0_TOKEN.flags);
    b0.lastIndex = doc.bodyStart;
    for (let m = b0.exec(text); m; m = b0.exec(text)) {
      const token = m[0];
      if (token.length === 10) continue;
      const start = m.index;
      // A seller's own reference may start with B0 too ("SKU B0LAMP01").
      const lineStart = doc.lines.lineStart(doc.lines.lineAt(start));
      const words = nearWords(text, Math.max(lineStart, start - 40), start);
      let i = words.length - 1;
      while (i >= 0 && NUMBER_MARKS.has(words[i].key)) i--;
      if (i >= 0 && references.endsAt(words, i) > 0) continue;
      report(start, token);
    }
  },
});
