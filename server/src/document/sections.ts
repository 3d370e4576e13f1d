/**
 * Headings and sections. Besides Markdown headings, a short line of its own
 * (at most 8 words, no full stop inside) that is numbered, a question, ends
 * with a colon, is written in capitals or is wholly bold counts as a heading;
 * a plain numbered list item or a line introducing a list or a quote does not.
 * Each heading is classified by role (root cause, corrective actions,
 * preventive measures) and by the problem types it names, in either language.
 */
import type { Language } from '../types';
import { structureData } from '../locales';
import { PROBLEM_TYPES, SECTION_ROLES, type ProblemType, type SectionRole } from '../locales/types';
import { fold, isAllCaps } from '../util/text';
import type { LineIndex } from './lines';
import type { ExplicitHeading, ListBlock, Paragraph, Span } from './model';

export interface Heading extends Span {
  level: number;
  /** The heading's words, without numbering, emphasis markers or a final colon. */
  title: string;
  explicit: boolean;
  role?: SectionRole;
  problemTypes: ProblemType[];
}

export interface Section extends Span {
  heading: Heading;
  level: number;
  /** Where the text under the heading starts. */
  bodyStart: number;
  children: Section[];
  parent?: Section;
}

/** What the structure rules check: the whole appeal, or one reason's section when organised per reason. */
export interface Scope extends Span {
  section?: Section;
  problemTypes: ProblemType[];
  /** The role sections found in this scope, in text order. */
  roles: Record<SectionRole, Section[]>;
}

const MAX_HEADING_WORDS = 8;

interface Matchers {
  roles: [SectionRole, RegExp][];
  problems: [ProblemType, RegExp][];
}

function compile(alternatives: string[]): RegExp {
  // A lookbehind rather than a consumed boundary character: the same matches, found faster.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

const matchers: Record<Language, Matchers> = {
  en: build('en'),
  fr: build('fr'),
};

function build(language: Language): Matchers {
  const lex = structureData[language];
  return {
    roles: SECTION_ROLES.map((r) => [r, compile(lex.roles[r])]),
    problems: PROBLEM_TYPES.map((t) => [t, compile(lex.problemTypes[t])]),
  };
}

/** The section role a heading title names (the earliest match wins), in either language. */
export function headingRole(title: string): SectionRole | undefined {
  const f = fold(title);
  let best: SectionRole | undefined;
  let bestAt = Infinity;
  for (const lang of ['en', 'fr'] as const) {
    for (const [role, re] of matchers[lang].roles) {
      const m = re.exec(f);
      if (m && m.index < bestAt) {
        bestAt = m.index;
        best = role;
      }
    }
  }
  return best;
}

/** Problem types a piece of text names, in either language; only those of `among` when given. */
export function namedProblemTypes(text: string, among?: readonly ProblemType[]): ProblemType[] {
  const f = fold(text);
  const out: ProblemType[] = [];
  for (let i = 0; i < PROBLEM_TYPES.length; i++) {
    if (among && !among.includes(PROBLEM_TYPES[i])) continue;
    if (matchers.en.problems[i][1].test(f) || matchers.fr.problems[i][1].test(f)) out.push(PROBLEM_TYPES[i]);
  }
  return out;
}

interface BuildInput {
  text: string;
  lines: LineIndex;
  paragraphs: Paragraph[];
  explicitHeadings: ExplicitHeading[];
  lists: ListBlock[];
  language: Language;
  bodyStart: number;
}

export function buildSections(input: BuildInput): { headings: Heading[]; sections: Section[]; scopes: Scope[] } {
  const { text, lines, paragraphs } = input;
  const headings: Heading[] = [];
  const explicitStarts = new Set<number>();
  for (const h of input.explicitHeadings) {
    // A heading inside a block quote (a pasted notice) is not the appeal's own.
    if (h.paragraph.quoted) continue;
    const title = cleanTitle(text.slice(h.paragraph.start, h.paragraph.end));
    explicitStarts.add(h.paragraph.start);
    headings.push(classify({ start: h.start, end: h.end, level: h.level, title, explicit: true, problemTypes: [] }));
  }
  headings.sort((a, b) => a.start - b.start);

  const implicit: Heading[] = [];
  for (const p of paragraphs) {
    if (p.quoted || p.kind === 'heading' || p.kind === 'table-cell' || explicitStarts.has(p.start)) continue;
    if (p.kind === 'list-item' && !(p.ordered && p.listDepth === 1)) continue;
    const h = implicitHeading(p, text, lines);
    if (h) implicit.push(h);
  }
  // An implicit heading sits one level below the Markdown heading before it,
  // or beside it when both name a section role.
  for (const h of implicit) {
    const last = lastBefore(headings, h.start);
    h.level = !last ? 2 : last.role && h.role ? last.level : last.level + 1;
  }
  const all = [...headings, ...implicit].sort((a, b) => a.start - b.start);

  const sections: Section[] = [];
  const stack: Section[] = [];
  const flat: Section[] = [];
  for (const h of all) {
    const s: Section = { heading: h, level: h.level, start: h.start, end: text.length, bodyStart: h.end, children: [] };
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop()!.end = h.start;
    const parent = stack[stack.length - 1];
    if (parent) {
      s.parent = parent;
      parent.children.push(s);
    } else sections.push(s);
    stack.push(s);
    flat.push(s);
  }

  // Each paragraph belongs to the innermost section containing it.
  let k = 0;
  for (const p of paragraphs) {
    while (k + 1 < flat.length && flat[k + 1].start <= p.start) k++;
    let s: Section | undefined = flat[k] && flat[k].start <= p.start ? flat[k] : undefined;
    while (s && p.start >= s.end) s = s.parent;
    if (s && !(p.start >= s.heading.start && p.end <= s.heading.end)) p.section = s;
    else if (s?.parent) p.section = s.parent;
  }

  return { headings: all, sections, scopes: buildScopes(flat, input.bodyStart, text.length) };
}

function buildScopes(flat: Section[], bodyStart: number, end: number): Scope[] {
  const rolesUnder = (s: Section | undefined): Record<SectionRole, Section[]> => {
    const roles: Record<SectionRole, Section[]> = { 'root-cause': [], corrective: [], preventive: [] };
    const visit = (x: Section): void => {
      if (x.heading.role) roles[x.heading.role].push(x);
      x.children.forEach(visit);
    };
    if (s) s.children.forEach(visit);
    else flat.filter((x) => !x.parent).forEach(visit);
    return roles;
  };
  // A reason section is the innermost one naming a problem type above role headings; one inside
  // a role section (`## Root cause` › `### Late dispatch`) or a title above reason sections is not.
  const candidates = flat.filter((s) => !s.heading.role && s.heading.problemTypes.length > 0 && !hasRoleAncestor(s) && hasRoleDescendant(s));
  // The candidates with another candidate below them, marked walking up from each candidate once.
  const above = new Set<Section>();
  for (const c of candidates) {
    for (let p = c.parent; p && !above.has(p); p = p.parent) above.add(p);
  }
  const perReason = candidates.filter((s) => !above.has(s));
  if (perReason.length === 0) {
    return [{ start: bodyStart, end, problemTypes: [], roles: rolesUnder(undefined) }];
  }
  return perReason.map((s) => ({ start: s.start, end: s.end, section: s, problemTypes: s.heading.problemTypes, roles: rolesUnder(s) }));
}

function hasRoleAncestor(s: Section): boolean {
  for (let p = s.parent; p; p = p.parent) if (p.heading.role) return true;
  return false;
}

/** The last heading (sorted by start) starting before `at`, by binary search. */
function lastBefore(sorted: readonly Heading[], at: number): Heading | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : undefined;
}

