#!/usr/bin/env node
/*
 * Runs extension tests in a real VS Code (see vscode-launcher.js) through
 * @vscode/test-electron's runTests(), as on a desktop, without downloading VS Code.
 *
 *   node test/editor/runTest.js <compiled test index> [workspace folder|file] [-- extra VS Code args]
 *
 *   --extensionDevelopmentPath=DIR   extension under test (default: env
 *                                    APPEAL_LINT_EXTENSION_PATH, else the repo root)
 *
 * The test index is a module exporting run(): Promise<void> (mocha inside).
 * Exit code: the tests' code (0 = all passed). Needs `bash test/editor/setup-vscode.sh` once.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

function usage(msg) {
  if (msg) console.error(`runTest: ${msg}`);
  console.error('usage: node test/editor/runTest.js [--extensionDevelopmentPath=DIR] <test index> [workspace] [-- extra args]');
  process.exit(2);
}

function parse(argv) {
  const opts = {
    devPath: process.env.APPEAL_LINT_EXTENSION_PATH || path.resolve(__dirname, '..', '..'),
    positional: [],
    extra: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { opts.extra = argv.slice(i + 1); break; }
    if (a.startsWith('--extensionDevelopmentPath=')) opts.devPath = a.slice(a.indexOf('=') + 1);
    else if (a === '--extensionDevelopmentPath') opts.devPath = argv[++i];
    else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else opts.positional.push(a);
  }
  if (opts.positional.length < 1 || opts.positional.length > 2) usage('expected a test index and at most one workspace');
  return opts;
}

// runTests() only handles SIGINT (it forwards it to VS Code and waits for it to
// close): route SIGTERM/SIGHUP the same way so the launcher can clean up.
for (const sig of ['SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (process.listenerCount('SIGINT') > 0) process.emit('SIGINT', 'SIGINT');
    else process.exit(128 + (sig === 'SIGTERM' ? 15 : 1));
  });
}

async function main() {
  const opts = parse(process.argv.slice(2));
  const extensionDevelopmentPath = path.resolve(opts.devPath);
  const extensionTestsPath = path.resolve(opts.positional[0]);
  const workspace = opts.positional[1] ? path.resolve(opts.positional[1]) : undefined;
  for (const p of [extensionDevelopmentPath, extensionTestsPath, workspace]) {
    if (p && !fs.existsSync(p) && !fs.existsSync(p + '.js')) usage(`not found: ${p}`);
  }

  // runTests() spawns vscodeExecutablePath directly (no shell), so the launcher must be
  // executable (#!/usr/bin/env node). If the exec bit got lost, run it through node:
  // runTests() puts launchArgs before its own arguments.
  const launcher = path.join(__dirname, 'vscode-launcher.js');
  let vscodeExecutablePath = launcher;
  const launchArgs = [];
  try { fs.accessSync(launcher, fs.constants.X_OK); } catch {
    vscodeExecutablePath = process.execPath;
    launchArgs.push(launcher);
  }
  if (workspace) launchArgs.push(workspace);
  launchArgs.push('--disable-extensions', ...opts.extra);

  // CI reads a plain "N passed, N failed" line only when it is the last line, but
  // runTests() prints "Exit code: N" after the tests: remember the tests' summary
  // line and print it again at the very end.
  let summary;
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    const m = String(chunk).match(/^(?:\w+: )?\d+ passed, \d+ failed(?:, \d+ skipped)?$/m);
    if (m) summary = m[0];
    return write(chunk, ...rest);
  };
  const end = (code) => {
    if (summary) write(summary + '\n');
    process.exit(code);
  };

  try {
    const code = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs,
      reuseMachineInstall: true, // no --user-data-dir under ./.vscode-test (the launcher uses temp dirs)
    });
    end(code);
  } catch (e) {
    console.error(`runTest: ${e && e.message || e}`);
    end(e && typeof e.code === 'number' && e.code !== 0 ? e.code : 1);
  }
}

main();
