// A template field left in ("[ORDER-ID]", "YYYY-MM-DD", "TODO") tells Amazon the appeal was never finished.
import { defineRule } from '../define';
import { placeholderData } from '../../locales';
import type { MaskKind } from '../../document/model';

/** Not sent as the seller's text: code written on purpose, the header, comments. */
const SKIPPED_MASKS: ReadonlySet<MaskKind> = new Set(['code', 'front-matter', 'html-comment']);

/** Snippet tab stops and choices: `${1}`, `${1:ORDER-ID}`, `${2|a,b|}`. */
const TAB_STOP = /\$\{\d+(?::[^}\n]*|\|[^|\n]*\|)?\}/g;
/** A bare tab stop `$1`, not an amount (`$1.50`, `$10`, `US$5`). */
const BARE_TAB_STOP = /(?<![\p{L}\p{N}_$\\])\$\d(?![\d\p{L}_]|[.,]\d)/gu;
/** After a bare `$N`: a word, a full stop or a closing bracket make it read as a price ("$5 voucher", "cost $5.", "($5)"). */
const AMOUNT_AFTER = /[ \t]*[\p{L}\p{N}]|[.)]/uy;
/** `[ORDER-ID]`, `[NUMÉRO DE COMMANDE]`; the label must be in capitals (accented ones too). */
const BRACKETED = /\[([^[\]\n]{2,80})\]/g;
/** `{ORDER_ID}`, `{{DATE}}`. */
const BRACED = /\{\{?[ \t]*(\p{Lu}[\p{Lu}\p{M}\p{N} _\-]*?)[ \t]*\}\}?/gu;
const CAPITAL_LABEL = /^[\p{Lu}\p{N}][\p{Lu}\p{M}\p{N} _\-/.'’#:]*$/u;
/** A part of a label made of two letters or more: keeps `[B0ABCDE123]` and `[X]` out. */
const LETTER_PART = /(?:^|[ _\-/.'’#:])[\p{Lu}\p{M}]{2,}(?=$|[ _\-/.'’#:])/u;
/** A filled-in value inside the brackets (`[ASIN: B0ABCDE123]`, `[ORDER 171-1234567-1234567]`): five characters or more with a digit. */
const VALUE_PART = /(?:^|[ _/.'’#:])(?=[\p{L}\p{N}-]*\p{N})[\p{L}\p{N}-]{5,}(?=$|[ _/.'’#:])/u;
/** Date formats: `YYYY-MM-DD`, `AAAA-MM-JJ`, `DD/MM/YYYY`, `jj.mm.aaaa`. */
const DATE_FORMAT = /(?<![\p{L}\p{N}])(?:YYYY|AAAA|YY|AA|MM|DD|JJ)(?:([-/.])(?:YYYY|AAAA|YY|AA|MM|DD|JJ)){2}(?![\p{L}\p{N}])/giu;
/** A run of three X or more, not inside a word (`XXXL` is a size); digits may touch it (`171-XXXXXXX`). */
const X_RUN = /(?<!\p{L})(?:X{3,}|x{3,})(?!\p{L})/gu;
/** Markers of unfinished text from both languages, as written. */
const MARKERS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...new Set([...placeholderData.en.markers, ...placeholderData.fr.markers])]
    .sort((a, b) => b.length - a.length)
    .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t\\u00a0]+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
/** A link reference definition: `[ASIN]: https://…` with an optional title, alone on its line. */
const DEFINITION = /^ {0,3}\[((?:[^[\]\\\n]|\\.)+)\]:[ \t]*(?:<[^>\n]*>|[^\s<]\S*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$/gm;
/** A `{name}` inside a token: shown in a message, it would look like an unfilled argument. */
const BRACED_NAME = /\{\w+\}/;
/** Around a run of X: the identifier it sits in (`B0XXXXXXXX`, `171-XXXXXXX-XXXXXXX`). */
const ID_CHAR = /[\p{L}\p{N}-]/u;

interface Candidate {
  start: number;
  end: number;
}

export default defineRule({
  id: 'form/placeholder',
  category: 'form',
  defaultSeverity: 'error',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'A template placeholder is still in the text.',
    fr: 'Un champ de modèle à compléter est resté dans le texte.',
  },
  messages: {
    en: {
      placeholder: '"{text}" is a placeholder that was never filled in: replace it with the real value before sending.',
      // For `{{DATE}}` or `${1}`, whose braces would read as a message argument.
      placeholderHere: 'This placeholder was never filled in: replace it with the real value before sending.',
    },
    fr: {
      placeholder: "« {text} » est un champ à compléter resté tel quel : remplacez-le par la vraie valeur avant l'envoi.",
      placeholderHere: "Ce champ à compléter est resté tel quel : remplacez-le par la vraie valeur avant l'envoi.",
    },
  },
  check(doc, ctx) {
    const text = doc.text;
    const found: Candidate[] = [];

    // Link reference definitions: their lines are skipped, their labels make `[LABEL]` a link.
    const defined = new Set<string>();
    const definitionLines: Candidate[] = [];
    for (const m of text.matchAll(DEFINITION)) {
      if (m.index < doc.bodyStart) continue;
      defined.add(label(m[1]));
      definitionLines.push({ start: m.index, end: m.index + m[0].length });
    }

    for (const m of text.matchAll(TAB_STOP)) found.push({ start: m.index, end: m.index + m[0].length });
    for (const m of text.matchAll(BARE_TAB_STOP)) {
      AMOUNT_AFTER.lastIndex = m.index + m[0].length;
      if (!AMOUNT_AFTER.test(text)) found.push({ start: m.index, end: m.index + m[0].length });
    }
    for (const m of text.matchAll(BRACKETED)) {
      const inner = m[1].trim();
      if (!CAPITAL_LABEL.test(inner) || !LETTER_PART.test(inner) || VALUE_PART.test(inner)) continue;
      if (isLinkPart(text, m.index, m.index + m[0].length, inner, defined)) continue;
      found.push({ start: m.index, end: m.index + m[0].length });
    }
    for (const m of text.matchAll(BRACED)) {
      if (LETTER_PART.test(m[1])) found.push({ start: m.index, end: m.index + m[0].length });
    }
    for (const m of text.matchAll(DATE_FORMAT)) found.push({ start: m.index, end: m.index + m[0].length });
    for (const m of text.matchAll(MARKERS)) found.push({ start: m.index, end: m.index + m[0].length });
    for (const m of text.matchAll(X_RUN)) {
      let s = m.index;
      let e = s + m[0].length;
      while (s > 0 && ID_CHAR.test(text[s - 1])) s--;
      while (e < text.length && ID_CHAR.test(text[e])) e++;
      while (text[s] === '-') s++;
      while (text[e - 1] === '-') e--;
      found.push({ start: s, end: e });
    }

    // Earliest first, the longest of overlapping ones, each reported once.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let last = -1;
    for (const c of found) {
      if (c.start < last || c.start < doc.bodyStart) continue;
      const mask = doc.maskAt(c.start);
      if (mask && SKIPPED_MASKS.has(mask.kind)) continue;
      if (definitionLines.some((d) => d.start <= c.start && c.start < d.end)) continue;
      last = c.end;
      const token = text.slice(c.start, c.end);
      if (BRACED_NAME.test(token)) ctx.report({ start: c.start, end: c.end, messageId: 'placeholderHere' });
      else ctx.report({ start: c.start, end: c.end, messageId: 'placeholder', args: { text: token } });
    }
  },
});

/** A reference label as CommonMark compares them: case and inner spacing ignored. */
function label(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Whether `[LABEL]` is part of a link rather than a placeholder: the text of an inline link
 * (`[ASIN](https://…)`), the reference of a full reference link (`[text][REF]`), or a link
 * whose label is defined (`[REF][]`, `[REF]`, `[LABEL][ref]`).
 */
function isLinkPart(text: string, start: number, end: number, inner: string, defined: ReadonlySet<string>): boolean {
  const next = text[end];
  if (next === '(') return true;
  if (text[start - 1] === ']' && defined.has(label(inner))) return true;
  if (next === '[') {
    const close = text.indexOf(']', end + 1);
    if (close > 0) {
      const ref = text.slice(end + 1, close);
      return defined.has(label(ref === '' ? inner : ref));
    }
  }
  return defined.has(label(inner));
}
