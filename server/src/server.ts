/**
 * The Appeal Lint language server: wiring only. Runs over stdio (`--stdio`), IPC
 * (`--node-ipc`) or a socket (`--socket=N`), as chosen by the client's arguments.
 *
 * - Incremental sync; a document is linted on open, and after `lintDelay` ms of quiet
 *   on change (a newer edit cancels the pending lint; an old version is never published).
 * - Diagnostics are pulled (`textDocument/diagnostic`) when the client supports it, else
 *   pushed with the document version — never both.
 * - Settings (`appealLint`) are pulled per document and merged by the engine with
 *   `.appeal-lint.json`; a change of either re-lints open documents.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createEngine, docsUrl, type Analysis, type AppealLintConfig, type Engine, type Finding, type Language, type Section } from './engine';
import { codeActions, deferredActions, FIX_ALL_KIND, matchFinding, toDiagnostic, WORD_ADDED_COMMAND } from './lsp/convert';
import { isAppeal } from './lsp/files';
import { hoverMarkdown } from './lsp/hover';
import { URI_PATH } from './lsp/uri';
import {
  BUILD_APPEAL_REQUEST,
  MARK_APPEAL_NOTIFICATION,
  PROBLEM_TYPES_REQUEST,
  READ_NOTICE_REQUEST,
  RULES_REQUEST,
  SUMMARY_REQUEST,
  type ProblemTypeEntry,
  type RuleEntry,
  type Summary,
} from './lsp/protocol';
import { reasonLabels } from './locales';
import { PLAN_TYPES } from './locales/types';
import { buildAppeal, readNotice, type AppealRequest } from './notice';
import { docSection } from './lsp/hover';

export interface ServerSettings extends AppealLintConfig {
  files?: string[];
  lintDelay?: number;
}

const DEFAULT_DELAY = 200;
const MAX_DELAY = 5000;
/**
 * Larger documents are not linted (one finding says so): an appeal is a few pages,
 * and the engine runs on the server's only thread, so a megabyte of text would make
 * every request wait for about a second.
 */
export const MAX_DOCUMENT_CHARS = 1_000_000;
const MAX_SPELLING_ACTIONS = 3;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let engine: Engine | undefined;
const enginePromise = createEngine();
let pullMode = false;
let hasConfiguration = false;
let globalSettings: ServerSettings = {};
const settingsCache = new Map<string, Promise<ServerSettings>>();
const marked = new Set<string>();
let workspaceFolders: string[] = [];
let canCreateFiles = false;
let canRegisterConfiguration = false;
let canWatchFiles = false;
let canUseDocumentChanges = false;
/** Words accepted with "add to word list" in this session (the word file may not be saved yet). */
const sessionWords = new Set<string>();

interface Result {
  version: number;
  /** The settings generation it was computed with (see `relintAll`). */
  generation: number;
  analysis?: Analysis;
  appeal: boolean;
  /** Set when the document is too large to lint. */
  tooLarge?: number;
}
/** Bumped whenever settings, configuration files or dictionaries change: older results are stale. */
let generation = 0;
const results = new Map<string, Result>();
const timers = new Map<string, NodeJS.Timeout>();
/** Documents that got pushed diagnostics (so that a no-longer-appeal document is cleared once). */
const pushed = new Set<string>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  // Pull only where the client can also be asked to pull again after a settings change.
  pullMode = !!caps.textDocument?.diagnostic && !!caps.workspace?.diagnostics?.refreshSupport;
  hasConfiguration = !!caps.workspace?.configuration;
  canRegisterConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  canUseDocumentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
  canCreateFiles = !!caps.workspace?.workspaceEdit?.documentChanges && !!caps.workspace.workspaceEdit.resourceOperations?.includes('create');
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => URI_PATH(f.uri)).filter((p): p is string => !!p);
  if (workspaceFolders.length === 0 && params.rootUri) {
    const p = URI_PATH(params.rootUri);
    if (p) workspaceFolders = [p];
  }
  const init = params.initializationOptions as { settings?: ServerSettings } | undefined;
  if (init?.settings && typeof init.settings === 'object') globalSettings = init.settings;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      ...(pullMode ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      hoverProvider: true,
      documentSymbolProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false },
      executeCommandProvider: { commands: ['appealLint.lintAll', WORD_ADDED_COMMAND] },
    },
    serverInfo: { name: 'appeal-lint', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'appealLint' }).catch(() => undefined);
  if (canWatchFiles) {
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.appeal-lint.json' }, { globPattern: '**/.appeal-lint.words.txt' }],
      })
      .catch(() => undefined);
  }
  void enginePromise.then((e) => {
    engine = e;
    // Dictionaries arrive after the first lint: lint again so spelling findings appear.
    e.onDidLoad(() => relintAll());
    relintAll();
  });
});

