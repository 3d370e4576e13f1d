/*
 * The VS Code server bundled in the npm package code-server (installed outside the
 * repository by test/editor/setup-vscode.sh): where it is, how to start it on
 * 127.0.0.1 in its own process group with fresh data dirs, quiet settings and no
 * extension gallery, how to install a .vsix into it, and how to stop it.
 *
 * Used by vscode-launcher.js (extension tests), ui-test.js (browser test of the
 * packaged extension) and try-out.js (`npm start`).
 */
'use strict';

const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const SETUP_SCRIPT = path.join(REPO_ROOT, 'test', 'editor', 'setup-vscode.sh');

/** setup-vscode.sh's cache root. */
function cacheRoot(env = process.env) {
  return env.APPEAL_LINT_CACHE || path.join(os.homedir(), '.cache', 'appeal-lint');
}

/** Path of lib/vscode/out/server-main.js: $APPEAL_LINT_VSCODE_SERVER, else what setup wrote. */
function resolveServerMain(env = process.env) {
  if (env.APPEAL_LINT_VSCODE_SERVER) return env.APPEAL_LINT_VSCODE_SERVER;
  const cache = cacheRoot(env);
  try {
    const p = fs.readFileSync(path.join(cache, 'vscode-server-path'), 'utf8').trim();
    if (p) return p;
  } catch { /* fall through to the default layout */ }
  return path.join(cache, 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
}

/**
 * Runs setup-vscode.sh (a no-op, under a second, when everything is installed) and
 * returns the path of server-main.js. Its progress goes to our stderr. Throws with
 * the script's exit status in `status` (2: Debian packages are missing and we are
 * not root; the script has printed the apt-get line).
 */
function ensureServer(env = process.env) {
  if (env.APPEAL_LINT_VSCODE_SERVER) {
    if (!fs.existsSync(env.APPEAL_LINT_VSCODE_SERVER)) throw new Error(`APPEAL_LINT_VSCODE_SERVER=${env.APPEAL_LINT_VSCODE_SERVER} does not exist`);
    return env.APPEAL_LINT_VSCODE_SERVER;
  }
  const r = spawnSync('bash', [SETUP_SCRIPT], { stdio: ['ignore', 'pipe', 'inherit'], env, encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    const e = new Error(`${path.relative(process.cwd(), SETUP_SCRIPT) || SETUP_SCRIPT} failed (exit status ${r.status})`);
    e.status = r.status;
    throw e;
  }
  const lines = r.stdout.trim().split('\n');
  const serverMain = lines[lines.length - 1].trim();
  if (!serverMain || !fs.existsSync(serverMain)) throw new Error(`setup-vscode.sh printed no usable server path (${JSON.stringify(serverMain)})`);
  return serverMain;
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

/** vscode-remote://127.0.0.1:PORT/abs/path, each segment percent-encoded. */
function remoteUri(authority, absPath) {
  return `vscode-remote://${authority}${absPath.split('/').map(encodeURIComponent).join('/')}`;
}

/** Keeps the last lines of a stream (the server's output, printed when a run fails). */
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

/** User settings of a fresh session: no trust prompt, no welcome page, nothing that goes online. */
const QUIET_SETTINGS = Object.freeze({
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
});

/**
 * Writes the settings as the web workbench's user settings (code-server keeps them
 * in <user-data-dir>/User) and as the server's machine settings. With
 * keepExisting, a settings file that is already there is left as it is.
 */
function writeSettings(dirs, extra = {}, { keepExisting = false } = {}) {
  const json = JSON.stringify({ ...QUIET_SETTINGS, ...extra }, null, 2) + '\n';
  for (const dir of [path.join(dirs.userData, 'User'), path.join(dirs.serverData, 'data', 'Machine')]) {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'settings.json');
    if (keepExisting && fs.existsSync(file)) continue;
    fs.writeFileSync(file, json);
  }
}

/** The server's folders under root (created): server data, user data, extensions, TMPDIR. */
function makeDirs(root) {
  const dirs = {
    root,
    serverData: path.join(root, 'server-data'),
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    tmp: path.join(root, 'tmp'), // TMPDIR of the server: its vscode-ipc-*.sock stay with the run
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  return dirs;
}

/** The server's environment: no VS Code variables of a parent editor, no gallery, our TMPDIR. */
function serverEnv(dirs, base = process.env) {
  const childEnv = { ...base };
  for (const k of ['ELECTRON_RUN_AS_NODE', 'VSCODE_IPC_HOOK_CLI', 'VSCODE_IPC_HOOK', 'VSCODE_PID',
    'VSCODE_CWD', 'VSCODE_NLS_CONFIG', 'VSCODE_HANDLES_UNCAUGHT_ERRORS', 'VSCODE_ESM_ENTRYPOINT',
    'VSCODE_CODE_CACHE_PATH']) delete childEnv[k];
  // code-server's build defaults the extension gallery to open-vsx.org, which the
  // server, the extension host and the workbench would query: '{}' disables it.
  childEnv.EXTENSIONS_GALLERY = '{}';
  // Unix socket paths are limited to 107 bytes: keep the system TMPDIR if ours is long.
  if (dirs.tmp && dirs.tmp.length <= 60) {
    fs.mkdirSync(dirs.tmp, { recursive: true });
    childEnv.TMPDIR = dirs.tmp;
  }
  return childEnv;
}

/**
 * Spawns `node server-main.js` on 127.0.0.1:port as the leader of its own process
 * group (the extension host and the language server die with the group).
 * extraArgs: e.g. ['--enable-smoke-test-driver']; log: the server's --log level.
 */
function spawnServer(serverMain, { port, dirs, extraArgs = [], log = 'info', env = process.env, onOutput }) {
  const args = [
    serverMain,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--server-data-dir', dirs.serverData,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--log', log,
    ...extraArgs,
  ];
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: serverEnv(dirs, env),
  });
  if (onOutput) {
    child.stdout.on('data', (d) => onOutput(d.toString(), 'stdout'));
    child.stderr.on('data', (d) => onOutput(d.toString(), 'stderr'));
  } else {
    child.stdout.resume();
    child.stderr.resume();
  }
  return child;
}

/**
 * Resolves when the server answers HTTP; rejects if it exits first, at the deadline
 * (ms epoch), or when the AbortSignal fires.
 */
function waitForHttp(child, port, deadline, signal) {
  return new Promise((resolve, reject) => {
    let done = false;
    let timer = null;
    const stop = () => {
      done = true;
      clearTimeout(timer);
      child.off('exit', onExit);
      if (signal) signal.removeEventListener('abort', onAbort);
    };
    const onExit = (code, sig) => {
      if (done) return;
      stop();
      reject(new Error(`VS Code server exited before answering HTTP (code ${code}, signal ${sig})`));
    };
    const onAbort = () => {
      if (done) return;
      stop();
      reject(signal.reason);
    };
    child.on('exit', onExit);
    if (signal) {
      if (signal.aborted) { onAbort(); return; }
      signal.addEventListener('abort', onAbort);
    }
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

/**
 * Starts the server and waits until it answers HTTP. Without a port, a free one is
 * taken (and another one tried if it was taken in between). onSpawn(child) is called
 * for every child spawned, at once, so that the caller can kill it whatever happens.
 * Returns { child, port }.
 */
async function startServer(serverMain, { port: fixedPort, dirs, extraArgs, log, env, onOutput, onSpawn, deadline, tail = new Tail(200) }) {
  for (let attempt = 1; ; attempt++) {
    const port = fixedPort || await freePort();
    // The server does not exit when its port is taken: it says EADDRINUSE and lives on
    // (and whatever holds the port may answer HTTP), so its output is watched for that.
    const inUse = new AbortController();
    const child = spawnServer(serverMain, {
      port, dirs, extraArgs, log, env,
      onOutput: (s, stream) => {
        tail.push(s);
        if (!inUse.signal.aborted && /EADDRINUSE/.test(s)) inUse.abort(new Error(`port ${port} on 127.0.0.1 is already in use`));
        if (onOutput) onOutput(s, stream);
      },
    });
    if (onSpawn) onSpawn(child);
    try {
      await waitForHttp(child, port, deadline, inUse.signal);
      return { child, port };
    } catch (e) {
      if (!inUse.signal.aborted) throw e;
      await killProcessGroup(child.pid);
      if (fixedPort || attempt >= 3) throw e;
    }
  }
}

function processGroupAlive(pid) {
  try { process.kill(-pid, 0); return true; } catch { return false; }
}

/** SIGTERM to the whole group, then SIGKILL after graceMs if anything is left. */
async function killProcessGroup(pid, graceMs = 3000) {
  if (!pid) return;
  try { process.kill(-pid, 'SIGTERM'); } catch { return; }
  const deadline = Date.now() + graceMs;
  while (processGroupAlive(pid) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  if (processGroupAlive(pid)) {
    try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
  }
}

/** For process.on('exit'): no waiting possible there. */
function killProcessGroupNow(pid) {
  if (!pid) return;
  try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
}

/** Runs server-main.js as a CLI (--install-extension, --list-extensions…) on dirs. */
function serverCli(serverMain, args, dirs, { timeoutMs = 120000 } = {}) {
  const r = spawnSync(process.execPath, [
    serverMain, ...args,
    '--extensions-dir', dirs.extensions,
    '--server-data-dir', dirs.serverData,
    '--user-data-dir', dirs.userData,
    '--accept-server-license-terms',
  ], { env: serverEnv(dirs), encoding: 'utf8', timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) throw r.error;
  return { status: r.status, output: `${r.stdout}${r.stderr}`.trim() };
}

/** Installs a .vsix into dirs.extensions (replacing the same version). Throws with the CLI's output. */
function installVsix(serverMain, vsix, dirs) {
  const r = serverCli(serverMain, ['--install-extension', path.resolve(vsix), '--force'], dirs);
  if (r.status !== 0 || !/successfully installed/i.test(r.output)) {
    throw new Error(`installing ${vsix} failed (exit status ${r.status}):\n${r.output}`);
  }
  return r.output;
}

/** The installed extensions as ["publisher.name@version", …]. */
function listExtensions(serverMain, dirs) {
  const r = serverCli(serverMain, ['--list-extensions', '--show-versions'], dirs);
  if (r.status !== 0) throw new Error(`--list-extensions failed (exit status ${r.status}):\n${r.output}`);
  return r.output.split('\n').map((l) => l.trim()).filter((l) => /^[\w.-]+\.[\w.-]+@/.test(l));
}

module.exports = {
  REPO_ROOT,
  SETUP_SCRIPT,
  QUIET_SETTINGS,
  Tail,
  cacheRoot,
  ensureServer,
  freePort,
  installVsix,
  killProcessGroup,
  killProcessGroupNow,
  listExtensions,
  makeDirs,
  processGroupAlive,
  remoteUri,
  resolveServerMain,
  serverCli,
  serverEnv,
  spawnServer,
  startServer,
  waitForHttp,
  writeSettings,
};
