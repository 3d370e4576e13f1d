/**
 * What the `structure/` rules share: the role sections of a scope, where a scope's
 * findings go, how a section is inserted (level and style of the document's own
 * headings, blank lines around it), and whether a sentence states an action of the
 * seller (per-language data in `locales/<lang>/actions.ts`).
 */
import type { AppealDocument, Heading, Scope, Section, Span } from '../document/model';
import { actionData, reasonLabels } from '../locales';
import type { ActionLexicon, ProblemType, SectionRole } from '../locales/types';
import { PLAN_TYPES } from '../locales/types';
import { snippetText } from '../snippets';
import type { FixSpec, Language, RuleContext, TextEdit } from '../types';
import { fold, isAllCaps } from '../util/text';

export const ROLE_RANK: Record<SectionRole, number> = { 'root-cause': 0, corrective: 1, preventive: 2 };

/** Snippet keys of the section skeletons. */
export const SECTION_SNIPPET: Record<SectionRole, string> = {
  'root-cause': 'section/root-cause',
  corrective: 'section/corrective-actions',
  preventive: 'section/preventive-measures',
};

/** The body has prose of the seller: the structure rules have something to check. */
export function hasProse(doc: AppealDocument): boolean {
  return doc.words.length > 0;
}

export function hasRoleAncestor(s: Section): boolean {
  for (let p = s.parent; p; p = p.parent) if (p.heading.role) return true;
  return false;
}

export function hasRoleDescendant(s: Section): boolean {
  return s.children.some((c) => c.heading.role !== undefined || hasRoleDescendant(c));
}

/** Every section of the tree, in text order. */
export function flatSections(doc: AppealDocument): Section[] {
  const out: Section[] = [];
  const visit = (s: Section): void => {
    out.push(s);
    s.children.forEach(visit);
  };
  doc.sections.forEach(visit);
  return out;
}

/**
 * The role sections that organise a scope: those not nested in another role section
 * (`## Corrective actions` › `### Immediate actions` counts once), in text order.
 */
export function topRoleSections(scope: Scope): Section[] {
  const all = [...scope.roles['root-cause'], ...scope.roles.corrective, ...scope.roles.preventive];
  return all.filter((s) => !hasRoleAncestor(s)).sort((a, b) => a.start - b.start);
}

/**
 * Where a finding about a whole scope goes: the reason's heading; for the whole appeal,
 * the first heading, or an empty range at the first character of the body when there is none.
 */
export function scopeAnchor(doc: AppealDocument, scope: Scope): Span {
  const h = scope.section?.heading ?? doc.headings[0];
  if (h) return { start: h.start, end: h.end };
  const at = firstContent(doc);
  return { start: at, end: at };
}

/** The first non-blank character of the body (its start when it is all blank). */
export function firstContent(doc: AppealDocument): number {
  const m = /\S/.exec(doc.text.slice(doc.bodyStart));
  return m ? doc.bodyStart + m.index : doc.bodyStart;
}

export function lineBreak(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** An edit that inserts a block at `at` as a block of its own: a blank line before and after it. */
export function insertBlock(text: string, at: number, block: string): TextEdit {
  const eol = lineBreak(text);
  // Before a numbered heading ("2. Corrective actions"), insert before its number.
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (at < text.length && /^[ \t]*(?:[-*+]|\d{1,9}[.)])?[ \t]*$/.test(text.slice(lineStart, at))) at = lineStart;
  // The line breaks (`\n` or `\r\n`) that end the text before `at`, spaces and tabs at its very end
  // aside: counted backwards from `at` (two regexes on the whole text before it made every finding O(n)).
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let breaks = 0;
  for (let k = end; k > 0 && text[k - 1] === '\n'; ) {
    breaks++;
    k--;
    if (k > 0 && text[k - 1] === '\r') k--;
  }
  let prefix = '';
  if (end > 0) prefix = breaks >= 2 ? '' : breaks === 1 ? eol : eol + eol;
  const rest = text.slice(at);
  let suffix: string;
  if (rest.trim() === '') suffix = rest.length > 0 ? '' : eol;
  else suffix = /^(?:\r?\n)/.test(rest) ? eol : eol + eol;
  const body = block.replace(/\r?\n/g, eol);
  return { start: at, end: at, newText: prefix + body + suffix };
}

