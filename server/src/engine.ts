/**
 * The Appeal Lint engine: one entry point for the CLI, the language server,
 * the tests and the benchmark. Plain Node, no `vscode`.
 *
 *   const engine = await createEngine();
 *   const findings = engine.lint(text, { filePath, language, messageLanguage, config });
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument, type AppealDocument, type Directive } from './document/model';
import { rules as registry } from './rules';
import { applyConfig, ConfigFiles, defaultConfig, type AppealLintConfig, type ConfigProblem, type ResolvedConfig } from './settings';
import { readFileText } from './util/files';
import { format } from './util/text';
import { loadSpeller as loadDictionarySpeller } from './spelling/loader';
import { wordListEdit } from './spelling/word-list';
import type {
  DeferredFix,
  Finding,
  Fix,
  Language,
  LanguageSetting,
  LazyResources,
  PreviousAppeal,
  Report,
  RuleContext,
  RuleModule,
  Severity,
  SeveritySetting,
  Speller,
  WordListEdit,
} from './types';

export * from './types';
export type { AppealDocument, Section, Heading, Scope, Paragraph } from './document/model';
export type { AppealLintConfig, ResolvedConfig } from './settings';
export { parseDocument } from './document/model';
export { loadSpeller, writeDictionaryCache, type LoadSpellerOptions } from './spelling/loader';

export const SOURCE = 'appeal-lint';
export const DOCS_BASE = 'https://github.com/appeal-lint/appeal-lint/blob/main/docs/rules/';
export const RULE_ERROR_ID = 'internal/rule-error';
export const PARSE_ERROR_ID = 'internal/parse-error';
const HEADER_RULE = 'case/header';

export interface LintOptions {
  /** Force the document's language; default: the header's, then the configuration's, then detection. */
  language?: Language;
  /** Language of the messages; `auto` (default) = the document's. */
  messageLanguage?: LanguageSetting;
  /** Where the text lives: finds `.appeal-lint.json` and the header's `previous:` appeals. */
  filePath?: string;
  /** Editor settings (or any configuration layer) under `.appeal-lint.json`. */
  config?: AppealLintConfig;
  /** An explicit configuration file (the CLI's `--config`), used instead of searching. */
  configPath?: string;
}

export interface Analysis {
  document: AppealDocument;
  findings: Finding[];
  config: ResolvedConfig;
  messageLanguage: Language;
}

export interface RuleInfo {
  id: string;
  category: string;
  defaultSeverity: Severity;
  languages: readonly Language[];
  fixable: boolean;
  description: Readonly<Record<Language, string>>;
  docsUrl: string;
}

export interface Engine {
  lint(text: string, options?: LintOptions): Finding[];
  /** The same as lint, with the parsed document and the configuration used. */
  analyse(text: string, options?: LintOptions): Analysis;
  readonly rules: readonly RuleInfo[];
  rule(id: string): RuleModule | undefined;
  /** Resolves once the lazily loaded resources of a language (dictionaries) are there. */
  ready(language: Language): Promise<void>;
  /** Called when a lazily loaded resource arrives, so that open documents can be linted again. */
  onDidLoad(listener: (language: Language) => void): () => void;
  /**
   * Spelling suggestions for a word, best first, in the writer's capitalisation and
   * apostrophe. Slow (tens of milliseconds): call it when code actions are asked
   * for, never while linting. Empty while the language's dictionary is loading.
   */
  suggest(word: string, language: Language, max?: number): string[];
  /**
   * The quick fixes of a finding that carries `data` (form/spelling), worked out now:
   * one replacement per suggestion, then "add to the project's word list".
   */
  deferredFixes(finding: Pick<Finding, 'ruleId' | 'start' | 'end' | 'data'>, options?: DeferredFixOptions): DeferredFix[];
  /** Where and how to add a word to the project's word list; undefined when there is nowhere to put it or it is there already. */
  wordListEdit(word: string, options?: WordListOptions): WordListEdit | undefined;
}

