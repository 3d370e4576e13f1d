// Time from a change to its diagnostics over stdio, run by hand after `npm run build`:
// starts the built server as a push client, opens a 1,500-word appeal, then sends
// edits one at a time and measures until the publishDiagnostics of that version
// arrives. Printed twice: with the default 200 ms quiet period, and with lintDelay 0
// (the server's own work plus the protocol).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const base = readFileSync(path.join(root, 'examples/good.en.appeal.md'), 'utf8');
const text = base + '\n' + base.slice(base.indexOf('\n---', 4) + 4).repeat(2);

async function measure(lintDelay, runs) {
  const proc = spawn(process.execPath, [path.join(root, 'server/out/server.js'), '--stdio']);
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiters = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => waiters.get(p.version)?.(p));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { settings: { lintDelay } } });
  await conn.sendNotification('initialized', {});
  const uri = 'file:///tmp/bench/latency.appeal.md';
  const opened = new Promise((r) => waiters.set(1, r));
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await opened;
  const times = [];
  for (let v = 2; v < runs + 2; v++) {
    const done = new Promise((r) => waiters.set(v, r));
    const t0 = performance.now();
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: v % 2 ? 'x' : '' }],
    });
    await done;
    times.push(performance.now() - t0);
  }
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  proc.kill();
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)] };
}

const words = text.split(/\s+/).length;
for (const delay of [200, 0]) {
  const r = await measure(delay, delay ? 15 : 60);
  console.log(`lintDelay ${String(delay).padStart(3)} ms, ${words} words: change → diagnostics median ${r.median.toFixed(1)} ms, p90 ${r.p90.toFixed(1)} ms`);
}
