/**
 * Whole appeals, linted with every registered rule and the default configuration.
 *
 * Weak appeals (`test/fixtures/appeals/weak/<lang>/*.appeal.md`) carry their expected
 * findings on the line each applies to: a trailing `<!-- expect: rule/id rule/id -->`
 * in the body, or a YAML comment `# expect: rule/id` on a header line. The set of
 * (line, rule) pairs found at warning or error severity must equal the markers exactly:
 * several findings of one rule on one line count once.
 *
 * Info and hint findings are advice (the catalogue lets them appear even on good
 * appeals): they are left out of the comparison, markers must not name them, and they
 * are only counted in the summary. A marker naming a rule that is not registered yet is
 * reported as pending rather than failing, so that fixtures can be written ahead of a rule.
 *
 * Good appeals (`test/fixtures/appeals/good/**`, `examples/good.*.appeal.md`, written
 * independently) must produce no error and no warning at all.
 *
 * After the run, the test prints per language how many marked findings were matched, how
 * many were missed, and how many findings were false alarms (found but not marked).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine, type Engine, type Finding, type Language } from '../../server/src/engine';

const root = path.resolve(__dirname, '../..');
const LANGUAGES: readonly Language[] = ['en', 'fr'];
const RULE_ID = /^(?:case|structure|facts|tone|form|plan)\/[a-z][a-z-]*$/;

function appealFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...appealFiles(full));
    else if (entry.name.endsWith('.appeal.md')) out.push(full);
  }
  return out.sort();
}

/** `line:rule` pairs named by the markers of a fixture (1-based lines). */
function markers(text: string): { line: number; rule: string }[] {
  const out: { line: number; rule: string }[] = [];
  const lines = text.split(/\r?\n/);
  let inHeader = lines[0] === '---';
  lines.forEach((l, i) => {
    if (inHeader && i > 0 && l === '---') inHeader = false;
    const html = /<!--\s*expect:\s*([^>]*?)\s*-->/.exec(l);
    const yaml = inHeader ? /#\s*expect:\s*(.+?)\s*$/.exec(l) : null;
    const list = html?.[1] ?? yaml?.[1];
    if (!list) return;
    for (const rule of list.split(/\s+/).filter(Boolean)) out.push({ line: i + 1, rule });
  });
  return out;
}

const key = (line: number, rule: string): string => `${line}:${rule}`;
const loud = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning';

interface Tally {
  matched: number;
  missed: number;
  falseAlarms: number;
  advice: number;
  pending: number;
}

describe('appeal fixtures', function () {
  this.timeout(120000);
  let engine: Engine;
  const tally: Record<Language, Tally> = {
    en: { matched: 0, missed: 0, falseAlarms: 0, advice: 0, pending: 0 },
    fr: { matched: 0, missed: 0, falseAlarms: 0, advice: 0, pending: 0 },
  };

  before(async () => {
    engine = await createEngine();
    // The dictionaries load lazily: wait for them so that form/spelling runs too.
    await Promise.all(LANGUAGES.map((l) => engine.ready(l)));
  });

  after(() => {
    for (const l of LANGUAGES) {
      const t = tally[l];
      console.log(
        `      weak fixtures (${l}): ${t.matched} marked findings matched, ${t.missed} missed, ${t.falseAlarms} false alarms; ` +
          `${t.advice} info/hint findings not compared; ${t.pending} markers pending (rule not registered)`,
      );
    }
  });

  for (const language of LANGUAGES) {
    const files = appealFiles(path.join(root, 'test/fixtures/appeals/weak', language));
    it(`has weak ${language} fixtures`, () => assert.ok(files.length >= 2, `expected at least two weak ${language} fixtures`));
    for (const file of files) {
      it(`weak ${language}: ${path.basename(file)} reports exactly its markers`, () => {
        const text = fs.readFileSync(file, 'utf8');
        const registered = new Set(engine.rules.map((r) => r.id));
        const severityOf = new Map(engine.rules.map((r) => [r.id, r.defaultSeverity]));
        const expected = new Set<string>();
        for (const m of markers(text)) {
          assert.match(m.rule, RULE_ID, `line ${m.line}: "${m.rule}" is not a rule id`);
          if (!registered.has(m.rule)) {
            tally[language].pending++;
            continue;
          }
          const sev = severityOf.get(m.rule);
          assert.ok(sev === 'error' || sev === 'warning', `line ${m.line}: ${m.rule} is ${sev}; markers name warning and error rules only`);
          expected.add(key(m.line, m.rule));
        }
        const findings = engine.lint(text, { filePath: file });
        assert.equal(findings.find((f) => f.ruleId.startsWith('internal/')), undefined, 'a rule or the parser failed');
        tally[language].advice += findings.filter((f) => !loud(f)).length;
        const found = new Map<string, Finding>();
        for (const f of findings.filter(loud)) if (!found.has(key(f.line, f.ruleId))) found.set(key(f.line, f.ruleId), f);
        const lines = text.split(/\r?\n/);
        const falseAlarms = [...found.keys()].filter((k) => !expected.has(k));
        const missed = [...expected].filter((k) => !found.has(k));
        tally[language].matched += expected.size - missed.length;
        tally[language].missed += missed.length;
        tally[language].falseAlarms += falseAlarms.length;
        const show = (k: string): string => {
          const f = found.get(k);
          const line = Number(k.split(':')[0]);
          return `  ${k}${f ? ` ${f.message}` : ''}\n    > ${lines[line - 1]}`;
        };
        assert.ok(
          falseAlarms.length === 0 && missed.length === 0,
          `${path.relative(root, file)}\nfound but not marked:\n${falseAlarms.map(show).join('\n') || '  (none)'}\nmarked but not found:\n${missed.map(show).join('\n') || '  (none)'}`,
        );
      });
    }
  }

  const good = [...appealFiles(path.join(root, 'test/fixtures/appeals/good')), ...appealFiles(path.join(root, 'examples')).filter((f) => /good\.[a-z]+\.appeal\.md$/.test(f))];
  it('has good fixtures in both languages', () => {
    assert.ok(good.some((f) => /[/.]en[/.]/.test(f)) && good.some((f) => /[/.]fr[/.]/.test(f)));
  });
  for (const file of good) {
    it(`good: ${path.relative(root, file)} has no error and no warning`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const lines = text.split(/\r?\n/);
      const bad = engine.lint(text, { filePath: file }).filter(loud);
      assert.equal(bad.length, 0, bad.map((f) => `  ${f.line}:${f.column} ${f.ruleId} ${f.message}\n    > ${lines[f.line - 1]}`).join('\n'));
    });
  }
});