export interface WordListOptions {
  /** The linted file: the word file beside its nearest `.appeal-lint.json` (or word file) is used. */
  filePath?: string;
  /** Where to create the word file when the project has none (the workspace folder); else beside the file. */
  root?: string;
}

export interface DeferredFixOptions extends WordListOptions {
  /** Language of the titles; default: the finding's language. */
  messageLanguage?: LanguageSetting;
  /** How many suggestions (default 5). */
  max?: number;
}

export interface EngineOptions {
  /** Rules to run instead of the full registry (tests). */
  rules?: readonly RuleModule[];
  /** Loads a speller for a language; default: the cspell dictionaries (`server/src/spelling/loader.ts`). */
  loadSpeller?: (language: Language) => Promise<Speller>;
  /** `false`: load no dictionary (form/spelling then reports nothing), for tests that must not load them. */
  spelling?: boolean;
}

export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  return new AppealEngine(options);
}

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

class AppealEngine implements Engine {
  readonly rules: RuleInfo[];
  private readonly modules: readonly RuleModule[];
  private readonly byId = new Map<string, RuleModule>();
  private readonly knownIds: Set<string>;
  private readonly files = new ConfigFiles();
  private readonly previousCache = new Map<string, { mtimeMs: number; size: number; doc: AppealDocument }>();
  private readonly spellers = new Map<Language, { speller?: Speller; promise: Promise<void> }>();
  private readonly listeners = new Set<(language: Language) => void>();

  constructor(private readonly options: EngineOptions) {
    this.modules = options.rules ?? registry;
    for (const r of this.modules) this.byId.set(r.id, r);
    this.knownIds = new Set(registry.map((r) => r.id));
    for (const r of this.modules) this.knownIds.add(r.id);
    this.rules = this.modules.map((r) => ({
      id: r.id,
      category: r.category,
      defaultSeverity: r.defaultSeverity,
      languages: r.languages,
      fixable: r.fixable,
      description: r.description,
      docsUrl: docsUrl(r.id),
    }));
  }

  rule(id: string): RuleModule | undefined {
    return this.byId.get(id);
  }

  lint(text: string, options?: LintOptions): Finding[] {
    return this.analyse(text, options).findings;
  }

  analyse(rawText: string, rawOptions?: LintOptions | null): Analysis {
    const options = cleanOptions(rawOptions);
    const text = typeof rawText === 'string' ? rawText : String(rawText ?? '');
    const problems: ConfigProblem[] = [];
    const config = this.resolveConfig(options, problems);
    let document: AppealDocument;
    let parseError: unknown;
    try {
      document = parseDocument(text, { forced: options.language, fallback: config.language });
    } catch (e) {
      // The parser must not fail on any text; if it ever does, say so instead of going silent.
      parseError = e;
      document = parseDocument('', { forced: options.language ?? 'en' });
    }
    const language = document.language;
    const ml = options.messageLanguage ?? config.messageLanguage;
    const messageLanguage: Language = ml === 'en' || ml === 'fr' ? ml : language;
    const previous = this.loadPrevious(document, options.filePath);

    const findings: Finding[] = [];
    if (parseError !== undefined) {
      const reason = describe(parseError);
      const message =
        messageLanguage === 'fr'
          ? `Ce texte n'a pas pu être analysé (${reason}) : aucune règle n'a tourné. Merci de signaler ce problème.`
          : `This text could not be parsed (${reason}), so no rule ran. Please report this problem.`;
      findings.push({ ruleId: PARSE_ERROR_ID, severity: 'error', message, start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 });
      return { document, findings, config, messageLanguage };
    }
    const emit = (rule: RuleModule, severity: Severity, r: Report): void => {
      findings.push(this.toFinding(document, rule, severity, r, messageLanguage));
    };

    const header = this.byId.get(HEADER_RULE);
    const headerSeverity = header && this.severityOf(header, config);
    if (header && headerSeverity) {
      const at = document.bodyStart > 0 ? 0 : 0;
      for (const p of problems) emit(header, headerSeverity, { start: at, end: at, messageId: p.messageId, args: p.args });
      for (const p of previous.problems) emit(header, headerSeverity, p);
      for (const d of document.directives) {
        for (const r of d.ruleSpans) {
          if (!this.knownIds.has(r.id)) emit(header, headerSeverity, { start: r.start, end: r.end, messageId: 'unknownDirectiveRule', args: { rule: r.id } });
        }
      }
    }

    const resources: LazyResources = { speller: (lang) => this.speller(lang) };
    for (const rule of this.modules) {
      const severity = this.severityOf(rule, config);
      if (!severity || !rule.languages.includes(language)) continue;
      const ctx: RuleContext = {
        language,
        limits: config.limits,
        acceptedWords: config.words,
        previous: previous.appeals,
        resources,
        report: (r) => emit(rule, severity, r),
      };
      try {
        rule.check(document, ctx);
      } catch (e) {
        findings.push(this.ruleError(document, rule, e, messageLanguage));
      }
    }

    const kept = applyDirectives(findings, document);
    kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    return { document, findings: kept, config, messageLanguage };
  }

