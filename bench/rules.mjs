// Per-rule time on a 1,500-word appeal in each language (run by hand after `npm run build`):
// finds the rules that dominate the lint budget.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { createEngine } = require(path.join(root, 'server/out/engine.js'));
const engine = await createEngine();
for (const lang of ['en', 'fr']) {
  await engine.ready(lang);
  const base = readFileSync(path.join(root, `examples/good.${lang}.appeal.md`), 'utf8');
  const body = base.slice(base.indexOf('\n---', 4) + 4);
  const text = base + body.repeat(2);
  const rows = [];
  for (const r of engine.rules) {
    const config = { rules: Object.fromEntries(engine.rules.map((x) => [x.id, x.id === r.id ? 'warning' : 'off'])) };
    for (let i = 0; i < 5; i++) engine.lint(text, { config });
    const t = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      engine.lint(text, { config });
      t.push(performance.now() - t0);
    }
    t.sort((a, b) => a - b);
    rows.push([r.id, t[15]]);
  }
  const none = { rules: Object.fromEntries(engine.rules.map((x) => [x.id, 'off'])) };
  const t = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    engine.lint(text, { config: none });
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  const parse = t[15];
  console.log(`\n${lang}: parse + config (all rules off) ${parse.toFixed(2)} ms; each rule on its own, minus that:`);
  for (const [id, ms] of rows.sort((a, b) => b[1] - a[1])) console.log(`  ${(ms - parse).toFixed(2).padStart(7)} ms  ${id}`);
}
