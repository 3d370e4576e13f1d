/**
 * Reading Amazon's notification (English or French) for the "New appeal from
 * Amazon's notification" command: the problem types it cites, the order IDs and
 * ASINs it lists, its date and marketplace. Also builds the text of a new appeal
 * from that reading, with the plan snippets: one source of truth with the quick fixes.
 */
import { parseDocument } from './document/model';
import { noticeData, reasonLabels } from './locales';
import { PLAN_TYPES, PROBLEM_TYPES, type ProblemType } from './locales/types';
import { snippetText } from './snippets';
import type { AppealRequest, NoticeReading as ProtocolReading } from './lsp/protocol';

export type { AppealRequest };
import type { Language } from './types';
import { findDates } from './util/dates';
import { ASIN_IN_TEXT, ORDER_ID_IN_TEXT } from './util/identifiers';
import { fold, format } from './util/text';

export interface NoticeReading extends ProtocolReading {
  language: Language;
  reasons: ProblemType[];
}

const matchers: Record<Language, [ProblemType, RegExp][]> = {
  en: compile('en'),
  fr: compile('fr'),
};

function compile(language: Language): [ProblemType, RegExp][] {
  return PROBLEM_TYPES.map((t) => [t, new RegExp(`(?<![\\p{L}])(?:${noticeData[language].phrases[t].join('|')})(?![\\p{L}])`, 'u')]);
}

const MAX_NOTICE = 200_000;

export function readNotice(input: string): NoticeReading {
  const text = String(input ?? '').slice(0, MAX_NOTICE);
  const doc = parseDocument(text.replace(/^\s*>/gm, ' '));
  const language = doc.detection.language;
  const folded = fold(text);
  const reasons: ProblemType[] = [];
  for (const lang of [language, language === 'en' ? 'fr' : 'en'] as const) {
    for (const [type, re] of matchers[lang]) if (re.test(folded) && !reasons.includes(type)) reasons.push(type);
  }
  const orders = unique([...text.matchAll(ORDER_ID_IN_TEXT)].map((m) => m[0]));
  const asins = unique([
    ...[...text.matchAll(/\bASIN\s*(?:n°\s*)?[:：]?\s*([A-Z0-9]{10})\b/g)].map((m) => m[1]),
    ...[...text.matchAll(ASIN_IN_TEXT)].map((m) => m[0]),
  ]);
  const marketplace = /\bamazon\.(?:co\.uk|co\.jp|com\.(?:be|mx|au|br|tr)|com|fr|de|es|it|nl|se|pl|ca|in|ae|sa|sg)\b/i.exec(text)?.[0].toLowerCase();
  return { language, reasons: PROBLEM_TYPES.filter((t) => reasons.includes(t)), orders, asins, noticeDate: noticeDate(text, language), marketplace };
}

/** The date of a header line (`Sent:`, `Date:`, `Envoyé :`), else the first full date in the text. */
function noticeDate(text: string, language: Language): string | undefined {
  const labels = [...new Set([...noticeData[language].dateLabels, ...noticeData[language === 'en' ? 'fr' : 'en'].dateLabels])];
  const lines = text.split(/\r?\n/);
  for (const line of lines) {
    const m = new RegExp(`^\\s*(?:${labels.join('|')})\\s*:`, 'i').exec(fold(line));
    if (!m) continue;
    const rest = line.slice(m[0].length);
    const d = firstDate(rest, language);
    if (d) return d;
  }
  return firstDate(text, language);
}

function firstDate(text: string, language: Language): string | undefined {
  for (const lang of [language, language === 'en' ? 'fr' : 'en'] as const) {
    const d = findDates(text, lang).find((x) => x.kind === 'date' && x.iso);
    if (d) return d.iso;
  }
  return undefined;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}


const SECTION_KEYS = ['section/root-cause', 'section/corrective-actions', 'section/preventive-measures'];

/**
 * The text of a new appeal: a case header from the reading, an opening that names the
 * reasons and lists the orders and ASINs, then one section per reason (the type's plan
 * snippet, or the three section skeletons under the reason's name). Placeholders stay
 * as `[NAME]` for `form/placeholder` to flag until they are filled.
 */
export function buildAppeal(req: AppealRequest): string {
  const language: Language = req.language === 'fr' ? 'fr' : 'en';
  const data = noticeData[language];
  const reasons = PROBLEM_TYPES.filter((t) => (req.reasons ?? []).includes(t));
  const orders = (req.orders ?? []).filter((o) => typeof o === 'string');
  const asins = (req.asins ?? []).filter((a) => typeof a === 'string');
  const header = ['---', `language: ${language}`];
  header.push(`marketplace: ${req.marketplace ?? (language === 'fr' ? 'amazon.fr' : '[MARKETPLACE]')}`);
  header.push(`reasons: [${reasons.join(', ')}]`);
  if (orders.length) header.push(`orders: [${orders.join(', ')}]`);
  if (asins.length) header.push(`asins: [${asins.join(', ')}]`);
  header.push(`notice-date: ${req.noticeDate ?? (language === 'fr' ? '[DATE-DE-LA-NOTIFICATION]' : '[NOTICE-DATE]')}`, '---', '');

  const parts: string[] = [header.join('\n')];
  const names = reasons.map((r) => reasonLabels[language][r]);
  const opening = format(data.opening, {
    date: req.noticeDate ? format(data.openingDate, { date: req.noticeDate }) : '',
    reasons: names.length ? names.join(', ') : language === 'fr' ? '[MOTIFS]' : '[REASONS]',
  });
  const intro = [opening];
  if (orders.length) intro.push('', format(data.ordersLine, { orders: orders.join(', ') }));
  if (asins.length) intro.push('', format(data.asinsLine, { asins: asins.join(', ') }));
  parts.push(intro.join('\n'), '');

  if (reasons.length === 0) {
    for (const key of SECTION_KEYS) parts.push(snippetText(language, key) ?? '', '');
  }
  for (const r of reasons) {
    const plan = (PLAN_TYPES as readonly string[]).includes(r) ? snippetText(language, `plan/${r}`) : undefined;
    if (plan) {
      parts.push(plan, '');
      continue;
    }
    parts.push(`## ${reasonLabels[language][r]}`, '');
    for (const key of SECTION_KEYS) parts.push((snippetText(language, key) ?? '').replace(/^(#+) /gm, '#$1 '), '');
  }
  return parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
