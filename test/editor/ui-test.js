#!/usr/bin/env node
/*
 * The browser test of the packaged extension: looks at Appeal Lint in a real VS Code
 * as a person would, through the screen and the keyboard only (no extension API, no
 * test payload).
 *
 *   node test/editor/ui-test.js
 *
 * 1. `npm run package` makes appeal-lint.vsix (or APPEAL_LINT_VSIX names one);
 * 2. the VS Code server of code-server (test/editor/setup-vscode.sh, run first; a
 *    no-op when installed) installs it into a fresh extensions dir;
 * 3. the server starts on 127.0.0.1 with a temporary copy of examples/ opened, and
 *    the workbench opens in headless chromium (nothing but 127.0.0.1 reachable);
 * 4. Quick Open (Ctrl+P) opens weak.en.appeal.md; the Problems panel (Ctrl+Shift+M)
 *    lists Appeal Lint's findings and the editor shows squiggles
 *    → .test-artifacts/editor-warnings.png;
 * 5. the repeated-word finding: its Problems row puts the cursor on it, Ctrl+. offers
 *    'Delete the second "…"', which is applied; the finding leaves the Problems panel
 *    and the other findings stay → .test-artifacts/editor-after-fix.png.
 * Every wait is on the page's state (no sleeps), bounded by APPEAL_LINT_UI_STEP_S.
 * The last stdout line is `N passed, N failed[, N skipped]` (one per check); the exit
 * status is 0 only when every check passed. Every exit path closes the browser,
 * kills the process groups it started and removes its temp dir.
 *
 * Env:
 *   APPEAL_LINT_VSIX          use this .vsix instead of running `npm run package`
 *   APPEAL_LINT_UI_TIMEOUT_S  whole-run timeout (default 600)
 *   APPEAL_LINT_UI_STEP_S     timeout of each wait on the page (default 120)
 *   APPEAL_LINT_ARTIFACTS     where screenshots go (default <repo>/.test-artifacts)
 *   APPEAL_LINT_VERBOSE=1     also print the server's output and the browser console
 *   APPEAL_LINT_KEEP_TMP=1    keep the temp dir (workspace, server and user data)
 *   and those of lib/vscode-server.js (APPEAL_LINT_CACHE, APPEAL_LINT_VSCODE_SERVER)
 *   and lib/browser.js (APPEAL_LINT_CHROMIUM).
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { launchBrowser, withTimeout } = require('./lib/browser');
const {
  REPO_ROOT, Tail, ensureServer, installVsix, killProcessGroup, killProcessGroupNow, listExtensions,
  makeDirs, startServer, writeSettings,
} = require('./lib/vscode-server');
const { runInGroup } = require('./lib/run');

const env = process.env;
const VERBOSE = env.APPEAL_LINT_VERBOSE === '1';
const TIMEOUT_S = Number(env.APPEAL_LINT_UI_TIMEOUT_S || 600);
const STEP_MS = Number(env.APPEAL_LINT_UI_STEP_S || 120) * 1000;
const ARTIFACTS = path.resolve(env.APPEAL_LINT_ARTIFACTS || path.join(REPO_ROOT, '.test-artifacts'));
const SHOT_WARNINGS = path.join(ARTIFACTS, 'editor-warnings.png');
const SHOT_AFTER_FIX = path.join(ARTIFACTS, 'editor-after-fix.png');
const SHOT_FAILURE = path.join(ARTIFACTS, 'editor-failure.png');
const TARGET = 'weak.en.appeal.md';
const EDITOR = '.editor-group-container.active .editor-instance .monaco-editor';
const EDITOR_LINES = `${EDITOR} .view-lines`;
const FALLBACK_TARGET = path.join(REPO_ROOT, 'test', 'editor', 'workspace', TARGET);

const MANIFEST = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const EXTENSION_ID = `${MANIFEST.publisher}.${MANIFEST.name}`;
// Every rule id the extension declares (its settings list them all).
const RULE_IDS = Object.keys(MANIFEST.contributes.configuration.properties['appealLint.rules'].properties);
const RULE_ID_RE = new RegExp(RULE_IDS.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

// The checks, in order; each counts as one in the closing line.
const CHECKS = [
  'the extension is packaged',
  'the packaged extension installs into the VS Code server',
  'the workbench opens the examples folder',
  `Quick Open opens ${TARGET} in an editor`,
  'the Problems panel lists Appeal Lint findings',
  'the editor shows squiggles under the findings',
  'the cursor goes to the repeated-word finding from its Problems row',
  'Ctrl+. offers the quick fix "Delete the second …"',
  'applying it removes the finding from the Problems panel and the word from the text',
  'the other findings are still listed after the fix',
];

const t0 = Date.now();
const say = (msg) => process.stderr.write(`[ui-test] ${msg}\n`);
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
const timings = [];

const state = {
  groups: new Set(), // pids of the process groups we started (npm, the VS Code server)
  browser: null,
  page: null,
  tmp: null,
  serverTail: new Tail(200),
  results: [], // { name, ok }
  current: null, // the check under way
  finishing: false,
};

// ---------------------------------------------------------------------------
async function finish(code, reason) {
  if (state.finishing) return;
  state.finishing = true;
  if (reason) say(reason);
  if (code !== 0 && state.serverTail.text() && !VERBOSE) {
    say('last lines of the VS Code server output:');
    process.stderr.write(state.serverTail.text().split('\n').slice(-40).join('\n').replace(/^/gm, '  | ') + '\n');
  }
  if (code !== 0 && state.page) {
    try {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await withTimeout(state.page.screenshot({ path: SHOT_FAILURE }), 10000);
      say(`screenshot of the failure: ${path.relative(process.cwd(), SHOT_FAILURE)}`);
    } catch (e) { say(`failure screenshot not saved: ${e.message}`); }
  }
  if (state.browser) await withTimeout(state.browser.close().catch(() => {}), 10000);
  await Promise.all([...state.groups].map((pid) => killProcessGroup(pid)));
  state.groups.clear();
  if (state.tmp) {
    if (env.APPEAL_LINT_KEEP_TMP === '1') say(`kept temp dir ${state.tmp}`);
    else fs.rmSync(state.tmp, { recursive: true, force: true, maxRetries: 3 });
  }
  if (timings.length) say(`timings: ${timings.map(([k, ms]) => `${k} ${secs(ms)}`).join(', ')}; total ${secs(Date.now() - t0)}`);
  // A check cut short (timeout, signal) counts as failed; so does an error outside any check.
  const passed = state.results.filter((r) => r.ok).length;
  let failed = state.results.length - passed;
  if (state.current) failed++;
  else if (code !== 0 && failed === 0) failed = 1;
  const skipped = Math.max(0, CHECKS.length - state.results.length - (state.current ? 1 : 0));
  process.stdout.write(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`);
  process.exit(code);
}

process.on('exit', () => { for (const pid of state.groups) killProcessGroupNow(pid); });
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(sig, () => finish(code, `received ${sig}, stopping`));
}
for (const s of [process.stdout, process.stderr]) s.on('error', () => {});
process.on('uncaughtException', (e) => finish(1, `internal error: ${e && e.stack || e}`));
process.on('unhandledRejection', (e) => finish(1, `internal error: ${e && e.stack || e}`));

class CheckFailed extends Error {}

/** Runs one check: fn returns a detail string, or throws the reason it failed. */
async function check(name, fn) {
  if (!CHECKS.includes(name)) throw new Error(`unknown check ${name}`);
  const start = Date.now();
  state.current = name;
  try {
    const detail = await fn();
    state.current = null;
    state.results.push({ name, ok: true });
    process.stdout.write(`ok   ${name}${detail ? ` — ${detail}` : ''} (${secs(Date.now() - start)})\n`);
  } catch (e) {
    if (state.finishing) throw e; // stopped from outside (signal, timeout): finish() counts it
    state.current = null;
    state.results.push({ name, ok: false });
    process.stdout.write(`FAIL ${name}\n     ${String(e && e.message || e).split('\n').join('\n     ')}\n`);
    throw new CheckFailed(name);
  }
}

