// Actions written as a block of prose are hard to count and to check; one item per action reads at a glance.
import { defineRule } from '../define';
import type { Section } from '../../document/model';
import { flatSections } from '../structure-support';

export default defineRule({
  id: 'structure/no-lists',
  category: 'structure',
  defaultSeverity: 'info',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'Corrective actions and preventive measures of more than one sentence are written as a list.',
    fr: "Les actions correctives et les mesures préventives de plus d'une phrase sont présentées en liste.",
  },
  messages: {
    en: { noList: 'The section "{section}" has {count} sentences but no list. Write one action per numbered or bulleted item.' },
    fr: { noList: 'La section « {section} » compte {count} phrases mais aucune liste. Présentez une action par élément, numéroté ou à puce.' },
  },
  check(doc, ctx) {
    const isPlanRole = (s: Section): boolean => s.heading.role === 'corrective' || s.heading.role === 'preventive';
    for (const s of flatSections(doc)) {
      if (!isPlanRole(s)) continue;
      let nested = false;
      for (let p = s.parent; p && !nested; p = p.parent) nested = isPlanRole(p);
      if (nested) continue;
      // Tables and lists (outside quotes) are the structure asked for.
      if (doc.lists.some((l) => !l.quoted && l.start >= s.bodyStart && l.start < s.end)) continue;
      const headings = doc.headings.filter((h) => h.start >= s.start && h.start < s.end);
      let count = 0;
      let table = false;
      for (const p of doc.paragraphs) {
        if (p.start < s.bodyStart && p.end <= s.bodyStart) continue;
        if (p.start >= s.end) break;
        if (p.quoted || p.kind === 'heading') continue;
        if (p.kind === 'table-cell') {
          table = true;
          break;
        }
        for (const sentence of p.sentences) {
          if (sentence.end <= s.bodyStart) continue;
          if (headings.some((h) => sentence.start >= h.start && sentence.end <= h.end)) continue;
          count++;
        }
      }
      if (table || count < 2) continue;
      ctx.report({ start: s.heading.start, end: s.heading.end, messageId: 'noList', args: { section: s.heading.title, count } });
    }
  },
});
