/**
 * Which words of an appeal to look up, and which parts of them to report.
 * Works on the engine's own words (`doc.paragraphs[].sentences[].words`, from
 * the masked prose: no quotes, code, URLs, e-mail addresses or link targets),
 * never on a spell checker's document pipeline.
 *
 * Not looked up:
 * - words with a digit (order numbers, ASINs, `1er`, `3rd`), single letters;
 * - parts of dotted or slashed tokens (`amazon.fr`, `rapport.pdf`, `@handle`);
 * - acronyms of up to five capitals, and words with an inner capital (`iPhone`,
 *   `PowerCore`): identifiers and brands;
 * - capitalised words inside a sentence, or starting one right before another
 *   capitalised word: names of people, places, products and companies;
 * - words between quotation marks inside a sentence (« … », “ … ”, "…", ‘…’):
 *   a product name or a buyer's words, often in the other language;
 * - the marketplace vocabulary (`locales/<lang>/domain-words.ts`) and the words
 *   the user accepted (configuration `words`, the word file), in any case;
 * - sentences where at least four words, and half of those looked up, are
 *   unknown: they are in the other language (an unquoted notice or product
 *   description), and one warning per word would drown the real slips.
 *
 * French elisions (`l’acheteur`, `qu'il`) are checked after the apostrophe, and
 * hyphenated words (`peut-être`, `a-t-il`, `re-checked`) whole first, then part
 * by part: only the unknown part is reported.
 */
import type { AppealDocument } from '../document/model';
import type { Language, Speller } from '../types';
import { caseShape } from './speller';

export interface UnknownWord {
  start: number;
  end: number;
  /** The text as written. */
  word: string;
}

export interface WordLists {
  /** Marketplace vocabulary, lower case with straight apostrophes. */
  domain: ReadonlySet<string>;
  /** Words the user accepted, lower case with straight apostrophes. */
  accepted: ReadonlySet<string>;
}

