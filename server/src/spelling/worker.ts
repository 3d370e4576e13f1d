/**
 * Worker thread entry (bundled as server/out/spelling-worker.js): decodes the
 * trie files it is given and posts back their binary form, transferring the
 * buffers. The decoding garbage dies with the thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { trieFileToBTrie } from './decode';

interface Request {
  files: string[];
}

async function run(): Promise<void> {
  const { files } = workerData as Request;
  const tries: Uint8Array[] = [];
  for (const f of files) tries.push(await trieFileToBTrie(f));
  parentPort?.postMessage({ tries }, tries.map((t) => t.buffer as ArrayBuffer));
}

run().catch((e: unknown) => {
  parentPort?.postMessage({ error: e instanceof Error ? e.message : String(e) });
});
