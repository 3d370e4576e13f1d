#!/usr/bin/env node
/*
 * Stands in for the VS Code executable, for @vscode/test-electron's runTests().
 *
 * A desktop VS Code / Electron cannot be downloaded here, so this program runs the
 * REAL VS Code server bundled with the npm package code-server (installed outside
 * the repo by test/editor/setup-vscode.sh), with its real Node extension host, and
 * drives its web workbench in Debian's headless chromium through playwright-core.
 *
 * It accepts the desktop command line that runTests() builds:
 *   --extensionDevelopmentPath=DIR (repeatable)  --extensionTestsPath=FILE_OR_DIR
 *   [FOLDER | FILE | X.code-workspace]  and ignores the other desktop flags
 *   (--no-sandbox, --disable-extensions, --user-data-dir=..., --extensions-dir=...).
 * It prints the test output (the extension host's console, i.e. mocha) and exits
 * with the code the extension tests ended with.
 *
 * Env:
 *   APPEAL_LINT_VSCODE_SERVER   path of lib/vscode/out/server-main.js (default: the
 *                               one setup-vscode.sh installed under APPEAL_LINT_CACHE)
 *   APPEAL_LINT_CACHE           setup-vscode.sh's cache root (default ~/.cache/appeal-lint)
 *   APPEAL_LINT_TIMEOUT_S       whole-run timeout in seconds (default 600)
 *   APPEAL_LINT_CHROMIUM        chromium executable (default /usr/bin/chromium)
 *   APPEAL_LINT_VERBOSE=1       also print the server's output and the browser console
 *   APPEAL_LINT_SCREENSHOT_DIR  if set, a PNG of the workbench is saved there at the end
 *   APPEAL_LINT_LOGS_DIR        if set, the workbench's log files are saved there
 *   APPEAL_LINT_KEEP_TMP=1      keep the per-run temp dir (server/user data) for debugging
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { chromiumPath, launchBrowser, withTimeout } = require('./lib/browser');
const {
  Tail, killProcessGroup, killProcessGroupNow, makeDirs, remoteUri, resolveServerMain, startServer, writeSettings,
} = require('./lib/vscode-server');

const PREFIX = '[vscode-launcher]';
const env = process.env;
const VERBOSE = env.APPEAL_LINT_VERBOSE === '1';
const TIMEOUT_S = Number(env.APPEAL_LINT_TIMEOUT_S || 600);
const CHROMIUM = chromiumPath(env);
// Desktop flags that take a separate value ("--flag value"); all others are booleans.
const VALUE_FLAGS = new Set([
  'extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir',
  'locale', 'log', 'profile', 'folder-uri', 'file-uri', 'disable-extension',
  'enable-proposed-api', 'install-extension', 'uninstall-extension', 'sync',
  'crash-reporter-directory', 'logsPath', 'category',
]);

// The workbench's own info lines that reach codeAutomationLog (shown with APPEAL_LINT_VERBOSE=1).
const WORKBENCH_NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket \(|\[Service Worker\]|Ignoring fetching additional builtin extensions|Updating additional builtin extensions cache|ChatSessionStore: |Creation of workbench contribution |No search provider registered for scheme: vscode-remote, waiting)/;

const t0 = Date.now();
const say = (msg) => process.stderr.write(`${PREFIX} ${msg}\n`);
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;

// ---------------------------------------------------------------------------
function parseArgs(argv) {
  const out = { devPaths: [], testsPath: undefined, targets: [], ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      let value = eq === -1 ? undefined : a.slice(eq + 1);
      if (value === undefined && VALUE_FLAGS.has(name) && i + 1 < argv.length) value = argv[++i];
      if (name === 'extensionDevelopmentPath') out.devPaths.push(value);
      else if (name === 'extensionTestsPath') out.testsPath = value;
      else if (name === 'folder-uri' || name === 'file-uri') out.targets.push(value);
      else out.ignored.push(a);
    } else if (a.startsWith('-')) {
      out.ignored.push(a);
    } else {
      out.targets.push(a);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
const state = {
  server: null, // ChildProcess, leader of its own process group
  browser: null,
  page: null,
  tmp: null,
  serverTail: new Tail(200),
  finishing: false,
};

async function killServerGroup() {
  if (state.server && state.server.pid) await killProcessGroup(state.server.pid);
}

// showServerLog: print the server's last lines (for failures of the run itself,
// not for tests that failed: their output already tells).
async function finish(code, reason, showServerLog = code !== 0) {
  if (state.finishing) return;
  state.finishing = true;
  if (reason) say(reason);
  if (showServerLog && !VERBOSE && state.serverTail.text()) {
    say('last lines of the VS Code server output:');
    process.stderr.write(state.serverTail.text().replace(/^/gm, '  | ') + '\n');
  }
  if (env.APPEAL_LINT_SCREENSHOT_DIR && state.page) {
    try {
      fs.mkdirSync(env.APPEAL_LINT_SCREENSHOT_DIR, { recursive: true });
      const file = path.join(env.APPEAL_LINT_SCREENSHOT_DIR, `workbench-${Date.now()}.png`);
      await withTimeout(state.page.screenshot({ path: file }), 10000);
      say(`screenshot: ${file}`);
    } catch (e) { say(`screenshot failed: ${e.message}`); }
  }
  if (state.browser) await withTimeout(state.browser.close().catch(() => {}), 10000);
  await killServerGroup();
  if (state.tmp) {
    if (env.APPEAL_LINT_KEEP_TMP === '1') say(`kept temp dir ${state.tmp}`);
    else fs.rmSync(state.tmp, { recursive: true, force: true, maxRetries: 3 });
  }
  say(`done in ${elapsed()}, exit code ${code}`);
  process.exit(code);
}

// Last resort if something calls process.exit() without finish().
process.on('exit', () => {
  if (state.server) killProcessGroupNow(state.server.pid);
});
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(sig, () => finish(code, `received ${sig}, stopping VS Code`, false));
}
// runTests() gives us a pipe as stdin: its end means the parent died (even by
// SIGKILL), so do not live on as an orphan holding a VS Code server.
try {
  const st = fs.fstatSync(0);
  if (st.isFIFO() || st.isSocket()) {
    process.stdin.on('data', () => {});
    process.stdin.on('end', () => finish(1, 'parent process went away (stdin closed), stopping VS Code', false));
    process.stdin.on('error', () => {});
  }
} catch { /* no stdin */ }
// Writing to a closed pipe (parent gone) must not crash the cleanup.
for (const s of [process.stdout, process.stderr]) s.on('error', () => {});
process.on('uncaughtException', (e) => finish(1, `internal error: ${e && e.stack || e}`));
process.on('unhandledRejection', (e) => finish(1, `internal error: ${e && e.stack || e}`));

