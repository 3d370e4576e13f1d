/** Shapes of the per-language data. Data files hold no logic. */

export const PROBLEM_TYPES = [
  'stockout', 'not-received', 'damaged', 'not-as-described', 'late-shipment', 'authenticity', 'brand-authorisation',
  'order-defect-rate', 'cancellation-rate', 'valid-tracking-rate', 'ip-complaint', 'used-sold-as-new', 'safety',
  'restricted-product', 'related-accounts', 'verification',
] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];

/** The seven problem types that have a `plan/` rule (and a plan snippet). */
export const PLAN_TYPES = [
  'stockout', 'not-received', 'damaged', 'not-as-described', 'late-shipment', 'authenticity', 'brand-authorisation',
] as const satisfies readonly ProblemType[];

export type SectionRole = 'root-cause' | 'corrective' | 'preventive';
export const SECTION_ROLES: readonly SectionRole[] = ['root-cause', 'corrective', 'preventive'];

export interface StructureLexicon {
  /** Heading names of the three sections (folded-text regex alternatives). */
  roles: Record<SectionRole, string[]>;
  /** Names of each problem type, in headings and prose (folded-text regex alternatives). */
  problemTypes: Record<ProblemType, string[]>;
}

export interface TextData {
  /** Lower-case abbreviations without their final dot (inner dots kept: `e.g`). */
  abbreviations: ReadonlySet<string>;
  /** Frequent function words, lower case; elided forms end with an apostrophe (`l'`). */
  stopWords: readonly string[];
}

export interface FormData {
  /** Words whose doubling is grammatical ("had had", "nous nous"), lower case. */
  allowedDoubles: ReadonlySet<string>;
}
