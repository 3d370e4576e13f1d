/**
 * Types shared by the engine, its rules and every front end (CLI, language
 * server, tests). Nothing here depends on `vscode` or the LSP.
 */
import type { AppealDocument } from './document/model';

export type Language = 'en' | 'fr';
export type LanguageSetting = Language | 'auto';
export type Severity = 'hint' | 'info' | 'warning' | 'error';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export type RuleCategory = 'case' | 'structure' | 'facts' | 'tone' | 'form' | 'plan';

/** One text edit, in UTF-16 offsets of the linted text. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe to apply without review (editors' "fix all" on save); insertions of whole sections are not. */
  safe?: boolean;
}

/** What `engine.lint` returns: plain data, ready for any front end. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
  /** 1-based line and column (column counted in UTF-16 code units). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixes?: Fix[];
  /**
   * Data for fixes that a front end works out on demand rather than at lint time
   * (see `FindingData`). Plain JSON: a language server can put it in the
   * diagnostic's `data` and read it back when code actions are requested.
   */
  data?: FindingData;
}

/**
 * What a finding carries for fixes computed on demand. `form/spelling` sets it:
 * its suggestions cost tens of milliseconds per word and adding a word writes
 * a file, so neither happens at lint time. A front end turns it into quick
 * fixes with `engine.deferredFixes(finding, …)`: one replacement of
 * `[start, end)` per suggestion (from `engine.suggest(word, language)`, in the
 * writer's capitalisation), then "add to the project's word list", an edit of
 * the word file described by a `WordListEdit`.
 */
export interface FindingData {
  /** The unknown word exactly as written (the text of `[start, end)`). */
  word: string;
  /** The dictionary it was checked against. */
  language: Language;
}

/** A quick fix worked out on demand (`engine.deferredFixes`). */
export interface DeferredFix {
  kind: 'replace' | 'add-word';
  /** Localised title, ready for a code action. */
  title: string;
  /** `replace`: edits of the linted text (one replacement of the word). Empty for `add-word`. */
  edits: TextEdit[];
  /** `add-word`: the edit of the project's word file, to apply as an undoable workspace edit. */
  wordList?: WordListEdit;
  /** The first suggestion: the one an editor may mark as preferred. */
  preferred?: boolean;
}

/**
 * How to add a word to the project's word list (`.appeal-lint.words.txt`, one
 * word a line): insert `newText` at `offset` (also given as 0-based
 * `line`/`character`) in the file at `path`, creating the file first when
 * `create` is true (then the position is 0:0). The only file the server ever
 * writes, and only on this explicit action.
 */
export interface WordListEdit {
  path: string;
  create: boolean;
  offset: number;
  line: number;
  character: number;
  newText: string;
}

/** Message arguments: the rule's template fills `{name}` with them. */
export type MessageArgs = Record<string, string | number>;

/** A fix as a rule describes it: a localised title and its edits. */
export interface FixSpec {
  /** A key of the rule's `messages`, used as the fix title. */
  titleId: string;
  args?: MessageArgs;
  edits: TextEdit[];
  /** Safe to apply without review (see `Fix.safe`). */
  safe?: boolean;
}

/** What a rule reports: offsets, a message id with arguments, fixes as data. */
export interface Report {
  start: number;
  end: number;
  messageId: string;
  args?: MessageArgs;
  fixes?: FixSpec[];
  /** Data for fixes computed on demand (copied to `Finding.data`). */
  data?: FindingData;
}

export interface Limits {
  maxWords: number;
  maxParagraphWords: number;
  maxSentenceWords: number;
  maxEmphasisPercent: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxWords: 800,
  maxParagraphWords: 120,
  maxSentenceWords: 40,
  maxEmphasisPercent: 10,
});

/** An earlier appeal of the same case (header `previous:`), already read. */
export interface PreviousAppeal {
  path: string;
  document: AppealDocument;
}

/** A resource a rule may need that loads lazily (e.g. a dictionary). */
export interface LazyResources {
  /** The speller for a language, or undefined while it is still loading. */
  speller(language: Language): Speller | undefined;
}

export interface Speller {
  /** True when the word (as written) is correctly spelled. */
  check(word: string): boolean;
  /** Up to `max` suggestions, best first. May be slow: call at code-action time. */
  suggest(word: string, max: number): string[];
}

export interface RuleContext {
  /** The document's language (configured or detected). */
  readonly language: Language;
  readonly limits: Readonly<Limits>;
  /** Words the user accepted (configuration `words` and the word file). */
  readonly acceptedWords: ReadonlySet<string>;
  readonly previous: readonly PreviousAppeal[];
  readonly resources: LazyResources;
  report(report: Report): void;
}

export type Messages = Readonly<Record<Language, Readonly<Record<string, string>>>>;

/** One rule: id, defaults, localised text and the check, in one module. */
export interface RuleModule {
  /** `group/name` exactly as in the catalogue; also the file path, the settings key, the doc path. */
  readonly id: string;
  readonly category: RuleCategory;
  readonly defaultSeverity: Severity;
  readonly languages: readonly Language[];
  readonly fixable: boolean;
  /** One line per language: what the rule asks for (hover title, SARIF rules table). */
  readonly description: Readonly<Record<Language, string>>;
  /** Message templates per language; `{name}` is replaced by `args.name`. */
  readonly messages: Messages;
  check(doc: AppealDocument, ctx: RuleContext): void;
}
