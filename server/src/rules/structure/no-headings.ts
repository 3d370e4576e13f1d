// Seller Performance skims; without headings it cannot find the cause, the fix and the prevention.
import { defineRule } from '../define';
import { firstContent, hasProse } from '../structure-support';

export default defineRule({
  id: 'structure/no-headings',
  category: 'structure',
  defaultSeverity: 'warning',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'The appeal is organised under headings.',
    fr: 'Le plan est organisé sous des titres.',
  },
  messages: {
    en: { none: 'The appeal has no headings. Organise it in sections (root cause, corrective actions, preventive measures) so a reviewer can skim it.' },
    fr: { none: "Le plan n'a aucun titre. Organisez-le en sections (cause, actions correctives, mesures préventives) pour qu'un lecteur pressé s'y retrouve." },
  },
  check(doc, ctx) {
    if (doc.headings.length > 0 || !hasProse(doc)) return;
    const at = firstContent(doc);
    ctx.report({ start: at, end: at, messageId: 'none' });
  },
});