/**
 * A heading line for an inserted section, in the style of a heading of the document:
 * a bold line, a line ending with a colon or a line in capitals when that heading is one
 * (an implicit heading), else a Markdown heading of the given level.
 */
export function headingLine(doc: AppealDocument, ref: Heading | undefined, level: number, title: string): string {
  if (ref && !ref.explicit) {
    // The whole line: a numbered list item's heading starts after its number.
    const raw = doc.lines.lineText(doc.lines.lineAt(ref.start)).trim();
    if (/^(?:\*\*|__)/.test(raw)) return `**${title}**`;
    const colon = /(\s?):$/.exec(raw);
    if (colon && !/^\d|^[IVXivx]+[.)]/.test(raw)) return `${title}${colon[1]}:`;
    // One word in capitals could be an acronym, not a heading: it is made bold as well.
    if (isAllCaps(ref.title.replace(/[^\p{L}]/gu, ''))) return /\s/.test(title) ? title.toUpperCase() : `**${title.toUpperCase()}**`;
    if (/^(?:\d{1,2}|[IVXivx]{1,4}|[A-Za-z])[.)]\s/.test(raw)) return `**${title}**`;
  }
  return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${title}`;
}

/** The Markdown heading level the document uses for its sections when nothing nearer tells. */
export function defaultLevel(doc: AppealDocument): number {
  let best = Infinity;
  for (const h of doc.headings) if (h.explicit && h.level >= 2 && h.level < best) best = h.level;
  return Number.isFinite(best) ? best : 2;
}

/** A section snippet split into its title and its body (plain text, placeholders in brackets). */
export function sectionSnippet(language: Language, role: SectionRole): { title: string; body: string } | undefined {
  const text = snippetText(language, SECTION_SNIPPET[role]);
  if (text === undefined) return undefined;
  const m = /^#{1,6}[ \t]+(.+?)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  return { title: m[1], body: text.slice(m[0].length).replace(/^\s*\n/, '').trimEnd() };
}

/** A section ready to insert: heading (in the document's style) and snippet body. */
export function sectionBlock(doc: AppealDocument, language: Language, role: SectionRole, ref: Heading | undefined, level: number): string | undefined {
  const s = sectionSnippet(language, role);
  if (!s) return undefined;
  return `${headingLine(doc, ref, level, s.title)}\n\n${s.body}`;
}

/**
 * A reason's plan with its headings at `level` (sub-headings one below): the type's plan
 * snippet, or for a type without one, its name over the three section skeletons.
 */
export function planBlock(language: Language, type: ProblemType, level: number): string | undefined {
  if ((PLAN_TYPES as readonly string[]).includes(type)) {
    const text = snippetText(language, `plan/${type}`);
    if (text === undefined) return undefined;
    const top = /^(#{1,6})[ \t]/m.exec(text);
    const shift = top ? level - top[1].length : 0;
    return text
      .replace(/^(#{1,6})(?=[ \t])/gm, (h) => '#'.repeat(Math.min(6, Math.max(1, h.length + shift))))
      .trimEnd();
  }
  const parts = [`${'#'.repeat(Math.min(6, level))} ${reasonLabels[language][type]}`];
  for (const role of ['root-cause', 'corrective', 'preventive'] as const) {
    const s = sectionSnippet(language, role);
    if (!s) return undefined;
    parts.push(`${'#'.repeat(Math.min(6, level + 1))} ${s.title}`, s.body);
  }
  return parts.join('\n\n');
}

// --- Does a sentence state an action of the seller? ------------------------

interface ActionMatchers {
  withSubject: RegExp;
  passive: RegExp;
  leading: RegExp;
}

const SEP = "(?:\\s+|(?<=')|(?='))";
/** A letter or digit of folded text. Plain (non-Unicode) regexes: the same matches on folded text, many times faster. */
const WORD = '0-9a-z\\u00aa-\\uffff';

function compileActions(lex: ActionLexicon): ActionMatchers {
  const alt = (xs: readonly string[]): string => xs.join('|');
  const between = `(?:${SEP}(?:${alt(lex.between)}))*`;
  const verb = `${SEP}(?:${alt(lex.verbs)})(?![${WORD}])`;
  return {
    withSubject: new RegExp(`(?<![${WORD}'])(?:${alt(lex.subjects)})${between}${verb}`),
    passive: new RegExp(`(?<![${WORD}'])(?:${alt(lex.passive)})${between}${verb}`),
    // At the start, after an optional short lead-in such as a date ("On 3 March, replaced …").
    leading: new RegExp(`^(?:[^,.;:!?]{0,40}[,:\\u2013\\u2014-]\\s*)?(?:${alt(lex.leading)})(?![${WORD}])`),
  };
}

