/**
 * Configuration: defaults < editor settings < `.appeal-lint.json` < inline
 * directives. Reading and checking a configuration never throws: every
 * problem becomes a `ConfigProblem` that the engine reports under
 * `case/header`, and the faulty value is ignored.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decode, sideFileProblem } from './util/files';
import { DEFAULT_LIMITS, SEVERITIES, type LanguageSetting, type Limits, type MessageArgs, type SeveritySetting } from './types';

export const CONFIG_FILE = '.appeal-lint.json';
export const WORDS_FILE = '.appeal-lint.words.txt';

/** The shape of `.appeal-lint.json` and of the editor's `appealLint` settings. */
export interface AppealLintConfig {
  language?: LanguageSetting;
  messageLanguage?: LanguageSetting;
  rules?: Record<string, SeveritySetting>;
  limits?: Partial<Limits>;
  words?: string[];
}

export interface ResolvedConfig {
  language: LanguageSetting;
  messageLanguage: LanguageSetting;
  rules: Record<string, SeveritySetting>;
  limits: Limits;
  words: Set<string>;
  /** The configuration file used, if any. */
  configPath?: string;
  wordsPath?: string;
}

/** A configuration problem: a message id of `case/header` with its arguments. */
export interface ConfigProblem {
  messageId: string;
  args: MessageArgs;
}

const LANGUAGE_VALUES = ['en', 'fr', 'auto'];
const LIMIT_KEYS = Object.keys(DEFAULT_LIMITS) as (keyof Limits)[];
const CONFIG_KEYS = ['language', 'messageLanguage', 'rules', 'limits', 'words'];

export function defaultConfig(): ResolvedConfig {
  return { language: 'auto', messageLanguage: 'auto', rules: {}, limits: { ...DEFAULT_LIMITS }, words: new Set() };
}

/** Merge one layer of configuration onto `into`, checking every value. */
export function applyConfig(into: ResolvedConfig, layer: unknown, source: string, knownRules: ReadonlySet<string>, problems: ConfigProblem[]): void {
  try {
    applyLayer(into, layer, source, knownRules, problems);
  } catch {
    // A value that throws when read (a getter, a Proxy): the rest of that layer is ignored.
    problems.push({ messageId: 'configNotObject', args: { source } });
  }
}

function applyLayer(into: ResolvedConfig, layer: unknown, source: string, knownRules: ReadonlySet<string>, problems: ConfigProblem[]): void {
  if (layer === undefined || layer === null) return;
  if (typeof layer !== 'object' || Array.isArray(layer)) {
    problems.push({ messageId: 'configNotObject', args: { source } });
    return;
  }
  const c = layer as Record<string, unknown>;
  for (const key of Object.keys(c)) {
    if (!CONFIG_KEYS.includes(key)) problems.push({ messageId: 'configUnknownKey', args: { source, key } });
  }
  for (const key of ['language', 'messageLanguage'] as const) {
    const v = c[key];
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && LANGUAGE_VALUES.includes(v)) into[key] = v as LanguageSetting;
    else problems.push({ messageId: 'configBadValue', args: { source, key, value: show(v), expected: LANGUAGE_VALUES.join(', ') } });
  }
  if (c.rules !== undefined && c.rules !== null) {
    if (typeof c.rules !== 'object' || Array.isArray(c.rules)) {
      problems.push({ messageId: 'configBadValue', args: { source, key: 'rules', value: show(c.rules), expected: '{ "group/name": "warning" }' } });
    } else {
      for (const [id, sev] of Object.entries(c.rules as Record<string, unknown>)) {
        if (!knownRules.has(id)) problems.push({ messageId: 'configUnknownRule', args: { source, rule: id } });
        else if (typeof sev === 'string' && (SEVERITIES as readonly string[]).includes(sev)) into.rules[id] = sev as SeveritySetting;
        else problems.push({ messageId: 'configBadValue', args: { source, key: `rules.${id}`, value: show(sev), expected: SEVERITIES.join(', ') } });
      }
    }
  }
  if (c.limits !== undefined && c.limits !== null) {
    if (typeof c.limits !== 'object' || Array.isArray(c.limits)) {
      problems.push({ messageId: 'configBadValue', args: { source, key: 'limits', value: show(c.limits), expected: '{ "maxWords": 800 }' } });
    } else {
      for (const [k, v] of Object.entries(c.limits as Record<string, unknown>)) {
        if (!LIMIT_KEYS.includes(k as keyof Limits)) problems.push({ messageId: 'configUnknownKey', args: { source, key: `limits.${k}` } });
        else if (typeof v === 'number' && Number.isFinite(v) && v > 0) into.limits[k as keyof Limits] = v;
        else problems.push({ messageId: 'configBadValue', args: { source, key: `limits.${k}`, value: show(v), expected: '> 0' } });
      }
    }
  }
  if (c.words !== undefined && c.words !== null) {
    if (!Array.isArray(c.words)) problems.push({ messageId: 'configBadValue', args: { source, key: 'words', value: show(c.words), expected: '["word", …]' } });
    else for (const w of c.words) if (typeof w === 'string' && w.trim()) into.words.add(w.trim());
  }
}

/** A value as the user wrote it, for a message; never throws (BigInt, cycles, throwing getters). */
function show(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'number' || typeof v === 'bigint' ? String(v) : JSON.stringify(v) ?? String(v);
  } catch {
    s = Object.prototype.toString.call(v);
  }
  return s.length > 40 ? s.slice(0, 39) + '…' : s;
}

interface Cached<T> {
  mtimeMs: number;
  size: number;
  value: T;
}

/** Reads configuration files, cached by modification time and size. */
export class ConfigFiles {
  private readonly json = new Map<string, Cached<{ data?: unknown; error?: string }>>();
  private readonly wordFiles = new Map<string, Cached<string[]>>();

  /** The nearest directory at or above `dir` holding a configuration or word file. */
  find(filePath: string): { configPath?: string; wordsPath?: string } {
    let dir = path.dirname(path.resolve(filePath));
    for (;;) {
      const c = path.join(dir, CONFIG_FILE);
      const w = path.join(dir, WORDS_FILE);
      const hasC = isFile(c);
      const hasW = isFile(w);
      if (hasC || hasW) return { configPath: hasC ? c : undefined, wordsPath: hasW ? w : undefined };
      const up = path.dirname(dir);
      if (up === dir) return {};
      dir = up;
    }
  }

  readJson(file: string): { data?: unknown; error?: string } {
    return this.cached(this.json, file, (text) => {
      try {
        return { data: JSON.parse(text.replace(/^\uFEFF/, '')) };
      } catch (e) {
        return { error: (e as Error).message };
      }
    }, (e) => ({ error: e }));
  }

  readWords(file: string): string[] {
    return this.cached(this.wordFiles, file, (text) =>
      text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')), () => []);
  }

  private cached<T>(map: Map<string, Cached<T>>, file: string, parse: (text: string) => T, onError: (message: string) => T): T {
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch (e) {
      return onError((e as Error).message);
    }
    const hit = map.get(file);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.value;
    let value: T;
    const problem = sideFileProblem(st);
    if (problem) value = onError(problem);
    else {
      try {
        value = parse(decode(fs.readFileSync(file)));
      } catch (e) {
        value = onError((e as Error).message);
      }
    }
    map.set(file, { mtimeMs: st.mtimeMs, size: st.size, value });
    return value;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
