// Exclamation marks, shouting in capitals and emotional words make an appeal read as a complaint instead of a plan.
import type { AppealDocument, Paragraph, Word } from '../../document/model';
import { toneData } from '../../locales';
import type { ToneData } from '../../locales/types';
import type { Report } from '../../types';
import { isAllCaps } from '../../util/text';
import { defineRule } from '../define';
import { compileLexicons, findPhrases, inInlineQuote, quoteText, toneLexicons } from '../phrase';

const emotionalWords = compileLexicons(toneLexicons((t) => t.emotionalWords));

/** Characters that may separate two words of one run of capitals. */
const RUN_GAP = /^[\s*_,'’"«»\-–—/]*$/;
const ROMAN = /^[IVXLC]{1,5}$/;
/** White space a French writer puts before "!" (plain, no-break, narrow no-break). */
const SPACE_BEFORE = /[ \u00a0\u202f]/;

export default defineRule({
  id: 'tone/emotional',
  category: 'tone',
  defaultSeverity: 'warning',
  languages: ['en', 'fr'],
  fixable: true,
  description: {
    en: 'Keep a calm tone: no exclamation marks, no words in capitals, no emotional words.',
    fr: "Gardez un ton calme : ni point d'exclamation, ni mots en majuscules, ni mots d'émotion.",
  },
  messages: {
    en: {
      exclamation: 'Exclamation mark: keep the tone calm and end the sentence with a full stop.',
      capitals: '"{phrase}" is written in capitals, which reads as shouting. Write it in normal case.',
      word: '"{phrase}" expresses emotion rather than facts. State what happened and what you did.',
      period: 'Replace "!" with a full stop',
      removeBang: 'Remove "!"',
    },
    fr: {
      exclamation: "Point d'exclamation : gardez un ton calme et terminez la phrase par un point.",
      capitals: '« {phrase} » est écrit en majuscules, ce qui revient à crier. Écrivez-le en minuscules.',
      word: "« {phrase} » exprime une émotion plutôt qu'un fait. Décrivez ce qui s'est passé et ce que vous avez fait.",
      period: 'Remplacer « ! » par un point',
      removeBang: 'Supprimer « ! »',
    },
  },
  check(doc, ctx) {
    const data = toneData[ctx.language];
    const inHeading = headingTest(doc);
    for (const p of doc.paragraphs) {
      if (p.quoted) continue;
      exclamations(doc, p, ctx.report);
      if (p.kind !== 'heading' && p.kind !== 'table-cell') capitals(doc, p, data, inHeading, ctx.report);
    }
    for (const m of findPhrases(doc, emotionalWords[ctx.language])) {
      ctx.report({ start: m.start, end: m.end, messageId: 'word', args: { phrase: m.text } });
    }
  },
});

/** Each run of "!" (with any "?" around it) used as punctuation; the fix ends the sentence calmly. */
function exclamations(doc: AppealDocument, p: Paragraph, report: (r: Report) => void): void {
  const prose = doc.prose;
  for (let i = p.start; i < p.end; i++) {
    if (prose[i] !== '!') continue;
    let s = i;
    while (s > p.start && /[!?]/.test(prose[s - 1])) s--;
    let e = i + 1;
    while (e < p.end && /[!?]/.test(prose[e])) e++;
    i = e - 1;
    // "Yahoo!Mail", "!important": not punctuation.
    if (e < prose.length && /[\p{L}\p{N}]/u.test(prose[e])) continue;
    if (inInlineQuote(doc, s)) continue;
    const run = prose.slice(s, e);
    const bang = s + run.indexOf('!');
    const question = run.includes('?');
    let from = s;
    while (from > p.start && SPACE_BEFORE.test(prose[from - 1]) && !question) from--;
    const fix = question
      ? { titleId: 'removeBang', edits: [{ start: s, end: e, newText: '?' }] }
      : { titleId: 'period', edits: [{ start: from, end: e, newText: from > p.start && /[.…]/.test(prose[from - 1]) ? '' : '.' }] };
    report({ start: bang, end: s + run.lastIndexOf('!') + 1, messageId: 'exclamation', fixes: [fix] });
  }
}

/**
 * Runs of words in capitals. Acronyms, identifiers (with digits), Roman numerals and
 * one-letter words neither count nor break a run; a run with a company form (LTD,
 * SARL) is a company name; a run is shouting from two counted words.
 */
function capitals(doc: AppealDocument, p: Paragraph, data: ToneData, inHeading: (w: Word) => boolean, report: (r: Report) => void): void {
  let run: Word[] = [];
  let company = false;
  let last: Word | undefined;
  const flush = (): void => {
    if (run.length >= 2 && !company) {
      const start = run[0].start;
      const end = run[run.length - 1].end;
      if (!inInlineQuote(doc, start)) report({ start, end, messageId: 'capitals', args: { phrase: quoteText(doc, start, end) } });
    }
    run = [];
    company = false;
  };
  for (const w of p.words) {
    const c0 = w.text.charCodeAt(0);
    const upper = c0 >= 97 && c0 <= 122 ? '' : w.text.toUpperCase();
    if (w.text !== upper) {
      // A word with lower case ends any run.
      if (run.length) flush();
      last = w;
      continue;
    }
    if (inHeading(w)) continue;
    if (run.length && last && !RUN_GAP.test(doc.prose.slice(last.end, w.start))) flush();
    last = w;
    if (data.legalForms.has(upper)) company = true;
    if (/\p{N}/u.test(w.text) || !isAllCaps(w.text) || data.acronyms.has(upper) || ROMAN.test(w.text)) continue;
    run.push(w);
  }
  flush();
}

/**
 * Whether a word lies within a heading's span (an implicit heading's line), by binary search:
 * among the headings starting at or before the word, the farthest end.
 */
function headingTest(doc: AppealDocument): (w: Word) => boolean {
  const spans = doc.headings.map((h) => ({ start: h.start, end: h.end })).sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let far = -Infinity;
  for (const h of spans) maxEnd.push((far = Math.max(far, h.end)));
  return (w) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= w.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] >= w.end;
  };
}
