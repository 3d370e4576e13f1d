import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, open, ours, waitForDiagnostics, workspaceFile } from './util';

describe('diagnostics in the editor', () => {
  afterEach(closeAll);

  it('a weak English appeal shows the expected rule ids, ranges and severities', async () => {
    const editor = await open('weak.en.appeal.md');
    // Both findings at once: diagnostics of an earlier test's edits may linger until the server answers for this text.
    const ds = await waitForDiagnostics(
      editor.document.uri,
      (d) => d.some((x) => codeOf(x) === 'form/repeated-word') && d.some((x) => codeOf(x) === 'structure/missing-preventive-measures'),
    );
    const repeated = ds.find((d) => codeOf(d) === 'form/repeated-word')!;
    assert.equal(repeated.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(editor.document.getText(repeated.range), 'the the');
    const missing = ds.find((d) => codeOf(d) === 'structure/missing-preventive-measures');
    assert.ok(missing, ds.map(codeOf).join(', '));
    assert.equal(missing.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(typeof repeated.code === 'object' && repeated.code.target.toString().endsWith('form/repeated-word.md'));
  });

  it('a weak French appeal gets French messages', async () => {
    const editor = await open('weak.fr.appeal.md');
    const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'form/repeated-word'));
    assert.match(ds.find((d) => codeOf(d) === 'form/repeated-word')!.message, /deux fois/);
    assert.ok(ds.some((d) => codeOf(d) === 'structure/missing-corrective-actions'), ds.map(codeOf).join(', '));
  });

  for (const lang of ['en', 'fr']) {
    it(`a good ${lang} appeal shows no error or warning`, async () => {
      const editor = await open(`good.${lang}.appeal.md`);
      // Wait until the server has answered for this document (the status bar summary
      // comes from the same result), then read the diagnostics.
      const api = vscode.extensions.getExtension('appeal-lint.appeal-lint')!.exports;
      const summary = await api.client.sendRequest('appealLint/summary', { uri: editor.document.uri.toString() });
      assert.equal(summary.appeal, true);
      const bad = ours(editor.document.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
      assert.deepEqual(bad.map((d) => `${codeOf(d)}@${d.range.start.line + 1}: ${d.message}`), []);
      assert.equal(summary.errors + summary.warnings, 0);
    });
  }

  it('typing updates the diagnostics: a blaming sentence appears, then goes', async () => {
    const editor = await open('weak.en.appeal.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.length > 0);
    const line = editor.document.lineAt(11);
    await editor.edit((e) => e.insert(line.range.end, ' The buyer lied about the delivery.'));
    const withBlame = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'tone/blames-buyer'));
    assert.equal(withBlame.find((x) => codeOf(x) === 'tone/blames-buyer')!.range.start.line, 11);
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'tone/blames-buyer'));
  });

  it('a README.md in the same workspace gets no diagnostics', async () => {
    const editor = await open('README.md');
    const api = vscode.extensions.getExtension('appeal-lint.appeal-lint')!.exports;
    const summary = await api.client.sendRequest('appealLint/summary', { uri: editor.document.uri.toString() });
    assert.equal(summary.appeal, false);
    assert.deepEqual(ours(workspaceFile('README.md')), []);
  });
});
