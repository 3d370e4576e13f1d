/**
 * The case header: YAML front matter at the very top of the appeal.
 * Parsed with the `yaml` library; every value keeps its offsets in the text so
 * rules can point at the exact item. Parsing never throws: YAML errors become
 * `problems` that the `case/header` rule reports.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export interface HeaderItem {
  value: string;
  start: number;
  end: number;
}

export interface HeaderEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** Offsets of the whole `key: value` pair. */
  start: number;
  end: number;
  items: HeaderItem[];
  /** True when the value is a sequence (`[a, b]` or a block list). */
  isList: boolean;
  /** The value when it is not a scalar or a list of scalars (then items is empty). */
  invalid: boolean;
}

export interface HeaderProblem {
  start: number;
  end: number;
  message: string;
}

export interface FrontMatter {
  /** Offsets of the whole block, `---` lines included. */
  start: number;
  end: number;
  /** Offsets of the YAML between the fences. */
  contentStart: number;
  contentEnd: number;
  entries: Map<string, HeaderEntry>;
  /** YAML syntax errors, or a front matter that is not a mapping. */
  problems: HeaderProblem[];
  /** Front matter opened with `---` but never closed. */
  unclosed: boolean;
}

const OPEN = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

export function parseFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const contentStart = open[0].length;
  const rest = text.slice(contentStart);
  const close = CLOSE.exec(rest);
  const entries = new Map<string, HeaderEntry>();
  if (!close) {
    return {
      start: 0,
      end: text.length,
      contentStart,
      contentEnd: text.length,
      entries,
      problems: [{ start: 0, end: Math.min(3, text.length), message: 'unclosed' }],
      unclosed: true,
    };
  }
  const contentEnd = contentStart + close.index;
  let end = contentEnd + close[0].length;
  if (text.startsWith('\r\n', end)) end += 2;
  else if (text[end] === '\n' || text[end] === '\r') end += 1;
  const fm: FrontMatter = { start: 0, end, contentStart, contentEnd, entries, problems: [], unclosed: false };
  readYaml(text.slice(contentStart, contentEnd), contentStart, fm);
  return fm;
}

function readYaml(source: string, base: number, fm: FrontMatter): void {
  if (source.trim() === '') return;
  const doc = parseDocument(source, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: false });
  for (const err of doc.errors) {
    const [s, e] = err.pos;
    fm.problems.push({ start: base + s, end: base + Math.max(e, s + 1), message: firstLine(err.message) });
  }
  if (doc.errors.length > 0) return;
  const root = doc.contents;
  if (root == null) return;
  if (!isMap(root)) {
    const r = (root as YamlNode).range;
    fm.problems.push({ start: base + (r?.[0] ?? 0), end: base + (r?.[1] ?? source.length), message: 'not-a-mapping' });
    return;
  }
  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode | null;
    if (!isScalar(keyNode) || keyNode.range == null) continue;
    const key = String(keyNode.value);
    const keyStart = base + keyNode.range[0];
    const keyEnd = base + keyNode.range[1];
    const valueNode = pair.value as YamlNode | null;
    const end = base + (valueNode?.range?.[1] ?? keyNode.range[1]);
    const entry: HeaderEntry = { key, keyStart, keyEnd, start: keyStart, end, items: [], isList: false, invalid: false };
    if (valueNode == null) {
      // `reasons:` with nothing: an empty value.
    } else if (isSeq(valueNode)) {
      entry.isList = true;
      for (const item of valueNode.items) {
        const n = item as YamlNode;
        if (isScalar(n) && n.range) entry.items.push(scalarItem(n, source, base));
        else entry.invalid = true;
      }
    } else if (isScalar(valueNode) && valueNode.range) {
      if (valueNode.value !== null) entry.items.push(scalarItem(valueNode, source, base));
    } else {
      entry.invalid = true;
    }
    if (fm.entries.has(key)) {
      fm.problems.push({ start: keyStart, end: keyEnd, message: `duplicate:${key}` });
    } else {
      fm.entries.set(key, entry);
    }
  }
}

/**
 * A scalar as written in the source: `2026-11-20` stays a plain date string,
 * `0123` keeps its zero. Quotes are removed.
 */
function scalarItem(n: import('yaml').Scalar, source: string, base: number): HeaderItem {
  const [s, e] = n.range as [number, number, number];
  let raw = source.slice(s, e);
  if (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE') raw = String(n.value);
  return { value: raw.trim(), start: base + s, end: base + e };
}

function firstLine(message: string): string {
  const i = message.indexOf('\n');
  return i < 0 ? message : message.slice(0, i);
}