// ---------------------------------------------------------------------------
function buildUrl(port, args) {
  const authority = `127.0.0.1:${port}`;
  const abs = (p) => path.resolve(p);
  const payload = [];
  for (const d of args.devPaths) payload.push(['extensionDevelopmentPath', remoteUri(authority, abs(d))]);
  payload.push(['extensionTestsPath', remoteUri(authority, abs(args.testsPath))]);

  const params = new URLSearchParams();
  let target;
  for (const t of args.targets) {
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(t)) { // --folder-uri / --file-uri style
      target = { uri: t };
      continue;
    }
    target = { path: abs(t) };
  }
  if (target && target.path) {
    let stat;
    try { stat = fs.statSync(target.path); } catch { throw new Error(`no such file or folder: ${target.path}`); }
    if (stat.isDirectory()) params.set('folder', target.path);
    else if (target.path.endsWith('.code-workspace')) params.set('workspace', target.path);
    else { // a file: opened in an empty window, as `code FILE` does on the desktop
      params.set('ew', 'true');
      payload.push(['openFile', remoteUri(authority, target.path)]);
    }
  } else if (target && target.uri) {
    params.set('folder', target.uri);
  } else {
    params.set('ew', 'true'); // empty window
  }
  params.set('payload', JSON.stringify(payload));
  return `http://${authority}/?${params.toString()}`;
}

