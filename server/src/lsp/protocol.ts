/**
 * The custom requests and notifications between the Appeal Lint server and its
 * clients, beyond the LSP: names and shapes in one place, shared with the VS Code
 * client. Self-contained: no import, so the client does not pull in the engine.
 */

/** What `appealLint/readNotice` `{ text }` reads from Amazon's notice. */
export interface NoticeReading {
  language: 'en' | 'fr';
  /** Problem types (the header's `reasons` values). */
  reasons: string[];
  orders: string[];
  asins: string[];
  /** YYYY-MM-DD */
  noticeDate?: string;
  marketplace?: string;
}

/** `appealLint/buildAppeal`: what the new appeal's header and sections come from. → `{ text }` */
export interface AppealRequest {
  language?: 'en' | 'fr';
  reasons?: string[];
  orders?: string[];
  asins?: string[];
  noticeDate?: string;
  marketplace?: string;
}

export const SUMMARY_REQUEST = 'appealLint/summary';
export const READ_NOTICE_REQUEST = 'appealLint/readNotice';
export const BUILD_APPEAL_REQUEST = 'appealLint/buildAppeal';
export const RULES_REQUEST = 'appealLint/rules';
export const MARK_APPEAL_NOTIFICATION = 'appealLint/markAppeal';
export const PROBLEM_TYPES_REQUEST = 'appealLint/problemTypes';

/** One entry of `appealLint/problemTypes` `{ language }`: a problem type with a plan, and its name. */
export interface ProblemTypeEntry {
  type: string;
  label: string;
}

/** `appealLint/summary` `{ uri }` → the status bar's figures for that document. */
export interface Summary {
  appeal: boolean;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  words: number;
  maxWords: number;
  language?: 'en' | 'fr';
}

/** One entry of `appealLint/rules` `{ language }`. */
export interface RuleEntry {
  id: string;
  description: string;
  defaultSeverity: string;
  /** The doc page shipped with the extension, when found. */
  docsPath?: string;
  hasDocs: boolean;
}
