/** File-system path of a `file:` URI (forward slashes), or undefined for other schemes. */
import { fileURLToPath } from 'node:url';

export function URI_PATH(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri).replace(/\\/g, '/');
  } catch {
    return undefined;
  }
}
