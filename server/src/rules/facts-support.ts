/**
 * What the `facts/` wording rules and the `plan/` rules share: which problem types the
 * appeal is about (header reasons and headings that name a type), the part of the appeal
 * that answers one type (its own section when organised per reason, else the whole body),
 * where a finding about a type goes, and whether a part of the appeal cites orders (an
 * order ID, an `[ORDER-ID]` placeholder, or an attached list of the orders).
 */
import type { AppealDocument, Heading, Scope, Span } from '../document/model';
import { factsData, reasonLabels } from '../locales';
import { PROBLEM_TYPES, type ProblemType, type SectionRole } from '../locales/types';
import type { Language } from '../types';
import { isCheckedIdentifierSpan } from '../util/identifiers';
import { compileLexicons, findPhrases } from './phrase';
import { firstContent } from './structure-support';

/** Problem types about individual orders: their section should cite the orders. */
export const ORDER_LEVEL_TYPES: readonly ProblemType[] = ['late-shipment', 'not-received', 'damaged', 'not-as-described', 'stockout'];

/** Problem types measured by an account-health metric: the appeal should give the measured figure. */
export const METRIC_TYPES: readonly ProblemType[] = ['late-shipment', 'cancellation-rate', 'order-defect-rate', 'valid-tracking-rate'];

const isProblemType = (v: string): v is ProblemType => (PROBLEM_TYPES as readonly string[]).includes(v);

/** The problem types the appeal is about, in order: the header's reasons, then those its headings name. */
export function caseTypes(doc: AppealDocument): ProblemType[] {
  const out: ProblemType[] = [];
  for (const r of doc.header.reasons) if (isProblemType(r.value) && !out.includes(r.value)) out.push(r.value);
  for (const h of doc.headings) for (const t of h.problemTypes) if (!out.includes(t)) out.push(t);
  return out;
}

/** What answers one problem type, and where a finding about it goes. */
export interface ReasonRegion {
  type: ProblemType;
  /** The reason's own sections when the appeal is organised per reason; else empty. */
  scopes: Scope[];
  /** The text that answers it: those sections, else the whole body. */
  spans: Span[];
  /** The reason's heading, else its item in the header, else the first heading naming it, else the body's start. */
  anchor: Span;
}

function firstHeadingNaming(doc: AppealDocument, type: ProblemType): Heading | undefined {
  return doc.headings.find((h) => h.problemTypes.includes(type));
}

export function reasonRegion(doc: AppealDocument, type: ProblemType): ReasonRegion {
  const scopes = doc.scopes.filter((s) => s.section && s.problemTypes.includes(type));
  const spans: Span[] = scopes.length > 0 ? scopes.map((s) => ({ start: s.start, end: s.end })) : [{ start: doc.bodyStart, end: doc.text.length }];
  let anchor: Span | undefined;
  const own = scopes[0]?.section?.heading;
  if (own) anchor = { start: own.start, end: own.end };
  const item = doc.header.reasons.find((r) => r.value === type);
  if (!anchor && item) anchor = { start: item.start, end: item.end };
  const named = anchor ? undefined : firstHeadingNaming(doc, type);
  if (!anchor && named) anchor = { start: named.start, end: named.end };
  if (!anchor) {
    const at = firstContent(doc);
    anchor = { start: at, end: at };
  }
  return { type, scopes, spans, anchor };
}

export function inSpans(spans: readonly Span[], offset: number): boolean {
  for (const s of spans) if (offset >= s.start && offset < s.end) return true;
  return false;
}

/** Whether the appeal has any actions or measures section. */
export function hasActionSections(doc: AppealDocument): boolean {
  return doc.headings.some((h) => h.role === 'corrective' || h.role === 'preventive');
}

export const ACTION_ROLES: readonly SectionRole[] = ['corrective', 'preventive'];

// --- Order citations --------------------------------------------------------

/** An order ID, or what was meant as one (a group too long or short: `facts/malformed-order-id` says so). */
const ORDER_LIKE = /(?<![\p{L}\p{N}-])(?:\d{3}|D\d{2})-\d{4,12}-\d{4,12}(?![\p{L}\p{N}-])/gu;
/** The order placeholders a quick fix inserts, in either language. */
const ORDER_PLACEHOLDER = /\[(?:ORDER-ID|NUMÉRO-DE-COMMANDE)[\p{Lu}\p{N}-]*\]/gu;

const attachedLists = compileLexicons({
  en: { vocab: {}, negation: 'not', entries: factsData.en.orderReference.attachedList.map((match) => ({ match })) },
  fr: { vocab: {}, negation: 'pas', entries: factsData.fr.orderReference.attachedList.map((match) => ({ match })) },
});

const attachedCache = new WeakMap<AppealDocument, Span[]>();

/** Sentences that point to an attached list of the orders, in either language. */
function attachedListSentences(doc: AppealDocument): Span[] {
  let spans = attachedCache.get(doc);
  if (!spans) {
    spans = [];
    for (const lang of ['en', 'fr'] as const) for (const m of findPhrases(doc, attachedLists[lang])) spans.push({ start: m.start, end: m.end });
    attachedCache.set(doc, spans);
  }
  return spans;
}

/** Whether the spans cite orders: an order ID (or one malformed), an order placeholder, or an attached list of the orders. */
export function citesOrders(doc: AppealDocument, spans: readonly Span[]): boolean {
  const text = doc.text;
  for (const re of [ORDER_LIKE, ORDER_PLACEHOLDER]) {
    re.lastIndex = doc.bodyStart;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!inSpans(spans, start)) continue;
      const mask = doc.maskAt(start);
      if (mask && mask.kind === 'html-comment') continue;
      if (re === ORDER_LIKE && !isCheckedIdentifierSpan(doc, start, end)) continue;
      return true;
    }
  }
  return attachedListSentences(doc).some((s) => inSpans(spans, s.start));
}

/** The name of a problem type inside a sentence ("late shipments", « expéditions en retard »). */
export function typeName(language: Language, type: ProblemType): string {
  const name = reasonLabels[language][type];
  return name.charAt(0).toLowerCase() + name.slice(1);
}
