/**
 * The command-line interface, called in-process through `main` and once as the
 * built `server/out/cli.js`. Each temporary directory holds an `.appeal-lint.json`
 * that turns off every rule but the ones a test relies on, so that rules added
 * later cannot change these results.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { main, MAX_FILE_BYTES } from '../../server/src/cli';
import { createEngine, type Engine, type Finding, type SeveritySetting } from '../../server/src/engine';
import { rules as registry } from '../../server/src/rules';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

class Sink {
  text = '';
  constructor(readonly isTTY?: boolean) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  cwd: string;
  /** false: let `main` create its own engine, as the command does. */
  sharedEngine?: boolean;
  stdin?: string | Buffer;
  tty?: boolean;
  env?: Record<string, string | undefined>;
}

// One engine for the in-process runs: it loads the dictionaries once, where `main` alone would load them each time.
let engine: Engine;
before(async () => {
  engine = await createEngine();
});

async function run(argv: string[], o: RunOptions): Promise<Run> {
  const stdout = new Sink(o.tty);
  const stderr = new Sink();
  const stdin = Readable.from(o.stdin === undefined ? [] : [typeof o.stdin === 'string' ? Buffer.from(o.stdin) : o.stdin]);
  const code = await main(argv, { stdout, stderr, stdin, cwd: o.cwd, env: o.env ?? {}, engine: o.sharedEngine === false ? undefined : engine });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A configuration with every rule off (those of the registry, or the ids given) except those kept. */
function only(keep: Record<string, SeveritySetting>, ids: readonly string[] = registry.map((r) => r.id)): string {
  const rules: Record<string, SeveritySetting> = {};
  for (const id of ids) rules[id] = 'off';
  return JSON.stringify({ rules: { ...rules, ...keep } }, null, 2);
}

const KNOWN = { 'case/header': 'error', 'form/repeated-word': 'warning' } as const;

const EN_APPEAL = '---\nlanguage: en\nreasons: [stockout]\n---\n\nWe checked the the invoice.\n';
const FR_APPEAL = '---\nlanguage: fr\nreasons: [stockout]\n---\n\nNous avons vérifié le le stock.\n';
const EN_CLEAN = '---\nlanguage: en\nreasons: [stockout]\n---\n\nWe checked the invoice.\n';
const EN_BAD_REASON = '---\nlanguage: en\nreasons: [no-such-reason]\n---\n\nWe checked the invoice.\n';

const dirs: string[] = [];
function tempDir(files: Record<string, string | Buffer>, config: string | null = only(KNOWN)): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appeal-cli-'));
  dirs.push(dir);
  if (config !== null) fs.writeFileSync(path.join(dir, '.appeal-lint.json'), config);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

after(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('cli', () => {
  describe('text format', () => {
    it('prints one line per finding, then a summary, and exits 0 on warnings only', async () => {
      const cwd = tempDir({ 'a.appeal.md': EN_APPEAL });
      const r = await run(['a.appeal.md'], { cwd, sharedEngine: false });
      assert.equal(r.code, 0);
      assert.equal(r.stderr, '');
      assert.equal(r.stdout, 'a.appeal.md:6:12  warning  "the" is written twice in a row.  form/repeated-word\n0 errors, 1 warning in 1 file\n');
    });

    it('exits 1 when there is an error, and counts every severity in the summary', async () => {
      const cwd = tempDir({ 'bad.appeal.md': EN_BAD_REASON, 'a.appeal.md': EN_APPEAL });
      const r = await run(['bad.appeal.md', 'a.appeal.md'], { cwd });
      assert.equal(r.code, 1);
      const lines = r.stdout.trimEnd().split('\n');
      assert.match(lines[0], /^bad\.appeal\.md:3:\d+ {2}error {2}Unknown reason "no-such-reason"\..* {2}case\/header$/);
      assert.match(lines[1], /^a\.appeal\.md:6:12 {2}warning {2}/);
      assert.equal(lines[2], '1 error, 1 warning in 2 files');
    });

    it('names info and hint counts when there are some', async () => {
      const cwd = tempDir({ 'a.appeal.md': EN_APPEAL, 'b.appeal.md': EN_APPEAL.replace('invoice', 'box box') }, only({ ...KNOWN, 'form/repeated-word': 'info' }));
      const r = await run(['.'], { cwd });
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^a\.appeal\.md:6:12 {2}info {2}/m);
      assert.match(r.stdout, /\n0 errors, 0 warnings, 3 info in 2 files\n$/);
    });

    it('uses colour only on a terminal without NO_COLOR', async () => {
      const cwd = tempDir({ 'a.appeal.md': EN_APPEAL });
      const tty = await run(['a.appeal.md'], { cwd, tty: true });
      assert.match(tty.stdout, /\x1b\[33mwarning\x1b\[0m/);
      const noColor = await run(['a.appeal.md'], { cwd, tty: true, env: { NO_COLOR: '1' } });
      assert.doesNotMatch(noColor.stdout, /\x1b\[/);
      const piped = await run(['a.appeal.md'], { cwd, tty: false });
      assert.doesNotMatch(piped.stdout, /\x1b\[/);
    });
  });

  describe('exit codes and --max-warnings', () => {
    it('exits 0 on a clean file', async () => {
      const cwd = tempDir({ 'a.appeal.md': EN_CLEAN });
      const r = await run(['a.appeal.md'], { cwd });
      assert.deepEqual([r.code, r.stdout], [0, '0 errors, 0 warnings in 1 file\n']);
    });

    it('exits 1 when warnings exceed --max-warnings, 0 when they do not', async () => {
      const cwd = tempDir({ 'a.appeal.md': EN_APPEAL.replace('invoice', 'box box') });
      const over = await run(['--max-warnings', '1', 'a.appeal.md'], { cwd });
      assert.equal(over.code, 1);
      assert.equal(over.stderr, 'appeal-lint: too many warnings: 2 (--max-warnings 1)\n');
      const within = await run(['--max-warnings=2', 'a.appeal.md'], { cwd });
      assert.deepEqual([within.code, within.stderr], [0, '']);
      const zero = await run(['--max-warnings', '0', 'a.appeal.md'], { cwd });
      assert.equal(zero.code, 1);
    });

    it('info findings do not count as warnings', async () => {
      const cwd = tempDir({ 'a.appeal.md': EN_APPEAL }, only({ ...KNOWN, 'form/repeated-word': 'info' }));
      const r = await run(['--max-warnings', '0', 'a.appeal.md'], { cwd });
      assert.equal(r.code, 0);
    });

    it('a rule set to error by the configuration makes the exit code 1', async () => {
      const cwd = tempDir({ 'a.appeal.md': EN_APPEAL }, only({ ...KNOWN, 'form/repeated-word': 'error' }));
      const r = await run(['a.appeal.md'], { cwd });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^a\.appeal\.md:6:12 {2}error {2}/);
    });
  });

  describe('json format', () => {
    it('prints an array of { file, findings } with the findings as the engine returns them', async () => {
      const cwd = tempDir({ 'a.appeal.md': EN_APPEAL, 'b.appeal.md': EN_CLEAN });
      const r = await run(['--format', 'json', 'a.appeal.md', 'b.appeal.md'], { cwd });
      assert.equal(r.code, 0);
      const out = JSON.parse(r.stdout) as { file: string; findings: Finding[] }[];
      assert.deepEqual(out.map((e) => e.file), ['a.appeal.md', 'b.appeal.md']);
      assert.equal(out[1].findings.length, 0);
      const [f] = out[0].findings;
      assert.deepEqual(
        { ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn },
        { ruleId: 'form/repeated-word', severity: 'warning', line: 6, column: 12, endLine: 6, endColumn: 19 },
      );
      assert.equal(EN_APPEAL.slice(f.start, f.end), 'the the');
      assert.equal(f.fixes?.[0].title, 'Delete the second "the"');
    });
  });

  describe('sarif format', () => {
    it('writes a SARIF 2.1.0 log whose results point into the rules table', async () => {
      const cwd = tempDir(
        { 'cases/bad.appeal.md': EN_BAD_REASON, 'cases/my case.appeal.md': EN_APPEAL.replace('invoice', 'box box') },
        only({ ...KNOWN, 'form/repeated-word': 'hint' }),
      );
      const r = await run(['--format', 'sarif', 'cases'], { cwd });
      assert.equal(r.code, 1);
      const log = JSON.parse(r.stdout);
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      const run0 = log.runs[0];
      const driver = run0.tool.driver;
      assert.equal(driver.name, 'appeal-lint');
      assert.equal(driver.version, pkg.version);
      assert.match(driver.informationUri, /^https:\/\//);
      const ids = driver.rules.map((x: { id: string }) => x.id);
      assert.deepEqual(ids, registry.map((x) => x.id));
      for (const rule of driver.rules) {
        assert.ok(rule.shortDescription.text.length > 0);
        assert.match(rule.helpUri, new RegExp(`/docs/rules/${rule.id}\\.md$`));
        assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      }
      assert.equal(driver.rules[ids.indexOf('case/header')].defaultConfiguration.level, 'error');
      assert.equal(driver.rules[ids.indexOf('form/repeated-word')].defaultConfiguration.level, 'warning');

      assert.equal(run0.results.length, 3);
      for (const res of run0.results) {
        assert.equal(driver.rules[res.ruleIndex].id, res.ruleId);
        assert.ok(res.message.text.length > 0);
        const loc = res.locations[0].physicalLocation;
        assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1 && loc.region.endLine >= loc.region.startLine);
      }
      const [header, ...repeats] = run0.results;
      assert.deepEqual([header.ruleId, header.level], ['case/header', 'error']);
      assert.equal(header.locations[0].physicalLocation.artifactLocation.uri, 'cases/bad.appeal.md');
      assert.deepEqual(repeats.map((x: { level: string }) => x.level), ['note', 'note'], 'hint maps to note');
      const loc = repeats[0].locations[0].physicalLocation;
      assert.deepEqual(loc.artifactLocation, { uri: 'cases/my%20case.appeal.md', uriBaseId: '%SRCROOT%' });
      assert.deepEqual(loc.region, { startLine: 6, startColumn: 12, endLine: 6, endColumn: 19 });
      assert.equal(run0.originalUriBaseIds['%SRCROOT%'].uri.endsWith('/'), true);
      assert.equal(run0.invocations[0].executionSuccessful, true);
    });

    it('describes fixes as replacements that apply to the file as written (BOM included)', async () => {
      const text = `\uFEFF${EN_APPEAL}`;
      const cwd = tempDir({ 'a.appeal.md': text });
      const r = await run(['--format=sarif', 'a.appeal.md'], { cwd });
      const [res] = JSON.parse(r.stdout).runs[0].results;
      const [fix] = res.fixes;
      assert.equal(fix.description.text, 'Delete the second "the"');
      const [change] = fix.artifactChanges;
      assert.equal(change.artifactLocation.uri, 'a.appeal.md');
      const { deletedRegion, insertedContent } = change.replacements[0];
      const fixed = text.slice(0, deletedRegion.charOffset) + insertedContent.text + text.slice(deletedRegion.charOffset + deletedRegion.charLength);
      assert.equal(fixed, `\uFEFF${EN_CLEAN}`);
    });

    it('gives the rules table in the message language', async () => {
      const cwd = tempDir({ 'b.appeal.md': FR_APPEAL });
      const log = JSON.parse((await run(['--format', 'sarif', 'b.appeal.md'], { cwd })).stdout);
      const rule = log.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'form/repeated-word');
      assert.equal(rule.shortDescription.text, 'Un mot est écrit deux fois de suite.');
      assert.match(log.runs[0].results[0].message.text, /^« le »/);
      const en = JSON.parse((await run(['--format', 'sarif', '--message-lang', 'en', 'b.appeal.md'], { cwd })).stdout);
      const ruleEn = en.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'form/repeated-word');
      assert.equal(ruleEn.shortDescription.text, 'A word is written twice in a row.');
    });

    it('records file errors as notifications of an unsuccessful run', async () => {
      const cwd = tempDir({ 'a.appeal.md': EN_APPEAL });
      const r = await run(['--format', 'sarif', 'missing.appeal.md', 'a.appeal.md'], { cwd });
      assert.equal(r.code, 2);
      const run0 = JSON.parse(r.stdout).runs[0];
      assert.equal(run0.results.length, 1);
      assert.equal(run0.invocations[0].executionSuccessful, false);
      assert.match(run0.invocations[0].toolExecutionNotifications[0].message.text, /missing\.appeal\.md: no such file/);
    });
  });

  describe('standard input', () => {
    it('lints "-" as <stdin>', async () => {
      const cwd = tempDir({ 'only.json': only(KNOWN) }, null);
      const r = await run(['--config', 'only.json', '-'], { cwd, stdin: 'We shipped the the order late.\n' });
      assert.equal(r.code, 0);
      assert.equal(r.stdout, '<stdin>:1:12  warning  "the" is written twice in a row.  form/repeated-word\n0 errors, 1 warning in 1 file\n');
    });

    it('escapes control characters that a message quotes from the document', async () => {
      const cwd = tempDir({ 'only.json': JSON.stringify({ rules: { 'case/header': 'error' } }) }, null);
      const r = await run(['--config', 'only.json', '-'], { cwd, stdin: 'Text. <!-- appeal-lint-disable-line \u001b[2Jx -->\n' });
      assert.equal(r.code, 1);
      assert.ok(!r.stdout.includes('\u001b'), JSON.stringify(r.stdout));
      assert.match(r.stdout, /\\u001b\[2Jx/);
    });

    it('decodes UTF-16 with a byte order mark', async () => {
      const cwd = tempDir({ 'only.json': only(KNOWN) }, null);
      const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Nous avons vérifié le le stock.\n', 'utf16le')]);
      const r = await run(['--config', 'only.json', '--format', 'json', '-'], { cwd, stdin: bytes });
      const [entry] = JSON.parse(r.stdout);
      assert.equal(entry.file, '<stdin>');
      assert.equal(entry.findings[0].message, '« le » est écrit deux fois de suite.');
    });

    it('--stdin-filename names the text and finds its configuration', async () => {
      const cwd = tempDir({}, only({ ...KNOWN, 'form/repeated-word': 'error' }));
      const r = await run(['--stdin-filename', 'sub/draft.appeal.md', '-'], { cwd, stdin: EN_APPEAL });
      assert.equal(r.code, 1);
      assert.match(r.stdout, new RegExp(`^${path.join('sub', 'draft.appeal.md').replace(/\./g, '\\.')}:6:12 {2}error`));
    });
  });

  describe('directories', () => {
    it('lints appeals and Markdown files with reasons in sorted order, skipping the rest', async () => {
      const cwd = tempDir({
        'README.md': 'A readme with a typo typo.\n',
        'z.appeal.md': EN_APPEAL,
        'case.md': FR_APPEAL,
        'notes.txt': 'the the\n',
        'other.md': '---\ntitle: not an appeal\n---\n\nThe the notes.\n',
        'sub/b.markdown': EN_APPEAL,
        'sub/a.appeal.md': EN_APPEAL,
        'node_modules/pkg/x.appeal.md': EN_APPEAL,
        '.git/y.appeal.md': EN_APPEAL,
        '.drafts/w.appeal.md': EN_APPEAL,
        'binary.md': Buffer.from([0x00, 0x01, 0x02, 0x74, 0x68, 0x65]),
      });
      const r = await run(['--format', 'json', '.'], { cwd });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      const files = (JSON.parse(r.stdout) as { file: string }[]).map((e) => e.file);
      assert.deepEqual(files, ['case.md', path.join('sub', 'a.appeal.md'), path.join('sub', 'b.markdown'), 'z.appeal.md']);
    });

    it('lints a file named explicitly whatever its name, and each file once', async () => {
      const cwd = tempDir({ 'README.md': 'A readme with a typo typo.\n', 'a.appeal.md': EN_APPEAL });
      const r = await run(['--format', 'json', 'README.md', '.', 'a.appeal.md'], { cwd });
      const files = (JSON.parse(r.stdout) as { file: string }[]).map((e) => e.file);
      assert.deepEqual(files, ['README.md', 'a.appeal.md']);
    });

    it('reports 0 files for a directory without appeals', async () => {
      const cwd = tempDir({ 'README.md': 'Nothing here.\n' });
      const r = await run(['.'], { cwd });
      assert.deepEqual([r.code, r.stdout], [0, '0 errors, 0 warnings in 0 files\n']);
    });
  });

  describe('file errors', () => {
    it('a missing file exits 2 with a message, after linting the other files', async () => {
      const cwd = tempDir({ 'a.appeal.md': EN_BAD_REASON });
      const r = await run(['nope.appeal.md', 'a.appeal.md'], { cwd });
      assert.equal(r.code, 2, 'file errors win over findings');
      assert.equal(r.stderr, 'appeal-lint: nope.appeal.md: no such file or directory\n');
      assert.match(r.stdout, /^a\.appeal\.md:3:\d+ {2}error/);
      assert.match(r.stdout, /1 error, 0 warnings in 1 file\n$/);
    });

    it('skips a file with NUL bytes with a message and exits 2', async () => {
      const cwd = tempDir({ 'data.appeal.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]) });
      const r = await run(['data.appeal.md'], { cwd });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^appeal-lint: data\.appeal\.md: contains NUL bytes.*skipped\n$/);
    });

    it('refuses a file over the size limit without reading it all', async () => {
      const cwd = tempDir({ 'big.appeal.md': 'word '.repeat(MAX_FILE_BYTES / 5 + 10) });
      const start = Date.now();
      const r = await run(['big.appeal.md'], { cwd });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^appeal-lint: big\.appeal\.md: larger than 1 MiB/);
      assert.ok(Date.now() - start < 2000);
    });

    it('refuses too much standard input', async () => {
      const cwd = tempDir({});
      const r = await run(['-'], { cwd, stdin: Buffer.alloc(MAX_FILE_BYTES + 1, 0x61) });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^appeal-lint: <stdin>: larger than 1 MiB/);
    });

    it('accepts invalid UTF-8', async () => {
      const cwd = tempDir({ 'a.appeal.md': Buffer.concat([Buffer.from(EN_APPEAL), Buffer.from([0xc3, 0x28, 0x0a])]) });
      const r = await run(['a.appeal.md'], { cwd });
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^a\.appeal\.md:6:12 {2}warning/);
    });
  });

  describe('languages', () => {
    it('--lang forces the document language (and so the message language)', async () => {
      const cwd = tempDir({ 'a.md': 'We checked the the invoice.\n' });
      const auto = await run(['a.md'], { cwd });
      assert.match(auto.stdout, /"the" is written twice/);
      const fr = await run(['--lang', 'fr', 'a.md'], { cwd });
      assert.match(fr.stdout, /« the » est écrit deux fois de suite\./);
      const frHeader = await run(['--lang=en', 'b.md'], { cwd: tempDir({ 'b.md': FR_APPEAL }) });
      assert.match(frHeader.stdout, /"le" is written twice/, 'the forced language wins over the header');
    });

    it('--message-lang chooses the language of the messages only', async () => {
      const cwd = tempDir({ 'b.appeal.md': FR_APPEAL, 'a.appeal.md': EN_APPEAL });
      const en = await run(['--message-lang', 'en', 'b.appeal.md'], { cwd });
      assert.match(en.stdout, /b\.appeal\.md:6:20 {2}warning {2}"le" is written twice in a row\./);
      const fr = await run(['--message-lang', 'fr', 'a.appeal.md'], { cwd });
      assert.match(fr.stdout, /« the » est écrit deux fois de suite\./);
      const auto = await run(['--message-lang', 'auto', 'a.appeal.md', 'b.appeal.md'], { cwd });
      assert.match(auto.stdout, /"the" is written/);
      assert.match(auto.stdout, /« le » est écrit/);
    });
  });

  describe('--config', () => {
    it('uses the given file instead of the one found next to the appeal', async () => {
      const cwd = tempDir({ 'a.appeal.md': EN_APPEAL, 'quiet.json': only({ ...KNOWN, 'form/repeated-word': 'off' }) });
      const found = await run(['a.appeal.md'], { cwd });
      assert.match(found.stdout, /form\/repeated-word/);
      const r = await run(['--config', 'quiet.json', 'a.appeal.md'], { cwd });
      assert.deepEqual([r.code, r.stdout], [0, '0 errors, 0 warnings in 1 file\n']);
    });

    it('a missing configuration file exits 2 before linting', async () => {
      const cwd = tempDir({ 'a.appeal.md': EN_APPEAL });
      const r = await run(['--config', 'nope.json', 'a.appeal.md'], { cwd });
      assert.deepEqual([r.code, r.stdout, r.stderr], [2, '', 'appeal-lint: --config nope.json: no such file or directory\n']);
    });
  });

  describe('usage', () => {
    const bad: [string[], RegExp][] = [
      [['--bogus', 'a.md'], /^appeal-lint: unknown option --bogus; see appeal-lint --help\n$/],
      [['--format', 'xml', 'a.md'], /^appeal-lint: --format must be one of text, json, sarif \(got "xml"\)/],
      [['--lang', 'de', 'a.md'], /^appeal-lint: --lang must be one of en, fr, auto/],
      [['--message-lang=es', 'a.md'], /^appeal-lint: --message-lang must be one of auto, en, fr/],
      [['--max-warnings', '-1', 'a.md'], /^appeal-lint: --max-warnings must be a whole number/],
      [['--max-warnings', 'many', 'a.md'], /^appeal-lint: --max-warnings must be a whole number/],
      [['a.md', '--format'], /^appeal-lint: --format needs a value/],
      [[], /^appeal-lint: no file given/],
    ];
    for (const [argv, message] of bad) {
      it(`exits 2 on ${JSON.stringify(argv)} with one line on stderr`, async () => {
        const cwd = tempDir({ 'a.md': EN_APPEAL });
        const r = await run(argv, { cwd });
        assert.equal(r.code, 2);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, message);
        assert.equal(r.stderr.split('\n').length, 2, 'one line');
      });
    }

    it('--help prints the usage and exits 0', async () => {
      const r = await run(['--help'], { cwd: os.tmpdir() });
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^Usage: appeal-lint \[options\] FILE\|DIR\|- \.\.\./);
      for (const option of ['--format', '--lang', '--message-lang', '--config', '--max-warnings', '--version']) assert.ok(r.stdout.includes(option), option);
    });

    it('--version prints the package version', async () => {
      const r = await run(['--version'], { cwd: os.tmpdir() });
      assert.deepEqual([r.code, r.stdout], [0, `${pkg.version}\n`]);
    });

    it('"--" ends the options', async () => {
      const cwd = tempDir({ '--weird.appeal.md': EN_APPEAL });
      const r = await run(['--', '--weird.appeal.md'], { cwd });
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^--weird\.appeal\.md:6:12/);
    });
  });

  describe('the built binary', () => {
    const cli = path.join(root, 'server/out/cli.js');
    /** The rule ids of the bundle, read from its SARIF rules table (the sources may have gained rules since this test loaded). */
    let ids: string[];
    before(function () {
      this.timeout(120_000);
      const b = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8' });
      assert.equal(b.status, 0, `build failed:\n${b.stderr}`);
      const table = spawnSync(process.execPath, [cli, '--format', 'sarif', '-'], { cwd: os.tmpdir(), input: '', encoding: 'utf8', timeout: 60_000 });
      ids = JSON.parse(table.stdout).runs[0].tool.driver.rules.map((x: { id: string }) => x.id);
      assert.ok(ids.includes('form/repeated-word'));
    });

    it('starts with a shebang and lints a file', () => {
      assert.ok(fs.readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n'));
      const cwd = tempDir({ 'a.appeal.md': EN_APPEAL }, only({ ...KNOWN, 'form/repeated-word': 'error' }, ids));
      const r = spawnSync(process.execPath, [cli, 'a.appeal.md'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
      assert.equal(r.status, 1, r.stderr);
      assert.equal(r.stdout, 'a.appeal.md:6:12  error  "the" is written twice in a row.  form/repeated-word\n1 error, 0 warnings in 1 file\n');
      assert.equal(r.stderr, '');
    });

    it('reads standard input and exits 2 on a missing file', () => {
      const cwd = tempDir({ 'only.json': only(KNOWN, ids) }, null);
      const r = spawnSync(process.execPath, [cli, '--config', 'only.json', '--format', 'json', '-', 'missing.md'], { cwd, input: EN_CLEAN, encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 2);
      assert.deepEqual(JSON.parse(r.stdout), [{ file: '<stdin>', findings: [] }]);
      assert.equal(r.stderr, 'appeal-lint: missing.md: no such file or directory\n');
    });
  });
});
