// Benchmark, run by hand (`npm run bench`, after `npm run build`): lints appeals of about
// 300, 1,500 and 15,000 words in English and French through the built engine and prints
// the median time per document, the parse share, and the peak memory of this process.
// Spelling dictionaries are loaded first (their load time is printed) so that the
// figures include every rule.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { createEngine, parseDocument } = require(path.join(root, 'server/out/engine.js'));

const sources = {
  en: readFileSync(path.join(root, 'examples/good.en.appeal.md'), 'utf8'),
  fr: readFileSync(path.join(root, 'examples/good.fr.appeal.md'), 'utf8'),
};

/** An appeal of about `words` body words: the example's header, then its body repeated. */
function makeDoc(text, words) {
  const end = text.indexOf('\n---', 4) + 4;
  const header = text.slice(0, end);
  const body = text.slice(end);
  const bodyWords = body.split(/\s+/).filter(Boolean).length;
  const paras = body.split(/\n\n/);
  let out = header;
  let count = 0;
  while (count < words) {
    for (const p of paras) {
      if (count >= words) break;
      out += p + '\n\n';
      count += p.split(/\s+/).filter(Boolean).length;
    }
  }
  return { text: out, words: count, bodyWords };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

let peak = process.memoryUsage().rss;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const mb = (n) => (n / 1024 / 1024).toFixed(0) + ' MB';

const baseline = process.memoryUsage().rss;
const engine = await createEngine();
for (const lang of ['en', 'fr']) {
  const t0 = performance.now();
  await engine.ready(lang);
  sample();
  console.log(`dictionary ${lang}: ready in ${(performance.now() - t0).toFixed(0)} ms, rss ${mb(process.memoryUsage().rss)}`);
}

console.log('\nlang  words   lint median   parse median   findings');
for (const lang of ['en', 'fr']) {
  for (const target of [300, 1500, 15000]) {
    const { text, words } = makeDoc(sources[lang], target);
    const runs = target >= 15000 ? 15 : 60;
    for (let i = 0; i < 5; i++) engine.lint(text);
    const times = [];
    const parses = [];
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      findings = engine.lint(text).length;
      times.push(performance.now() - t);
      t = performance.now();
      parseDocument(text);
      parses.push(performance.now() - t);
      sample();
    }
    console.log(
      `${lang}    ${String(words).padStart(6)}   ${median(times).toFixed(2).padStart(8)} ms   ${median(parses).toFixed(2).padStart(9)} ms   ${String(findings).padStart(6)}`,
    );
  }
}
sample();
console.log(`\nrss before engine ${mb(baseline)}, peak rss ${mb(peak)} (both languages loaded)`);
