/**
 * Writes the parts of package.json, package.nls.json and package.nls.fr.json that come
 * from the engine's rule registry: the `appealLint.rules` settings, one per rule, with
 * its default severity and its description in both languages. `npm run gen:manifest`;
 * a unit test fails when the files drift from the registry.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rules } from '../server/src/rules';

const root = path.resolve(__dirname, '..');
const write = process.argv.includes('--write');

export function manifestRules(): { properties: Record<string, unknown>; nls: Record<string, string>; nlsFr: Record<string, string> } {
  const properties: Record<string, unknown> = {};
  const nls: Record<string, string> = {};
  const nlsFr: Record<string, string> = {};
  for (const r of rules) {
    const key = `config.rules.${r.id}`;
    properties[r.id] = {
      type: 'string',
      enum: ['off', 'hint', 'info', 'warning', 'error'],
      default: r.defaultSeverity,
      markdownDescription: `%${key}%`,
    };
    nls[key] = `${r.description.en} (\`${r.id}\`, default: ${r.defaultSeverity})`;
    nlsFr[key] = `${r.description.fr} (\`${r.id}\`, par défaut : ${r.defaultSeverity})`;
  }
  return { properties, nls, nlsFr };
}

/** The README's rule table, between `<!-- rules:start -->` and `<!-- rules:end -->`. */
export function readmeRules(): string {
  const rows = rules.map(
    (r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.defaultSeverity} | ${r.fixable ? 'yes' : ''} | ${r.description.en} |`,
  );
  return ['| rule | default | fix | what it asks for |', '|---|---|---|---|', ...rows].join('\n');
}

export function withReadmeRules(readme: string): string {
  return readme.replace(/<!-- rules:start -->[\s\S]*?<!-- rules:end -->/, `<!-- rules:start -->\n${readmeRules()}\n<!-- rules:end -->`);
}

function sortKeys(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

if (write) {
  const { properties, nls, nlsFr } = manifestRules();
  const pkgPath = path.join(root, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  pkg.contributes.configuration.properties['appealLint.rules'].properties = properties;
  fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
  for (const [file, entries] of [['package.nls.json', nls], ['package.nls.fr.json', nlsFr]] as const) {
    const p = path.join(root, file);
    const current = JSON.parse(fs.readFileSync(p, 'utf8')) as Record<string, string>;
    for (const k of Object.keys(current)) if (k.startsWith('config.rules.') && k.includes('/')) delete current[k];
    fs.writeFileSync(p, JSON.stringify(sortKeys({ ...current, ...entries }), null, 2) + '\n');
  }
  const readmePath = path.join(root, 'README.md');
  fs.writeFileSync(readmePath, withReadmeRules(fs.readFileSync(readmePath, 'utf8')));
  console.log(`wrote ${Object.keys(properties).length} rule settings and the README rule table`);
}
