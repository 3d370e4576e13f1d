// A metric problem is judged by its figure: without the measured rate or count, Amazon cannot see that the seller looked at the numbers.
import { defineRule } from '../define';
import type { AppealDocument } from '../../document/model';
import { factsData } from '../../locales';
import type { Language } from '../../types';
import { findDates } from '../../util/dates';
import { METRIC_TYPES, caseTypes, reasonRegion, typeName } from '../facts-support';
import { expandPattern, foldedProse } from '../phrase';
import { hasProse } from '../structure-support';

interface MetricMatchers {
  percent: RegExp;
  thresholdBefore: RegExp;
  thresholdAfter: RegExp;
  count: RegExp;
  ratio: RegExp;
  period: RegExp;
}

function compile(language: Language): MetricMatchers {
  const m = factsData[language].metric;
  const vocab = factsData[language].vocab;
  const src = (s: string): string => expandPattern(s, vocab);
  const number = `(?:\\d{1,6}|${m.numberWords})`;
  return {
    percent: new RegExp(`(?<![\\p{L}\\p{N}.,])${src(m.percent)}`, 'gu'),
    thresholdBefore: new RegExp(`(?<![\\p{L}\\p{N}])${src(m.thresholdBefore)}\\s*$`, 'u'),
    thresholdAfter: new RegExp(`^\\s*${src(m.thresholdAfter)}(?![\\p{L}\\p{N}])`, 'u'),
    // A number not glued to a date, an ID, a decimal or a time, followed within three words by what it counts.
    count: new RegExp(
      `(?<![\\p{L}\\p{N}.,:/-])${number}(?![\\p{L}\\p{N}]|[.,:/-]\\d)(?:\\s+[\\p{L}'-]+){0,3}?\\s+(?:${src(m.countUnits)})(?![\\p{L}\\p{N}])`,
      'u',
    ),
    ratio: new RegExp(`(?<![\\p{L}\\p{N}.,-])${src(m.ratio)}(?![\\p{L}\\p{N}])`, 'u'),
    period: new RegExp(`(?<![\\p{L}\\p{N}])(?:${m.periods.map(src).join('|')})(?![\\p{L}])`, 'u'),
  };
}

const matchers: Record<Language, MetricMatchers> = { en: compile('en'), fr: compile('fr') };

/** A measured percentage: one that no target or threshold word frames. */
function measuredPercent(text: string, mm: MetricMatchers): boolean {
  mm.percent.lastIndex = 0;
  for (let m = mm.percent.exec(text); m; m = mm.percent.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (mm.thresholdBefore.test(before) || mm.thresholdAfter.test(after)) continue;
    return true;
  }
  return false;
}

/** A period the figure covers: a date, a "since …" start, or a span of days or months. */
function hasPeriod(text: string, language: Language, mm: MetricMatchers): boolean {
  if (mm.period.test(text)) return true;
  return findDates(text, language).some((d) => d.kind === 'date' || (d.kind === 'frequency' && /^(?:since|depuis)/.test(text.slice(d.start, d.end))));
}

/** Whether the appeal gives a measured figure: a percentage, or a count of orders with the period it covers. */
export function hasMeasuredFigure(doc: AppealDocument, language: Language): boolean {
  const mm = matchers[language];
  const folded = foldedProse(doc);
  for (const s of doc.sentences) {
    const text = folded.slice(s.start, s.end);
    if (!/\d/.test(text) && !/[a-z]/.test(text)) continue;
    if (measuredPercent(text, mm)) return true;
    if ((mm.count.test(text) || mm.ratio.test(text)) && hasPeriod(text, language, mm)) return true;
  }
  return false;
}

export default defineRule({
  id: 'facts/missing-metric',
  category: 'facts',
  defaultSeverity: 'warning',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'An appeal about an account-health metric gives the measured figure: a rate, or a count of orders with its period.',
    fr: "Un plan qui répond à un indicateur de performance du compte donne le chiffre mesuré : un taux, ou un nombre de commandes avec sa période.",
  },
  messages: {
    en: {
      missing:
        'This appeal answers "{reason}" but gives no measured figure. State the rate or the count with its period, as Account Health shows it (e.g. "31 of our 330 orders shipped late over the last 30 days, 9.4%").',
    },
    fr: {
      missing:
        "Ce plan répond au motif « {reason} » sans donner aucun chiffre mesuré. Indiquez le taux, ou le nombre de commandes avec sa période, tels que la page État du compte les affiche (par exemple « 18 de nos 250 commandes sont parties en retard sur les 30 derniers jours, soit 7,2 % »).",
    },
  },
  check(doc, ctx) {
    if (!hasProse(doc)) return;
    const types = caseTypes(doc).filter((t) => METRIC_TYPES.includes(t));
    if (types.length === 0) return;
    if (hasMeasuredFigure(doc, ctx.language)) return;
    const anchor = reasonRegion(doc, types[0]).anchor;
    const sep = ctx.language === 'fr' ? ' », « ' : '", "';
    ctx.report({ ...anchor, messageId: 'missing', args: { reason: types.map((t) => typeName(ctx.language, t)).join(sep) } });
  },
});
