/**
 * The "add to the project's word list" fix: which file to change and how.
 * The word goes to `.appeal-lint.words.txt` (one word a line, `#` starts a
 * comment), beside the project's `.appeal-lint.json` when there is one. The
 * engine only describes the edit; the front end applies it as an undoable
 * workspace edit: the one file write of the server, on that explicit action.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WORDS_FILE } from '../settings';
import type { WordListEdit } from '../types';

export interface WordListTarget {
  /** The word file in use, if any (nearest one found from the linted file). */
  wordsPath?: string;
  /** The nearest `.appeal-lint.json`, if any. */
  configPath?: string;
  filePath?: string;
  /** The workspace folder, where a new word file goes when the project has no configuration. */
  root?: string;
}

const HEADER = '# Words form/spelling accepts in this project, one a line (Appeal Lint).\n';

export function wordListEdit(word: string, target: WordListTarget): WordListEdit | undefined {
  const clean = typeof word === 'string' ? word.trim() : '';
  if (clean === '' || /\s/.test(clean)) return undefined;
  const file =
    target.wordsPath ??
    (target.configPath ? path.join(path.dirname(target.configPath), WORDS_FILE) : undefined) ??
    (target.root ? path.join(target.root, WORDS_FILE) : undefined) ??
    (target.filePath ? path.join(path.dirname(path.resolve(target.filePath)), WORDS_FILE) : undefined);
  if (!file) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { path: file, create: true, offset: 0, line: 0, character: 0, newText: HEADER + clean + '\n' };
  }
  const lines = text.split(/\r?\n/);
  if (lines.some((l) => l.trim() === clean)) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const needsBreak = text.length > 0 && !text.endsWith('\n');
  const last = lines.length - 1;
  return {
    path: file,
    create: false,
    offset: text.length,
    line: last,
    character: lines[last].length,
    newText: (needsBreak ? eol : '') + clean + eol,
  };
}
