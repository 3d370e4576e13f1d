/** The status bar item: errors, warnings and words against the limit of the active appeal. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SUMMARY_REQUEST, type Summary } from '../../server/src/lsp/protocol';


export class StatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private pending: NodeJS.Timeout | undefined;
  /** The last text shown (read by the editor tests). */
  lastText = '';

  constructor(private readonly client: LanguageClient) {
    this.item = vscode.window.createStatusBarItem('appealLint.summary', vscode.StatusBarAlignment.Left, 50);
    this.item.name = vscode.l10n.t('Appeal Lint summary');
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics(() => this.refresh()),
    );
    this.refresh();
  }

  refresh(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.update(), 100);
  }

  private sequence = 0;

  async update(): Promise<void> {
    const ticket = ++this.sequence;
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      this.item.hide();
      return;
    }
    let s: Summary | null = null;
    try {
      s = await this.client.sendRequest<Summary | null>(SUMMARY_REQUEST, { uri: editor.document.uri.toString() });
    } catch {
      s = null;
    }
    // A slower answer about an earlier state must not overwrite a newer one.
    if (ticket !== this.sequence || editor !== vscode.window.activeTextEditor) return;
    if (!s || !s.appeal) {
      this.item.hide();
      return;
    }
    const icon = s.errors > 0 ? '$(error)' : s.warnings > 0 ? '$(warning)' : '$(check)';
    this.lastText = vscode.l10n.t('{0} errors, {1} warnings · {2}/{3} words', s.errors, s.warnings, s.words, s.maxWords);
    this.item.text = `${icon} ${this.lastText}`;
    this.item.tooltip = vscode.l10n.t('Appeal Lint: {0} errors, {1} warnings, {2} notes. The body has {3} words (limit {4}).', s.errors, s.warnings, s.infos + s.hints, s.words, s.maxWords);
    this.item.show();
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
