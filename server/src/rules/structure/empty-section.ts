// A heading with nothing under it promises content that is not there, or is a leftover from a template.
import { defineRule } from '../define';
import { flatSections } from '../structure-support';

const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const RULE_LINE = /^[ \t]*(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/gm;

export default defineRule({
  id: 'structure/empty-section',
  category: 'structure',
  defaultSeverity: 'warning',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'Every heading has text or sub-headings under it.',
    fr: 'Chaque titre est suivi de texte ou de sous-titres.',
  },
  messages: {
    en: { empty: 'The section "{section}" is empty. Write what belongs there, or remove the heading.' },
    fr: { empty: 'La section « {section} » est vide. Rédigez son contenu, ou supprimez le titre.' },
  },
  check(doc, ctx) {
    for (const s of flatSections(doc)) {
      if (s.children.length > 0) continue;
      // Up to the line of the next heading: a numbered heading's "2." is not content.
      const end = s.end < doc.text.length ? Math.max(s.bodyStart, doc.lines.lineStart(doc.lines.lineAt(s.end))) : s.end;
      const under = doc.text.slice(s.bodyStart, end).replace(HTML_COMMENT, '').replace(RULE_LINE, '');
      if (under.trim() !== '') continue;
      const h = s.heading;
      // A last line in capitals or bold that names no section ("JOHN SMITH") is a signature, not a heading.
      if (!h.explicit && s.end >= doc.text.length && !h.role && h.problemTypes.length === 0) continue;
      ctx.report({ start: h.start, end: h.end, messageId: 'empty', args: { section: h.title } });
    }
  },
});
