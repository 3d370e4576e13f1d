'use strict';
/** Running a command in its own process group, so that every exit path can kill it whole. */
const { spawn } = require('child_process');

/**
 * Runs `cmd args` detached (its own process group); the group's pid is kept in `groups`
 * while it runs, for the caller's cleanup. Resolves with { code, signal, output }.
 */
function runInGroup(cmd, args, groups, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    groups.add(child.pid);
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      groups.delete(child.pid);
      resolve({ code, signal, output: out });
    });
  });
}

module.exports = { runInGroup };
