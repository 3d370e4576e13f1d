import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rules } from '../../server/src/rules';
import { covered } from '../helpers/rule-tester';

const root = path.resolve(__dirname, '../..');

describe('every rule', () => {
  for (const rule of rules) {
    describe(rule.id, () => {
      it('has valid and invalid cases in English and in French', () => {
        const langs = covered.get(rule.id);
        assert.ok(langs?.has('en'), 'no English table (valid and invalid)');
        assert.ok(langs?.has('fr'), 'no French table (valid and invalid)');
      });
      it('has a bilingual doc page', () => {
        const page = path.join(root, 'docs/rules', `${rule.id}.md`);
        assert.ok(fs.existsSync(page), `missing ${path.relative(root, page)}`);
        const text = fs.readFileSync(page, 'utf8');
        assert.match(text, new RegExp(`^# ${rule.id}$`, 'm'), 'the page starts with the rule id');
        assert.match(text, /^## English$/m, 'an "## English" part');
        assert.match(text, /^## Français$/m, 'a "## Français" part');
      });
      it('has messages in both languages with the same ids and a description', () => {
        assert.deepEqual(Object.keys(rule.messages.fr).sort(), Object.keys(rule.messages.en).sort());
        assert.ok(rule.description.en && rule.description.fr);
      });
      it('lives in the file its id names', () => {
        assert.ok(fs.existsSync(path.join(root, 'server/src/rules', `${rule.id}.ts`)));
      });
    });
  }
});
