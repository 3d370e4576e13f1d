/**
 * The command-line interface: `appeal-lint [options] FILE|DIR|-…`.
 *
 * Argument parsing, finding the files, reading them and printing the findings
 * as text, JSON or SARIF; every finding comes from the engine. `main` is a plain
 * function so that tests can call it in-process; the bottom of the file runs it.
 * The user guide is docs/cli.md.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEngine, DOCS_BASE, parseDocument, RULE_ERROR_ID, SOURCE, type Engine, type Finding, type Language, type LanguageSetting, type LintOptions, type RuleInfo, type Severity } from './engine';
import { decode } from './util/files';

export interface CliOutput {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdout: CliOutput;
  stderr: CliOutput;
  stdin: NodeJS.ReadableStream;
  cwd: string;
  /** Environment (NO_COLOR); default `process.env`. */
  env?: Record<string, string | undefined>;
  /** An engine to use instead of a new one (tests). */
  engine?: Engine;
}

type Format = 'text' | 'json' | 'sarif';

interface Options {
  format: Format;
  language?: Language;
  messageLanguage?: LanguageSetting;
  config?: string;
  maxWarnings?: number;
  stdinFilename?: string;
  help: boolean;
  version: boolean;
  inputs: string[];
}

/** Files larger than this are not linted: an appeal is a few KiB, and a bigger file is almost certainly not one. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Enough of a Markdown file to read its front matter when deciding whether it is an appeal. */
const HEADER_PEEK_BYTES = 64 * 1024;
const STDIN_NAME = '<stdin>';
const PREFIX = 'appeal-lint: ';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The project's home page: the repository holding the rule docs. */
const INFORMATION_URI = DOCS_BASE.replace(/\/blob\/.*$/, '');

const HELP = `Usage: appeal-lint [options] FILE|DIR|- ...

Lints Amazon seller appeals (Plan of Action / plan d'action) in English and French.
A directory means its *.appeal.md files and the Markdown files (*.md, *.markdown)
whose front matter has a "reasons" key, found recursively (node_modules and
dot-directories skipped). "-" reads the text from standard input.

Options:
  --format text|json|sarif   Output format (default: text)
  --lang en|fr|auto          Force the language of the documents (default: auto)
  --message-lang auto|en|fr  Language of the messages (default: the document's)
  --config FILE              Use this .appeal-lint.json instead of searching for one
  --max-warnings N           Exit with 1 when there are more than N warnings
  --stdin-filename PATH      Name the text read from "-" (output, configuration, previous appeals)
  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too
many warnings, 2 usage or file errors.
Documentation: ${INFORMATION_URI}/blob/main/docs/cli.md
`;

class UsageError extends Error {}

const VALUE_OPTIONS = new Set(['--format', '--lang', '--message-lang', '--config', '--max-warnings', '--stdin-filename']);

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}

