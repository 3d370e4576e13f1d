/**
 * Loads the speller of a language: resolves its dictionary packages, gets
 * their tries, and wraps them in a `DictionarySpeller`. Loads run one at a
 * time, so that two languages never decode at once (peak memory).
 *
 * Where the tries come from, fastest first:
 * 1. the binary tries `npm run build` writes beside the bundles
 *    (server/out/dictionaries/<package>@<version>.btrie): a few milliseconds;
 * 2. the packages' own trie files decoded in a worker thread
 *    (server/out/spelling-worker.js), so that the main thread stays free;
 * 3. the same in this thread (running from source: tests, tsx scripts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ITrie, WeightMap } from 'cspell-trie-lib';
import { domainWords } from '../locales';
import type { Language, Speller } from '../types';
import { decodeTrieFile, trieFileToBTrie, trieLib } from './decode';
import { cacheFileName, DICTIONARY_PACKAGES, resolveDictionaries, resolveDictionary, type DictionaryFile } from './dictionaries';
import { DictionarySpeller, type SpellerTrie } from './speller';

/** The worker's file name beside the bundle (see scripts/build.mjs). */
export const WORKER_FILE = 'spelling-worker.js';
/** The folder of prebuilt binary tries beside the bundle. */
export const CACHE_DIR = 'dictionaries';

export interface LoadSpellerOptions {
  /** Prebuilt binary tries: a folder, or `false` not to use any; default: `dictionaries/` beside this code. */
  cacheDir?: string | false;
  /** Decode in a worker thread: `auto` (default) when the bundled worker exists, else in this thread. */
  worker?: 'auto' | 'never';
}

let queue: Promise<unknown> = Promise.resolve();

/** The engine's default `loadSpeller`. */
export function loadSpeller(language: Language, options: LoadSpellerOptions = {}): Promise<Speller> {
  const run = queue.then(() => load(language, options));
  queue = run.catch(() => undefined);
  return run;
}

async function load(language: Language, options: LoadSpellerOptions): Promise<Speller> {
  const cacheDir = options.cacheDir === false ? undefined : (options.cacheDir ?? path.join(__dirname, CACHE_DIR));
  let dictionaries: DictionaryFile[];
  try {
    dictionaries = resolveDictionaries(language);
  } catch (e) {
    // The packages are not installed beside the bundle: the prebuilt tries alone will do.
    const listed = cacheDir ? readCacheIndex(cacheDir, language) : undefined;
    if (!listed) throw e;
    dictionaries = listed;
  }
  const cached = cacheDir ? await readCache(cacheDir, dictionaries) : undefined;
  if (!cached && dictionaries.some((d) => d.file === '')) throw new Error(`no dictionary for ${language}: the prebuilt tries are missing`);
  const workerFile = cached || options.worker === 'never' ? undefined : beside(WORKER_FILE);
  const tries = cached ?? (workerFile ? await decodeInWorker(workerFile, dictionaries) : await decodeHere(dictionaries));
  const { mapDictionaryInformationToWeightMap } = await trieLib();
  const spellerTries: SpellerTrie[] = tries.map((trie, i) => {
    const info = dictionaries[i].information;
    let built = false;
    let map: WeightMap | undefined;
    const weightMap = (): WeightMap | undefined => {
      if (!built && info) {
        try {
          map = mapDictionaryInformationToWeightMap(info as Parameters<typeof mapDictionaryInformationToWeightMap>[0]);
        } catch {
          map = undefined; // suggestions still work, with plain edit costs
        }
      }
      built = true;
      return map;
    };
    return { trie, weightMap };
  });
  return new DictionarySpeller(language, spellerTries, new Set(domainWords[language].neverSuggest.map((w) => w.toLowerCase())));
}

/**
 * Write the binary tries of every dictionary to `dir` (the build does it for
 * server/out/dictionaries). Returns the files written; existing up-to-date files are kept.
 */
export async function writeDictionaryCache(dir: string, packages: readonly string[] = Object.values(DICTIONARY_PACKAGES).flat()): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const index: CacheIndex = { dictionaries: {} };
  for (const pkg of packages) {
    const d = resolveDictionary(pkg);
    const file = path.join(dir, cacheFileName(d));
    if (!isFile(file)) {
      const bytes = await trieFileToBTrie(d.file);
      fs.writeFileSync(file + '.tmp', bytes);
      fs.renameSync(file + '.tmp', file);
    }
    index.dictionaries[pkg] = { version: d.version, information: d.information };
    written.push(file);
  }
  fs.writeFileSync(path.join(dir, CACHE_INDEX), JSON.stringify(index, null, 1) + '\n');
  return written;
}

/** What the cache folder says of its tries, so that it works without the packages. */
interface CacheIndex {
  dictionaries: Record<string, { version: string; information?: DictionaryFile['information'] }>;
}

const CACHE_INDEX = 'index.json';

/** A language's dictionaries as the cache index lists them (no package file to fall back on). */
function readCacheIndex(dir: string, language: Language): DictionaryFile[] | undefined {
  try {
    const index = JSON.parse(fs.readFileSync(path.join(dir, CACHE_INDEX), 'utf8')) as CacheIndex;
    const out: DictionaryFile[] = [];
    for (const pkg of DICTIONARY_PACKAGES[language]) {
      const entry = index.dictionaries?.[pkg];
      if (!entry || typeof entry.version !== 'string') return undefined;
      out.push({ pkg, version: entry.version, file: '', information: entry.information });
    }
    return out;
  } catch {
    return undefined;
  }
}

/** The prebuilt tries, when every one of them is there and decodes. */
async function readCache(dir: string, dictionaries: DictionaryFile[]): Promise<ITrie[] | undefined> {
  const files = dictionaries.map((d) => path.join(dir, cacheFileName(d)));
  if (dictionaries.some((d) => d.version === '0') || !files.every(isFile)) return undefined;
  try {
    const { decodeTrie } = await trieLib();
    const out: ITrie[] = [];
    for (const f of files) {
      const b = await fs.promises.readFile(f);
      out.push(decodeTrie(new Uint8Array(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength)));
    }
    return out;
  } catch {
    return undefined; // a damaged cache: decode the packages' files instead
  }
}

function beside(name: string): string | undefined {
  const file = path.join(__dirname, name);
  return isFile(file) ? file : undefined;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

async function decodeHere(dictionaries: DictionaryFile[]): Promise<ITrie[]> {
  const out: ITrie[] = [];
  for (const d of dictionaries) {
    // Let pending work (the lint that asked for the dictionary, its diagnostics) go first.
    await new Promise((resolve) => setImmediate(resolve));
    out.push(await decodeTrieFile(d.file));
  }
  return out;
}

async function decodeInWorker(workerFile: string, dictionaries: DictionaryFile[]): Promise<ITrie[]> {
  const bytes = await new Promise<Uint8Array[]>((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: { files: dictionaries.map((d) => d.file) } });
    let settled = false;
    worker.once('message', (m: { tries?: Uint8Array[]; error?: string }) => {
      settled = true;
      if (m.tries) resolve(m.tries);
      else reject(new Error(m.error ?? 'spelling worker failed'));
      void worker.terminate();
    });
    worker.once('error', (e) => {
      if (!settled) reject(e);
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`spelling worker exited with code ${code}`));
      settled = true;
    });
  });
  const { decodeTrie } = await trieLib();
  return bytes.map((b) => decodeTrie(b as Uint8Array<ArrayBuffer>));
}
