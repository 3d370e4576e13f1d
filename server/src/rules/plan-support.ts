/**
 * The factory behind the seven `plan/` rules. Each problem type has measures a plan is
 * expected to contain (per-language data in `locales/<lang>/plan.ts`, several phrasings
 * each). A rule runs when the header lists its type or a heading names it, reads the
 * actions and measures that answer that type (its own section when the appeal is
 * organised per reason, else every actions or measures section; with none, the body
 * outside the root cause), and reports one finding per measure none of them expresses,
 * naming it. The fix inserts the type's plan snippet after the reason's section (or
 * after the appeal's last section) at the document's heading level.
 */
import type { AppealDocument, Paragraph, Span } from '../document/model';
import { planData } from '../locales';
import type { PLAN_TYPES, PlanMeasure } from '../locales/types';
import type { FixSpec, Language, RuleModule } from '../types';
import { defineRule } from './define';
import { ACTION_ROLES, caseTypes, citesOrders, inSpans, reasonRegion, typeName } from './facts-support';
import { compileLexicon, findPhrases, sectionRole, type CompiledLexicon } from './phrase';
import { hasProse, insertBlock, planBlock, planInsertion } from './structure-support';

export type PlanType = (typeof PLAN_TYPES)[number];

interface CompiledMeasure {
  measure: PlanMeasure;
  /** One lexicon per pattern, so that the search stops at the first wording found. */
  lexicons: CompiledLexicon[];
}

function compileMeasures(type: PlanType, language: Language): CompiledMeasure[] {
  const data = planData[language];
  return data.measures[type].map((measure) => ({
    measure,
    lexicons: measure.patterns.map((match) => compileLexicon({ vocab: data.vocab, negation: 'not', entries: [{ match }] })),
  }));
}

/** The paragraphs that state the plan for a reason: its actions and measures, else its text outside the root cause. */
function planParagraphs(doc: AppealDocument, spans: readonly Span[]): { plan: Set<Paragraph>; all: Set<Paragraph> } {
  const all = new Set<Paragraph>();
  const plan = new Set<Paragraph>();
  const outsideCause = new Set<Paragraph>();
  for (const p of doc.paragraphs) {
    if (p.quoted || p.kind === 'heading' || !inSpans(spans, p.start)) continue;
    all.add(p);
    const role = sectionRole(p.section);
    if (role && ACTION_ROLES.includes(role)) plan.add(p);
    if (role !== 'root-cause') outsideCause.add(p);
  }
  return { plan: plan.size > 0 ? plan : outsideCause, all };
}

/** After the reason's own section, else after the last reason section, else after the last role section, else at the end. */
function insertion(doc: AppealDocument, scopes: ReturnType<typeof reasonRegion>['scopes']): { at: number; level: number } {
  const own = scopes[scopes.length - 1]?.section;
  if (own) return { at: own.end, level: own.level };
  return planInsertion(doc);
}

export interface PlanRuleSpec {
  type: PlanType;
  /** What the plan must contain, one line per language. */
  description: Readonly<Record<Language, string>>;
}

export function planRule(spec: PlanRuleSpec): RuleModule {
  const { type } = spec;
  const compiled: Record<Language, CompiledMeasure[]> = { en: compileMeasures(type, 'en'), fr: compileMeasures(type, 'fr') };
  return defineRule({
    id: `plan/${type}`,
    category: 'plan',
    defaultSeverity: 'warning',
    languages: ['en', 'fr'],
    fixable: true,
    description: spec.description,
    messages: {
      en: {
        missing: 'The plan for "{reason}" lacks {measure}. Add this measure to your corrective actions or preventive measures.',
        insert: 'Insert a plan for "{reason}"',
      },
      fr: {
        missing: "Il manque au plan pour le motif « {reason} » : {measure}. Ajoutez cette mesure aux actions correctives ou aux mesures préventives.",
        insert: 'Insérer un plan pour « {reason} »',
      },
    },
    check(doc, ctx) {
      if (!hasProse(doc) || !caseTypes(doc).includes(type)) return;
      const region = reasonRegion(doc, type);
      const { plan, all } = planParagraphs(doc, region.spans);
      const reason = typeName(ctx.language, type);
      let fixes: FixSpec[] | undefined | null = null;
      for (const { measure, lexicons } of compiled[ctx.language]) {
        const where = measure.anywhere ? all : plan;
        const within = (p: Paragraph): boolean => where.has(p);
        const present =
          (measure.orderReference === true && citesOrders(doc, region.spans)) || lexicons.some((lexicon) => findPhrases(doc, lexicon, { within }).length > 0);
        if (present) continue;
        if (fixes === null) {
          const { at, level } = insertion(doc, region.scopes);
          const block = planBlock(ctx.language, type, level);
          fixes = block === undefined ? undefined : [{ titleId: 'insert', args: { reason }, edits: [insertBlock(doc.text, at, block)] }];
        }
        ctx.report({ ...region.anchor, messageId: 'missing', args: { reason, measure: measure.label }, fixes });
      }
    },
  });
}
