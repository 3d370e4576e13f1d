// Spelling benchmark, run by hand after `npm run build`:
//
//   node bench/spelling.mjs
//
// For each language, in a fresh Node process (so that memory figures are its own):
// the dictionary load time (wall and CPU) through the built engine, the longest the
// main thread was blocked meanwhile, the RSS / heap / array-buffer growth and the peak
// RSS; then the time to spell-check a 1,500-word appeal (the form/spelling check alone,
// first run with an empty cache and the median after), the whole lint with and
// without spelling, and the time of a few suggestions. Loads are shown three ways: from
// the binary tries the build writes (server/out/dictionaries: what the CLI and the
// language server do), from the packages' trie files in a worker thread (the fallback
// when those are missing), and in the main thread (running from source); a last
// process loads both languages, as a language server with appeals in both would.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '..');
const MB = 1024 * 1024;

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else parent();

function parent() {
  const runs = [
    ['en', 'cache'],
    ['fr', 'cache'],
    ['both', 'cache'],
    ['en', 'worker'],
    ['fr', 'worker'],
    ['both', 'worker'],
    ['en', 'main'],
    ['fr', 'main'],
    ['both', 'main'],
  ];
  console.log('Spelling: dictionary load, memory and check time (server/out/engine.js)\n');
  for (const [lang, mode] of runs) {
    const r = spawnSync(process.execPath, ['--expose-gc', here, '--child', lang, mode], { encoding: 'utf8' });
    process.stdout.write(r.stdout);
    if (r.status !== 0) process.stdout.write(r.stderr);
  }
}

/** The first paragraphs of the long good appeal, up to about `words` words of body. */
function appealOf(lang, words) {
  const text = readFileSync(path.join(root, `test/fixtures/spelling/long-good.${lang}.md`), 'utf8');
  let out = '';
  let count = 0;
  for (const p of text.split(/\n\n/)) {
    if (count >= words) break;
    out += p + '\n\n';
    count += p.split(/\s+/).filter(Boolean).length;
  }
  return { text: out, words: count, full: text };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function child(which, mode) {
  const require = createRequire(import.meta.url);
  const { createEngine, loadSpeller, parseDocument } = require(path.join(root, 'server/out/engine.js'));
  const languages = which === 'both' ? ['en', 'fr'] : [which];
  const spellers = {};
  const engine = await createEngine({
    loadSpeller: async (l) =>
      (spellers[l] = await loadSpeller(l, mode === 'cache' ? {} : { cacheDir: false, worker: mode === 'main' ? 'never' : 'auto' })),
  });
  // Warm the engine (parser, rules) so that the memory growth measured is the dictionaries'.
  engine.lint(appealOf(languages[0], 300).text, { language: languages[0] });
  global.gc();
  const m0 = process.memoryUsage();
  const cpu0 = process.cpuUsage();
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const t0 = performance.now();
  await Promise.all(languages.map((l) => engine.ready(l)));
  const wall = performance.now() - t0;
  await new Promise((resolve) => setTimeout(resolve, 20)); // let the delay monitor see a block that just ended
  loop.disable();
  const cpu = process.cpuUsage(cpu0);
  const peak = process.resourceUsage().maxRSS * 1024;
  global.gc();
  const m1 = process.memoryUsage();
  const label = `${which} (${mode === 'main' ? 'main thread' : mode})`;
  console.log(
    `${label.padEnd(20)} load ${wall.toFixed(0).padStart(5)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(5)} ms CPU, ` +
      `main thread blocked ≤ ${(loop.max / 1e6).toFixed(0).padStart(4)} ms | ` +
      `RSS +${((m1.rss - m0.rss) / MB).toFixed(0)} MB (now ${(m1.rss / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB), ` +
      `heap +${((m1.heapUsed - m0.heapUsed) / MB).toFixed(1)} MB, array buffers +${((m1.arrayBuffers - m0.arrayBuffers) / MB).toFixed(1)} MB`,
  );
  if (which === 'both' || mode !== 'cache') return;

  const lang = which;
  const { text, words } = appealOf(lang, 1500);
  const doc = parseDocument(text, { forced: lang });
  const rule = engine.rule('form/spelling');
  let reported = 0;
  const speller = spellers[lang];
  const ctx = {
    language: lang,
    limits: { maxWords: 800, maxParagraphWords: 120, maxSentenceWords: 40, maxEmphasisPercent: 10 },
    acceptedWords: new Set(),
    previous: [],
    resources: { speller: () => speller },
    report: () => reported++,
  };
  let t = performance.now();
  rule.check(doc, ctx);
  const first = performance.now() - t;
  // Every word looked up in the dictionaries again: the speller's answer cache emptied each time.
  const uncached = [];
  for (let i = 0; i < 50; i++) {
    speller.cache.clear();
    if (i % 10 === 0) global.gc();
    t = performance.now();
    rule.check(doc, ctx);
    uncached.push(performance.now() - t);
  }
  const warm = [];
  for (let i = 0; i < 200; i++) {
    t = performance.now();
    rule.check(doc, ctx);
    warm.push(performance.now() - t);
  }
  const off = await createEngine({ spelling: false });
  const lintOn = [];
  const lintOff = [];
  for (let i = 0; i < 60; i++) {
    t = performance.now();
    engine.lint(text, { language: lang });
    lintOn.push(performance.now() - t);
    t = performance.now();
    off.lint(text, { language: lang });
    lintOff.push(performance.now() - t);
  }
  const fullFindings = engine.lint(appealOf(lang, 1e9).full, { language: lang }).filter((f) => f.ruleId === 'form/spelling').length;
  const misspelt = lang === 'fr' ? ['déja', 'evenement', 'comande', 'receptionné'] : ['recieved', 'definately', 'adress', 'seperate'];
  const suggest = misspelt.map((w) => {
    const s = performance.now();
    const first = engine.suggest(w, lang, 5)[0];
    return `${w}→${first} ${(performance.now() - s).toFixed(0)} ms`;
  });
  console.log(
    `${''.padEnd(20)} check of ${words} words: very first ${first.toFixed(1)} ms (cold code), ` +
      `median ${median(uncached).toFixed(2)} ms looking every word up, ${median(warm).toFixed(2)} ms with the answers cached ` +
      `(${reported} findings) | whole lint ${median(lintOn).toFixed(2)} ms with spelling, ${median(lintOff).toFixed(2)} ms without | ` +
      `long-good.${lang}.md: ${fullFindings} spelling findings`,
  );
  console.log(`${''.padEnd(20)} suggestions: ${suggest.join(', ')}`);
}