/** Acronyms this long or shorter are not looked up. */
const MAX_ACRONYM = 5;
/** A sentence with at least this many unknown words, half of those looked up or more, is in another language. */
const FOREIGN_MIN_WORDS = 4;
const DIGIT = /\p{N}/u;
const ELISION_FR = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’‘ʼ]/iu;
/** Inline quotations; bounded so an unmatched mark costs little. */
const INLINE_QUOTE = /«[^»]{0,600}»|[“„][^”“]{0,600}”|"[^"]{1,600}"|‘[^]{0,600}?’(?!\p{L})/gu;
const QUOTE_MARKS = /[«“„"‘]/;
/** Characters that glue a word to a neighbour into a token that is not prose. */
const GLUE_BEFORE = new Set(['.', '@', '#', '/', '\\', '_', '~', '=', '&', '%', '$', '+']);
const GLUE_AFTER = new Set(['.', '@', '/', '\\', '_', '=', '&']);

/** Lower case, straight apostrophes: how domain and user words are compared. */
export function wordKey(word: string): string {
  return word.replace(/[’‘ʼ`´]/g, "'").toLowerCase();
}

/** A set of word keys from entries that may hold several words. */
export function wordKeySet(entries: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const e of entries) for (const w of e.split(/\s+/)) if (w) out.add(wordKey(w));
  return out;
}

export function findUnknownWords(doc: AppealDocument, language: Language, speller: Speller, lists: WordLists): UnknownWord[] {
  const out: UnknownWord[] = [];
  const prose = doc.prose;
  const known = (unit: string): boolean => {
    if (unit.length <= 1) return true;
    const key = wordKey(unit);
    if (lists.domain.has(key) || lists.accepted.has(key)) return true;
    // Plurals and English possessives of listed words: SKUs, Colissimo's.
    if (key.length > 2 && key.endsWith('s')) {
      const base = key.slice(0, key.endsWith("'s") ? -2 : -1);
      if (lists.domain.has(base) || lists.accepted.has(base)) return true;
    }
    return speller.check(unit);
  };
  /** Whether a unit is looked up at all (`start` says whether it may carry a sentence capital). */
  const skipped = (unit: string, sentenceStart: boolean, nextIsCapital: boolean): boolean => {
    const shape = caseShape(unit);
    if (shape === 'mixed') return true;
    if (shape === 'upper') return letterCount(unit) <= MAX_ACRONYM;
    if (shape === 'capitalised') return !sentenceStart || nextIsCapital;
    return false;
  };

  for (const p of doc.paragraphs) {
    if (p.quoted || p.words.length === 0) continue;
    const quotes = inlineQuotes(prose, p.start, p.end);
    let q = 0;
    for (const s of p.sentences) {
      const words = s.words;
      const found: UnknownWord[] = [];
      let looked = 0;
      let unknownWords = 0;
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const text = w.text;
        if (text.length <= 1 || DIGIT.test(text)) continue;
        while (q < quotes.length && quotes[q].end <= w.start) q++;
        if (q < quotes.length && quotes[q].start <= w.start) continue;
        if (glued(prose, w.start, w.end)) continue;
        const next = words[i + 1];
        const nextIsCapital = next !== undefined && startsWithCapital(next.text);
        const sentenceStart = i === 0;
        if (skipped(text, sentenceStart, nextIsCapital)) continue;
        looked++;
        if (known(text)) continue;

        // French elision: check what follows the apostrophe (a capital there is a name: l’Oréal).
        let from = 0;
        if (language === 'fr') {
          const m = ELISION_FR.exec(text);
          if (m && m[0].length < text.length) from = m[0].length;
        }
        const rest = text.slice(from);
        if (from > 0 && (skipped(rest, false, nextIsCapital) || known(rest))) continue;

        const before = found.length;
        if (rest.includes('-')) {
          let at = from;
          let partStart = sentenceStart && from === 0;
          for (const part of rest.split('-')) {
            if (part.length > 1 && !skipped(part, partStart, false) && !known(part)) {
              found.push({ start: w.start + at, end: w.start + at + part.length, word: part });
            }
            at += part.length + 1;
            partStart = false;
          }
        } else {
          found.push({ start: w.start + from, end: w.end, word: rest });
        }
        if (found.length > before) unknownWords++;
      }
      // Most words unknown: a sentence in the other language (a pasted notice, a product
      // description), not a string of typos. Left alone rather than flagged word by word.
      if (unknownWords >= FOREIGN_MIN_WORDS && unknownWords * 2 >= looked) continue;
      for (const f of found) out.push(f);
    }
  }
  return out;
}

function letterCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch.toLowerCase() !== ch.toUpperCase()) n++;
  return n;
}

function startsWithCapital(s: string): boolean {
  const c = s[0];
  return c !== undefined && c !== c.toLowerCase();
}

/** A word glued by a dot, slash or at-sign to something else: a domain, a file, a handle, a path. */
function glued(prose: string, start: number, end: number): boolean {
  if (start > 0 && GLUE_BEFORE.has(prose[start - 1])) {
    const c = prose[start - 2];
    if (prose[start - 1] !== '.' || (c !== undefined && /[\p{L}\p{N}]/u.test(c))) return true;
  }
  if (end < prose.length && GLUE_AFTER.has(prose[end])) {
    const c = prose[end + 1];
    if (c !== undefined && /[\p{L}\p{N}]/u.test(c)) return true;
  }
  return false;
}

interface Span {
  start: number;
  end: number;
}

function inlineQuotes(prose: string, start: number, end: number): Span[] {
  const slice = prose.slice(start, end);
  if (!QUOTE_MARKS.test(slice)) return [];
  const out: Span[] = [];
  INLINE_QUOTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_QUOTE.exec(slice)) !== null) out.push({ start: start + m.index, end: start + m.index + m[0].length });
  return out;
}