// ---------------------------------------------------------------------------
async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.testsPath) throw new Error('missing --extensionTestsPath=...');
  if (args.devPaths.length === 0) throw new Error('missing --extensionDevelopmentPath=...');
  if (VERBOSE && args.ignored.length) say(`ignoring desktop flags: ${args.ignored.join(' ')}`);

  const serverMain = resolveServerMain();
  if (!fs.existsSync(serverMain)) {
    await finish(1, `VS Code server not found at ${serverMain}; run: bash test/editor/setup-vscode.sh`);
    return;
  }
  if (!fs.existsSync(CHROMIUM)) {
    await finish(1, `${CHROMIUM} not found; run: bash test/editor/setup-vscode.sh`);
    return;
  }

  const deadline = t0 + TIMEOUT_S * 1000;
  setTimeout(() => finish(1, `TIMEOUT: the extension tests did not finish within ${TIMEOUT_S}s (APPEAL_LINT_TIMEOUT_S)`),
    TIMEOUT_S * 1000);

  state.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'appeal-lint-vscode-'));
  const dirs = makeDirs(state.tmp);
  writeSettings(dirs);

  // --enable-smoke-test-driver: without it a released workbench ignores the payload.
  // --log info: lower levels would also drop the extension host's console.log (mocha).
  const { port } = await startServer(serverMain, {
    dirs,
    extraArgs: ['--enable-smoke-test-driver'],
    log: 'info',
    deadline,
    tail: state.serverTail,
    onSpawn: (child) => { state.server = child; },
    onOutput: VERBOSE ? (s) => process.stderr.write(s.replace(/^(?=.)/gm, '[server] ')) : undefined,
  });
  say(`VS Code server ready on 127.0.0.1:${port} (${elapsed()}): ${serverMain}`);
  state.server.on('exit', (code, signal) => {
    finish(1, `VS Code server exited unexpectedly (code ${code}, signal ${signal})`);
  });

  let exitCode; // set by codeAutomationExit
  const { browser, context } = await launchBrowser({
    executablePath: CHROMIUM,
    onBlocked: (url) => { if (VERBOSE) say(`blocked request to ${url}`); },
  });
  state.browser = browser;
  state.browser.on('disconnected', () => {
    if (exitCode === undefined) finish(1, 'the browser went away before the tests finished');
  });
  const page = await context.newPage();
  state.page = page;

  // The workbench forwards its own log lines and the extension host's console
  // (mocha's output) here, as console-style argument lists ("%s (%dms)", ...).
  await page.exposeFunction('codeAutomationLog', (type, message) => {
    const text = Array.isArray(message) ? util.format(...message) : String(message);
    if (!VERBOSE && type !== 'error' && WORKBENCH_NOISE.test(text)) return;
    (type === 'error' ? process.stderr : process.stdout).write(text.endsWith('\n') ? text : text + '\n');
  });
  await page.exposeFunction('codeAutomationExit', async (code, logs) => {
    if (exitCode !== undefined) return;
    exitCode = typeof code === 'number' ? code : Number(code) || 0;
    if (env.APPEAL_LINT_LOGS_DIR && Array.isArray(logs)) {
      for (const { relativePath, contents } of logs) {
        const file = path.join(env.APPEAL_LINT_LOGS_DIR, relativePath);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, contents);
      }
      say(`workbench logs saved to ${env.APPEAL_LINT_LOGS_DIR}`);
    }
    setImmediate(() => finish(exitCode, exitCode === 0 ? undefined : `extension tests exited with code ${exitCode}`, false));
  });
  page.on('crash', () => finish(1, 'the workbench page crashed'));
  page.on('pageerror', (e) => { if (VERBOSE) say(`page error: ${e.message}`); });
  page.on('console', (m) => { if (VERBOSE) say(`console.${m.type()}: ${m.text()}`); });

  const url = buildUrl(port, args);
  if (VERBOSE) say(`opening ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 0 }); // the run's own timeout applies
  say(`workbench loaded (${elapsed()}); running ${args.testsPath}`);
  // From here on, codeAutomationExit / a crash / the timeout / a signal ends the run.
}

main().catch((e) => finish(1, `error: ${e && e.message || e}`));
