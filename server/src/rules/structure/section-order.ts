// A reviewer reads cause, then fix, then prevention; sections out of that order make the plan hard to follow.
import { defineRule } from '../define';
import type { Section } from '../../document/model';
import { flatSections, hasRoleAncestor, ROLE_RANK, topRoleSections } from '../structure-support';

/** Message ids by (misplaced role, role it comes after). */
const MESSAGE: Record<string, string> = {
  'root-cause>corrective': 'causeAfterActions',
  'root-cause>preventive': 'causeAfterPrevention',
  'corrective>preventive': 'actionsAfterPrevention',
};

export default defineRule({
  id: 'structure/section-order',
  category: 'structure',
  defaultSeverity: 'warning',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'Within the appeal, or within each reason, the sections come in the order root cause, corrective actions, preventive measures.',
    fr: "Dans le plan, ou dans chaque motif, les sections suivent l'ordre cause, actions correctives, mesures préventives.",
  },
  messages: {
    en: {
      causeAfterActions: 'The root-cause section "{section}" comes after the corrective actions ("{after}"). Move it first: cause, then actions, then prevention.',
      causeAfterPrevention: 'The root-cause section "{section}" comes after the preventive measures ("{after}"). Move it first: cause, then actions, then prevention.',
      actionsAfterPrevention: 'The corrective-actions section "{section}" comes after the preventive measures ("{after}"). Move it before them: cause, then actions, then prevention.',
    },
    fr: {
      causeAfterActions: 'La section de cause « {section} » vient après les actions correctives (« {after} »). Placez-la en premier : cause, puis actions, puis prévention.',
      causeAfterPrevention: 'La section de cause « {section} » vient après les mesures préventives (« {after} »). Placez-la en premier : cause, puis actions, puis prévention.',
      actionsAfterPrevention: "La section d'actions correctives « {section} » vient après les mesures préventives (« {after} »). Placez-la avant elles : cause, puis actions, puis prévention.",
    },
  },
  check(doc, ctx) {
    const all = flatSections(doc);
    for (const scope of doc.scopes) {
      const tops = new Set(topRoleSections(scope));
      if (tops.size < 2) continue;
      let furthest: Section | undefined;
      for (const s of all) {
        if (s.start < scope.start || s.start >= scope.end) continue;
        if (!tops.has(s)) {
          // A reason heading between role sections starts a new round (implicit headings, one level).
          if (!s.heading.role && s.heading.problemTypes.length > 0 && !hasRoleAncestor(s)) furthest = undefined;
          continue;
        }
        const role = s.heading.role!;
        if (furthest && ROLE_RANK[role] < ROLE_RANK[furthest.heading.role!]) {
          ctx.report({
            start: s.heading.start,
            end: s.heading.end,
            messageId: MESSAGE[`${role}>${furthest.heading.role}`],
            args: { section: s.heading.title, after: furthest.heading.title },
          });
        } else if (!furthest || ROLE_RANK[role] > ROLE_RANK[furthest.heading.role!]) furthest = s;
      }
    }
  },
});
