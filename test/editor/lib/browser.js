/*
 * Debian's headless chromium through playwright-core, for the VS Code web workbench:
 * flags that work on these machines, and a browser context that reaches nothing but
 * the local server (no name resolves, and a route aborts any other request).
 */
'use strict';

const fs = require('fs');

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const CHROMIUM_ARGS = Object.freeze([
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
  // (MAP * also maps IP literals, hence EXCLUDE 127.0.0.1.)
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
]);

function chromiumPath(env = process.env) {
  return env.APPEAL_LINT_CHROMIUM || DEFAULT_CHROMIUM;
}

/** playwright-core (a devDependency), with a message that says what to do when it is missing. */
function loadPlaywright() {
  try {
    return require('playwright-core');
  } catch (e) {
    throw new Error(`cannot load playwright-core (install the repo's devDependencies: npm ci): ${e.message}`);
  }
}

/**
 * Launches chromium and opens a context limited to 127.0.0.1.
 * Signals are left to the caller (handleSIG* false): it closes the browser itself.
 * onBlocked(url) is called for each request that was stopped.
 * Returns { browser, context }.
 */
async function launchBrowser({ executablePath = chromiumPath(), viewport = { width: 1280, height: 800 }, onBlocked } = {}) {
  if (!fs.existsSync(executablePath)) throw new Error(`${executablePath} not found; run: bash test/editor/setup-vscode.sh`);
  const playwright = loadPlaywright();
  const browser = await playwright.chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS],
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  try {
    const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
    // Belt and braces with --host-resolver-rules: nothing but the local server.
    await context.route((url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost'
      && (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:'),
    (route) => {
      if (onBlocked) onBlocked(route.request().url());
      return route.abort('blockedbyclient');
    });
    return { browser, context };
  } catch (e) {
    await browser.close().catch(() => {});
    throw e;
  }
}

/** Resolves with the promise's value, or undefined after ms (for cleanup steps that must not hang). */
function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((resolve) => { timer = setTimeout(resolve, ms); }),
  ]).finally(() => clearTimeout(timer));
}

module.exports = { CHROMIUM_ARGS, DEFAULT_CHROMIUM, chromiumPath, launchBrowser, loadPlaywright, withTimeout };
