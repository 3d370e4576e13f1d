/**
 * Dates and frequencies in running text, in English and French: ISO (`2026-03-02`),
 * `2 March 2026`, `March 2, 2026`, `Mar 2, 2026`, `02/03/2026` and `02.03.2026`
 * (day-month order from the language, unless a part above 12 decides), `le 2 mars
 * (2026)`, `2 mars`, weekdays, and frequencies ("daily", "every Monday", "chaque
 * semaine", "since …"). A year alone is not a date. Works on folded text, so offsets
 * are those of `fold`, which keeps length for Latin text (accents are one unit in NFC).
 */
import type { Language } from '../types';
import { dateData } from '../locales';
import { fold } from './text';

export interface DateMatch {
  start: number;
  end: number;
  kind: 'date' | 'weekday' | 'frequency';
  /** YYYY-MM-DD when the year, month and day are known. */
  iso?: string;
}

interface Compiled {
  full: RegExp;
  monthIndex: Map<string, number>;
  weekday: RegExp;
  frequency: RegExp;
}

const compiled: Partial<Record<Language, Compiled>> = {};

function compile(language: Language): Compiled {
  const d = dateData[language];
  const monthIndex = new Map<string, number>();
  d.months.forEach((names, i) => names.forEach((n) => monthIndex.set(n, i + 1)));
  const month = [...monthIndex.keys()].sort((a, b) => b.length - a.length).join('|');
  const day = '(\\d{1,2})(?:st|nd|rd|th|er)?';
  const full = new RegExp(
    [
      '(?<iso>(\\d{4})-(\\d{2})-(\\d{2}))',
      `(?<dmy>${day}\\s+(${month})\\.?(?:,?\\s+(\\d{4}))?)`,
      `(?<mdy>(${month})\\.?\\s+${day}(?:,?\\s+(\\d{4}))?)`,
      '(?<num>(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2}))',
    ].join('|'),
    'g',
  );
  const weekday = new RegExp(`(?<![\\p{L}])(?:${d.weekdays.join('|')})(?![\\p{L}])`, 'gu');
  const frequency = new RegExp(`(?<![\\p{L}])(?:${d.frequencies.join('|')})(?![\\p{L}])`, 'gu');
  return { full, monthIndex, weekday, frequency };
}

function iso(y: number | undefined, m: number, d: number): string | undefined {
  if (y === undefined || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The calendar dates of folded text, with their validity checked (a numeric date must exist). */
function* datesIn(f: string, c: Compiled, language: Language): Generator<DateMatch> {
  const boundary = (s: number, e: number): boolean => !/[\p{L}\p{N}]/u.test(f[s - 1] ?? '') && !/[\p{L}\p{N}]/u.test(f[e] ?? '');
  for (const m of f.matchAll(c.full)) {
    const s = m.index;
    const e = s + m[0].length;
    if (!boundary(s, e)) continue;
    const g = m.slice(1);
    let value: string | undefined;
    if (m.groups?.iso) value = iso(Number(g[1]), Number(g[2]), Number(g[3]));
    else if (m.groups?.dmy) value = iso(g[7] ? Number(g[7]) : undefined, c.monthIndex.get(g[6])!, Number(g[5]));
    else if (m.groups?.mdy) value = iso(g[11] ? Number(g[11]) : undefined, c.monthIndex.get(g[9])!, Number(g[10]));
    else if (m.groups?.num) {
      const a = Number(g[13]);
      const b = Number(g[14]);
      let y = Number(g[15]);
      if (y < 100) y += 2000;
      const dmy = a > 12 ? true : b > 12 ? false : dateData[language].numericOrder === 'dmy';
      value = dmy ? iso(y, b, a) : iso(y, a, b);
      if (!value) continue;
    }
    yield { start: s, end: e, kind: 'date', iso: value };
  }
}

/** Every date, weekday and frequency in the text, in order. */
export function findDates(text: string, language: Language): DateMatch[] {
  const c = (compiled[language] ??= compile(language));
  const f = fold(text);
  const out: DateMatch[] = [...datesIn(f, c, language)];
  for (const m of f.matchAll(c.weekday)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'weekday' });
  for (const m of f.matchAll(c.frequency)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'frequency' });
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a piece of text states a date, a weekday or a frequency (stops at the first one found). */
export function hasDate(text: string, language: Language): boolean {
  const c = (compiled[language] ??= compile(language));
  const f = fold(text);
  if (!datesIn(f, c, language).next().done) return true;
  c.weekday.lastIndex = 0;
  if (c.weekday.test(f)) return true;
  c.frequency.lastIndex = 0;
  return c.frequency.test(f);
}