function settingsFor(uri: string): Promise<ServerSettings> {
  if (!hasConfiguration) return Promise.resolve(globalSettings);
  let s = settingsCache.get(uri);
  if (!s) {
    s = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'appealLint' })
      .then((v) => (v && typeof v === 'object' ? (v as ServerSettings) : {}), () => globalSettings);
    settingsCache.set(uri, s);
  }
  return s;
}

connection.onDidChangeConfiguration((change) => {
  settingsCache.clear();
  if (!hasConfiguration) {
    const s = (change.settings as { appealLint?: ServerSettings } | undefined)?.appealLint;
    globalSettings = s && typeof s === 'object' ? s : {};
  }
  relintAll();
});

connection.onDidChangeWatchedFiles(() => relintAll());

connection.onNotification(MARK_APPEAL_NOTIFICATION, (p: { uri?: string }) => {
  if (typeof p?.uri !== 'string') return;
  marked.add(p.uri);
  results.delete(p.uri);
  if (pullMode) void connection.languages.diagnostics.refresh().catch(() => undefined);
  else {
    const doc = documents.get(p.uri);
    if (doc) lintSoon(doc, 0);
  }
});

function delayOf(s: ServerSettings): number {
  const d = s.lintDelay;
  return typeof d === 'number' && Number.isFinite(d) ? Math.min(Math.max(d, 0), MAX_DELAY) : DEFAULT_DELAY;
}

/** Lint a document now and return the result for its current version (synchronous engine). */
async function analyse(doc: TextDocument): Promise<Result> {
  const gen = generation;
  const settings = await settingsFor(doc.uri);
  const e = engine ?? (await enginePromise);
  const text = doc.getText();
  const filter = { globs: Array.isArray(settings.files) ? settings.files : [], workspaceFolders, marked };
  if (!isAppeal(doc.uri, text, filter)) return { version: doc.version, generation: gen, appeal: false };
  if (text.length > MAX_DOCUMENT_CHARS) return { version: doc.version, generation: gen, appeal: true, tooLarge: text.length };
  const filePath = URI_PATH(doc.uri);
  const { rules, limits, language, messageLanguage, words } = settings;
  const allWords = [...(Array.isArray(words) ? words : []), ...sessionWords];
  const analysis = e.analyse(text, { filePath, config: { rules, limits, language, messageLanguage, words: allWords } });
  return { version: doc.version, generation: gen, analysis, appeal: true };
}

async function lintNow(doc: TextDocument): Promise<void> {
  clearTimer(doc.uri);
  const result = await analyse(doc);
  const current = documents.get(doc.uri);
  if (!current || current.version !== result.version || result.generation !== generation) return; // stale: never published
  results.set(doc.uri, result);
  if (pullMode) return;
  if (!result.appeal && !pushed.has(doc.uri)) return;
  const diagnostics = diagnosticsOf(result);
  if (result.appeal) pushed.add(doc.uri);
  else pushed.delete(doc.uri);
  void connection.sendDiagnostics({ uri: doc.uri, version: result.version, diagnostics });
  void connection.sendNotification('appealLint/didLint', { uri: doc.uri, version: result.version });
}

/** Lint a document soon, logging instead of crashing if anything outside the rules throws. */
function lintSoon(doc: TextDocument, delay: number): void {
  if (delay > 0) schedule(doc, delay);
  else lintNow(doc).catch((e) => connection.console.error(`appeal-lint: could not lint ${doc.uri}: ${e instanceof Error ? e.stack : String(e)}`));
}

function diagnosticsOf(result: Result): Diagnostic[] {
  if (result.tooLarge !== undefined) return [tooLargeDiagnostic(result.tooLarge)];
  return result.analysis ? result.analysis.findings.map(diag) : [];
}

