/**
 * Words and sentences, with offsets. Both work on the masked prose (masked
 * spans are spaces there), so quotes, code and URLs never yield words.
 */
import type { Language } from '../types';
import { textData } from '../locales';
import type { Span } from './model';

export interface Word extends Span {
  text: string;
}

export interface Sentence extends Span {
  text: string;
  words: Word[];
}

/** A word: letters and digits, joined by inner apostrophes, hyphens, dots or slashes between digits. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['’\-]|(?<=\p{N})[.,/:](?=\p{N}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/uy;
/** Where a word can start: a word is at least one letter or digit. */
const WORD_START = /[\p{L}\p{N}]/gu;

export function tokenizeWords(prose: string, start: number, end: number, out: Word[]): void {
  // Word starts are searched in the span only: a search in the whole prose ran on to the next word
  // anywhere after it, for every span (quadratic on a text without words). Each word is then matched
  // in the whole prose (sticky), so that one running past `end` is read as before and cut at `end`.
  const span = prose.slice(start, end);
  WORD_START.lastIndex = 0;
  let s: RegExpExecArray | null;
  while ((s = WORD_START.exec(span)) !== null) {
    WORD.lastIndex = start + s.index;
    const m = WORD.exec(prose);
    if (m === null) break; // cannot happen: a letter or a digit is a word
    const after = m.index + m[0].length;
    const e = Math.min(after, end);
    out.push({ start: m.index, end: e, text: prose.slice(m.index, e) });
    WORD_START.lastIndex = after - start;
  }
}

/** A run of sentence-ending marks, then closing quotes, brackets or emphasis markers (`time.** Next`). */
const TERMINATORS = /([.!?…]+)["'»”’)\]*_]*/g;

/**
 * Split a paragraph's prose into sentences: at `.`, `!`, `?` or `…` followed by
 * a space and a capital, a digit, a quote or the end; not after the language's
 * abbreviations (Ltd., e.g., n°, M., Mme), initials or inside numbers (2.5), nor
 * after an abbreviation that stands before a number when a digit follows (No. 5).
 */
export function splitSentences(prose: string, p: { start: number; end: number; words: Word[] }, language: Language): Sentence[] {
  const sentences: Sentence[] = [];
  const { abbreviations, numberAbbreviations } = textData[language];
  let sStart = firstNonSpace(prose, p.start, p.end);
  if (sStart >= p.end) return sentences;
  // Searched in the paragraph only (a search in the whole prose ran on past its end, for every paragraph).
  // The same matches: a match cut by the paragraph's end ends at it, and ends the loop either way.
  const para = prose.slice(p.start, p.end);
  TERMINATORS.lastIndex = 0;
  let m: RegExpExecArray | null;
  let wi = 0;
  const push = (s: number, e: number): void => {
    const end = lastNonSpace(prose, s, e);
    if (end <= s) return;
    while (wi < p.words.length && p.words[wi].start < s) wi++;
    const first = wi;
    while (wi < p.words.length && p.words[wi].end <= end) wi++;
    const words = p.words.slice(first, wi);
    if (words.length === 0) return;
    sentences.push({ start: s, end, text: prose.slice(s, end), words });
  };
  while ((m = TERMINATORS.exec(para)) !== null) {
    const at = p.start + m.index;
    const after = at + m[0].length;
    if (after >= p.end) break;
    const next = prose[after];
    if (next !== ' ' && next !== '\n' && next !== '\t' && next !== '\r') continue;
    const nextStart = firstNonSpace(prose, after, p.end);
    if (nextStart >= p.end) break;
    const nc = prose[nextStart];
    if (!/[\p{Lu}\p{N}"'«“(\[*_-]/u.test(nc)) continue;
    if (m[1] === '.' && /^[*_]*$/.test(m[0].slice(1))) {
      const before = wordBefore(prose, at, p.start);
      const lower = before.toLowerCase();
      if (abbreviations.has(lower) || abbreviations.has(lower + '.')) continue;
      if (numberAbbreviations.has(lower) && /\p{N}/u.test(nc)) continue; // No. 5, p. 12, vol. 3
      if (/^\p{Lu}$/u.test(before)) continue; // an initial: J. Smith
      if (/^\p{Lu}(\.\p{Lu})+$/u.test(before)) continue; // U.S, S.A (the final dot is this one); e.g and i.e are listed, a.m is not
    }
    push(sStart, after);
    sStart = nextStart;
  }
  push(sStart, p.end);
  return sentences;
}

function wordBefore(s: string, at: number, min: number): string {
  let k = at;
  while (k > min && /[\p{L}\p{N}.°]/u.test(s[k - 1])) k--;
  return s.slice(k, at);
}

function firstNonSpace(s: string, from: number, to: number): number {
  let k = from;
  while (k < to && /\s/.test(s[k])) k++;
  return k;
}

function lastNonSpace(s: string, from: number, to: number): number {
  let k = to;
  while (k > from && /\s/.test(s[k - 1])) k--;
  return k;
}
