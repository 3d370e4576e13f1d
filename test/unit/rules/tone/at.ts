/**
 * Expected findings by the words they name: the position of the first occurrence of
 * `words` in `text` (after `after`, if given), its end on the same line, and a message
 * that quotes the words. Keeps the tone tables readable and the ranges exact.
 */
import type { ExpectedError } from '../../../helpers/rule-tester';

export function at(text: string, words: string, after?: string): ExpectedError {
  const from = after === undefined ? 0 : text.indexOf(after) + after.length;
  const i = text.indexOf(words, from);
  if (i < 0 || (after !== undefined && from < after.length)) throw new Error(`"${words}" is not in the test text`);
  const lines = text.slice(0, i).split('\n');
  const column = lines[lines.length - 1].length + 1;
  return { line: lines.length, column, endLine: lines.length, endColumn: column + words.length, message: words };
}

/** The same, for a finding whose message does not quote the words (an exclamation mark). */
export function mark(text: string, words: string, after?: string): ExpectedError {
  const e = at(text, words, after);
  return { line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn };
}
