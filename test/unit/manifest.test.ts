import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { manifestRules, withReadmeRules } from '../../scripts/gen-manifest';

const root = path.resolve(__dirname, '../..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));

describe('extension manifest', () => {
  const pkg = read('package.json');
  const nls = read('package.nls.json');
  const nlsFr = read('package.nls.fr.json');

  it('lists exactly the registry rules in the appealLint.rules setting (npm run gen:manifest)', () => {
    const { properties, nls: en, nlsFr: fr } = manifestRules();
    assert.deepEqual(pkg.contributes.configuration.properties['appealLint.rules'].properties, properties);
    for (const [k, v] of Object.entries(en)) assert.equal(nls[k], v, k);
    for (const [k, v] of Object.entries(fr)) assert.equal(nlsFr[k], v, k);
  });

  it('lists every rule in the README with a link to its doc page (npm run gen:manifest)', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    assert.equal(readme, withReadmeRules(readme));
  });

  it('has every %key% of package.json in both package.nls files', () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 10);
    for (const k of keys) {
      assert.ok(k in nls, `package.nls.json lacks ${k}`);
      assert.ok(k in nlsFr, `package.nls.fr.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(nlsFr).sort(), Object.keys(nls).sort());
  });

  it('translates every vscode.l10n.t string of the client into French', () => {
    const bundle = read('l10n/bundle.l10n.fr.json');
    const dir = path.join(root, 'client/src');
    const strings = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/l10n\.t\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2].replace(/\\'/g, "'")));
    assert.ok(strings.length > 5);
    for (const s of strings) assert.ok(s in bundle, `l10n/bundle.l10n.fr.json lacks "${s}"`);
  });

  it('keeps engines.vscode within what the test VS Code (1.100) runs', () => {
    assert.match(pkg.engines.vscode, /^\^1\.(\d+)\.0$/);
    assert.ok(Number(/^\^1\.(\d+)/.exec(pkg.engines.vscode)![1]) <= 100);
    assert.ok(Number(pkg.devDependencies['@types/vscode'].replace(/^[\^~]/, '').split('.')[1]) <= 100);
  });

  it('contributes snippet files, a grammar and commands that exist', () => {
    for (const s of pkg.contributes.snippets) assert.ok(fs.existsSync(path.join(root, s.path)), s.path);
    for (const g of pkg.contributes.grammars) assert.ok(fs.existsSync(path.join(root, g.path)), g.path);
    const client = fs.readdirSync(path.join(root, 'client/src')).map((f) => fs.readFileSync(path.join(root, 'client/src', f), 'utf8')).join('\n');
    for (const c of pkg.contributes.commands) assert.ok(client.includes(`'${c.command}'`), `${c.command} is registered`);
  });
});