/** Runs a command in its own process group (killed on every exit path); resolves with its output. */
function run(cmd, args, opts = {}) {
  return runInGroup(cmd, args, state.groups, { cwd: REPO_ROOT, ...opts });
}

/**
 * Where a writer's doubled word can be made: the first lowercase "the" in a prose
 * line of the body (not the front matter, a heading, a list, a quote, a table or
 * code). Returns { line, column, word } (1-based), or undefined.
 */
function spotToDouble(text) {
  const lines = text.split(/\r?\n/);
  let i = 0;
  if (lines[0] === '---') { i = lines.indexOf('---', 1) + 1; if (i === 0) return undefined; }
  let fenced = false;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (/^\s*(```|~~~)/.test(l)) { fenced = !fenced; continue; }
    if (fenced || /^\s*([#>|*+-]|\d+[.)]|<)/.test(l)) continue;
    const m = / the /.exec(l);
    if (m) return { line: i + 1, column: m.index + 2, word: 'the' };
  }
  return undefined;
}

/** A text of the page, with Monaco's non-breaking spaces as spaces. */
const norm = (s) => String(s || '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------
async function main() {
  setTimeout(() => finish(1, `TIMEOUT: the UI test did not finish within ${TIMEOUT_S}s (APPEAL_LINT_UI_TIMEOUT_S)`), TIMEOUT_S * 1000).unref();
  const deadline = t0 + TIMEOUT_S * 1000;

  // --- 1. package --------------------------------------------------------------
  let vsix;
  await check('the extension is packaged', async () => {
    const start = Date.now();
    if (env.APPEAL_LINT_VSIX) {
      vsix = path.resolve(env.APPEAL_LINT_VSIX);
    } else {
      vsix = path.join(REPO_ROOT, 'appeal-lint.vsix');
      fs.rmSync(vsix, { force: true });
      say('npm run package (build + vsce package)…');
      const r = await run('npm', ['run', '-s', 'package']);
      timings.push(['package', Date.now() - start]);
      if (r.code !== 0) throw new Error(`npm run package exited with ${r.code ?? r.signal}:\n${r.output.trim().split('\n').slice(-30).join('\n')}`);
    }
    if (!fs.existsSync(vsix)) throw new Error(`${vsix} was not written`);
    return `${path.relative(REPO_ROOT, vsix)}, ${(fs.statSync(vsix).size / 1048576).toFixed(2)} MB`;
  });

  // --- 2. VS Code server, install ---------------------------------------------------
  let serverMain;
  let dirs;
  await check('the packaged extension installs into the VS Code server', async () => {
    serverMain = ensureServer(env);
    state.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'appeal-lint-ui-'));
    dirs = makeDirs(state.tmp);
    const start = Date.now();
    installVsix(serverMain, vsix, dirs);
    timings.push(['install', Date.now() - start]);
    const expected = `${EXTENSION_ID}@${MANIFEST.version}`;
    const installed = listExtensions(serverMain, dirs);
    if (!installed.includes(expected)) throw new Error(`--list-extensions shows ${JSON.stringify(installed)}, not ${expected}`);
    // What the extension reads at run time is in the installed folder.
    const extDir = path.join(dirs.extensions, `${EXTENSION_ID}-${MANIFEST.version}`);
    const needed = ['client/out/extension.js', 'server/out/server.js', 'server/out/spelling-worker.js', 'package.nls.json',
      'package.nls.fr.json', 'l10n/bundle.l10n.fr.json', 'server/out/dictionaries'];
    const missing = needed.filter((f) => !fs.existsSync(path.join(extDir, f)));
    if (missing.length) throw new Error(`missing in ${extDir}: ${missing.join(', ')}`);
    return expected;
  });

  // --- 3. workspace, server, browser -----------------------------------------------
  let page;
  let targetText;
  await check('the workbench opens the examples folder', async () => {
    const workspace = path.join(state.tmp, 'examples');
    fs.cpSync(path.join(REPO_ROOT, 'examples'), workspace, { recursive: true });
    if (!fs.existsSync(path.join(workspace, TARGET))) {
      say(`examples/${TARGET} does not exist (yet): using ${path.relative(REPO_ROOT, FALLBACK_TARGET)}`);
      fs.copyFileSync(FALLBACK_TARGET, path.join(workspace, TARGET));
    }
    targetText = fs.readFileSync(path.join(workspace, TARGET), 'utf8');
    writeSettings(dirs, { 'editor.minimap.enabled': false });

    const serverStart = Date.now();
    const { child, port } = await startServer(serverMain, {
      dirs,
      deadline,
      tail: state.serverTail,
      onSpawn: (c) => state.groups.add(c.pid),
      onOutput: VERBOSE ? (s) => process.stderr.write(s.replace(/^(?=.)/gm, '[server] ')) : undefined,
    });
    child.on('exit', (code, signal) => {
      state.groups.delete(child.pid);
      finish(1, `VS Code server exited unexpectedly (code ${code}, signal ${signal})`);
    });
    timings.push(['server start', Date.now() - serverStart]);

    const { browser, context } = await launchBrowser({ onBlocked: (url) => { if (VERBOSE) say(`blocked request to ${url}`); } });
    state.browser = browser;
    browser.on('disconnected', () => finish(1, 'the browser went away'));
    page = await context.newPage();
    state.page = page;
    page.setDefaultTimeout(STEP_MS);
    page.on('crash', () => finish(1, 'the workbench page crashed'));
    if (VERBOSE) {
      page.on('console', (m) => say(`console.${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => say(`page error: ${e.message}`));
    }

    const url = `http://127.0.0.1:${port}/?${new URLSearchParams({ folder: workspace })}`;
    const start = Date.now();
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: STEP_MS });
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible' });
    // The Explorer shows the folder's files, as a person sees them.
    await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: TARGET }).first().waitFor({ state: 'visible' });
    timings.push(['workbench', Date.now() - start]);
    return url;
  });

  // --- 4. open the file, see the findings ------------------------------------------
  const editor = page.locator(EDITOR).first();
  await check(`Quick Open opens ${TARGET} in an editor`, async () => {
    await page.keyboard.press('Control+P');
    const quickInput = page.locator('.quick-input-widget');
    await quickInput.locator('input').first().waitFor({ state: 'visible' });
    await page.keyboard.type(TARGET);
    await quickInput.locator('.monaco-list-row').filter({ hasText: TARGET }).first().waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active').filter({ hasText: TARGET }).waitFor({ state: 'visible' });
    await editor.locator('.view-lines .view-line').first().waitFor({ state: 'visible' });
    return 'tab active, text shown';
  });

  const problems = page.locator('.markers-panel');
  const problemRows = problems.locator('.monaco-list-row');
  const findingRows = problemRows.filter({ hasText: RULE_ID_RE });
  const rowTexts = async () => (await problemRows.allTextContents()).map(norm);
  await check('the Problems panel lists Appeal Lint findings', async () => {
    await page.keyboard.press('Control+Shift+M');
    await problems.waitFor({ state: 'visible' });
    await findingRows.first().waitFor({ state: 'visible' });
    const ids = [...new Set((await rowTexts()).map((t) => (t.match(RULE_ID_RE) || [])[0]).filter(Boolean))];
    return `rows for ${ids.join(', ')}${ids.includes('form/placeholder') ? '' : ' (no form/placeholder row shown)'}`;
  });

  await check('the editor shows squiggles under the findings', async () => {
    const squiggles = editor.locator('.squiggly-error, .squiggly-warning, .squiggly-info');
    await squiggles.first().waitFor({ state: 'attached' });
    const n = await squiggles.count();
    await page.mouse.move(1, 400); // no hover box over the screenshot
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: SHOT_WARNINGS });
    return `${n} squiggle decorations; screenshot ${path.relative(REPO_ROOT, SHOT_WARNINGS)}`;
  });

  // --- 5. the repeated word: cursor, Ctrl+., fix ----------------------------------
  // Filter the Problems list down to the rule, as one would in a long list.
  const filter = page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
  const repeatedRows = problemRows.filter({ hasText: 'form/repeated-word' });
  let word;
  let before;
  // "word word" in the editor's rendered lines (a wrapped line may split it: \s*).
  const repeatedSource = () => `\\b${word}\\s*${word}\\b`;
  const repeatedCount = async () => {
    const text = norm(await page.locator(EDITOR_LINES).first().textContent());
    return (text.match(new RegExp(repeatedSource(), 'gi')) || []).length;
  };
  let thisRow; // the Problems row of the finding that gets fixed
  await check('the cursor goes to the repeated-word finding from its Problems row', async () => {
    await filter.waitFor({ state: 'visible' });
    await filter.click();
    await filter.fill('form/repeated-word');
    // Either the file has a repeated word, or the filtered list says it has no match.
    const noMatch = problems.locator('.message-box-container').filter({ hasText: /No results/i });
    await repeatedRows.first().or(noMatch).first().waitFor({ state: 'visible' });
    let typed = '';
    if (await repeatedRows.count() === 0) {
      // None in this appeal: make the slip a writer makes, a doubled "the", in its prose.
      const spot = spotToDouble(targetText);
      if (!spot) throw new Error(`${TARGET} has no repeated word, and no "the" in its prose to double`);
      await page.keyboard.press('Control+G'); // Go to Line/Column
      await page.locator('.quick-input-widget input').first().waitFor({ state: 'visible' });
      await page.keyboard.type(`${spot.line}:${spot.column}`);
      await page.keyboard.press('Enter');
      await page.locator(`${EDITOR}.focused`).waitFor({ state: 'visible' });
      await page.locator('[id="status.editor.selection"]').filter({ hasText: `Ln ${spot.line}, Col ${spot.column}` }).waitFor({ state: 'visible' });
      await page.keyboard.type(`${spot.word} `);
      // The finding arrives in the (filtered) tree; but the Problems view keeps its
      // "No results" message over it until the filter changes: filter again.
      await repeatedRows.first().waitFor({ state: 'attached' });
      await filter.fill('');
      await filter.fill('form/repeated-word');
      typed = ` (typed "${spot.word} " at Ln ${spot.line}, Col ${spot.column}: ${TARGET} has no repeated word)`;
    }
    const row = repeatedRows.first();
    await row.waitFor({ state: 'visible' });
    const text = norm(await row.textContent());
    const m = text.match(/"([^"]+)"/);
    const pos = text.match(/\[Ln (\d+), Col (\d+)\]/);
    if (!m || !pos) throw new Error(`unexpected row text: ${text}`);
    word = m[1];
    // A double-click on the message (not on the rule's link, which opens its doc page)
    // opens the editor at the finding, selects it and gives the editor the focus.
    await row.locator('.marker-message').first().dblclick();
    await page.locator(`${EDITOR}.focused`).waitFor({ state: 'visible' });
    await page.locator('.tabs-container .tab.active').filter({ hasText: TARGET }).waitFor({ state: 'visible' });
    // The status bar shows the cursor on the finding's line ("Ln 12, Col 64 (7 selected)").
    const selection = page.locator('[id="status.editor.selection"]');
    await selection.filter({ hasText: new RegExp(`Ln ${pos[1]}, Col \\d+`) }).waitFor({ state: 'visible' });
    thisRow = repeatedRows.filter({ hasText: `[Ln ${pos[1]}, Col ${pos[2]}]` });
    before = await repeatedCount();
    if (before < 1) throw new Error(`the editor does not show "${word} ${word}"`);
    return `"${word}" at Ln ${pos[1]}, Col ${pos[2]}${typed}`;
  });

  let fixTitle;
  const actionWidget = page.locator('.action-widget');
  await check('Ctrl+. offers the quick fix "Delete the second …"', async () => {
    fixTitle = `Delete the second "${word}"`;
    await page.keyboard.press('Control+.');
    await actionWidget.waitFor({ state: 'visible' });
    const item = actionWidget.locator('.monaco-list-row').filter({ hasText: fixTitle }).first();
    await item.waitFor({ state: 'visible' });
    const titles = (await actionWidget.locator('.monaco-list-row').allTextContents()).map(norm).filter(Boolean);
    return `menu: ${titles.join(' | ')}`;
  });

  await check('applying it removes the finding from the Problems panel and the word from the text', async () => {
    const item = actionWidget.locator('.monaco-list-row').filter({ hasText: fixTitle }).first();
    // The menu lies under a pointer block until the mouse moves (no click by accident):
    // move onto the item, as a hand does, then click it.
    const box = await item.boundingBox();
    if (!box) throw new Error('the quick fix item has no box on the screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    await page.locator('.context-view-pointerBlock').waitFor({ state: 'detached' });
    await item.click();
    await actionWidget.waitFor({ state: 'hidden' });
    await thisRow.first().waitFor({ state: 'detached' });
    // The editor shows one "word word" less.
    try {
      await page.waitForFunction(({ selector, source, expected }) => {
        const el = document.querySelector(selector);
        const text = (el && el.textContent || '').replace(/\u00a0/g, ' ');
        return (text.match(new RegExp(source, 'gi')) || []).length === expected;
      }, { selector: EDITOR_LINES, source: repeatedSource(), expected: before - 1 });
    } catch {
      throw new Error(`"${word} ${word}" shown ${before} time(s) before the fix, ${await repeatedCount()} after`);
    }
    return 'row gone, text fixed';
  });

  await check('the other findings are still listed after the fix', async () => {
    await filter.fill('');
    await findingRows.first().waitFor({ state: 'visible' });
    const texts = await rowTexts();
    if (await thisRow.count() > 0) throw new Error('the repeated-word finding is back');
    await page.mouse.move(1, 400);
    await page.screenshot({ path: SHOT_AFTER_FIX });
    const ids = [...new Set(texts.map((t) => (t.match(RULE_ID_RE) || [])[0]).filter(Boolean))];
    return `rows for ${ids.join(', ')}; screenshot ${path.relative(REPO_ROOT, SHOT_AFTER_FIX)}`;
  });

  await finish(0);
}

main().catch((e) => {
  if (e instanceof CheckFailed) finish(1, `check failed: ${e.message}`);
  else finish(1, `error: ${e && e.stack || e}`);
});
