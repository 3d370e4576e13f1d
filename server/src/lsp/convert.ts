/**
 * Pure converters between the engine's findings and LSP structures: findings →
 * diagnostics, diagnostics → code actions. No connection, no state.
 */
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  type Diagnostic,
  type Range,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { docsUrl, SOURCE, type DeferredFix, type Finding, type Fix, type Language, type Severity } from '../engine';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.appealLint`;

/** What a diagnostic carries so that code actions need no server state. */
export interface DiagnosticData {
  ruleId: string;
  /** Rule-specific data (form/spelling: the word and its dictionary). */
  data?: unknown;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function findingRange(f: Finding): Range {
  return { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } };
}

export function toDiagnostic(f: Finding): Diagnostic {
  // Code actions re-read the current findings, so the diagnostic carries only what identifies it.
  const data: DiagnosticData = { ruleId: f.ruleId };
  if (f.data !== undefined) data.data = f.data;
  const d: Diagnostic = {
    range: findingRange(f),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    source: SOURCE,
    message: f.message,
    data,
  };
  if (!f.ruleId.startsWith('internal/')) d.codeDescription = { href: docsUrl(f.ruleId) };
  return d;
}

function lspEdits(doc: TextDocument, fix: Fix): LspTextEdit[] {
  return fix.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

function workspaceEdit(doc: TextDocument, edits: LspTextEdit[]): WorkspaceEdit {
  return { changes: { [doc.uri]: edits } };
}

/** Non-overlapping first fixes of several findings, as one edit list. */
export function combineFixes(doc: TextDocument, findings: Finding[]): LspTextEdit[] {
  const edits = findings
    .flatMap((f) => (f.fixes?.[0] ? f.fixes[0].edits : []))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: typeof edits = [];
  let end = -1;
  for (const e of edits) {
    if (e.start < end || (e.start === end && e.start === e.end && kept.length && kept[kept.length - 1].start === e.start)) continue;
    kept.push(e);
    end = e.end;
  }
  return kept.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

const TEXT: Record<Language, { fixAll: string; disable: string; fixAllFile: string }> = {
  en: { fixAll: 'Fix all {rule} problems in this file', disable: 'Disable {rule} for this line', fixAllFile: 'Fix all auto-fixable appeal problems' },
  fr: { fixAll: 'Corriger tous les problèmes {rule} du fichier', disable: 'Désactiver {rule} pour cette ligne', fixAllFile: "Corriger tous les problèmes d'appel corrigeables automatiquement" },
};

export interface CodeActionInput {
  doc: TextDocument;
  /** Current findings of the document (for this version). */
  findings: Finding[];
  /** Diagnostics the client sent in the request context. */
  diagnostics: Diagnostic[];
  only?: string[];
  language: Language;
  /** Offset where the body starts (after the case header): no HTML comment can go above it. */
  bodyStart: number;
}

/** Quick fixes for the diagnostics under the cursor, "fix all of this rule", "disable for this line", and source.fixAll. */
export function codeActions(input: CodeActionInput): CodeAction[] {
  const { doc, findings, diagnostics, language } = input;
  const t = TEXT[language];
  const wants = (kind: string): boolean => !input.only || input.only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const doneRules = new Set<string>();
    for (const d of diagnostics) {
      if (d.source !== SOURCE || typeof d.code !== 'string') continue;
      const f = matchFinding(findings, d);
      if (!f) continue;
      f.fixes?.forEach((fix, i) => {
        const a = CodeAction.create(fix.title, workspaceEdit(doc, lspEdits(doc, fix)), CodeActionKind.QuickFix);
        a.diagnostics = [d];
        if (i === 0) a.isPreferred = true;
        actions.push(a);
      });
      const same = findings.filter((x) => x.ruleId === f.ruleId && x.fixes?.length);
      if (f.fixes?.length && same.length > 1 && !doneRules.has(f.ruleId)) {
        doneRules.add(f.ruleId);
        const a = CodeAction.create(t.fixAll.replace('{rule}', f.ruleId), workspaceEdit(doc, combineFixes(doc, same)), CodeActionKind.QuickFix);
        a.diagnostics = [d];
        actions.push(a);
      }
      if (!f.ruleId.startsWith('internal/') && f.start >= input.bodyStart && !(f.start === 0 && f.end === 0 && f.ruleId === 'case/header')) {
        const a = CodeAction.create(t.disable.replace('{rule}', f.ruleId), workspaceEdit(doc, [disableLineEdit(doc, f)]), CodeActionKind.QuickFix);
        a.diagnostics = [d];
        actions.push(a);
      }
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const safe = findings.filter((f) => f.fixes?.[0]?.safe);
    if (safe.length > 0) actions.push(CodeAction.create(t.fixAllFile, workspaceEdit(doc, combineFixes(doc, safe)), FIX_ALL_KIND));
  }
  return actions;
}

/** The finding a diagnostic stands for: same rule and same range. */
export function matchFinding(findings: Finding[], d: Diagnostic): Finding | undefined {
  return findings.find(
    (f) =>
      f.ruleId === d.code &&
      f.line - 1 === d.range.start.line &&
      f.column - 1 === d.range.start.character &&
      f.endLine - 1 === d.range.end.line &&
      f.endColumn - 1 === d.range.end.character,
  );
}

/**
 * A trailing `<!-- appeal-lint-disable-line RULE -->` at the end of the finding's first
 * line: an inline comment, so the paragraph is not split. An existing directive on that
 * line gets the rule added instead.
 */
export function disableLineEdit(doc: TextDocument, f: Finding): LspTextEdit {
  const line = f.line - 1;
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  const existing = /<!--\s*appeal-lint-disable-line\b([^]*?)-->/.exec(lineText);
  if (existing) {
    const insertAt = existing.index + existing[0].length - 3;
    const before = lineText.slice(0, insertAt);
    const pad = /\s$/.test(before) ? '' : ' ';
    return { range: { start: { line, character: insertAt }, end: { line, character: insertAt } }, newText: `${pad}${f.ruleId} ` };
  }
  const end = lineText.length;
  const pad = lineText.length === 0 || /\s$/.test(lineText) ? '' : ' ';
  return { range: { start: { line, character: end }, end: { line, character: end } }, newText: `${pad}<!-- appeal-lint-disable-line ${f.ruleId} -->` };
}

/** The command a client runs after applying an "add to word list" edit (the file may still be unsaved). */
export const WORD_ADDED_COMMAND = 'appealLint.wordAdded';

/**
 * Code actions for fixes computed on request (spelling suggestions and "add to the
 * project's word list"). The word-file edit is a workspace edit the editor applies and
 * can undo: the file is created if needed, never written by the server itself.
 */
export function deferredActions(
  doc: TextDocument,
  d: Diagnostic,
  fixes: DeferredFix[],
  client: { canCreateFiles: boolean; canUseDocumentChanges: boolean },
): CodeAction[] {
  const out: CodeAction[] = [];
  for (const fix of fixes) {
    if (fix.kind === 'replace') {
      const edits = fix.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
      const a = CodeAction.create(fix.title, workspaceEdit(doc, edits), CodeActionKind.QuickFix);
      a.diagnostics = [d];
      if (fix.preferred) a.isPreferred = true;
      out.push(a);
    } else if (fix.wordList) {
      const w = fix.wordList;
      if (w.create && !client.canCreateFiles) continue;
      const uri = pathToFileURL(w.path).toString();
      const pos = { line: w.line, character: w.character };
      const insert = { range: { start: pos, end: pos }, newText: w.newText };
      const edit: WorkspaceEdit = client.canUseDocumentChanges
        ? {
            documentChanges: [
              ...(w.create ? [{ kind: 'create' as const, uri, options: { ignoreIfExists: true } }] : []),
              { textDocument: { uri, version: null }, edits: [insert] },
            ],
          }
        : { changes: { [uri]: [insert] } };
      const a = CodeAction.create(fix.title, edit, CodeActionKind.QuickFix);
      a.diagnostics = [d];
      const word = (d.data as DiagnosticData | undefined)?.data as { word?: string } | undefined;
      if (word?.word) a.command = { title: fix.title, command: WORD_ADDED_COMMAND, arguments: [word.word] };
      out.push(a);
    }
  }
  return out;
}