const actionMatchers: Record<Language, ActionMatchers> = {
  en: compileActions(actionData.en),
  fr: compileActions(actionData.fr),
};

/**
 * Whether a sentence states an action of the seller: a subject of the seller with an
 * action verb ("we replaced", "nous vérifions"), a passive action ("has been corrected",
 * "a été remplacé"), or a list-style action at its start ("Replaced …", "Mise en place …").
 */
export function statesAction(sentence: string, language: Language): boolean {
  const f = fold(sentence).replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
  const m = actionMatchers[language];
  return m.withSubject.test(f) || m.passive.test(f) || m.leading.test(f);
}

// --- The three missing-section rules ---------------------------------------

/**
 * Where a missing section goes in a scope, with the heading it takes its level and style
 * from: a root cause before the first actions or measures section; corrective actions
 * before the first preventive section, else after the root cause; preventive measures
 * after the last actions (or cause) section. With none of them, at the end of the scope.
 */
function insertionPoint(doc: AppealDocument, scope: Scope, role: SectionRole): { at: number; ref?: Heading; level: number } {
  const tops = topRoleSections(scope);
  const rank = ROLE_RANK[role];
  const next = tops.find((s) => ROLE_RANK[s.heading.role!] > rank);
  const earlier = tops.filter((s) => ROLE_RANK[s.heading.role!] < rank);
  const prev = earlier[earlier.length - 1];
  if (role === 'preventive' || !next) {
    if (prev) return { at: prev.end, ref: prev.heading, level: prev.level };
  }
  if (next) return { at: next.start, ref: next.heading, level: next.level };
  const ref = tops[0]?.heading;
  const level = ref ? ref.level : scope.section ? scope.section.level + 1 : defaultLevel(doc);
  return { at: scope.end, ref, level };
}

/** Reports each scope that has no section of a role, with a fix inserting that section. */
export function reportMissingSection(doc: AppealDocument, ctx: RuleContext, role: SectionRole): void {
  if (!hasProse(doc)) return;
  for (const scope of doc.scopes) {
    if (scope.roles[role].length > 0) continue;
    const { at, ref, level } = insertionPoint(doc, scope, role);
    const block = sectionBlock(doc, ctx.language, role, ref, level);
    const fixes: FixSpec[] | undefined = block === undefined ? undefined : [{ titleId: 'insert', edits: [insertBlock(doc.text, at, block)] }];
    const anchor = scopeAnchor(doc, scope);
    if (scope.section) ctx.report({ ...anchor, messageId: 'missingForReason', args: { reason: scope.section.heading.title }, fixes });
    else ctx.report({ ...anchor, messageId: 'missing', fixes });
  }
}

/** Where a reason's plan goes: after the last reason section, else after the last role section, else at the end. */
export function planInsertion(doc: AppealDocument): { at: number; level: number } {
  const reasons = doc.scopes.filter((s) => s.section);
  const last = reasons[reasons.length - 1]?.section;
  if (last) return { at: last.end, level: last.level };
  const roles = flatSections(doc).filter((s) => s.heading.role && !hasRoleAncestor(s));
  const lastRole = roles[roles.length - 1];
  if (lastRole) return { at: lastRole.end, level: lastRole.level };
  return { at: doc.text.length, level: defaultLevel(doc) };
}
