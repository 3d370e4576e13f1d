/**
 * Hover text for a finding: the rule's explanation in the document's language, read
 * from its doc page (the part under "## English" or "## Français"), with a link.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { docsUrl, type Finding, type Language } from '../engine';

const MAX_CHARS = 1800;
let docsRoot: string | null | undefined;

function findDocsRoot(): string | null {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return null;
}

const cache = new Map<string, string | null>();

/** The part of a rule's doc page in one language, or null when there is no page. */
export function docSection(ruleId: string, language: Language): string | null {
  const key = `${ruleId}:${language}`;
  if (cache.has(key)) return cache.get(key)!;
  docsRoot ??= findDocsRoot();
  let out: string | null = null;
  if (docsRoot && /^[a-z]+\/[a-z-]+$/.test(ruleId)) {
    try {
      const page = fs.readFileSync(path.join(docsRoot, `${ruleId}.md`), 'utf8');
      const heading = language === 'fr' ? '## Français' : '## English';
      const at = page.indexOf(`\n${heading}\n`);
      if (at >= 0) {
        const rest = page.slice(at + heading.length + 2);
        const next = rest.search(/\n## /);
        out = (next >= 0 ? rest.slice(0, next) : rest).trim();
      }
    } catch {
      out = null;
    }
  }
  cache.set(key, out);
  return out;
}

export function hoverMarkdown(findings: Finding[], language: Language, link: (ruleId: string) => string = docsUrl): string {
  const parts: string[] = [];
  const label = language === 'fr' ? 'Documentation de la règle' : 'Rule documentation';
  for (const f of findings) {
    let section = docSection(f.ruleId, language) ?? '';
    if (section.length > MAX_CHARS) {
      const cut = section.lastIndexOf('\n\n', MAX_CHARS);
      section = section.slice(0, cut > 0 ? cut : MAX_CHARS) + '\n\n…';
    }
    const href = f.ruleId.startsWith('internal/') ? '' : `\n\n[${label}](${link(f.ruleId)})`;
    parts.push(`**${f.ruleId}** · ${f.message}${section ? `\n\n${section}` : ''}${href}`);
  }
  return parts.join('\n\n---\n\n');
}
