/**
 * Which Markdown documents are appeals. A document is linted when its name ends in
 * `.appeal.md`, when it has a case header (front matter with `reasons`), when its path
 * matches one of the `appealLint.files` globs, or when the client marked it (the
 * untitled documents the "New appeal" commands create). Other Markdown files (a
 * README, a Jekyll page with front matter) are left alone.
 */
import picomatch from 'picomatch';
import { URI_PATH } from './uri';
import { parseFrontMatter } from '../document/front-matter';

export interface AppealFilter {
  globs: string[];
  workspaceFolders: string[];
  marked: ReadonlySet<string>;
}

const matchers = new Map<string, (p: string) => boolean>();

function matcher(glob: string): (p: string) => boolean {
  let m = matchers.get(glob);
  if (!m) {
    try {
      m = picomatch(glob, { dot: true, nocase: process.platform === 'win32' });
    } catch {
      m = () => false;
    }
    matchers.set(glob, m);
  }
  return m;
}

export function isAppeal(uri: string, text: string, filter: AppealFilter): boolean {
  if (filter.marked.has(uri)) return true;
  const p = URI_PATH(uri);
  if (p && /\.appeal\.md$/i.test(p)) return true;
  const fm = parseFrontMatter(text.length > 200_000 ? text.slice(0, 200_000) : text);
  if (fm?.entries.has('reasons')) return true;
  if (p && filter.globs.length > 0) {
    const rels = [p, ...filter.workspaceFolders.filter((w) => p.startsWith(w + '/')).map((w) => p.slice(w.length + 1))];
    for (const g of filter.globs) {
      if (typeof g !== 'string' || g.trim() === '') continue;
      const m = matcher(g);
      if (rels.some((r) => m(r))) return true;
    }
  }
  return false;
}
