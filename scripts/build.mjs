// Bundles the engine, the CLI, the language server and the VS Code client with esbuild.
// Type checking is separate (`npm run typecheck`, tsc -b).
import { build } from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', legalComments: 'none' };
const entries = [
  { in: 'server/src/engine.ts', out: 'server/out/engine.js' },
  { in: 'server/src/cli.ts', out: 'server/out/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/server.ts', out: 'server/out/server.js', banner: '#!/usr/bin/env node' },
  // Decodes spelling dictionaries off the main thread; found beside the bundles at run time.
  { in: 'server/src/spelling/worker.ts', out: 'server/out/spelling-worker.js' },
  { in: 'client/src/extension.ts', out: 'client/out/extension.js', external: ['vscode'] },
];
await Promise.all(
  entries
    .filter((e) => existsSync(e.in))
    .map((e) =>
      build({ ...common, entryPoints: [e.in], outfile: e.out, external: e.external ?? [], banner: e.banner ? { js: e.banner } : undefined }),
    ),
);
for (const e of entries) if (e.banner && existsSync(e.out)) chmodSync(e.out, 0o755);
// Spelling dictionaries, converted once to cspell's binary trie format beside the bundles
// (server/out/dictionaries/<package>@<version>.btrie): they load in milliseconds. The
// dictionary packages themselves are still read at run time when these are missing.
await createRequire(import.meta.url)('../server/out/engine.js').writeDictionaryCache('server/out/dictionaries');
