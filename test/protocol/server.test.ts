import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient, SERVER } from './lsp-client';

const root = path.resolve(__dirname, '../..');
const APPEAL = 'file:///tmp/appeal-lint-protocol/case.appeal.md';
const README = 'file:///tmp/appeal-lint-protocol/README.md';
const text = '## Root cause\n\nWe checked the the invoice.\n';

function ensureBuilt(): void {
  const sources = ['server/src'];
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = path.join(dir, e.name);
      return Math.max(m, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
    }, 0);
  if (!fs.existsSync(SERVER) || fs.statSync(SERVER).mtimeMs < Math.max(...sources.map((s) => newest(path.join(root, s))))) {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  }
}

describe('language server over stdio', function () {
  this.timeout(30000);
  before(ensureBuilt);

  describe('a client without pull support gets pushed diagnostics', () => {
    let c: LspClient;
    before(async () => {
      c = new LspClient();
      const init = await c.initialize({
        textDocument: { publishDiagnostics: { versionSupport: true } },
        workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, executeCommand: {} },
      });
      assert.equal(init.capabilities.diagnosticProvider, undefined, 'no pull provider for a push client');
    });
    after(() => c.stop());

    it('publishes findings on open, with code, source, doc link and data', async () => {
      await c.open(APPEAL, text);
      const p = await c.waitForDiagnostics((x) => x.uri === APPEAL && x.version === 1);
      const d = p.diagnostics.find((x) => x.code === 'form/repeated-word');
      assert.ok(d, JSON.stringify(p.diagnostics));
      assert.equal(d.source, 'appeal-lint');
      assert.deepEqual(d.range, { start: { line: 2, character: 11 }, end: { line: 2, character: 18 } });
      assert.match(d.codeDescription!.href, /form\/repeated-word\.md$/);
      assert.equal((d.data as { ruleId: string }).ruleId, 'form/repeated-word');
    });

    it('gets pushed diagnostics from a client that can pull but not be asked to pull again', async () => {
      const other = new LspClient();
      try {
        const init = await other.initialize({ textDocument: { diagnostic: {} } });
        assert.equal(init.capabilities.diagnosticProvider, undefined);
        await other.open(APPEAL, text);
        const p = await other.waitForDiagnostics((x) => x.uri === APPEAL);
        assert.ok(p.diagnostics.some((x) => x.code === 'form/repeated-word'));
      } finally {
        await other.stop();
      }
    });

    it('re-lints an incremental change and publishes the new version', async () => {
      await c.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri: APPEAL, version: 2 },
        contentChanges: [{ range: { start: { line: 2, character: 11 }, end: { line: 2, character: 15 } }, text: '' }],
      });
      const p = await c.waitForDiagnostics((x) => x.uri === APPEAL && x.version === 2);
      assert.ok(!p.diagnostics.some((x) => x.code === 'form/repeated-word'));
    });

    it('publishes only the last of quick successive edits', async () => {
      for (let v = 3; v <= 6; v++) {
        await c.conn.sendNotification('textDocument/didChange', {
          textDocument: { uri: APPEAL, version: v },
          contentChanges: [{ text: `## Root cause\n\nWe checked the the invoice ${v}.\n` }],
        });
      }
      const p = await c.waitForDiagnostics((x) => x.uri === APPEAL && x.version === 6);
      assert.ok(p.diagnostics.some((x) => x.code === 'form/repeated-word'));
      assert.ok(!c.published.some((x) => x.uri === APPEAL && [3, 4, 5].includes(x.version!)), 'older versions were not published');
    });

    it('offers a quick fix whose edit removes the finding', async () => {
      const p = await c.waitForDiagnostics((x) => x.uri === APPEAL && x.version === 6);
      const d = p.diagnostics.find((x) => x.code === 'form/repeated-word')!;
      const actions: any[] = await c.conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri: APPEAL },
        range: d.range,
        context: { diagnostics: [d] },
      });
      const fix = actions.find((a) => a.isPreferred);
      assert.ok(fix, JSON.stringify(actions));
      assert.ok(actions.some((a) => /Disable form\/repeated-word/.test(a.title)));
      const edits = fix.edit.changes[APPEAL];
      await c.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri: APPEAL, version: 7 },
        contentChanges: edits.map((e: any) => ({ range: e.range, text: e.newText })),
      });
      const after = await c.waitForDiagnostics((x) => x.uri === APPEAL && x.version === 7);
      assert.ok(!after.diagnostics.some((x) => x.code === 'form/repeated-word'), JSON.stringify(after.diagnostics));
    });

    it('answers hover on a finding with the rule explanation', async () => {
      await c.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri: APPEAL, version: 8 },
        contentChanges: [{ text }],
      });
      await c.waitForDiagnostics((x) => x.uri === APPEAL && x.version === 8);
      const h: any = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: APPEAL }, position: { line: 2, character: 13 } });
      assert.ok(h && h.contents.value.includes('form/repeated-word'));
      assert.ok(h.contents.value.includes('Why it matters'), h.contents.value);
    });

    it('offers spelling suggestions and an undoable "add to word list" edit, computed on request', async () => {
      const uri = 'file:///tmp/appeal-lint-protocol/spell.appeal.md';
      await c.open(uri, '## Root cause\n\nWe recieved the parcel late.\n');
      const p = await c.waitForDiagnostics((x) => x.uri === uri && x.diagnostics.some((d) => d.code === 'form/spelling'));
      const d = p.diagnostics.find((x) => x.code === 'form/spelling')!;
      assert.equal((d.data as any).data.word, 'recieved');
      const actions: any[] = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
      const preferred = actions.find((a) => a.isPreferred);
      assert.equal(preferred.edit.changes[uri][0].newText, 'received');
      const add = actions.find((a) => a.edit?.documentChanges);
      assert.ok(add, actions.map((a) => a.title).join(' | '));
      const changes = add.edit.documentChanges;
      assert.match(changes[changes.length - 1].textDocument.uri, /\.appeal-lint\.words\.txt$/);
      assert.match(changes[changes.length - 1].edits[0].newText, /(^|\n)recieved\n$/);
      assert.equal(add.command.command, 'appealLint.wordAdded');
      await c.conn.sendRequest('workspace/executeCommand', { command: add.command.command, arguments: add.command.arguments });
      const after = await c.waitForDiagnostics((x) => x.uri === uri && !x.diagnostics.some((y) => y.code === 'form/spelling'));
      assert.ok(after);
    });

    it('leaves a README alone', async () => {
      await c.open(README, '# Readme\n\nThe the tool.\n');
      const s: any = await c.conn.sendRequest('appealLint/summary', { uri: README });
      assert.equal(s.appeal, false);
      assert.ok(!c.published.some((x) => x.uri === README));
    });

    it('survives malformed requests and a 2 MB document', async () => {
      await assert.rejects(c.conn.sendRequest('textDocument/hover', { nonsense: true }));
      await assert.rejects(c.conn.sendRequest('appealLint/noSuchMethod', {}));
      const big = '---\nreasons: [stockout]\n---\n' + '## Root cause\n\nWe checked the stock on 3 March 2026.\n\n'.repeat(40000);
      const uri = 'file:///tmp/appeal-lint-protocol/big.appeal.md';
      await c.open(uri, big);
      const p = await c.waitForDiagnostics((x) => x.uri === uri && x.version === 1);
      assert.ok(Array.isArray(p.diagnostics));
      const s: any = await c.conn.sendRequest('appealLint/summary', { uri: APPEAL });
      assert.equal(s.appeal, true);
    });

    it('says a document above the size limit is too large instead of blocking the server', async () => {
      const uri = 'file:///tmp/appeal-lint-protocol/huge.appeal.md';
      await c.open(uri, '---\nreasons: [stockout]\n---\n' + 'We checked the stock. '.repeat(60000));
      const p = await c.waitForDiagnostics((x) => x.uri === uri);
      assert.deepEqual(p.diagnostics.map((d) => d.code), ['internal/too-large']);
      assert.match(String(p.diagnostics[0].message), /characters/);
    });
  });

  describe('a client with pull support pulls diagnostics', () => {
    let c: LspClient;
    before(async () => {
      c = new LspClient();
      const init = await c.initialize({ textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true, diagnostics: { refreshSupport: true } } });
      assert.ok(init.capabilities.diagnosticProvider);
    });
    after(() => c.stop());

    it('returns findings on textDocument/diagnostic and pushes nothing', async () => {
      await c.open(APPEAL, text);
      const r: any = await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: APPEAL } });
      assert.equal(r.kind, 'full');
      assert.ok(r.items.some((d: any) => d.code === 'form/repeated-word'));
      assert.equal(c.published.length, 0);
    });

    it('applies settings pulled per document, and re-reads them on change', async () => {
      c.configuration = { rules: { 'form/repeated-word': 'off' }, lintDelay: 0 };
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const r: any = await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: APPEAL } });
      assert.ok(!r.items.some((d: any) => d.code === 'form/repeated-word'), JSON.stringify(r.items));
      assert.ok(c.configurationRequests > 0);
      c.configuration = { messageLanguage: 'fr', lintDelay: 0 };
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const r2: any = await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: APPEAL } });
      const d = r2.items.find((x: any) => x.code === 'form/repeated-word');
      assert.ok(d && d.message.includes('deux fois'), JSON.stringify(r2.items));
      assert.equal(c.published.length, 0);
    });

    it('re-pulls with new settings even when a request was in flight during the change', async () => {
      c.configuration = { lintDelay: 0 };
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const hover = c.conn.sendRequest('textDocument/hover', { textDocument: { uri: APPEAL }, position: { line: 2, character: 13 } });
      c.configuration = { rules: { 'form/repeated-word': 'off' }, lintDelay: 0 };
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await hover;
      const r: any = await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: APPEAL } });
      assert.ok(!r.items.some((d: any) => d.code === 'form/repeated-word'), JSON.stringify(r.items.map((d: any) => d.code)));
    });

    it('gives an outline of the sections', async () => {
      const syms: any[] = await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: APPEAL } });
      assert.equal(syms[0].name, 'Root cause');
    });
  });
});
