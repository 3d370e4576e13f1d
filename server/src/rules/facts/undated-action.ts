// A reviewer checks when each action happened and how often each control runs; an action without either reads as unverifiable.
import { defineRule } from '../define';
import type { AppealDocument, Paragraph, Sentence } from '../../document/model';
import { factsData } from '../../locales';
import type { Language } from '../../types';
import { hasDate } from '../../util/dates';
import { ACTION_ROLES } from '../facts-support';
import { expandPattern, foldedProse, sectionRole } from '../phrase';
import { statesAction } from '../structure-support';

interface UndatedMatchers {
  triggers: RegExp;
  ignore: RegExp;
  placeholders: RegExp;
}

function compile(language: Language): UndatedMatchers {
  const d = factsData[language].undated;
  const vocab = factsData[language].vocab;
  const alt = (xs: readonly string[]): string => xs.map((x) => expandPattern(x, vocab)).join('|');
  return {
    triggers: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(d.triggers)})`, 'u'),
    ignore: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(d.ignore)})`, 'u'),
    placeholders: new RegExp(d.placeholders, 'u'),
  };
}

const matchers: Record<Language, UndatedMatchers> = { en: compile('en'), fr: compile('fr') };

/** A date, a frequency, a timing tied to an event ("before any new offer goes live"), or a placeholder for one. */
function timed(raw: string, folded: string, language: Language): boolean {
  const m = matchers[language];
  return m.placeholders.test(raw) || m.triggers.test(folded.trimStart()) || hasDate(raw, language);
}

export default defineRule({
  id: 'facts/undated-action',
  category: 'facts',
  defaultSeverity: 'info',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'Each action or measure says when it was done, or how often it runs.',
    fr: 'Chaque action ou mesure dit quand elle a été réalisée, ou à quelle fréquence elle a lieu.',
  },
  messages: {
    en: {
      undated: 'This action has no date and no frequency. Say when it was done ("On 3 March 2026, …") or how often it runs ("every Monday", "before each shipment").',
    },
    fr: {
      undated: "Cette action n'a ni date ni fréquence. Dites quand elle a été réalisée (« Le 3 mars 2026, … ») ou à quel rythme elle a lieu (« chaque lundi », « avant chaque expédition »).",
    },
  },
  check(doc, ctx) {
    const lang = ctx.language;
    const folded = foldedProse(doc);
    const headingStarts = new Set(doc.headings.map((h) => h.start));
    let parentDated = false;
    const report = (s: Sentence): void => ctx.report({ start: s.start, end: s.end, messageId: 'undated' });
    const isAction = (s: Sentence): boolean => !matchers[lang].ignore.test(folded.slice(s.start, s.end)) && statesAction(s.text, lang);
    for (const p of doc.paragraphs) {
      if (p.quoted || p.kind === 'heading' || p.sentences.length === 0) continue;
      if (headingStarts.has(p.start)) continue;
      const role = sectionRole(p.section);
      if (!role || !ACTION_ROLES.includes(role)) continue;
      if (p.kind === 'list-item') {
        // An item is dated as a whole; a nested item inherits its parent's date.
        const dated: boolean = timed(doc.text.slice(p.start, p.end), folded.slice(p.start, p.end), lang) || (p.listDepth > 1 && parentDated);
        if (p.listDepth === 1) parentDated = dated;
        if (dated) continue;
        const first = p.sentences.find(isAction);
        if (first) report(first);
      } else if (p.kind === 'table-cell') {
        // A table row dates all its cells.
        const line = doc.lines.lineAt(p.start);
        const row = doc.lines.lineText(line);
        const rowStart = doc.lines.lineStart(line);
        if (timed(row, folded.slice(rowStart, rowStart + row.length), lang)) continue;
        const first = p.sentences.find(isAction);
        if (first) report(first);
      } else {
        reportParagraph(p, doc, folded, lang, isAction, report);
      }
    }
  },
});

/** In a paragraph, a date carries forward to the sentences after it ("On 3 March, we … We also …"). */
function reportParagraph(
  p: Paragraph,
  doc: AppealDocument,
  folded: string,
  lang: Language,
  isAction: (s: Sentence) => boolean,
  report: (s: Sentence) => void,
): void {
  let dated = false;
  for (const s of p.sentences) {
    if (!dated && timed(doc.text.slice(s.start, s.end), folded.slice(s.start, s.end), lang)) dated = true;
    if (dated) continue;
    if (isAction(s)) report(s);
  }
}
