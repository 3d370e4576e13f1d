import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../../client/src/extension';
import { closeAll, codeOf, eventually, open, ours, setSetting, waitForDiagnostics, workspaceFile } from './util';

function api(): ExtensionApi {
  return vscode.extensions.getExtension('appeal-lint.appeal-lint')!.exports as ExtensionApi;
}

const EN_NOTICE = [
  'Sent: 3 March 2026 08:41',
  'Hello,',
  'Your Amazon.co.uk seller account has been deactivated.',
  'Your Late Dispatch Rate is 9.4%. Our target is less than 4%.',
  'Some orders were cancelled because items were out of stock: 114-3920571-6684213.',
].join('\n');

const FR_NOTICE = [
  'Envoyé : lundi 9 février 2026 07:52',
  'Bonjour,',
  'Votre compte vendeur Amazon.fr a été désactivé.',
  'Nous avons reçu des réclamations concernant l’authenticité des articles listés ci-dessous.',
  'ASIN : B0CR2T9XVA – articles non authentiques',
].join('\n');

describe('snippets, commands, hover, status bar and settings', () => {
  afterEach(async () => {
    await closeAll();
    await setSetting('rules', undefined);
    await setSetting('messageLanguage', undefined);
    const cfg = workspaceFile('.appeal-lint.json').fsPath;
    if (fs.existsSync(cfg)) fs.rmSync(cfg);
  });

  for (const [prefix, heading] of [
    ['poa-stockout', '## Stockouts'],
    ['pda-rupture', '## Ruptures de stock'],
  ] as const) {
    it(`offers the ${prefix} snippet by completion`, async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: prefix.slice(0, 6) });
      await vscode.window.showTextDocument(doc);
      const list = await eventually(
        () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 6)),
        (l) => !!l && l.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === prefix),
      );
      const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === prefix)!;
      assert.equal(item.kind, vscode.CompletionItemKind.Snippet);
      const body = item.insertText instanceof vscode.SnippetString ? item.insertText.value : String(item.insertText);
      assert.ok(body.includes(heading.replace('## ', '')), body.slice(0, 200));
    });
  }

  it('"New appeal" writes the header and the chosen plans', async () => {
    const editor: vscode.TextEditor = await vscode.commands.executeCommand('appealLint.newAppeal', { language: 'fr', reasons: ['stockout', 'damaged'] });
    const text = editor.document.getText();
    assert.match(text, /^---\nlanguage: fr\n/);
    assert.match(text, /reasons: \[stockout, damaged\]/);
    assert.match(text, /## Ruptures de stock/);
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'form/placeholder'));
  });

  it('"New appeal from Amazon\'s notification" reads an English notice', async () => {
    const editor: vscode.TextEditor = await vscode.commands.executeCommand('appealLint.newAppealFromNotice', EN_NOTICE);
    const text = editor.document.getText();
    assert.match(text, /language: en/);
    assert.match(text, /reasons: \[stockout, late-shipment\]/);
    assert.match(text, /orders: \[114-3920571-6684213\]/);
    assert.match(text, /notice-date: 2026-03-03/);
    assert.match(text, /## Late shipments/);
  });

  it('"New appeal from Amazon\'s notification" reads a French notice', async () => {
    const editor: vscode.TextEditor = await vscode.commands.executeCommand('appealLint.newAppealFromNotice', FR_NOTICE);
    const text = editor.document.getText();
    assert.match(text, /language: fr/);
    assert.match(text, /reasons: \[authenticity\]/);
    assert.match(text, /asins: \[B0CR2T9XVA\]/);
    assert.match(text, /notice-date: 2026-02-09/);
  });

  it('hover shows the rule explanation', async () => {
    const editor = await open('weak.en.appeal.md');
    const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'form/repeated-word'));
    const d = ds.find((x) => codeOf(x) === 'form/repeated-word')!;
    const hovers = await eventually(
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, d.range.start.translate(0, 1)),
      (h) => !!h && h.some((x) => x.contents.some((c) => (c as vscode.MarkdownString).value?.includes('form/repeated-word'))),
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value ?? '')).join('\n');
    assert.match(text, /Why it matters/);
  });

  it('the status bar shows the summary of the active appeal', async () => {
    await open('weak.en.appeal.md');
    const status = api().status;
    await eventually(() => status.lastText, (t) => /\d+ errors, \d+ warnings · \d+\/800 words/.test(t));
    assert.match(status.item.text, /\$\((error|warning|check)\)/);
  });

  it('turning a rule off in the settings removes its diagnostics', async () => {
    const editor = await open('weak.en.appeal.md');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'form/repeated-word'));
    await setSetting('rules', { 'form/repeated-word': 'off' });
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'form/repeated-word'));
  });

  it('turning a rule off in .appeal-lint.json removes its diagnostics', async () => {
    const editor = await open('weak.en.appeal.md');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'form/repeated-word'));
    fs.writeFileSync(workspaceFile('.appeal-lint.json').fsPath, JSON.stringify({ rules: { 'form/repeated-word': 'off' } }));
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'form/repeated-word'));
  });

  it('messageLanguage fr gives French messages on an English appeal', async () => {
    const editor = await open('weak.en.appeal.md');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'form/repeated-word'));
    await setSetting('messageLanguage', 'fr');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'form/repeated-word' && /deux fois/.test(x.message)));
    assert.ok(ours(editor.document.uri).length > 0);
  });
});
