import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, eventually, open, waitForDiagnostics } from './util';

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return eventually(
    async () => (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [],
    (as) => as.some((a) => a.edit),
  );
}

describe('quick fixes', () => {
  afterEach(closeAll);

  it('inserts a missing section, and the error disappears', async () => {
    const editor = await open('weak.en.appeal.md');
    const uri = editor.document.uri;
    const ds = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'structure/missing-preventive-measures'));
    const d = ds.find((x) => codeOf(x) === 'structure/missing-preventive-measures')!;
    const actions = await actionsAt(uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => /^Insert a "Preventive measures" section/.test(a.title));
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.equal(fix.isPreferred, true, 'the first fix is the preferred one');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /## Preventive measures/);
    await waitForDiagnostics(uri, (x) => !x.some((y) => codeOf(y) === 'structure/missing-preventive-measures') && x.some((y) => codeOf(y) === 'form/placeholder'));
  });

  it('"disable for this line" writes a trailing comment that silences the rule there', async () => {
    const editor = await open('weak.en.appeal.md');
    const uri = editor.document.uri;
    const ds = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'form/repeated-word'));
    const d = ds.find((x) => codeOf(x) === 'form/repeated-word')!;
    const actions = await actionsAt(uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const disable = actions.find((a) => /Disable form\/repeated-word/.test(a.title));
    assert.ok(disable?.edit);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.match(editor.document.lineAt(d.range.start.line).text, /<!-- appeal-lint-disable-line form\/repeated-word -->$/);
    await waitForDiagnostics(uri, (x) => !x.some((y) => codeOf(y) === 'form/repeated-word'));
  });

  it('"fix all" removes every finding of the rule in the file', async () => {
    const editor = await open('weak.en.appeal.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'form/repeated-word'));
    await editor.edit((e) => e.insert(new vscode.Position(editor.document.lineCount - 1, 0), '3. On 17 November 2026 we we moved the collection.\n'));
    const ds = await waitForDiagnostics(uri, (d) => d.filter((x) => codeOf(x) === 'form/repeated-word').length === 2);
    const d = ds.find((x) => codeOf(x) === 'form/repeated-word')!;
    const actions = await actionsAt(uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const all = actions.find((a) => /Fix all form\/repeated-word/.test(a.title));
    assert.ok(all?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    await waitForDiagnostics(uri, (x) => !x.some((y) => codeOf(y) === 'form/repeated-word'));
    assert.doesNotMatch(editor.document.getText(), /the the|we we/);
  });
});