export function parseArgs(argv: readonly string[]): Options {
  const o: Options = { format: 'text', help: false, version: false, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      o.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      o.inputs.push(arg);
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      o.help = true;
      continue;
    }
    if (arg === '-v' || arg === '--version') {
      o.version = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`unknown option ${name}`);
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    else throw new UsageError(`${name} needs a value`);
    switch (name) {
      case '--format':
        o.format = oneOf(name, value, ['text', 'json', 'sarif'] as const);
        break;
      case '--lang': {
        const l = oneOf(name, value, ['en', 'fr', 'auto'] as const);
        o.language = l === 'auto' ? undefined : l;
        break;
      }
      case '--message-lang':
        o.messageLanguage = oneOf(name, value, ['auto', 'en', 'fr'] as const);
        break;
      case '--config':
        if (value === '') throw new UsageError('--config needs a file name');
        o.config = value;
        break;
      case '--max-warnings':
        if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings must be a whole number of 0 or more (got "${value}")`);
        o.maxWarnings = Number(value);
        break;
      case '--stdin-filename':
        if (value === '') throw new UsageError('--stdin-filename needs a file name');
        o.stdinFilename = value;
        break;
    }
  }
  return o;
}

/** One thing to lint: a file (named, or found in a directory) or standard input. */
interface Target {
  /** Absolute path, or undefined for standard input without --stdin-filename. */
  abs?: string;
  stdin: boolean;
  /** Found in a directory as a plain Markdown file: linted only if it has a case header with reasons. */
  needsHeader: boolean;
}

interface FileResult {
  display: string;
  /** SARIF artifact location. */
  location: { uri: string; uriBaseId?: string };
  findings: Finding[];
  /** Characters before the decoded text in the file (a byte order mark), for SARIF offsets. */
  offsetBase: number;
}

interface ReadOutcome {
  text?: string;
  bom?: boolean;
  error?: string;
  tooLarge?: boolean;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const fail = (message: string): void => void io.stderr.write(`${PREFIX}${message}\n`);
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    fail(`${e.message}; see appeal-lint --help`);
    return 2;
  }
  if (options.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (options.inputs.length === 0) {
    fail('no file given (name files or directories, or "-" for standard input); see appeal-lint --help');
    return 2;
  }
  let configPath: string | undefined;
  if (options.config !== undefined) {
    configPath = path.resolve(io.cwd, options.config);
    const problem = regularFileProblem(configPath);
    if (problem) {
      fail(`--config ${options.config}: ${problem}`);
      return 2;
    }
  }

  const ioErrors: string[] = [];
  const report = (message: string): void => {
    ioErrors.push(message);
    fail(message);
  };
  const targets = collectTargets(options, io.cwd, report);

  const engine = io.engine ?? (await createEngine());
  const env = io.env ?? process.env;
  const color = io.stdout.isTTY === true && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '');
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const results: FileResult[] = [];
  const messageLanguages = new Set<Language>();
  const readyLanguages = new Set<Language>();
  let stdinText: ReadOutcome | undefined;

  for (const target of targets) {
    const display = target.abs ? displayPath(target.abs, io.cwd) : STDIN_NAME;
    let read: ReadOutcome;
    if (target.stdin) read = stdinText ??= await readStream(io.stdin);
    else read = readInput(target.abs!);

    if (target.needsHeader) {
      // A plain Markdown file met in a directory is linted only when it is an appeal.
      if (read.tooLarge) read = peekHeader(target.abs!, read);
      if (read.text !== undefined && (read.text.includes('\0') || !parseDocument(read.text).header.hasReasons)) continue;
    }
    if (read.error !== undefined) {
      report(`${display}: ${read.error}`);
      continue;
    }
    const text = read.text!;
    if (text.includes('\0')) {
      report(`${display}: contains NUL bytes, so it is not a text file; skipped`);
      continue;
    }

    const lintOptions: LintOptions = { filePath: target.abs, language: options.language, messageLanguage: options.messageLanguage, configPath };
    let analysis = engine.analyse(text, lintOptions);
    const language = analysis.document.language;
    if (!readyLanguages.has(language)) {
      // The language is known once the text is parsed (forced, header, configuration, detection);
      // the first file of each language is linted again when its lazy resources (dictionaries) are in.
      await engine.ready(language);
      readyLanguages.add(language);
      analysis = engine.analyse(text, lintOptions);
    }
    messageLanguages.add(analysis.messageLanguage);
    for (const f of analysis.findings) counts[f.severity]++;
    const result: FileResult = { display, location: sarifLocation(target.abs, io.cwd), findings: analysis.findings, offsetBase: read.bom ? 1 : 0 };
    results.push(result);
    if (options.format === 'text') writeTextFindings(io.stdout, result, color);
  }

  const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;
  const code = ioErrors.length > 0 ? 2 : counts.error > 0 || tooManyWarnings ? 1 : 0;

  if (options.format === 'text') {
    io.stdout.write(`${summary(counts, results.length, color)}\n`);
  } else if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(results.map((r) => ({ file: r.display, findings: r.findings })), null, 2)}\n`);
  } else {
    const lang = options.messageLanguage === 'en' || options.messageLanguage === 'fr' ? options.messageLanguage : messageLanguages.size === 1 ? [...messageLanguages][0] : 'en';
    const log = sarif(engine.rules, results, lang, io.cwd, ioErrors, code);
    io.stdout.write(`${JSON.stringify(log, null, 2)}\n`);
  }
  if (tooManyWarnings) fail(`too many warnings: ${counts.warning} (--max-warnings ${options.maxWarnings})`);
  return code;
}

