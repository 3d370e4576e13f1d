#!/usr/bin/env node
/*
 * `npm start`: try Appeal Lint in a real VS Code, in your browser, on this machine.
 *
 *   npm start [-- FOLDER]        (default FOLDER: the repository's examples/)
 *
 * Builds the extension and packages appeal-lint.vsix (`npm run package`), installs
 * the VS Code server of code-server if needed (test/editor/setup-vscode.sh: as root
 * it installs the Debian packages it needs, otherwise it says which to install),
 * installs the .vsix into it, serves VS Code on 127.0.0.1 (a free port, or $PORT)
 * with FOLDER open, prints the URL and waits. Ctrl+C (or SIGTERM/SIGHUP) stops the
 * server's whole process group (extension host, language server included).
 *
 * The try-out's VS Code keeps its extensions, settings and data in
 * $APPEAL_LINT_CACHE/try-out (default ~/.cache/appeal-lint/try-out); the .vsix is
 * reinstalled on each start. Files you edit in FOLDER are changed on disk.
 *
 * Env: PORT; APPEAL_LINT_VSIX (use this .vsix, skip the build and packaging);
 * APPEAL_LINT_VERBOSE=1 (print the server's output); and those of
 * lib/vscode-server.js (APPEAL_LINT_CACHE, APPEAL_LINT_VSCODE_SERVER).
 */
'use strict';

const fs = require('fs');
const path = require('path');
const {
  REPO_ROOT, Tail, cacheRoot, ensureServer, installVsix, killProcessGroup, killProcessGroupNow, listExtensions,
  makeDirs, startServer, writeSettings,
} = require('./lib/vscode-server');
const { runInGroup } = require('./lib/run');

const env = process.env;
const VERBOSE = env.APPEAL_LINT_VERBOSE === '1';
const say = (msg) => process.stderr.write(`[try-out] ${msg}\n`);
const MANIFEST = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const EXTENSION_ID = `${MANIFEST.publisher}.${MANIFEST.name}`;

const state = { groups: new Set(), tmp: null, tail: new Tail(60), stopping: false };

async function stop(code, reason, showServerLog = code !== 0) {
  if (state.stopping) return;
  state.stopping = true;
  if (reason) say(reason);
  if (showServerLog && state.tail.text() && !VERBOSE) {
    say('last lines of the VS Code server output:');
    process.stderr.write(state.tail.text().replace(/^/gm, '  | ') + '\n');
  }
  await Promise.all([...state.groups].map((pid) => killProcessGroup(pid)));
  state.groups.clear();
  if (state.tmp) fs.rmSync(state.tmp, { recursive: true, force: true, maxRetries: 3 });
  process.exit(code);
}

process.on('exit', () => { for (const pid of state.groups) killProcessGroupNow(pid); });
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => stop(0, `${sig}: stopping VS Code`));
}
for (const s of [process.stdout, process.stderr]) s.on('error', () => {});
process.on('uncaughtException', (e) => stop(1, `error: ${e && e.stack || e}`));
process.on('unhandledRejection', (e) => stop(1, `error: ${e && e.stack || e}`));

/** Runs a command in its own process group (killed on every exit path); resolves with its output. */
function run(cmd, args, opts = {}) {
  return runInGroup(cmd, args, state.groups, { cwd: REPO_ROOT, ...opts });
}

function parseArgs(argv) {
  const folders = [];
  for (const a of argv) {
    if (a === '-h' || a === '--help') {
      process.stdout.write('usage: npm start [-- FOLDER]   (serves VS Code with Appeal Lint on 127.0.0.1; PORT=… to choose the port)\n');
      process.exit(0);
    }
    if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    folders.push(a);
  }
  if (folders.length > 1) throw new Error('at most one folder');
  const folder = path.resolve(folders[0] || path.join(REPO_ROOT, 'examples'));
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new Error(`not a folder: ${folder}`);
  return { folder };
}

async function main() {
  const { folder } = parseArgs(process.argv.slice(2));
  const port = env.PORT ? Number(env.PORT) : undefined;
  if (env.PORT && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new Error(`PORT=${env.PORT} is not a port number`);

  // 1. The extension, as a user gets it.
  let vsix = env.APPEAL_LINT_VSIX && path.resolve(env.APPEAL_LINT_VSIX);
  if (!vsix) {
    vsix = path.join(REPO_ROOT, 'appeal-lint.vsix');
    say('building and packaging the extension (npm run package)…');
    const t = Date.now();
    const r = await run('npm', ['run', '-s', 'package']);
    if (r.code !== 0) {
      process.stderr.write(r.output);
      return stop(1, `npm run package failed (${r.code ?? r.signal})`);
    }
    say(`packaged ${path.relative(process.cwd(), vsix) || vsix} (${(fs.statSync(vsix).size / 1048576).toFixed(1)} MB) in ${((Date.now() - t) / 1000).toFixed(1)}s`);
  }
  if (!fs.existsSync(vsix)) return stop(1, `${vsix} not found`);

  // 2. The VS Code server (installed once per machine, outside the repository).
  let serverMain;
  try {
    serverMain = ensureServer(env);
  } catch (e) {
    return stop(typeof e.status === 'number' ? e.status : 1, e.message);
  }

  // 3. Its data and extensions, and the .vsix installed there.
  const root = path.join(cacheRoot(env), 'try-out');
  const dirs = makeDirs(root);
  state.tmp = dirs.tmp; // the server's sockets; emptied when we stop
  writeSettings(dirs, {}, { keepExisting: true });
  installVsix(serverMain, vsix, dirs);
  const expected = `${EXTENSION_ID}@${MANIFEST.version}`;
  if (!listExtensions(serverMain, dirs).includes(expected)) return stop(1, `${expected} is not listed by the server after its install`);
  say(`installed ${expected} into ${dirs.extensions}`);

  // 4. Serve.
  const { child, port: actual } = await startServer(serverMain, {
    port,
    dirs,
    log: 'warn',
    deadline: Date.now() + 120000,
    tail: state.tail,
    onSpawn: (c) => state.groups.add(c.pid),
    onOutput: VERBOSE ? (s) => process.stderr.write(s.replace(/^(?=.)/gm, '[server] ')) : undefined,
  });
  child.on('exit', (code, signal) => {
    state.groups.delete(child.pid);
    stop(1, `the VS Code server stopped (code ${code}, signal ${signal})`);
  });
  const url = `http://127.0.0.1:${actual}/?folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}`;
  process.stdout.write(`\nAppeal Lint in VS Code: ${url}\n(open it in a browser on this machine; Ctrl+C stops the server)\n\n`);
}

main().catch((e) => {
  const msg = String(e && e.message || e);
  stop(1, `error: ${msg}${/already in use/.test(msg) ? ' (PORT=… chooses another one)' : ''}`, !/already in use/.test(msg));
});