  ready(language: Language): Promise<void> {
    return this.loadSpeller(language);
  }

  onDidLoad(listener: (language: Language) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private speller(language: Language): Speller | undefined {
    const entry = this.spellers.get(language);
    if (entry) return entry.speller;
    void this.loadSpeller(language);
    return undefined;
  }

  private loadSpeller(language: Language): Promise<void> {
    const existing = this.spellers.get(language);
    if (existing) return existing.promise;
    const load = this.options.spelling === false ? undefined : (this.options.loadSpeller ?? loadDictionarySpeller);
    const entry: { speller?: Speller; promise: Promise<void> } = { promise: Promise.resolve() };
    this.spellers.set(language, entry);
    if (!load) return entry.promise;
    entry.promise = load(language).then(
      (s) => {
        entry.speller = s;
        for (const l of this.listeners) l(language);
      },
      () => {
        // A dictionary that fails to load leaves spelling silent for that language.
      },
    );
    return entry.promise;
  }

  suggest(word: string, language: Language, max = 5): string[] {
    const speller = this.speller(language);
    if (!speller || typeof word !== 'string' || word === '') return [];
    try {
      return speller.suggest(word, max);
    } catch {
      return [];
    }
  }

  deferredFixes(finding: Pick<Finding, 'ruleId' | 'start' | 'end' | 'data'>, options: DeferredFixOptions = {}): DeferredFix[] {
    const data = finding.data;
    if (!data || typeof data.word !== 'string' || (data.language !== 'en' && data.language !== 'fr')) return [];
    const rule = this.byId.get(finding.ruleId) ?? registry.find((r) => r.id === finding.ruleId);
    const ml = options.messageLanguage;
    const lang: Language = ml === 'en' || ml === 'fr' ? ml : data.language;
    const title = (id: string, args: Record<string, string>): string =>
      format(rule?.messages[lang]?.[id] ?? rule?.messages.en[id] ?? id, args);
    const fixes: DeferredFix[] = this.suggest(data.word, data.language, options.max ?? 5).map((s, i) => ({
      kind: 'replace',
      title: title('replace', { suggestion: s }),
      edits: [{ start: finding.start, end: finding.end, newText: s }],
      preferred: i === 0,
    }));
    const edit = this.wordListEdit(data.word, options);
    if (edit) fixes.push({ kind: 'add-word', title: title('addWord', { word: data.word }), edits: [], wordList: edit });
    return fixes;
  }

  wordListEdit(word: string, options: WordListOptions = {}): WordListEdit | undefined {
    const found = options.filePath ? this.files.find(options.filePath) : {};
    return wordListEdit(word, { ...found, filePath: options.filePath, root: options.root });
  }

  private severityOf(rule: RuleModule, config: ResolvedConfig): Severity | undefined {
    const s: SeveritySetting = config.rules[rule.id] ?? rule.defaultSeverity;
    return s === 'off' ? undefined : s;
  }

  private resolveConfig(options: LintOptions, problems: ConfigProblem[]): ResolvedConfig {
    const config = defaultConfig();
    applyConfig(config, options.config, 'settings', this.knownIds, problems);
    let configPath = options.configPath;
    let wordsPath: string | undefined;
    if (configPath) {
      wordsPath = path.join(path.dirname(configPath), '.appeal-lint.words.txt');
    } else if (options.filePath) {
      ({ configPath, wordsPath } = this.files.find(options.filePath));
      if (configPath && !wordsPath) wordsPath = path.join(path.dirname(configPath), '.appeal-lint.words.txt');
    }
    if (configPath) {
      const { data, error } = this.files.readJson(configPath);
      if (error !== undefined) problems.push({ messageId: 'configUnreadable', args: { source: configPath, error } });
      else applyConfig(config, data, configPath, this.knownIds, problems);
      config.configPath = configPath;
    }
    if (wordsPath) {
      for (const w of this.files.readWords(wordsPath)) config.words.add(w);
      config.wordsPath = wordsPath;
    }
    return config;
  }

  /** Earlier appeals named by `previous:`, read relative to the file; missing ones are header problems. */
  private loadPrevious(doc: AppealDocument, filePath: string | undefined): { appeals: PreviousAppeal[]; problems: Report[] } {
    const appeals: PreviousAppeal[] = [];
    const problems: Report[] = [];
    if (doc.header.previous.length === 0) return { appeals, problems };
    for (const item of doc.header.previous) {
      if (!filePath) {
        problems.push({ start: item.start, end: item.end, messageId: 'previousNeedsFile', args: { file: item.value } });
        continue;
      }
      const full = path.resolve(path.dirname(filePath), item.value);
      const unreadable = (error: string): void => {
        problems.push({ start: item.start, end: item.end, messageId: 'previousUnreadable', args: { file: item.value, error } });
      };
      // Read and parse again only when the file changed (stat first: no read at all otherwise).
      let st: fs.Stats;
      try {
        st = fs.statSync(full);
      } catch {
        unreadable('no such file');
        continue;
      }
      const cached = this.previousCache.get(full);
      let pdoc = cached && cached.mtimeMs === st.mtimeMs && cached.size === st.size ? cached.doc : undefined;
      if (!pdoc) {
        const read = readFileText(full);
        if (read.error !== undefined) {
          unreadable(read.error);
          continue;
        }
        try {
          pdoc = parseDocument(read.text!, { fallback: doc.language });
        } catch (e) {
          unreadable(describe(e));
          continue;
        }
        this.previousCache.set(full, { mtimeMs: st.mtimeMs, size: st.size, doc: pdoc });
      }
      appeals.push({ path: full, document: pdoc });
    }
    return { appeals, problems };
  }

  private toFinding(doc: AppealDocument, rule: RuleModule, severity: Severity, r: Report, lang: Language): Finding {
    const len = doc.text.length;
    const start = clamp(r.start, 0, len);
    const end = clamp(Math.max(r.end, start), start, len);
    const a = doc.lines.position(start);
    const b = doc.lines.position(end);
    const messages = rule.messages[lang] ?? rule.messages.en;
    const template = messages[r.messageId] ?? rule.messages.en[r.messageId] ?? r.messageId;
    const finding: Finding = {
      ruleId: rule.id,
      severity,
      message: format(template, r.args),
      start,
      end,
      line: a.line + 1,
      column: a.character + 1,
      endLine: b.line + 1,
      endColumn: b.character + 1,
    };
    if (r.data) finding.data = { word: r.data.word, language: r.data.language };
    if (r.fixes && r.fixes.length > 0) {
      finding.fixes = r.fixes.map<Fix>((f) => ({
        title: format(messages[f.titleId] ?? rule.messages.en[f.titleId] ?? f.titleId, f.args),
        edits: f.edits.map((e) => {
          const a = clamp(e.start, 0, len);
          const b = clamp(e.end, 0, len);
          return { start: Math.min(a, b), end: Math.max(a, b), newText: String(e.newText) };
        }),
        ...(f.safe ? { safe: true } : {}),
      }));
    }
    return finding;
  }

  private ruleError(doc: AppealDocument, rule: RuleModule, e: unknown, lang: Language): Finding {
    const reason = describe(e);
    const message =
      lang === 'fr'
        ? `La règle ${rule.id} a échoué sur ce texte (${reason}) : certains de ses résultats peuvent manquer. Les autres règles ont tourné.`
        : `Rule ${rule.id} failed on this text (${reason}), so some of its findings may be missing. The other rules ran.`;
    return { ruleId: RULE_ERROR_ID, severity: 'error', message, start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };
  }
}

/** What went wrong, as text; never throws (an error may be any value, even one without a prototype). */
function describe(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return Object.prototype.toString.call(e);
  }
}

