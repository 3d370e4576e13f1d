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
  /**
   * Abbreviations that stand before a number (`No. 5`, `p. 12`, `vol. 3`), lower case without
   * their dot: they keep a sentence going only when a digit follows, since the same letters can
   * end one as a word (`we said no.`, French `un vol.` is a theft).
   */
  numberAbbreviations: ReadonlySet<string>;
  /** Frequent function words, lower case; elided forms end with an apostrophe (`l'`). */
  stopWords: readonly string[];
}

export interface FormData {
  /** Words whose doubling is grammatical ("had had", "nous nous"), lower case. */
  allowedDoubles: ReadonlySet<string>;
}

/** Labels around identifiers (`facts/invalid-gtin`, `facts/malformed-asin`): folded words and phrases. */
export interface IdentifierLabels {
  /** Words or phrases that name a number as a barcode (EAN, UPC, GTIN, "code-barres"). */
  barcodeLabels: readonly string[];
  /** Those that name a UPC only: an 8-digit UPC is a UPC-E, whose check digit is not the GS1 one of its 8 digits. */
  upcLabels: readonly string[];
  /** Names of other numbers (company, tax, phone, order, carrier, SKU…): met before a barcode label, the number is not a barcode. */
  otherNumberLabels: readonly string[];
  /** The word that names an ASIN. */
  asinLabels: readonly string[];
  /** Names of the seller's own references, which may look like an ASIN: a `B0…` token right after one is not read as an ASIN. */
  referenceLabels: readonly string[];
}

export interface CourtesyData {
  /** How a greeting line starts ("dear", "bonjour"), written naturally; matched folded, at the start of a sentence. */
  greetings: readonly string[];
  /** How a closing formula or sign-off starts ("kind regards", "cordialement"); matched the same way. */
  signOffs: readonly string[];
}

export interface PlaceholderData {
  /** Markers of unfinished text, matched as written (capitals), as whole words. */
  markers: readonly string[];
}

/**
 * How a sentence states an action of the seller (`structure/unanswered-reason`): folded-text
 * regex alternatives, joined by the check as subject + in-between words + verb.
 */
export interface ActionLexicon {
  /** Who acts: the seller and its people ("we", "nous", "our warehouse team"). */
  subjects: readonly string[];
  /** Words that may stand between the subject and the verb: auxiliaries, adverbs, object pronouns. */
  between: readonly string[];
  /** Action verbs in the forms that follow a subject: done (past, participle), ongoing (present), planned. */
  verbs: readonly string[];
  /** Auxiliaries of a passive action that needs no subject ("has been", "a été"), followed by a verb above. */
  passive: readonly string[];
  /** Forms that state an action at the start of a sentence or list item ("Replaced …", "Mise en place …"). */
  leading: readonly string[];
}

/** Marketplace vocabulary `form/spelling` never flags (acronyms, programme, carrier and tool names, trade words). */
export interface DomainWords {
  /** Written naturally; matched whatever the case, a plural `s` accepted. A name of several words counts word by word. */
  words: readonly string[];
  /** Coarse words the dictionaries hold but a quick fix should never propose (lower case). */
  neverSuggest: readonly string[];
}

/** The name of each problem type as a section heading gives it (quick fixes insert it). */
export type ReasonLabels = Readonly<Record<ProblemType, string>>;

/**
 * One pattern of a phrase rule (`rules/phrase.ts`): a regex source on folded text
 * (lower case, no accents, straight apostrophes), where `{name}` expands to the
 * language's tone vocabulary, ` {a-b} ` allows a to b words in between, and a space
 * matches any white space. An optional `(?<hit>…)` group narrows the reported range.
 */
export interface PhraseEntry {
  readonly match: string;
  /** Void when one of these matches the same sentence over a range overlapping the match. */
  readonly unless?: readonly string[];
  /** Void when one of these matches anywhere in the same sentence. */
  readonly unlessSentence?: readonly string[];
  /** Void when the matched words contain a negation ("did not lie", "n'a pas menti"). */
  readonly negatable?: boolean;
  /** Only in sections with one of these roles (nearest heading that has a role). */
  readonly roles?: readonly SectionRole[];
  /** Never in sections with one of these roles. */
  readonly notRoles?: readonly SectionRole[];
  /** The reported words must not be written as a name ("Sue"), only "sue" or "SUE". */
  readonly notName?: boolean;
  /** The rule's message id for this entry (default: the rule's own default). */
  readonly message?: string;
}

/** Per-language data of the `tone/` rules. */
export interface ToneData {
  /** Shared vocabulary for `{name}` in patterns: regex alternatives on folded text. */
  readonly vocab: Readonly<Record<string, string>>;
  /** Words that negate what they precede or follow ("not", "never", "n'", "pas"). */
  readonly negation: string;
  readonly blamesBuyer: readonly PhraseEntry[];
  readonly blamesAmazon: readonly PhraseEntry[];
  readonly blamesCarrier: readonly PhraseEntry[];
  readonly threat: readonly PhraseEntry[];
  readonly triggerWords: readonly PhraseEntry[];
  readonly overAdmission: readonly PhraseEntry[];
  readonly businessHistory: readonly PhraseEntry[];
  readonly apologies: readonly PhraseEntry[];
  /** Words that carry emotion rather than facts. */
  readonly emotionalWords: readonly PhraseEntry[];
  /** Words written in capitals that are not shouting (upper case, as written). */
  readonly acronyms: ReadonlySet<string>;
  /** Company forms (upper case): a run of capitals containing one is a company name. */
  readonly legalForms: ReadonlySet<string>;
}