function hasRoleDescendant(s: Section): boolean {
  return s.children.some((c) => c.heading.role !== undefined || hasRoleDescendant(c));
}

function classify(h: Heading): Heading {
  h.role = headingRole(h.title);
  h.problemTypes = namedProblemTypes(h.title);
  return h;
}

const NUMBERING = /^(?:\d{1,2}|[IVXivx]{1,4}|[A-Za-z])[.)]\s+/;
const ROMAN_NUMBERING = /^[IVX]{1,4}[.)]\s+\S/;
const BOLD_LINE = /^(\*\*|__)(?=\S)(.+?)(?<=\S)\1\s*:?$/;
const INTRODUCES = /^\s{0,3}(?:[-*+]\s|\d{1,9}[.)]\s|>|\|)/;

/** The first line of a paragraph or numbered item, when it reads as a heading. */
function implicitHeading(p: Paragraph, text: string, lines: LineIndex): Heading | undefined {
  const first = p.lines[0];
  if (!first) return undefined;
  let raw = text.slice(first.start, first.end).trim();
  if (raw === '') return undefined;
  const single = p.lines.length === 1;
  const bold = BOLD_LINE.exec(raw);
  if (bold) raw = bold[2] + (raw.endsWith(':') ? ':' : '');
  const title = cleanTitle(raw);
  const words = title.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || words.length > MAX_HEADING_WORDS) return undefined;
  const body = raw.replace(NUMBERING, '').replace(/[:?]\s*$/, '');
  if (/[.!;](?:\s|$)/.test(body) || /\.\s*$/.test(raw)) return undefined;
  const role = headingRole(title);
  const problemTypes = namedProblemTypes(title);
  const names = role !== undefined || problemTypes.length > 0;
  const colon = raw.endsWith(':');
  const question = raw.endsWith('?');
  const capitals = isAllCaps(title.replace(/[^\p{L}]/gu, '')) && words.length >= 2;

  let isHeading: boolean;
  if (p.kind === 'list-item') {
    // A numbered item is a heading only when it names a section or a problem type.
    isHeading = names && (single ? true : !/[,;]/.test(title));
  } else if (!single) {
    isHeading = !!bold || capitals || (colon && names);
  } else if (colon && !names) {
    // "The buyer wrote:" before a quote or a list introduces it; it is no heading.
    isHeading = !INTRODUCES.test(nextNonBlankLine(text, lines, first.end));
  } else {
    // Numbered lines that are no Markdown list ("I. Cause", "II. Actions correctives") are headings too.
    isHeading = !!bold || colon || question || capitals || ROMAN_NUMBERING.test(raw);
  }
  if (!isHeading) return undefined;
  return { start: first.start, end: first.end, level: 2, title, explicit: false, role, problemTypes };
}

function nextNonBlankLine(text: string, lines: LineIndex, from: number): string {
  for (let l = lines.lineAt(from) + 1; l < lines.lineCount; l++) {
    const t = lines.lineText(l);
    if (t.trim() !== '') return t;
  }
  return '';
}

/** Heading text without HTML comments, numbering, emphasis markers, trailing `#`s and a final colon. */
function cleanTitle(raw: string): string {
  return raw
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(NUMBERING, '')
    .replace(/[*_]{1,3}/g, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/\s*[:?]\s*$/, '')
    .trim();
}
