// Compiles the editor tests (test/editor/suite/*.ts) for VS Code's extension host:
// one CommonJS file per test, with `vscode` and `mocha` left to the host's require.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';

const dir = 'test/editor/suite';
const entries = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`);
await build({
  entryPoints: entries,
  outdir: 'test/editor/out',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