export interface DateData {
  /** Month names and abbreviations, January first (folded: lower case, no accents). */
  months: string[][];
  weekdays: string[];
  /** How to read `02/03/2026` when both parts are ≤ 12. */
  numericOrder: 'mdy' | 'dmy';
  /** Phrases that state a frequency or a start ("every Monday", "chaque semaine", "since 3 March"). Folded text. */
  frequencies: string[];
}

export interface NoticeData {
  /** Phrases of Amazon's notices per problem type (folded-text regex alternatives). */
  phrases: Record<ProblemType, string[]>;
  /** Labels of an e-mail header line that carries the notice's date (`Sent:`, `Envoyé :`). Folded. */
  dateLabels: string[];
  /** Opening sentence of a new appeal; `{date}` is `openingDate` or empty, `{reasons}` the reason names. */
  opening: string;
  openingDate: string;
  ordersLine: string;
  asinsLine: string;
}

/** A `facts/` phrase pattern that may carry the text a quick fix puts in place of the reported words. */
export interface FactsPhraseEntry extends PhraseEntry {
  /**
   * Replacement of the reported words (`[DATE]`-style placeholders for `form/placeholder` to
   * flag until filled); an empty string deletes them; absent: no quick fix.
   */
  readonly replacement?: string;
  /** The words name a frequency ("regularly"): void when the sentence already states a date or a frequency. */
  readonly frequency?: boolean;
}

/**
 * Per-language data of the `facts/` wording rules (`missing-order-reference`, `missing-metric`,
 * `vague-commitment`, `future-action`, `undated-action`, `over-promise`, `unsupported-claim`).
 * Patterns follow the syntax of `rules/phrase.ts` (folded text, `{name}` vocabulary, ` {a-b} ` gaps).
 */
export interface FactsData {
  readonly vocab: Readonly<Record<string, string>>;
  readonly negation: string;
  readonly vagueCommitment: readonly FactsPhraseEntry[];
  readonly futureAction: readonly PhraseEntry[];
  readonly overPromise: readonly PhraseEntry[];
  readonly unsupportedClaim: readonly PhraseEntry[];
  /** `facts/missing-order-reference`. */
  readonly orderReference: {
    /** Sentences that point to an attached list of the orders ("the attached list of 31 late orders"). */
    readonly attachedList: readonly string[];
    /** The placeholder the quick fix inserts, and the line it inserts (`{placeholder}` in it). */
    readonly placeholder: string;
    readonly line: string;
  };
  /** `facts/missing-metric`: what a measured figure looks like. */
  readonly metric: {
    /** A percentage ("9.4%", "7,2 %", "5 percent"). */
    readonly percent: string;
    /** Words just before a percentage that make it a target or a threshold, not a measure. */
    readonly thresholdBefore: string;
    /** Words just after a percentage that make it a target ("the 4% target"). */
    readonly thresholdAfter: string;
    /** Numbers written as words that may count orders ("twelve", "douze"). */
    readonly numberWords: string;
    /** What a count counts, right after the number (a gap of up to three words allowed). */
    readonly countUnits: string;
    /** "31 of our 330", "18 de nos 250": a count against a total. */
    readonly ratio: string;
    /** A measurement period besides a date ("over the last 30 days", "en octobre 2026"); `{month}` is any month name. */
    readonly periods: readonly string[];
  };
  /** `facts/undated-action`. */
  readonly undated: {
    /** Timing that is neither a date nor a frequency but ties the action to an event ("before any new offer goes live", "if …"). */
    readonly triggers: readonly string[];
    /** Sentences of those sections that are no action to date (attachments, a request to the reviewer). */
    readonly ignore: readonly string[];
    /** Placeholders that stand for a date or a frequency (`[DATE]`, `[WEEKDAY]`), matched as written. */
    readonly placeholders: string;
  };
}

/** One measure a `plan/` rule expects, in one language. */
export interface PlanMeasure {
  /** Stable id (the same in both languages): `threshold`, `sync`, … */
  readonly id: string;
  /** How the message names the missing measure. */
  readonly label: string;
  /** Phrase patterns (syntax of `rules/phrase.ts`): the measure is present when one matches a sentence of the plan. */
  readonly patterns: readonly string[];
  /** Also present when the reason's text (cause included) cites an order ID or an attached list of orders. */
  readonly orderReference?: boolean;
  /** Look for the patterns in the reason's whole text (cause included), not only in its actions and measures. */
  readonly anywhere?: boolean;
}

/** Per-language data of the `plan/` rules: shared vocabulary and the expected measures of each problem type. */
export interface PlanData {
  readonly vocab: Readonly<Record<string, string>>;
  readonly measures: Readonly<Record<(typeof PLAN_TYPES)[number], readonly PlanMeasure[]>>;
}