function tooLargeDiagnostic(chars: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 3,
    source: 'appeal-lint',
    code: 'internal/too-large',
    message: `This document has ${chars.toLocaleString('en')} characters; Appeal Lint checks documents of up to ${MAX_DOCUMENT_CHARS.toLocaleString('en')} (an appeal is a few pages). / Ce document compte ${chars.toLocaleString('fr')} caractères ; Appeal Lint vérifie les documents d'au plus ${MAX_DOCUMENT_CHARS.toLocaleString('fr')} caractères.`,
  };
}

function diag(f: Finding): Diagnostic {
  const d = toDiagnostic(f);
  if (d.codeDescription) d.codeDescription.href = localDocs(f.ruleId);
  return d;
}

const docLinks = new Map<string, string>();
let docsDir: string | null | undefined;

/** Doc pages ship with the extension: link to the local file so that it opens offline. */
function localDocs(ruleId: string): string {
  let link = docLinks.get(ruleId);
  if (link === undefined) {
    docsDir ??= [path.resolve(__dirname, '../../docs/rules'), path.resolve(__dirname, '../../../docs/rules')].find((d) => fs.existsSync(d)) ?? null;
    const file = docsDir ? path.join(docsDir, `${ruleId}.md`) : undefined;
    link = file && fs.existsSync(file) ? pathToFileURL(file).toString() : docsUrl(ruleId);
    docLinks.set(ruleId, link);
  }
  return link;
}

function clearTimer(uri: string): void {
  const t = timers.get(uri);
  if (t) clearTimeout(t);
  timers.delete(uri);
}

function schedule(doc: TextDocument, delay: number): void {
  clearTimer(doc.uri);
  timers.set(
    doc.uri,
    setTimeout(() => {
      timers.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (current) lintSoon(current, 0);
    }, delay),
  );
}

function relintAll(): void {
  generation++;
  settingsCache.clear();
  results.clear();
  if (pullMode) {
    void connection.languages.diagnostics.refresh().catch(() => undefined);
  } else {
    for (const d of documents.all()) lintSoon(d, 0);
  }
}

documents.onDidOpen((e) => {
  if (!pullMode) lintSoon(e.document, 0);
});

documents.onDidChangeContent((e) => {
  results.delete(e.document.uri);
  if (pullMode) return; // the client pulls; the pull handler waits for quiet
  void settingsFor(e.document.uri).then(
    (s) => schedule(e.document, delayOf(s)),
    () => schedule(e.document, DEFAULT_DELAY),
  );
});

documents.onDidClose((e) => {
  clearTimer(e.document.uri);
  results.delete(e.document.uri);
  marked.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  if (!pullMode && pushed.delete(e.document.uri)) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

/** The result for the document's current version, computed if needed. */
async function currentResult(doc: TextDocument): Promise<Result> {
  const r = results.get(doc.uri);
  if (r && r.version === doc.version && r.generation === generation) return r;
  const fresh = await analyse(doc);
  const now = documents.get(doc.uri);
  if (now && now.version === fresh.version && fresh.generation === generation) results.set(doc.uri, fresh);
  return fresh;
}

connection.languages.diagnostics.on(async (params, token) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  if (!results.has(doc.uri)) {
    // Wait for a short quiet period after an edit; a newer request cancels this one.
    const delay = delayOf(await settingsFor(doc.uri));
    const version = doc.version;
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    const now = documents.get(doc.uri);
    if (token.isCancellationRequested || !now || now.version !== version) {
      // Not an empty report (a client would show the document as clean): ask to be asked again.
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'a newer version is coming', { retriggerRequest: true });
    }
  }
  const current = documents.get(doc.uri) ?? doc;
  const r = await currentResult(current);
  return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsOf(r) };
});

connection.onHover(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const r = await currentResult(doc);
  if (!r.analysis) return null;
  const offset = doc.offsetAt(params.position);
  const hits = r.analysis.findings.filter((f) => f.start <= offset && offset <= f.end && !(f.start === f.end && f.start === 0 && offset > 0));
  if (hits.length === 0) return null;
  return { contents: { kind: 'markdown', value: hoverMarkdown(hits, r.analysis.messageLanguage, localDocs) } };
});

