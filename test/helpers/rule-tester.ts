/**
 * Table-driven rule tests, in the manner of textlint-tester and ESLint's
 * RuleTester: per rule and per language, `valid` texts that must not report
 * and `invalid` texts with the expected positions, messages and fixed text.
 * A fixed text is linted again and must no longer report what was fixed.
 */
import * as assert from 'node:assert/strict';
import { createEngine, type Engine, type Finding, type Language, type LintOptions } from '../../server/src/engine';

export interface ExpectedError {
  line: number;
  column: number;
  /** A substring or a pattern the message must match. */
  message?: string | RegExp;
  endLine?: number;
  endColumn?: number;
}

export interface ValidCase {
  text: string;
  name?: string;
  options?: LintOptions;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The text after applying the first fix of every finding of this rule. */
  output?: string;
}

export interface LanguageCases {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

export type RuleCases = Record<Language, LanguageCases>;

/** Rules with test tables, and which languages they cover (read by the coverage test). */
export const covered = new Map<string, Set<Language>>();

let enginePromise: Promise<Engine> | undefined;
export function sharedEngine(): Promise<Engine> {
  enginePromise ??= createEngine();
  return enginePromise;
}

function lintRule(engine: Engine, ruleId: string, text: string, language: Language, options?: LintOptions): Finding[] {
  return engine.lint(text, { language, messageLanguage: language, ...options }).filter((f) => f.ruleId === ruleId);
}

function describeFindings(fs: Finding[]): string {
  return fs.map((f) => `${f.line}:${f.column} ${f.message}`).join('\n') || '(none)';
}

/** Apply the first fix of each finding, from the end of the text backwards, skipping overlaps. */
export function applyFirstFixes(text: string, findings: Finding[]): string {
  const edits = findings.flatMap((f) => (f.fixes?.[0] ? f.fixes[0].edits : [])).sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of edits) {
    if (e.end > limit) continue;
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

export function ruleTester(ruleId: string, cases: RuleCases): void {
  describe(ruleId, () => {
    for (const language of ['en', 'fr'] as const) {
      const table = cases[language];
      if (!table) continue;
      if (table.valid.length > 0 && table.invalid.length > 0) {
        const langs = covered.get(ruleId) ?? new Set<Language>();
        langs.add(language);
        covered.set(ruleId, langs);
      }
      describe(language, () => {
        table.valid.forEach((c, i) => {
          const vc: ValidCase = typeof c === 'string' ? { text: c } : c;
          it(`valid #${i + 1}: ${vc.name ?? preview(vc.text)}`, async () => {
            const engine = await sharedEngine();
            const found = lintRule(engine, ruleId, vc.text, language, vc.options);
            assert.equal(found.length, 0, `expected no ${ruleId} finding, got:\n${describeFindings(found)}`);
          });
        });
        table.invalid.forEach((c, i) => {
          it(`invalid #${i + 1}: ${c.name ?? preview(c.text)}`, async () => {
            const engine = await sharedEngine();
            const found = lintRule(engine, ruleId, c.text, language, c.options);
            const got = found.map((f) => `${f.line}:${f.column}`);
            const want = c.errors.map((e) => `${e.line}:${e.column}`);
            assert.deepEqual(got, want, `positions differ; findings:\n${describeFindings(found)}`);
            c.errors.forEach((e, k) => {
              const f = found[k];
              if (e.message instanceof RegExp) assert.match(f.message, e.message);
              else if (typeof e.message === 'string') assert.ok(f.message.includes(e.message), `message "${f.message}" lacks "${e.message}"`);
              if (e.endLine !== undefined) assert.equal(f.endLine, e.endLine, 'endLine');
              if (e.endColumn !== undefined) assert.equal(f.endColumn, e.endColumn, 'endColumn');
              assert.ok(f.message.length > 0 && !/\{\w+\}/.test(f.message), `message has an unfilled argument: ${f.message}`);
            });
            if (c.output !== undefined) {
              const fixed = applyFirstFixes(c.text, found);
              assert.equal(fixed, c.output, 'fixed text');
              const fixable = found.filter((f) => f.fixes && f.fixes.length > 0).length;
              assert.ok(fixable > 0, 'an output is given but no finding has a fix');
              const after = lintRule(engine, ruleId, fixed, language, c.options);
              assert.equal(after.length, found.length - fixable, `the fixed text still reports:\n${describeFindings(after)}`);
            }
          });
        });
      });
    }
  });
}

function preview(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? one.slice(0, 57) + '…' : one;
}

/** A template tag that removes the common indentation and the first and last empty lines. */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n') + '\n';
}