/** The files and directories named, expanded, in order, each once. */
function collectTargets(options: Options, cwd: string, report: (message: string) => void): Target[] {
  const targets: Target[] = [];
  const seen = new Set<string>();
  const add = (t: Target): void => {
    const key = t.stdin ? STDIN_NAME : t.abs!;
    if (seen.has(key)) return;
    seen.add(key);
    targets.push(t);
  };
  for (const input of options.inputs) {
    if (input === '-') {
      add({ stdin: true, needsHeader: false, abs: options.stdinFilename === undefined ? undefined : path.resolve(cwd, options.stdinFilename) });
      continue;
    }
    const abs = path.resolve(cwd, input);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      report(`${input}: ${describeError(e)}`);
      continue;
    }
    if (st.isDirectory()) walk(abs, add, new Set(), cwd, report);
    else {
      add({ abs, stdin: false, needsHeader: false });
    }
  }
  return targets;
}

const MARKDOWN = /\.(?:md|markdown)$/i;
const APPEAL = /\.appeal\.md$/i;

/** Depth-first, entries in code-point order of their names; node_modules and dot-directories skipped; symlink loops cut. */
function walk(dir: string, add: (t: Target) => void, visited: Set<string>, cwd: string, report: (message: string) => void): void {
  let entries: fs.Dirent[];
  try {
    const real = fs.realpathSync(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    report(`${displayPath(dir, cwd)}: ${describeError(e)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = fs.statSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // a dangling link names nothing to lint
      }
    }
    if (isDir) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      walk(full, add, visited, cwd, report);
    } else if (isFile && MARKDOWN.test(e.name)) {
      add({ abs: full, stdin: false, needsHeader: !APPEAL.test(e.name) });
    }
  }
}

/** Read a file's bytes, at most MAX_FILE_BYTES (pipes and devices included), and decode them. */
function readInput(file: string): ReadOutcome {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    return { error: describeError(e) };
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) return { error: 'is a directory' };
    if (st.isFile() && st.size > MAX_FILE_BYTES) return tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(64 * 1024);
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_FILE_BYTES) return tooLarge();
      chunks.push(buf.subarray(0, n));
    }
    return decodeBytes(Buffer.concat(chunks));
  } catch (e) {
    return { error: describeError(e) };
  } finally {
    fs.closeSync(fd);
  }
}

/** The start of a file too large to lint: enough to tell whether it is an appeal. */
function peekHeader(file: string, fallback: ReadOutcome): ReadOutcome {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(HEADER_PEEK_BYTES);
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      const head = decodeBytes(buf.subarray(0, n)).text ?? '';
      // Keep the error (the file is an appeal, too large to lint) or drop the file (not an appeal).
      return head.includes('\0') || !parseDocument(head).header.hasReasons ? { text: '' } : fallback;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return fallback;
  }
}

function tooLarge(): ReadOutcome {
  return { error: `larger than ${MAX_FILE_BYTES / (1024 * 1024)} MiB, so not linted (an appeal is a few KiB)`, tooLarge: true };
}

function decodeBytes(buf: Buffer): ReadOutcome {
  const bom = (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) || (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff);
  return { text: decode(buf), bom };
}

function readStream(stream: NodeJS.ReadableStream): Promise<ReadOutcome> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const done = (r: ReadOutcome): void => {
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
      resolve(r);
    };
    const onData = (c: Buffer | string): void => {
      const b = typeof c === 'string' ? Buffer.from(c) : c;
      total += b.length;
      if (total > MAX_FILE_BYTES) {
        done(tooLarge());
        const d = (stream as { destroy?: () => void }).destroy;
        if (typeof d === 'function') d.call(stream);
        return;
      }
      chunks.push(b);
    };
    const onEnd = (): void => done(decodeBytes(Buffer.concat(chunks)));
    const onError = (e: Error): void => done({ error: describeError(e) });
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}

function regularFileProblem(file: string): string | undefined {
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) return 'is a directory';
    if (!st.isFile()) return 'is not a regular file';
    fs.accessSync(file, fs.constants.R_OK);
    return undefined;
  } catch (e) {
    return describeError(e);
  }
}

function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return err.code ? `cannot be read (${err.code})` : `cannot be read (${err.message ?? String(e)})`;
  }
}

/** Relative to the working directory when inside it, else absolute. */
function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel === '' ? '.' : outside(rel) ? abs : rel;
}

function outside(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}

function sarifLocation(abs: string | undefined, cwd: string): { uri: string; uriBaseId?: string } {
  if (!abs) return { uri: 'stdin' };
  const rel = path.relative(cwd, abs);
  if (rel === '' || outside(rel)) return { uri: pathToFileURL(abs).href };
  return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

// ---- text -------------------------------------------------------------------

const COLORS: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '2' };
const paint = (on: boolean, code: string, s: string): string => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

function writeTextFindings(out: CliOutput, r: FileResult, color: boolean): void {
  if (r.findings.length === 0) return;
  const lines = r.findings.map((f) => {
    const where = `${escapeControls(r.display)}:${f.line}:${f.column}`;
    // Messages quote the document: control characters are shown escaped, never sent to the terminal.
    const message = escapeControls(f.message.replace(/\s*[\r\n]+\s*/g, ' '));
    return `${where}  ${paint(color, COLORS[f.severity], f.severity)}  ${message}  ${paint(color, '90', f.ruleId)}`;
  });
  out.write(`${lines.join('\n')}\n`);
}

function escapeControls(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function summary(counts: Record<Severity, number>, files: number, color: boolean): string {
  const parts = [plural(counts.error, 'error', 'errors'), plural(counts.warning, 'warning', 'warnings')];
  if (counts.info > 0) parts.push(`${counts.info} info`);
  if (counts.hint > 0) parts.push(plural(counts.hint, 'hint', 'hints'));
  const line = `${parts.join(', ')} in ${plural(files, 'file', 'files')}`;
  const code = counts.error > 0 ? '1;31' : counts.warning > 0 ? '1;33' : '1;32';
  return paint(color, code, line);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

// ---- SARIF 2.1.0 --------------------------------------------------------------

type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(s: Severity): SarifLevel {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

const RULE_ERROR_DESCRIPTION: Readonly<Record<Language, string>> = {
  en: 'A rule failed on the text; its findings are missing.',
  fr: 'Une règle a échoué sur le texte ; ses résultats manquent.',
};

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties?: { tags: string[] };
}

function sarif(rules: readonly RuleInfo[], results: readonly FileResult[], lang: Language, cwd: string, notifications: readonly string[], exitCode: number): object {
  const table: SarifRule[] = [];
  const index = new Map<string, number>();
  const addRule = (id: string, description: string, level: SarifLevel, helpUri: string | undefined, category: string | undefined): void => {
    index.set(id, table.length);
    table.push({
      id,
      shortDescription: { text: description },
      ...(helpUri ? { helpUri } : {}),
      defaultConfiguration: { level },
      ...(category ? { properties: { tags: [category] } } : {}),
    });
  };
  for (const r of rules) addRule(r.id, r.description[lang] ?? r.description.en, sarifLevel(r.defaultSeverity), r.docsUrl, r.category);
  for (const res of results) {
    for (const f of res.findings) {
      if (!index.has(f.ruleId)) addRule(f.ruleId, f.ruleId === RULE_ERROR_ID ? RULE_ERROR_DESCRIPTION[lang] : f.ruleId, 'error', undefined, undefined);
    }
  }

  const sarifResults = results.flatMap((res) =>
    res.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      level: sarifLevel(f.severity),
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: res.location,
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
      ...(f.fixes && f.fixes.length > 0
        ? {
            fixes: f.fixes.map((fix) => ({
              description: { text: fix.title },
              artifactChanges: [
                {
                  artifactLocation: res.location,
                  replacements: fix.edits.map((e) => ({
                    deletedRegion: { charOffset: e.start + res.offsetBase, charLength: e.end - e.start },
                    insertedContent: { text: e.newText },
                  })),
                },
              ],
            })),
          }
        : {}),
    })),
  );

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: SOURCE, version: packageVersion(), informationUri: INFORMATION_URI, rules: table } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            exitCode,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications.map((text) => ({ level: 'error', message: { text } })) } : {}),
          },
        ],
        results: sarifResults,
      },
    ],
  };
}

// ---- version ------------------------------------------------------------------

let version: string | undefined;

/** From package.json, two levels up from both server/src/cli.ts and the bundled server/out/cli.js. */
export function packageVersion(): string {
  if (version === undefined) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: unknown };
      version = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
    } catch {
      version = '0.0.0';
    }
  }
  return version;
}

if (require.main === module) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // The reader went away (`appeal-lint dir | head`): stop quietly.
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${PREFIX}internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
