/**
 * Reading a cspell trie file. Decoding cspell's text format is the costly part
 * of loading (hundreds of milliseconds and a burst of short-lived memory), so
 * the loader does it in a worker thread when it can and receives the compact
 * binary form (BTrie), which the main thread turns into a trie in a few
 * milliseconds.
 */
import * as fs from 'node:fs';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { ITrie } from 'cspell-trie-lib';

const gunzipAsync = promisify(gunzip);

/** cspell-trie-lib is ESM only: a real dynamic import (kept by tsx and bundled by esbuild). */
export function trieLib(): Promise<typeof import('cspell-trie-lib')> {
  return import('cspell-trie-lib');
}

async function readTrieBytes(file: string): Promise<Uint8Array> {
  const bytes = await fs.promises.readFile(file);
  return file.endsWith('.gz') ? await gunzipAsync(bytes) : bytes;
}

/** Decode a trie file (text or binary format, gzipped or not). */
export async function decodeTrieFile(file: string): Promise<ITrie> {
  const { decodeTrie } = await trieLib();
  const bytes = await readTrieBytes(file);
  return decodeTrie(new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength));
}

/** Decode a trie file and encode it in the binary format, to hand over to another thread. */
export async function trieFileToBTrie(file: string): Promise<Uint8Array> {
  const { encodeITrieToBTrie } = await trieLib();
  return encodeITrieToBTrie(await decodeTrieFile(file));
}
