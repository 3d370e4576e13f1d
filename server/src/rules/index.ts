/**
 * The registry: every rule, in alphabetical order of id. A rule exists only once
 * it is listed here; the tests check that each has cases in both languages and
 * a doc page, and the extension's settings schema is checked against this list.
 */
import type { RuleModule } from '../types';
import caseHeader from './case/header';
import factsInvalidGtin from './facts/invalid-gtin';
import factsInvalidTracking from './facts/invalid-tracking';
import factsMalformedAsin from './facts/malformed-asin';
import factsMalformedOrderId from './facts/malformed-order-id';
import formEmphasisOveruse from './form/emphasis-overuse';
import formLongParagraph from './form/long-paragraph';
import formLongSentence from './form/long-sentence';
import formPlaceholder from './form/placeholder';
import formRepeatedWord from './form/repeated-word';
import formReusedSentence from './form/reused-sentence';
import formSpelling from './form/spelling';
import formTooLong from './form/too-long';
import structureEmptySection from './structure/empty-section';
import structureMissingCorrectiveActions from './structure/missing-corrective-actions';
import structureMissingPreventiveMeasures from './structure/missing-preventive-measures';
import structureMissingRootCause from './structure/missing-root-cause';
import structureNoHeadings from './structure/no-headings';
import structureNoLists from './structure/no-lists';
import structureSectionOrder from './structure/section-order';
import structureUnansweredReason from './structure/unanswered-reason';
import structureUnreferencedItem from './structure/unreferenced-item';

export const rules: readonly RuleModule[] = [
  caseHeader,
  factsInvalidGtin,
  factsInvalidTracking,
  factsMalformedAsin,
  factsMalformedOrderId,
  formEmphasisOveruse,
  formLongParagraph,
  formLongSentence,
  formPlaceholder,
  formRepeatedWord,
  formReusedSentence,
  formSpelling,
  formTooLong,
  structureEmptySection,
  structureMissingCorrectiveActions,
  structureMissingPreventiveMeasures,
  structureMissingRootCause,
  structureNoHeadings,
  structureNoLists,
  structureSectionOrder,
  structureUnansweredReason,
  structureUnreferencedItem,
].sort((a, b) => a.id.localeCompare(b.id));
