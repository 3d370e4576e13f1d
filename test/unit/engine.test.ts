import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createEngine, type Engine } from '../../server/src/engine';
import { defineRule } from '../../server/src/rules/define';
import { decode } from '../../server/src/util/files';
import { md, sharedEngine } from '../helpers/rule-tester';

const repeated = 'We checked the the invoice.\n';

describe('engine', () => {
  let engine: Engine;
  before(async () => {
    engine = await sharedEngine();
  });

  it('returns findings with 1-based lines and columns and UTF-16 offsets', () => {
    const text = '😀 é\nWe checked the the invoice.\n';
    const [f] = engine.lint(text, { language: 'en', config: { rules: { 'form/spelling': 'off' } } }).filter((x) => x.ruleId === 'form/repeated-word');
    assert.equal(text.slice(f.start, f.end), 'the the');
    assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [2, 12, 2, 19]);
    assert.equal(f.severity, 'warning');
  });

  describe('configuration precedence: defaults < settings < .appeal-lint.json < directives', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appeal-lint-'));
      fs.mkdirSync(path.join(dir, 'sub'));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('settings change a severity', () => {
      const fs1 = engine.lint(repeated, { language: 'en', config: { rules: { 'form/repeated-word': 'error' } } });
      assert.equal(fs1.find((f) => f.ruleId === 'form/repeated-word')?.severity, 'error');
    });
    it('.appeal-lint.json found upward from the file wins over settings', () => {
      fs.writeFileSync(path.join(dir, '.appeal-lint.json'), JSON.stringify({ rules: { 'form/repeated-word': 'off' } }));
      const filePath = path.join(dir, 'sub', 'a.appeal.md');
      const found = engine.lint(repeated, { language: 'en', filePath, config: { rules: { 'form/repeated-word': 'error' } } });
      assert.ok(!found.some((f) => f.ruleId === 'form/repeated-word'));
    });
    it('an unreadable .appeal-lint.json is a case/header finding, not a crash', () => {
      fs.writeFileSync(path.join(dir, '.appeal-lint.json'), '{ "rules": ');
      const found = engine.lint(repeated, { language: 'en', filePath: path.join(dir, 'a.md') });
      const h = found.find((f) => f.ruleId === 'case/header');
      assert.ok(h, 'case/header reported');
      assert.match(h.message, /cannot be read/);
      assert.ok(found.some((f) => f.ruleId === 'form/repeated-word'), 'the other rules still ran');
    });
    it('bad values in settings are reported and ignored', () => {
      const found = engine.lint(repeated, {
        language: 'en',
        messageLanguage: 'fr',
        config: { rules: { 'form/repeated-word': 'loud' as never, 'no/such-rule': 'off' }, limits: { maxWords: -3 } },
      });
      const msgs = found.filter((f) => f.ruleId === 'case/header').map((f) => f.message);
      assert.equal(msgs.length, 3, msgs.join('\n'));
      assert.ok(msgs.some((m) => m.includes('no/such-rule')));
      assert.ok(found.some((f) => f.ruleId === 'form/repeated-word' && f.severity === 'warning'));
    });
  });

  describe('inline directives', () => {
    const lint = (t: string) => engine.lint(t, { language: 'en' }).filter((f) => f.ruleId === 'form/repeated-word');
    it('disable … enable a rule', () => {
      const t = md`
        <!-- appeal-lint-disable form/repeated-word -->
        We checked the the box.
        <!-- appeal-lint-enable form/repeated-word -->

        We checked the the label.
      `;
      assert.deepEqual(lint(t).map((f) => f.line), [5]);
    });
    it('disable-next-line and disable-line, with and without a rule', () => {
      const t = md`
        <!-- appeal-lint-disable-next-line -->
        We checked the the box.

        We checked the the label. <!-- appeal-lint-disable-line form/repeated-word -->

        We checked the the tape. <!-- appeal-lint-disable-line tone/threat -->
      `;
      assert.deepEqual(lint(t).map((f) => f.line), [6]);
    });
    it('an unknown rule in a directive is reported', () => {
      const found = engine.lint('We checked it. <!-- appeal-lint-disable-line no/such -->\n', { language: 'en' });
      const h = found.find((f) => f.ruleId === 'case/header');
      assert.ok(h && h.message.includes('no/such'));
      assert.equal(h.column, 46);
    });
  });

  it('reports a rule that throws as internal/rule-error and keeps the others', async () => {
    const boom = defineRule({
      id: 'form/boom',
      category: 'form',
      defaultSeverity: 'warning',
      languages: ['en', 'fr'],
      fixable: false,
      description: { en: 'x', fr: 'x' },
      messages: { en: {}, fr: {} },
      check() {
        throw new Error('kaput');
      },
    });
    const e = await createEngine({ rules: [boom, ...engine.rules.map((r) => engine.rule(r.id)!)] });
    const found = e.lint(repeated, { language: 'en' });
    const err = found.find((f) => f.ruleId === 'internal/rule-error');
    assert.ok(err && err.message.includes('form/boom') && err.message.includes('kaput'));
    assert.ok(found.some((f) => f.ruleId === 'form/repeated-word'));
  });

  describe('files and options that could hang or throw', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appeal-lint-side-'));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const header = (previous: string) => `---\nreasons: [stockout]\nprevious: [${previous}]\n---\nWe checked the stock.\n`;

    it('an earlier appeal that is a device, a pipe or a directory is reported, not read', () => {
      const fifo = path.join(dir, 'pipe.md');
      require('node:child_process').execFileSync('mkfifo', [fifo]);
      for (const target of ['/dev/zero', fifo, dir]) {
        const found = engine.lint(header(target), { language: 'en', filePath: path.join(dir, 'case.appeal.md') });
        const h = found.find((f) => f.ruleId === 'case/header');
        assert.ok(h && /not a regular file|is a directory/.test(h.message), `${target}: ${h?.message}`);
      }
    });
    it('an earlier appeal over 1 MiB is reported, not read', () => {
      fs.writeFileSync(path.join(dir, 'big.md'), 'x'.repeat(1024 * 1024 + 1));
      const found = engine.lint(header('big.md'), { language: 'en', filePath: path.join(dir, 'case.appeal.md') });
      assert.match(found.find((f) => f.ruleId === 'case/header')!.message, /larger than 1 MiB/);
    });
    it('a configuration file that is a device is reported, not read', () => {
      const found = engine.lint('Text.\n', { language: 'en', configPath: '/dev/zero' });
      assert.match(found.find((f) => f.ruleId === 'case/header')!.message, /not a regular file/);
    });
    it('settings that cannot be serialised or read do not throw', () => {
      const circular: Record<string, unknown> = {};
      circular.self = circular;
      const throwing = Object.defineProperty({}, 'rules', { enumerable: true, get: () => { throw new Error('no'); } });
      for (const config of [{ language: 10n }, { limits: { maxWords: 1n } }, { rules: circular }, { words: circular }, throwing, 42, 'x']) {
        const found = engine.lint(repeated, { language: 'en', config: config as never });
        assert.ok(found.some((f) => f.ruleId === 'case/header'), JSON.stringify(found.map((f) => f.message)));
        assert.ok(found.some((f) => f.ruleId === 'form/repeated-word'));
      }
    });
    it('options of the wrong type are ignored', () => {
      for (const options of [null, { filePath: 42 }, { language: 'de' }, { messageLanguage: 7 }, { configPath: {} }]) {
        const found = engine.lint(repeated, options as never);
        assert.ok(found.some((f) => f.ruleId === 'form/repeated-word'), JSON.stringify(options));
        assert.ok(!found.some((f) => f.ruleId.startsWith('internal/')));
      }
    });
    it('a directive written inside code is an example, not a directive', () => {
      const t = '```\n<!-- appeal-lint-disable -->\n```\n\nWe checked the the box. `<!-- appeal-lint-disable-line -->`\n';
      assert.equal(engine.lint(t, { language: 'en' }).filter((f) => f.ruleId === 'form/repeated-word').length, 1);
    });
    it('20,000 line directives and findings are matched in one sweep', () => {
      const t = 'We checked the the box. <!-- appeal-lint-disable-line tone/threat -->\n\n'.repeat(20000);
      assert.equal(engine.lint(t, { language: 'en', config: { rules: { 'form/spelling': 'off' } } }).filter((f) => f.ruleId === 'form/repeated-word').length, 20000);
    });
    it('100,000 unclosed directive openers are read once', () => {
      const found = engine.lint('<!-- appeal-lint-disable '.repeat(100000), { language: 'en' });
      assert.ok(!found.some((f) => f.ruleId.startsWith('internal/')));
    });
  });

  describe('bad input never throws or hangs', () => {
    const cases: [string, string][] = [
      ['empty', ''],
      ['only front matter fence', '---\n'],
      ['broken front matter', '---\nreasons: [late-shipment\norders: {\n---\nBody.\n'],
      ['front matter that is a list', '---\n- a\n- b\n---\nBody.\n'],
      ['binary bytes', decode(Buffer.from([0, 1, 2, 255, 254, 0, 10, 0x80, 0x81, 13, 10]))],
      ['invalid UTF-8', decode(Buffer.from([0x57, 0x65, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x0a]))],
      ['lone surrogates', 'We \ud800 checked \udc00 it.'],
      ['CR only line ends', '## Root cause\rText here.\rMore.\r'],
      ['deep nesting', '>'.repeat(5000) + ' a\n' + '- '.repeat(3000) + 'b\n'],
      ['unclosed constructs', '**bold `code [link](http://x <!-- comment \n'.repeat(50)],
      ['a huge table row', '|' + ' a |'.repeat(20000) + '\n|' + '---|'.repeat(20000) + '\n'],
    ];
    for (const [name, text] of cases) {
      it(name, () => {
        const found = engine.lint(text);
        assert.ok(Array.isArray(found));
        assert.ok(!found.some((f) => f.ruleId === 'internal/rule-error'), JSON.stringify(found.filter((f) => f.ruleId === 'internal/rule-error')));
        for (const f of found) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
      });
    }
    it('a 2 MB document', () => {
      const para = 'We checked the stock of every item on 3 March 2026 and shipped 212 orders. ';
      const text = ('## Root cause\n\n' + para.repeat(20) + '\n\n').repeat(Math.ceil(2_000_000 / (para.length * 20)));
      assert.ok(text.length >= 2_000_000);
      assert.ok(Array.isArray(engine.lint(text, { language: 'en' })));
    });
    it('100,000 lines', () => {
      const text = 'Line of text here.\n'.repeat(100_000);
      assert.ok(Array.isArray(engine.lint(text, { language: 'en' })));
    });
  });
});
