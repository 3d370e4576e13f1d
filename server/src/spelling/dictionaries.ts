/**
 * Which dictionaries each language uses, and where they are on disk.
 *
 * The dictionaries are npm packages (`@cspell/dict-…`), found at run time with
 * `require.resolve` so that the bundled server (server/out/*.js, with
 * node_modules beside it in the installed extension) reads them from their
 * packages: esbuild never sees the dictionary files. Each package's
 * `cspell-ext.json` names its trie file and its suggestion weights.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Language } from '../types';

/** English accepts US and UK spellings; French is the `fr-fr` (Grammalecte) dictionary. */
export const DICTIONARY_PACKAGES: Readonly<Record<Language, readonly string[]>> = {
  en: ['@cspell/dict-en_us', '@cspell/dict-en-gb'],
  fr: ['@cspell/dict-fr-fr'],
};

/** The suggestion costs a cspell dictionary declares (`dictionaryInformation`), as JSON. */
export type DictionaryInformation = Record<string, unknown>;

export interface DictionaryFile {
  /** The package it comes from, and its version. */
  pkg: string;
  version: string;
  /** Absolute path of the trie (`.trie.gz`, `.trie` or `.btrie`). */
  file: string;
  information?: DictionaryInformation;
}

interface ExtDefinition {
  path?: unknown;
  dictionaryInformation?: unknown;
}

/** Locate a dictionary package's trie. Throws with a clear message when the package is missing. */
export function resolveDictionary(pkg: string): DictionaryFile {
  let manifest: string;
  try {
    manifest = require.resolve(`${pkg}/cspell-ext.json`);
  } catch {
    throw new Error(`dictionary package ${pkg} is not installed`);
  }
  const ext = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { dictionaryDefinitions?: ExtDefinition[] };
  const def = ext.dictionaryDefinitions?.find((d) => typeof d.path === 'string');
  if (!def) throw new Error(`${pkg}: no dictionary in cspell-ext.json`);
  const info = def.dictionaryInformation;
  let version = '0';
  try {
    const meta = JSON.parse(fs.readFileSync(path.join(path.dirname(manifest), 'package.json'), 'utf8')) as { version?: unknown };
    if (typeof meta.version === 'string') version = meta.version;
  } catch {
    // No version: the prebuilt cache is not used for it (see cacheFileName).
  }
  return {
    pkg,
    version,
    file: path.resolve(path.dirname(manifest), def.path as string),
    information: info && typeof info === 'object' ? (info as DictionaryInformation) : undefined,
  };
}

export function resolveDictionaries(language: Language): DictionaryFile[] {
  return DICTIONARY_PACKAGES[language].map(resolveDictionary);
}

/**
 * The file name of a dictionary's prebuilt binary trie (written by `npm run build`
 * beside the bundles): package and version, so that an updated package never
 * meets a stale cache.
 */
export function cacheFileName(d: Pick<DictionaryFile, 'pkg' | 'version'>): string {
  return `${d.pkg.replace(/^@/, '').replace(/\//g, '+')}@${d.version}.btrie`;
}