connection.onCodeAction(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const ours = params.context.diagnostics.filter((d) => d.source === 'appeal-lint');
  const wantsFixAll = !!params.context.only?.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(k + '.'));
  if (ours.length === 0 && !wantsFixAll) return [];
  const r = await currentResult(doc);
  if (!r.analysis) return [];
  const actions = codeActions({
    doc,
    findings: r.analysis.findings,
    diagnostics: params.context.diagnostics,
    only: params.context.only,
    language: r.analysis.messageLanguage,
    bodyStart: r.analysis.document.bodyStart,
  });
  const wantsQuickFix = !params.context.only || params.context.only.some((k) => k === 'quickfix' || 'quickfix'.startsWith(k + '.'));
  if (wantsQuickFix) {
    const e = engine ?? (await enginePromise);
    // Suggestions cost tens of milliseconds a word: only for the first few words asked about.
    const spelling = ours.filter((d) => d.code === 'form/spelling').slice(0, MAX_SPELLING_ACTIONS);
    const deferred = spelling.flatMap((d) => {
      const f = matchFinding(r.analysis!.findings, d);
      if (!f) return [];
      const fixes = e.deferredFixes(f, { filePath: URI_PATH(doc.uri), root: workspaceFolders[0], messageLanguage: r.analysis!.messageLanguage });
      return deferredActions(doc, d, fixes, { canCreateFiles, canUseDocumentChanges });
    });
    // Suggestions first: the preferred replacement leads the list.
    actions.unshift(...deferred);
  }
  return actions;
});

connection.onDocumentSymbol(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const r = await currentResult(doc);
  if (!r.analysis) return [];
  const toSymbol = (s: Section): DocumentSymbol => {
    const range = { start: doc.positionAt(s.start), end: doc.positionAt(Math.max(s.end, s.heading.end)) };
    const selectionRange = { start: doc.positionAt(s.heading.start), end: doc.positionAt(s.heading.end) };
    const detail = s.heading.role ?? (s.heading.problemTypes.join(', ') || undefined);
    return { name: s.heading.title || '—', detail, kind: SymbolKind.String, range, selectionRange, children: s.children.map(toSymbol) };
  };
  return r.analysis.document.sections.map(toSymbol);
});


connection.onRequest(SUMMARY_REQUEST, async (p: { uri?: string }): Promise<Summary | null> => {
  const doc = typeof p?.uri === 'string' ? documents.get(p.uri) : undefined;
  if (!doc) return null;
  const r = await currentResult(doc);
  if (!r.analysis) return { appeal: false, errors: 0, warnings: 0, infos: 0, hints: 0, words: 0, maxWords: 0 };
  const count = (s: string): number => r.analysis!.findings.filter((f) => f.severity === s).length;
  return {
    appeal: true,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    hints: count('hint'),
    words: r.analysis.document.words.length,
    maxWords: r.analysis.config.limits.maxWords,
    language: r.analysis.document.language,
  };
});

connection.onRequest(READ_NOTICE_REQUEST, (p: { text?: unknown }) => readNotice(typeof p?.text === 'string' ? p.text : ''));

connection.onRequest(BUILD_APPEAL_REQUEST, (p: AppealRequest) => ({ text: buildAppeal(p && typeof p === 'object' ? p : {}) }));

connection.onRequest(RULES_REQUEST, async (p: { language?: Language }): Promise<RuleEntry[]> => {
  const e = engine ?? (await enginePromise);
  const language: Language = p?.language === 'fr' ? 'fr' : 'en';
  return e.rules.map((r) => {
    const href = localDocs(r.id);
    return {
      id: r.id,
      description: r.description[language],
      defaultSeverity: r.defaultSeverity,
      docsPath: href.startsWith('file:') ? URI_PATH(href) : undefined,
      hasDocs: docSection(r.id, language) !== null,
    };
  });
});

connection.onRequest(PROBLEM_TYPES_REQUEST, (p: { language?: Language }): ProblemTypeEntry[] => {
  const language: Language = p?.language === 'fr' ? 'fr' : 'en';
  return PLAN_TYPES.map((type) => ({ type, label: reasonLabels[language][type] }));
});

connection.onExecuteCommand((p) => {
  if (p.command === WORD_ADDED_COMMAND) {
    for (const w of p.arguments ?? []) if (typeof w === 'string' && w.trim()) sessionWords.add(w.trim());
    relintAll();
  }
  if (p.command === 'appealLint.lintAll') relintAll();
});

// Whatever escapes a handler is logged; the server keeps serving the other documents.
process.on('unhandledRejection', (e) => connection.console.error(`appeal-lint: ${e instanceof Error ? e.stack : String(e)}`));

documents.listen(connection);
connection.listen();
