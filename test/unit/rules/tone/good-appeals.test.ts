/**
 * False alarms are the worst failure of a prose linter: the good appeals, written
 * independently of the tone word lists, must raise no tone finding at all.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine } from '../../../../server/src/engine';
import { rules } from '../../../../server/src/rules';

const root = path.resolve(__dirname, '../../../..');
const goodAppeals = [
  ...['en', 'fr'].flatMap((lang) => {
    const dir = path.join(root, 'test/fixtures/appeals/good', lang);
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.appeal.md')).map((f) => path.join(dir, f)) : [];
  }),
  ...['examples/good.en.appeal.md', 'examples/good.fr.appeal.md'].map((f) => path.join(root, f)).filter((f) => fs.existsSync(f)),
];

describe('tone rules on the good appeals', () => {
  const toneRules = rules.filter((r) => r.id.startsWith('tone/'));

  it('runs all nine tone rules over at least the six fixtures and two examples', () => {
    assert.equal(toneRules.length, 9);
    assert.ok(goodAppeals.length >= 8, `found only ${goodAppeals.length} good appeals`);
  });

  for (const file of goodAppeals) {
    it(`reports nothing on ${path.relative(root, file)}`, async () => {
      const engine = await createEngine({ rules: toneRules });
      const text = fs.readFileSync(file, 'utf8');
      const findings = engine.lint(text, { filePath: file }).filter((f) => f.ruleId.startsWith('tone/'));
      assert.deepEqual(
        findings.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`),
        [],
      );
    });
  }
});
