// Amazon expects an answer to every point it raised; one reason left unanswered is enough to refuse the plan.
import { defineRule } from '../define';
import type { AppealDocument, Paragraph, Section } from '../../document/model';
import { namedProblemTypes } from '../../document/sections';
import { PROBLEM_TYPES, type ProblemType } from '../../locales/types';
import type { Language } from '../../types';
import {
  flatSections,
  hasRoleAncestor,
  planInsertion,
  hasRoleDescendant,
  insertBlock,
  planBlock,
  statesAction,
  topRoleSections,
} from '../structure-support';

/**
 * Which of `reasons` the appeal answers. A reason is answered by
 * 1. a paragraph (or list item, or table cell) that names it and states an action;
 * 2. a section whose heading names it and whose text states an action — above role
 *    sections, only a reason's own section that names this one reason;
 * 3. a set of role sections (a reason's, or the appeal's own) whose text names it, when
 *    their actions or measures state an action;
 * 4. when it is the header's only reason: a mention anywhere and an action anywhere.
 * Everything is worked out lazily and stops once every reason is answered.
 */
function answeredTypes(doc: AppealDocument, reasons: ProblemType[], language: Language): Set<ProblemType> {
  const answered = new Set<ProblemType>();
  const open = (): ProblemType[] => reasons.filter((t) => !answered.has(t));
  const paragraphs = doc.paragraphs.filter((p) => !p.quoted);
  const sections = flatSections(doc);

  const actsMemo = new Map<Paragraph, boolean>();
  const acts = (p: Paragraph): boolean => {
    let a = actsMemo.get(p);
    if (a === undefined) {
      a = p.kind !== 'heading' && p.sentences.some((s) => statesAction(s.text, language));
      actsMemo.set(p, a);
    }
    return a;
  };
  const namesMemo = new Map<Paragraph, ProblemType[]>();
  const namesOf = (p: Paragraph): ProblemType[] => {
    let n = namesMemo.get(p);
    if (n === undefined) {
      n = namedProblemTypes(doc.prose.slice(p.start, p.end), reasons);
      namesMemo.set(p, n);
    }
    return n;
  };
  const direct = new Map<Section, Paragraph[]>();
  for (const p of paragraphs) if (p.section) (direct.get(p.section) ?? direct.set(p.section, []).get(p.section)!).push(p);
  const within = (s: Section, out: Paragraph[] = []): Paragraph[] => {
    out.push(...(direct.get(s) ?? []));
    for (const c of s.children) within(c, out);
    return out;
  };
  const sectionActs = (s: Section): boolean => within(s).some(acts);

  // 1. Paragraphs.
  for (const p of paragraphs) {
    const wanted = open();
    if (wanted.length === 0) return answered;
    if (p.kind === 'heading') continue;
    const names = namesOf(p).filter((t) => !answered.has(t));
    if (names.length > 0 && acts(p)) names.forEach((t) => answered.add(t));
  }

  // 2. Sections whose heading names the reason. Above role sections, only a reason's own
  //    section naming one reason: a title naming several ("Plan for late shipments and
  //    stock-outs") answers only what its role sections name (3).
  const reasonSections = new Set(doc.scopes.map((sc) => sc.section).filter((s): s is Section => s !== undefined));
  for (const s of sections) {
    const names = s.heading.problemTypes.filter((t) => reasons.includes(t) && !answered.has(t));
    if (names.length === 0) continue;
    if (hasRoleDescendant(s) && (!reasonSections.has(s) || s.heading.problemTypes.length > 1)) continue;
    if (sectionActs(s)) names.forEach((t) => answered.add(t));
  }

  // 3. Role sections, grouped by the reason section they belong to (or none: the appeal's own).
  const groups: Section[][] = [];
  for (const scope of doc.scopes) if (scope.section) groups.push(topRoleSections(scope));
  const grouped = new Set(groups.flat());
  groups.push(sections.filter((s) => s.heading.role && !hasRoleAncestor(s) && !grouped.has(s)));
  for (const group of groups) {
    const wanted = open();
    if (wanted.length === 0) break;
    const names = new Set<ProblemType>();
    for (const s of group) {
      for (const t of s.heading.problemTypes) if (wanted.includes(t)) names.add(t);
      for (const p of within(s)) for (const t of namesOf(p)) if (wanted.includes(t)) names.add(t);
    }
    if (names.size > 0 && group.some((s) => s.heading.role !== 'root-cause' && sectionActs(s))) names.forEach((t) => answered.add(t));
  }

  // 4. A single reason: the whole appeal is about it, so naming it anywhere (the
  //    introduction too) while stating an action anywhere answers it.
  if (reasons.length === 1 && !answered.has(reasons[0])) {
    const named = paragraphs.some((p) => namesOf(p).length > 0);
    if (named && paragraphs.some(acts)) answered.add(reasons[0]);
  }
  return answered;
}

export default defineRule({
  id: 'structure/unanswered-reason',
  category: 'structure',
  defaultSeverity: 'error',
  languages: ['en', 'fr'],
  fixable: true,
  description: {
    en: 'Each reason listed in the case header is named in the appeal together with what the seller did about it.',
    fr: "Chaque motif de l'en-tête est nommé dans le plan, avec ce que le vendeur a fait pour y remédier.",
  },
  messages: {
    en: {
      unanswered: 'The reason "{reason}" from the header is not answered: no section or paragraph names it and says what you did about it.',
      insert: 'Insert a plan for "{reason}"',
    },
    fr: {
      unanswered: "Le motif « {reason} » de l'en-tête reste sans réponse : aucune section ni aucun paragraphe ne le nomme en disant ce que vous avez fait.",
      insert: 'Insérer un plan pour « {reason} »',
    },
  },
  check(doc, ctx) {
    const reasons = doc.header.reasons.filter((r) => (PROBLEM_TYPES as readonly string[]).includes(r.value));
    if (reasons.length === 0) return;
    const types = [...new Set(reasons.map((r) => r.value as ProblemType))];
    const answered = answeredTypes(doc, types, ctx.language);
    const seen = new Set<string>();
    let insertion: { at: number; level: number } | undefined;
    for (const item of reasons) {
      const type = item.value as ProblemType;
      if (seen.has(type)) continue;
      seen.add(type);
      if (answered.has(type)) continue;
      insertion ??= planInsertion(doc);
      const block = planBlock(ctx.language, type, insertion.level);
      ctx.report({
        start: item.start,
        end: item.end,
        messageId: 'unanswered',
        args: { reason: type },
        fixes: block === undefined ? undefined : [{ titleId: 'insert', args: { reason: type }, edits: [insertBlock(doc.text, insertion.at, block)] }],
      });
    }
  },
});
