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

const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');
const util = require('util');

const PREFIX = '[vscode-launcher]';
const env = process.env;
const VERBOSE = env.APPEAL_LINT_VERBOSE === '1';
const TIMEOUT_S = Number(env.APPEAL_LINT_TIMEOUT_S || 600);
const CHROMIUM = env.APPEAL_LINT_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-breakpad',
  '--metrics-recording-only',
  '--no-pings',
  // No name resolves in the browser: only the loopback server can be reached.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];
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

function resolveServerMain() {
  if (env.APPEAL_LINT_VSCODE_SERVER) return env.APPEAL_LINT_VSCODE_SERVER;
  const cache = env.APPEAL_LINT_CACHE || path.join(os.homedir(), '.cache', 'appeal-lint');
  try {
    const p = fs.readFileSync(path.join(cache, 'vscode-server-path'), 'utf8').trim();
    if (p) return p;
  } catch { /* fall through to the default layout */ }
  return path.join(cache, 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// vscode-remote://127.0.0.1:PORT/abs/path, each segment percent-encoded.
function remoteUri(authority, absPath) {
  return `vscode-remote://${authority}${absPath.split('/').map(encodeURIComponent).join('/')}`;
}

// Keeps the last lines of the server output, printed when the run fails.
class Tail {
  constructor(max) { this.max = max; this.lines = []; this.partial = ''; }
  push(chunk) {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop();
    this.lines.push(...parts);
    if (this.lines.length > this.max) this.lines.splice(0, this.lines.length - this.max);
  }
  text() { return this.lines.concat(this.partial ? [this.partial] : []).join('\n'); }
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

function serverGroupAlive(pid) {
  try { process.kill(-pid, 0); return true; } catch { return false; }
}

async function killServerGroup() {
  const srv = state.server;
  if (!srv || !srv.pid) return;
  const pid = srv.pid;
  try { process.kill(-pid, 'SIGTERM'); } catch { return; }
  // Wait (bounded) for the whole group to go, then force it.
  const deadline = Date.now() + 3000;
  while (serverGroupAlive(pid) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  if (serverGroupAlive(pid)) {
    try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
  }
}

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((resolve) => { timer = setTimeout(resolve, ms); }),
  ]).finally(() => clearTimeout(timer));
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
  if (state.server && state.server.pid) {
    try { process.kill(-state.server.pid, 'SIGKILL'); } catch { /* gone */ }
  }
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
function startServer(serverMain, port, dirs) {
  const args = [
    serverMain,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--server-data-dir', dirs.serverData,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--log', 'info', // lower levels would also drop the extension host's console.log (mocha)
  ];
  const childEnv = { ...env };
  for (const k of ['ELECTRON_RUN_AS_NODE', 'VSCODE_IPC_HOOK_CLI', 'VSCODE_IPC_HOOK', 'VSCODE_PID',
    'VSCODE_CWD', 'VSCODE_NLS_CONFIG', 'VSCODE_HANDLES_UNCAUGHT_ERRORS', 'VSCODE_ESM_ENTRYPOINT',
    'VSCODE_CODE_CACHE_PATH']) delete childEnv[k];
  // code-server's build defaults the extension gallery to open-vsx.org, which the
  // server, the extension host and the workbench would query: '{}' disables it.
  childEnv.EXTENSIONS_GALLERY = '{}';
  // Unix socket paths are limited to 107 bytes: keep the system TMPDIR if ours is long.
  if (dirs.tmp.length <= 60) childEnv.TMPDIR = dirs.tmp;
  const child = spawn(process.execPath, args, {
    detached: true, // own process group: the extension host and its children die with it
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv,
  });
  state.server = child;
  const onData = (stream) => (d) => {
    const s = d.toString();
    state.serverTail.push(s);
    if (VERBOSE) stream.write(s.replace(/^(?=.)/gm, '[server] '));
  };
  child.stdout.on('data', onData(process.stderr));
  child.stderr.on('data', onData(process.stderr));
  return child;
}

// Resolves when the server answers HTTP; rejects if it exits first.
function waitForHttp(child, port, deadline) {
  return new Promise((resolve, reject) => {
    let done = false;
    let timer = null;
    const stop = () => { done = true; clearTimeout(timer); child.off('exit', onExit); };
    const onExit = (code, signal) => {
      if (done) return;
      stop();
      reject(new Error(`VS Code server exited before answering HTTP (code ${code}, signal ${signal})`));
    };
    child.on('exit', onExit);
    const attempt = () => {
      if (done) return;
      if (Date.now() > deadline) {
        stop();
        reject(new Error('VS Code server did not answer HTTP before the timeout'));
        return;
      }
      const req = http.get({ host: '127.0.0.1', port, path: '/', timeout: 2000 }, (res) => {
        res.resume();
        if (!done) { stop(); resolve(); }
      });
      req.on('timeout', () => req.destroy());
      req.on('error', () => { if (!done) timer = setTimeout(attempt, 100); }); // poll the real state
    };
    attempt();
  });
}

function writeSettings(dirs) {
  const settings = {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.settings.enableNaturalLanguageSearch': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'npm.fetchOnlinePackageInfo': false,
    'json.schemaDownload.enable': false,
    'typescript.disableAutomaticTypeAcquisition': true,
    'git.enabled': false,
    'git.autoRepositoryDetection': false,
    'chat.disableAIFeatures': true,
    'chat.commandCenter.enabled': false,
    'window.restoreWindows': 'none',
    'files.hotExit': 'off',
  };
  const json = JSON.stringify(settings, null, 2) + '\n';
  // User settings of the web workbench (code-server keeps them in <user-data-dir>/User)
  // and the server's machine settings.
  for (const dir of [path.join(dirs.userData, 'User'), path.join(dirs.serverData, 'data', 'Machine')]) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'settings.json'), json);
  }
}

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
  let playwright;
  try { playwright = require('playwright-core'); } catch (e) {
    await finish(1, `cannot load playwright-core (install the repo's devDependencies): ${e.message}`);
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
  const dirs = {
    serverData: path.join(state.tmp, 'server-data'),
    userData: path.join(state.tmp, 'user-data'),
    extensions: path.join(state.tmp, 'extensions'),
    tmp: path.join(state.tmp, 'tmp'), // TMPDIR of the server: its vscode-ipc-*.sock go with the run
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  writeSettings(dirs);

  // Start the server; a port taken between freePort() and listen() gets another try.
  let port;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    const child = startServer(serverMain, port, dirs);
    try {
      await waitForHttp(child, port, deadline);
      break;
    } catch (e) {
      const inUse = /EADDRINUSE/.test(state.serverTail.text());
      if (!inUse || attempt >= 3) throw e;
      state.server = null;
    }
  }
  say(`VS Code server ready on 127.0.0.1:${port} (${elapsed()}): ${serverMain}`);
  state.server.on('exit', (code, signal) => {
    finish(1, `VS Code server exited unexpectedly (code ${code}, signal ${signal})`);
  });

  let exitCode; // set by codeAutomationExit
  state.browser = await playwright.chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  state.browser.on('disconnected', () => {
    if (exitCode === undefined) finish(1, 'the browser went away before the tests finished');
  });
  const context = await state.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  // Belt and braces with --host-resolver-rules: nothing but the local server.
  await context.route((url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost'
    && (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:'),
  (route) => {
    if (VERBOSE) say(`blocked request to ${route.request().url()}`);
    return route.abort('blockedbyclient');
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
