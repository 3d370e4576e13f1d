/** Reading text files for the engine and the CLI: any bytes in, text or a clear error out. */
import * as fs from 'node:fs';

export interface ReadResult {
  text?: string;
  mtimeMs?: number;
  error?: string;
}

/** Files the engine reads beside the appeal (earlier appeals, configuration, word lists) are small. */
export const MAX_SIDE_FILE_BYTES = 1024 * 1024;

/** Why a path cannot be read as a small regular file, or undefined when it can. Never blocks (no FIFO, no device). */
export function sideFileProblem(st: fs.Stats): string | undefined {
  if (st.isDirectory()) return 'is a directory';
  if (!st.isFile()) return 'is not a regular file';
  if (st.size > MAX_SIDE_FILE_BYTES) return `is larger than ${MAX_SIDE_FILE_BYTES / (1024 * 1024)} MiB`;
  return undefined;
}

/** Read a small regular file as text: UTF-8 (BOM removed), UTF-16 with a BOM; invalid bytes become U+FFFD. */
export function readFileText(file: string): ReadResult {
  try {
    const st = fs.statSync(file);
    const problem = sideFileProblem(st);
    if (problem) return { error: problem };
    return { text: decode(fs.readFileSync(file)), mtimeMs: st.mtimeMs };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { error: err.code === 'ENOENT' ? 'no such file' : err.code ?? err.message };
  }
}

export function decode(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  const text = new TextDecoder('utf-8').decode(buf);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
