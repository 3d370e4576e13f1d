/**
 * The registry: every rule, in alphabetical order of id. A rule exists only once
 * it is listed here; the tests check that each has cases in both languages and
 * a doc page, and the extension's settings schema is checked against this list.
 */
import type { RuleModule } from '../types';
import caseHeader from './case/header';
import factsFutureAction from './facts/future-action';
import factsInvalidGtin from './facts/invalid-gtin';
import factsInvalidTracking from './facts/invalid-tracking';
import factsMalformedAsin from './facts/malformed-asin';
import factsMalformedOrderId from './facts/malformed-order-id';
import factsMissingMetric from './facts/missing-metric';
import factsMissingOrderReference from './facts/missing-order-reference';
import factsOverPromise from './facts/over-promise';
import factsUndatedAction from './facts/undated-action';
import factsUnsupportedClaim from './facts/unsupported-claim';
import factsVagueCommitment from './facts/vague-commitment';
import formEmphasisOveruse from './form/emphasis-overuse';
import formLongParagraph from './form/long-paragraph';
import formLongSentence from './form/long-sentence';
import formPlaceholder from './form/placeholder';
import formRepeatedWord from './form/repeated-word';
import formReusedSentence from './form/reused-sentence';
import formSpelling from './form/spelling';
import formTooLong from './form/too-long';
import planAuthenticity from './plan/authenticity';
import planBrandAuthorisation from './plan/brand-authorisation';
import planDamaged from './plan/damaged';
import planLateShipment from './plan/late-shipment';
import planNotAsDescribed from './plan/not-as-described';
import planNotReceived from './plan/not-received';
import planStockout from './plan/stockout';
import structureEmptySection from './structure/empty-section';
import structureMissingCorrectiveActions from './structure/missing-corrective-actions';
import structureMissingPreventiveMeasures from './structure/missing-preventive-measures';
import structureMissingRootCause from './structure/missing-root-cause';
import structureNoHeadings from './structure/no-headings';
import structureNoLists from './structure/no-lists';
import structureSectionOrder from './structure/section-order';
import structureUnansweredReason from './structure/unanswered-reason';
import structureUnreferencedItem from './structure/unreferenced-item';
import toneBlamesAmazon from './tone/blames-amazon';
import toneBlamesBuyer from './tone/blames-buyer';
import toneBlamesCarrier from './tone/blames-carrier';
import toneBusinessHistory from './tone/business-history';
import toneEmotional from './tone/emotional';
import toneOverAdmission from './tone/over-admission';
import toneOverApology from './tone/over-apology';
import toneThreat from './tone/threat';
import toneTriggerWord from './tone/trigger-word';

export const rules: readonly RuleModule[] = [
  caseHeader,
  factsFutureAction,
  factsInvalidGtin,
  factsInvalidTracking,
  factsMalformedAsin,
  factsMalformedOrderId,
  factsMissingMetric,
  factsMissingOrderReference,
  factsOverPromise,
  factsUndatedAction,
  factsUnsupportedClaim,
  factsVagueCommitment,
  formEmphasisOveruse,
  formLongParagraph,
  formLongSentence,
  formPlaceholder,
  formRepeatedWord,
  formReusedSentence,
  formSpelling,
  formTooLong,
  planAuthenticity,
  planBrandAuthorisation,
  planDamaged,
  planLateShipment,
  planNotAsDescribed,
  planNotReceived,
  planStockout,
  structureEmptySection,
  structureMissingCorrectiveActions,
  structureMissingPreventiveMeasures,
  structureMissingRootCause,
  structureNoHeadings,
  structureNoLists,
  structureSectionOrder,
  structureUnansweredReason,
  structureUnreferencedItem,
  toneBlamesAmazon,
  toneBlamesBuyer,
  toneBlamesCarrier,
  toneBusinessHistory,
  toneEmotional,
  toneOverAdmission,
  toneOverApology,
  toneThreat,
  toneTriggerWord,
].sort((a, b) => a.id.localeCompare(b.id));
