/**
 * One source of truth: every quick fix that inserts a section or a plan inserts the
 * text of a snippet body (in plain form), so the VS Code snippets and the fixes
 * offered in any editor never drift apart.
 */
import * as assert from 'node:assert/strict';
import { snippetText, SNIPPET_KEYS } from '../../server/src/snippets';
import type { Finding, Language } from '../../server/src/types';
import { md, sharedEngine } from '../helpers/rule-tester';

const bare: Record<Language, string> = {
  en: md`
    ---
    reasons: [stockout, damaged, late-shipment, not-received, not-as-described, authenticity, brand-authorisation, order-defect-rate]
    orders: [171-1234567-1234567]
    ---

    We answer the notice about order 171-1234567-1234567.
  `,
  fr: md`
    ---
    reasons: [stockout, damaged, late-shipment, not-received, not-as-described, authenticity, brand-authorisation, order-defect-rate]
    orders: [171-1234567-1234567]
    ---

    Nous répondons à la notification sur la commande 171-1234567-1234567.
  `,
};

/** Lines of every snippet body in a language, headings without their level. */
function snippetLines(language: Language): Set<string> {
  const lines = new Set<string>();
  for (const key of SNIPPET_KEYS) {
    for (const l of (snippetText(language, key) ?? '').split('\n')) lines.add(l.replace(/^#+ /, '# ').trim());
  }
  return lines;
}

describe('quick-fix insertions come from the snippet bodies', () => {
  for (const language of ['en', 'fr'] as const) {
    it(language, async () => {
      const engine = await sharedEngine();
      const findings = engine.lint(bare[language], { language });
      const inserting = findings.filter((f: Finding) => f.fixes?.some((x) => x.edits.some((e) => e.newText.split('\n').filter((l) => l.trim()).length >= 3)));
      const rules = new Set(inserting.map((f) => f.ruleId));
      for (const id of ['structure/missing-root-cause', 'structure/missing-corrective-actions', 'structure/missing-preventive-measures', 'structure/unanswered-reason']) {
        assert.ok(rules.has(id), `${id} offers an insertion (got ${[...rules].join(', ')})`);
      }
      const known = snippetLines(language);
      for (const f of inserting) {
        for (const fix of f.fixes ?? []) {
          for (const e of fix.edits) {
            const lines = e.newText.split('\n').map((l) => l.replace(/^#+ /, '# ').trim()).filter((l) => l !== '');
            if (lines.length < 3) continue;
            const foreign = lines.filter((l) => !known.has(l) && !/^#/.test(l));
            assert.deepEqual(foreign, [], `${f.ruleId} "${fix.title}" inserts lines that are in no snippet body`);
          }
        }
      }
    });
  }
});