const LANGS: readonly unknown[] = ['en', 'fr'];
const LANG_SETTINGS: readonly unknown[] = ['en', 'fr', 'auto'];

/** Lint options as given by any caller: wrong types are dropped rather than thrown on. */
function cleanOptions(o: LintOptions | null | undefined): LintOptions {
  if (!o || typeof o !== 'object') return {};
  const out: LintOptions = {};
  if (LANGS.includes(o.language)) out.language = o.language;
  if (LANG_SETTINGS.includes(o.messageLanguage)) out.messageLanguage = o.messageLanguage;
  if (typeof o.filePath === 'string' && o.filePath !== '') out.filePath = o.filePath;
  if (typeof o.configPath === 'string' && o.configPath !== '') out.configPath = o.configPath;
  if (o.config !== undefined) out.config = o.config;
  return out;
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(n, lo), hi) : lo;
}

/**
 * Drop findings silenced by inline directives (by the line where each finding starts).
 * One sweep: findings and region directives in text order, with the last all-rules
 * directive and the last directive naming each rule remembered; line directives by line.
 */
function applyDirectives(findings: Finding[], doc: AppealDocument): Finding[] {
  const directives = doc.directives;
  if (directives.length === 0) return findings;
  const lineRules = new Map<number, { all: boolean; rules: Set<string> }>();
  const silence = (line: number, d: Directive): void => {
    const entry = lineRules.get(line) ?? { all: false, rules: new Set<string>() };
    if (d.rules.length === 0) entry.all = true;
    else for (const r of d.rules) entry.rules.add(r);
    lineRules.set(line, entry);
  };
  const regions: { line: number; d: Directive }[] = [];
  for (const d of directives) {
    const line = doc.lines.lineAt(d.start);
    if (d.kind === 'disable-line') silence(line, d);
    else if (d.kind === 'disable-next-line') silence(line + 1, d);
    else regions.push({ line, d });
  }
  // Region directives are in text order already; findings are sorted by line, then offset.
  const order = findings.map((f, i) => i).sort((a, b) => findings[a].line - findings[b].line || findings[a].start - findings[b].start);
  const keep = new Array<boolean>(findings.length).fill(true);
  let next = 0;
  let tick = 0;
  let all = { disabled: false, at: -1 };
  const perRule = new Map<string, { disabled: boolean; at: number }>();
  for (const i of order) {
    const f = findings[i];
    if (f.ruleId === RULE_ERROR_ID || (f.ruleId === HEADER_RULE && f.start === 0 && f.end === 0)) continue;
    const line = f.line - 1;
    while (next < regions.length && (regions[next].line < line || (regions[next].line === line && regions[next].d.start <= f.start))) {
      const { d } = regions[next++];
      const state = { disabled: d.kind === 'disable', at: tick++ };
      if (d.rules.length === 0) all = state;
      else for (const r of d.rules) perRule.set(r, state);
    }
    const own = perRule.get(f.ruleId);
    const region = own && own.at > all.at ? own : all;
    const onLine = lineRules.get(line);
    if (region.disabled || (onLine && (onLine.all || onLine.rules.has(f.ruleId)))) keep[i] = false;
  }
  return findings.filter((_, i) => keep[i]);
}
