// When much of an appeal is bold or italic, nothing stands out and the text reads as shouting.
import { defineRule } from '../define';
import type { Span, Word } from '../../document/model';

/** Below this many words the share is not judged: a short draft with one bold fact is fine. */
const MIN_BODY_WORDS = 100;
/** A paragraph or list item of at least this many words, all emphasised, is reported on its own. */
const MIN_PARAGRAPH_WORDS = 10;
/** A label ("**Order:**", "**Commande :**") has at most this many words. */
const MAX_LABEL_WORDS = 4;

/** Closing emphasis markup at the end of a span: `**`, `_`, `</u>`. */
const CLOSING_MARKUP = /(?:[*_]+|<\/u\s*>)+$/i;
/** A colon right after a span, French spacing allowed: `**Commande** :`. */
const COLON_AFTER = /[ \t\u00a0\u202f]{0,2}:/y;

export default defineRule({
  id: 'form/emphasis-overuse',
  category: 'form',
  defaultSeverity: 'warning',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'Bold, italics or underlining are used so much that nothing stands out.',
    fr: "Le gras, l'italique ou le soulignement sont si fréquents que plus rien ne ressort.",
  },
  messages: {
    en: {
      share:
        '{count} of the {total} words are in bold, italics or underlined, more than {limit}%: keep emphasis for the few facts that matter most.',
      paragraph: 'This whole paragraph is emphasised ({count} words): write it plainly and bring out one key fact at most.',
      item: 'This whole list item is emphasised ({count} words): write it plainly and bring out one key fact at most.',
    },
    fr: {
      share:
        '{count} des {total} mots sont en gras, en italique ou soulignés, soit plus de {limit} % : gardez la mise en valeur pour quelques faits essentiels.',
      paragraph: "Tout ce paragraphe est mis en valeur ({count} mots) : écrivez-le normalement et ne faites ressortir qu'un fait clé, au plus.",
      item: "Tout cet élément de liste est mis en valeur ({count} mots) : écrivez-le normalement et ne faites ressortir qu'un fait clé, au plus.",
    },
  },
  check(doc, ctx) {
    if (doc.emphasis.length === 0) return;
    const words = doc.words;
    const labels: Span[] = [];
    const emphasis: Span[] = [];
    for (const e of doc.emphasis) (isLabel(doc.text, words, e) ? labels : emphasis).push(e);

    // One pass over the body's words: heading words count neither way, label words only towards the total.
    const inHeading = cursor(merge(doc.headings));
    const inLabel = cursor(merge(labels));
    const inEmphasis = cursor(merge(emphasis));
    const emphasised = new Set<Word>();
    const ignored = new Set<Word>();
    let total = 0;
    let firstSpan: Span | undefined;
    for (const w of words) {
      const heading = inHeading(w);
      const label = inLabel(w);
      const span = inEmphasis(w);
      if (heading) {
        ignored.add(w);
        continue;
      }
      total++;
      if (label) ignored.add(w);
      else if (span) {
        emphasised.add(w);
        firstSpan ??= span;
      }
    }

    for (const p of doc.paragraphs) {
      if (p.quoted || (p.kind !== 'paragraph' && p.kind !== 'list-item')) continue;
      let n = 0;
      let all = true;
      for (const w of p.words) {
        if (ignored.has(w)) continue;
        if (!emphasised.has(w)) {
          all = false;
          break;
        }
        n++;
      }
      if (!all || n < MIN_PARAGRAPH_WORDS) continue;
      ctx.report({ start: p.lines[0].start, end: p.lines[0].end, messageId: p.kind === 'list-item' ? 'item' : 'paragraph', args: { count: n } });
    }

    const limit = ctx.limits.maxEmphasisPercent;
    if (total >= MIN_BODY_WORDS && firstSpan && emphasised.size * 100 > limit * total) {
      ctx.report({ start: firstSpan.start, end: firstSpan.end, messageId: 'share', args: { count: emphasised.size, total, limit } });
    }
  },
});

/** A short label: at most four words, ending with a colon or followed by one. */
function isLabel(text: string, words: readonly Word[], e: Span): boolean {
  let n = 0;
  for (let k = lowerBound(words, e.start); k < words.length && words[k].end <= e.end; k++) {
    if (++n > MAX_LABEL_WORDS) return false;
  }
  if (n === 0) return false;
  if (text.slice(e.start, e.end).replace(CLOSING_MARKUP, '').trimEnd().endsWith(':')) return true;
  COLON_AFTER.lastIndex = e.end;
  return COLON_AFTER.test(text);
}

function lowerBound(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted, non-overlapping spans. */
function merge(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** For words given in text order: the span containing each, if any. */
function cursor(spans: readonly Span[]): (w: Word) => Span | undefined {
  let k = 0;
  return (w) => {
    while (k < spans.length && spans[k].end <= w.start) k++;
    const s = spans[k];
    return s && s.start <= w.start && w.end <= s.end ? s : undefined;
  };
}
