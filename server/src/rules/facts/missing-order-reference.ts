// Amazon checks a plan against the orders behind the complaint: a section about orders that names none gives it nothing to check.
import { defineRule } from '../define';
import type { AppealDocument, Scope, Span } from '../../document/model';
import { factsData } from '../../locales';
import type { ProblemType } from '../../locales/types';
import type { Language, TextEdit } from '../../types';
import { format } from '../../util/text';
import { ORDER_LEVEL_TYPES, caseTypes, citesOrders, reasonRegion, typeName } from '../facts-support';
import { firstContent, hasProse, insertBlock } from '../structure-support';

/**
 * Where the order placeholder goes: its own line at the top of the root-cause section
 * (the cause is where orders are cited), else right under the reason's heading, else
 * before the first paragraph of the body.
 */
function placeholderEdit(doc: AppealDocument, scope: Scope | undefined, language: Language): TextEdit {
  const data = factsData[language].orderReference;
  const line = format(data.line, { placeholder: data.placeholder });
  const cause = scope?.roles['root-cause'][0];
  const heading = cause?.heading ?? scope?.section?.heading;
  if (!heading) {
    const at = doc.lines.lineStart(doc.lines.lineAt(firstContent(doc)));
    return insertBlock(doc.text, at, line);
  }
  const first = doc.paragraphs.find((p) => p.start >= heading.end && p.start < (cause ?? scope!.section!).end && p.kind !== 'heading');
  const at = first ? doc.lines.lineStart(doc.lines.lineAt(first.start)) : heading.end;
  return insertBlock(doc.text, at, line);
}

export default defineRule({
  id: 'facts/missing-order-reference',
  category: 'facts',
  defaultSeverity: 'warning',
  languages: ['en', 'fr'],
  fixable: true,
  description: {
    en: 'The part of the appeal about an order-level problem cites the orders concerned: their IDs, or an attached list of them.',
    fr: "La partie du plan qui traite d'un problème de commandes cite les commandes concernées : leurs numéros, ou leur liste en pièce jointe.",
  },
  messages: {
    en: {
      missing:
        'The part about {reason} cites no order. Give the order IDs concerned (e.g. 171-1234567-1234567), or attach their list and say so ("the attached list of 31 late orders").',
      insert: 'Insert an order ID placeholder',
    },
    fr: {
      missing:
        'La partie sur les {reason} ne cite aucune commande. Donnez les numéros des commandes concernées (par exemple 171-1234567-1234567), ou joignez-en la liste et dites-le (« la liste des 31 commandes en retard, en pièce jointe »).',
      insert: 'Insérer un repère de numéro de commande',
    },
  },
  check(doc, ctx) {
    if (!hasProse(doc)) return;
    const types = caseTypes(doc).filter((t) => ORDER_LEVEL_TYPES.includes(t));
    if (types.length === 0) return;
    // One finding per part of the appeal: a reason's own section, or the whole body for the types without one.
    const done = new Set<string>();
    for (const type of types) {
      const region = reasonRegion(doc, type);
      const parts: { spans: Span[]; scope?: Scope }[] =
        region.scopes.length > 0 ? region.scopes.map((s) => ({ spans: [{ start: s.start, end: s.end }], scope: s })) : [{ spans: region.spans, scope: doc.scopes.length === 1 ? doc.scopes[0] : undefined }];
      for (const part of parts) {
        const key = part.spans.map((s) => `${s.start}:${s.end}`).join(',');
        if (done.has(key)) continue;
        done.add(key);
        if (citesOrders(doc, part.spans)) continue;
        const anchor = part.scope?.section ? { start: part.scope.section.heading.start, end: part.scope.section.heading.end } : region.anchor;
        ctx.report({
          ...anchor,
          messageId: 'missing',
          args: { reason: partName(part.scope, type, types, ctx.language) },
          fixes: [{ titleId: 'insert', edits: [placeholderEdit(doc, part.scope, ctx.language)] }],
        });
      }
    }
  },
});

/** The reason(s) a part is about: its own types when it is a reason's section, else every order-level type of the appeal. */
function partName(scope: Scope | undefined, type: ProblemType, all: ProblemType[], language: Language): string {
  const types = scope?.section ? scope.problemTypes.filter((t) => ORDER_LEVEL_TYPES.includes(t)) : all;
  const names = (types.length > 0 ? types : [type]).map((t) => typeName(language, t));
  return names.join(language === 'fr' ? ' et les ' : ' and ');
}
