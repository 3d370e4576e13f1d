/**
 * The phrase-matching factory behind the word-list rules.
 *
 * A rule's per-language data is a list of `PhraseEntry` patterns written against
 * folded text (lower case, no accents, straight apostrophes, plain spaces; see
 * `foldSameLength`). They are compiled into regular expressions once, when the
 * rule module loads, with these conveniences:
 * - `{name}` expands to the language's shared vocabulary (`vocab.name`), which may
 *   itself use other names;
 * - `{a-b}` followed by a space allows a to b intervening words ("the {0-2} buyer");
 * - a literal space matches any run of white space or emphasis markers, and nothing
 *   after an elision ("l' acheteur" matches "l'acheteur"); a space followed by `?`
 *   is an optional space;
 * - every pattern is bounded by non-letters on both sides;
 * - an optional named group `(?<hit>…)` (or `hit2`, `hit3`… in other alternatives)
 *   narrows the reported range.
 *
 * `findPhrases` runs them over each unquoted sentence of the seller's prose
 * (`doc.paragraphs` → sentences; the model has already blanked code, URLs, HTML
 * comments, block quotes and the header), skips inline quotations ("…", « … »),
 * and applies each entry's exclusions (`unless` overlapping the match,
 * `unlessSentence` anywhere in the sentence), its negation check and its
 * section scoping. `phraseRule` turns data and messages into a complete rule.
 *
 * Speed: the words each pattern cannot do without are worked out once from its
 * source (`requiredWords`); per document, a word index tells which sentences hold
 * them, and the pattern runs on those sentences only.
 */
import type { AppealDocument, Paragraph, Sentence, Span } from '../document/model';
import type { Section } from '../document/sections';
import { toneData } from '../locales';
import type { PhraseEntry, SectionRole, ToneData } from '../locales/types';
import type { FixSpec, Language, Messages, RuleCategory, RuleModule, Severity } from '../types';
import { defineRule } from './define';

export type { PhraseEntry };

/** A language's phrase data: shared vocabulary, the negation words, and the entries. */
export interface PhraseLexicon {
  readonly vocab: Readonly<Record<string, string>>;
  /** Regex alternatives (folded) that negate a verb or an adjective. */
  readonly negation: string;
  readonly entries: readonly PhraseEntry[];
}

export interface CompiledPhrase {
  readonly entry: PhraseEntry;
  readonly re: RegExp;
  /** Word starts a match cannot do without (see `requiredWords`): a prefilter. */
  readonly required: readonly (readonly string[])[];
  readonly unless: readonly RegExp[];
  readonly unlessSentence: readonly RegExp[];
}

export interface CompiledLexicon {
  readonly phrases: readonly CompiledPhrase[];
  readonly negation: RegExp;
}

export interface PhraseMatch extends Span {
  /** The reported words as written in the appeal, white space collapsed. */
  readonly text: string;
  readonly entry: PhraseEntry;
  readonly sentence: Sentence;
  readonly paragraph: Paragraph;
}

/**
 * White space or emphasis markers between two words of a pattern; nothing after an
 * elision's apostrophe, so that "j' ai" matches "j'ai" and "de l' acheteur" "de l'acheteur".
 */
const SPACE = "(?:[\\s*_]+|(?<='))";
/** An optional space (a space followed by `?` in a pattern). */
const OPTIONAL_SPACE = '[\\s*_]*';
/** One word of the folded text (letters, digits, inner apostrophes and hyphens). */
const WORD = "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'\\-]*";
/**
 * Word boundaries; a pattern may end on an elision's apostrophe ("l'", "n'"). The start
 * is a plain look-behind: anything more defeats the regex engine's first-character scan.
 */
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = "(?:(?<=')|(?![\\p{L}\\p{N}]))";

/** Expand `{name}` (vocabulary) and `{a-b}` (word gaps) and turn spaces into white-space runs. */
export function expandPattern(source: string, vocab: Readonly<Record<string, string>>, depth = 0, regexSpaces = true): string {
  if (depth > 8) throw new Error(`vocabulary nested too deeply in "${source}"`);
  let out = source.replace(/( ?)\{(\d+)-(\d+)\} /g, (_m, lead: string, a: string, b: string) => `${lead ? '\u0001' : ''}(?:${WORD}\u0001){${a},${b}}`);
  out = out.replace(/(?<!\\[pP])\{([a-zA-Z]\w*)\}/g, (_m, name: string) => {
    const value = vocab[name];
    if (value === undefined) throw new Error(`unknown vocabulary name {${name}} in "${source}"`);
    return `(?:${expandPattern(value, vocab, depth + 1, false)})`;
  });
  out = out.replace(/[œŒ]/g, LIGATURE);
  return regexSpaces ? spaces(out) : out;
}

/** Spaces outside character classes match any white space; inside a class, `\s`. */
function spaces(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
    } else if (ch === '\u0001') out += SPACE;
    else if (ch === ' ' && inClass) out += '\\s';
    else if (ch === ' ' && source[i + 1] === '?') {
      out += OPTIONAL_SPACE;
      i++;
    } else if (ch === ' ') out += SPACE;
    else {
      if (ch === '[' && !inClass) inClass = true;
      else if (ch === ']' && inClass) inClass = false;
      out += ch;
    }
  }
  return out;
}

/**
 * Words a match cannot do without, worked out from the pattern (after vocabulary
 * expansion, before spaces become regex): each inner array lists word starts of
 * which at least one must begin a word of the document. A prefilter only: a
 * pattern whose constraints fail cannot match, so it is not run at all.
 */
export function requiredWords(expanded: string): string[][] {
  try {
    const ast = new RegexParser(expanded).parse();
    return constraints(ast, true)
      .map((set) => [...set])
      .sort((a, b) => Math.max(...b.map((x) => x.length)) - Math.max(...a.map((x) => x.length)));
  } catch {
    return [];
  }
}

type Node =
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'char'; c: string }
  | { t: 'space' }
  | { t: 'any' }
  | { t: 'zero' }
  | { t: 'rep'; node: Node; min: number };

/** Just enough of a regex parser for the patterns of this project (spaces and gap markers kept as nodes). */
class RegexParser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const n = this.alt();
    if (this.i < this.src.length) throw new Error('unbalanced');
    return n;
  }

  private alt(): Node {
    const alts: Node[] = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.seq());
    }
    return alts.length === 1 ? alts[0] : { t: 'alt', alts };
  }

  private seq(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      let atom = this.atom();
      for (;;) {
        const q = /^(?:\?|\*|\+|\{(\d+)(?:,\d*)?\})\??/.exec(this.src.slice(this.i, this.i + 12));
        if (!q) break;
        this.i += q[0].length;
        const min = q[0][0] === '+' ? 1 : q[0][0] === '{' ? Number(q[1]) : 0;
        atom = { t: 'rep', node: atom, min };
      }
      items.push(atom);
    }
    return { t: 'seq', items };
  }

  private atom(): Node {
    const s = this.src;
    const ch = s[this.i++];
    if (ch === '(') {
      let zero = false;
      if (s[this.i] === '?') {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z]\w*>)/.exec(s.slice(this.i, this.i + 40));
        if (!m) throw new Error('group');
        zero = /^\?(?:=|!|<=|<!)$/.test(m[0]);
        this.i += m[0].length;
      }
      const body = this.alt();
      if (s[this.i++] !== ')') throw new Error('unclosed group');
      return zero ? { t: 'zero' } : body;
    }
    if (ch === '[') {
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      this.i++;
      return { t: 'any' };
    }
    if (ch === '\\') {
      const e = s[this.i++];
      if (e === 'b' || e === 'B') return { t: 'zero' };
      if (e === 'p' || e === 'P') {
        if (s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
        return { t: 'any' };
      }
      if (/[dDwWsSux0-9]/.test(e)) return { t: 'any' };
      return { t: 'char', c: e };
    }
    if (ch === ' ' || ch === '\u0001') return { t: 'space' };
    if (ch === '.') return { t: 'any' };
    if (ch === '^' || ch === '$') return { t: 'zero' };
    return { t: 'char', c: ch };
  }
}

function nullable(n: Node): boolean {
  switch (n.t) {
    case 'seq':
      return n.items.every(nullable);
    case 'alt':
      return n.alts.some(nullable);
    case 'rep':
      return n.min === 0 || nullable(n.node);
    case 'zero':
      return true;
    default:
      return false;
  }
}

/** Whether the node ends with a space or an elision's apostrophe, so that what follows starts a word. */
function endsWithSpace(n: Node): boolean {
  switch (n.t) {
    case 'space':
      return true;
    case 'char':
      return n.c === "'";
    case 'rep':
      return endsWithSpace(n.node);
    case 'alt':
      return n.alts.every(endsWithSpace);
    case 'seq': {
      for (let k = n.items.length - 1; k >= 0; k--) if (n.items[k].t !== 'zero') return endsWithSpace(n.items[k]);
      return false;
    }
    default:
      return false;
  }
}

/** Word starts in a literal run: its first piece when the run starts a word, and every piece after a separator. */
function runPieces(run: string, atWordStart: boolean, out: Set<string>[]): void {
  const parts = run.split(/[^\p{L}\p{N}]+/u);
  parts.forEach((piece, k) => {
    if (piece && (k > 0 || atWordStart)) out.push(new Set([piece]));
  });
}

/** The most selective constraint of a list: no very short word if possible, then fewest alternatives, then the longest words. */
function best(list: Set<string>[]): Set<string> | undefined {
  let pick: Set<string> | undefined;
  let key: number[] = [];
  for (const c of list) {
    const shortest = Math.min(...[...c].map((x) => x.length));
    const k = [shortest >= 4 ? 0 : 1, c.size, -shortest];
    if (!pick || k[0] < key[0] || (k[0] === key[0] && (k[1] < key[1] || (k[1] === key[1] && k[2] < key[2])))) {
      pick = c;
      key = k;
    }
  }
  return pick;
}

/** Every constraint (a set of word starts, one of which must occur) that a match of the node implies. */
function constraints(n: Node, atWordStart: boolean): Set<string>[] {
  if (n.t === 'alt') {
    const union = new Set<string>();
    for (const a of n.alts) {
      const b = best(constraints(a, atWordStart));
      if (!b) return [];
      for (const x of b) union.add(x);
    }
    return [union];
  }
  if (n.t === 'rep') return n.min > 0 ? constraints(n.node, atWordStart) : [];
  const items = n.t === 'seq' ? n.items : [n];
  const out: Set<string>[] = [];
  let ws = atWordStart;
  let run = '';
  let runStart = ws;
  const flush = (): void => {
    if (run) runPieces(run, runStart, out);
    run = '';
  };
  for (const item of items) {
    if (item.t === 'char') {
      if (run === '') runStart = ws;
      run += item.c;
      ws = false;
      continue;
    }
    flush();
    if (item.t === 'space') ws = true;
    else if (item.t === 'zero') continue;
    else if (item.t === 'any') ws = false;
    else {
      if (!nullable(item)) {
        const b = best(constraints(item, ws));
        if (b) out.push(b);
      }
      // After a group that ends with a space, the next word starts a word (when the group is optional, only if one did before).
      ws = endsWithSpace(item) ? (nullable(item) ? ws : true) : false;
    }
  }
  flush();
  return out;
}

function compileOne(source: string, vocab: Readonly<Record<string, string>>): RegExp {
  const expanded = expandPattern(source, vocab);
  // Match indices cost time on every match: only patterns with a `hit` group ask for them.
  return new RegExp(`${BEFORE}(?:${expanded})${AFTER}`, expanded.includes('(?<hit') ? 'gdu' : 'gu');
}

/** Compile a language's entries once (call at module load). Throws on a malformed pattern. */
export function compileLexicon(lexicon: PhraseLexicon): CompiledLexicon {
  const { vocab } = lexicon;
  return {
    negation: compileOne(lexicon.negation, vocab),
    phrases: lexicon.entries.map((entry) => ({
      entry,
      re: compileOne(entry.match, vocab),
      required: requiredWords(expandPattern(entry.match, vocab, 0, false)),
      unless: (entry.unless ?? []).map((u) => compileOne(u, vocab)),
      unlessSentence: (entry.unlessSentence ?? []).map((u) => compileOne(u, vocab)),
    })),
  };
}

/** Compile both languages' lexicons. */
export function compileLexicons(data: Record<Language, PhraseLexicon>): Record<Language, CompiledLexicon> {
  return { en: compileLexicon(data.en), fr: compileLexicon(data.fr) };
}

/**
 * Lower case without accents, straight apostrophes and plain spaces, one UTF-16
 * unit for one, so that offsets in the result are offsets in the input. The result
 * holds only Latin-1 characters (the regex engine scans such strings much faster):
 * "œ" becomes "ø" (patterns may write "œ", see `expandPattern`), dashes "-", "…" ".",
 * other letters "ÿ", other digits "0", anything else a space.
 */
export function foldSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower.replace(/[^\x00-\x7f]/g, foldChar);
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += ch.length === 1 ? foldChar(l.length === 1 ? l : ch) : ' '.repeat(ch.length);
  }
  return out;
}

function foldChar(ch: string): string {
  let f = FOLD_CACHE.get(ch);
  if (f !== undefined) return f;
  if (/[’‘ʼ´`]/.test(ch)) f = "'";
  else if (/[\u00a0\u202f\u2007\u2009\u200a]/.test(ch)) f = ' ';
  else if (/[\u2010-\u2015\u2212]/.test(ch)) f = '-';
  else if (ch === '…') f = '.';
  else if (ch === 'œ' || ch === 'Œ') f = LIGATURE;
  else {
    const bare = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (bare.length === 1 && bare.charCodeAt(0) <= 0xff) f = bare;
    else if (/[\p{L}\p{M}]/u.test(ch)) f = 'ÿ';
    else if (/\p{N}/u.test(ch)) f = '0';
    else f = ' ';
  }
  FOLD_CACHE.set(ch, f);
  return f;
}
/** How "œ" reads in folded text (a Latin-1 letter no folded French or English word uses). */
const LIGATURE = 'ø';
const FOLD_CACHE = new Map<string, string>();

/** One unquoted sentence of the seller's prose, with its paragraph. */
interface Unit {
  start: number;
  end: number;
  sentence: Sentence;
  paragraph: Paragraph;
  /** The sentence's folded text. */
  text?: string;
  /** The section role, worked out on first use (null: not yet). */
  role?: SectionRole | null;
}

interface DocCache {
  folded: string;
  quotes: Span[];
  units: Unit[];
  /** The distinct words (runs of letters and digits) of the sentences, by first character. */
  words: Map<string, string[]>;
  /** For each word, the indexes of the units (sentences) it occurs in, ascending. */
  wordUnits: Map<string, number[]>;
  /** Units where a word with one of these starts occurs (key: the starts joined), or `ALL`. */
  candidates: Map<string, readonly number[] | typeof ALL>;
}

/** A constraint too common to narrow the search. */
const ALL = Symbol('all units');
const caches = new WeakMap<AppealDocument, DocCache>();

function cacheOf(doc: AppealDocument): DocCache {
  let c = caches.get(doc);
  if (!c) {
    const units: Unit[] = [];
    for (const p of doc.paragraphs) {
      if (p.quoted) continue;
      for (const sentence of p.sentences) units.push({ start: sentence.start, end: sentence.end, sentence, paragraph: p, role: null });
    }
    units.sort((a, b) => a.start - b.start);
    const folded = foldSameLength(doc.prose);
    const wordUnits = new Map<string, number[]>();
    units.forEach((u, k) => {
      u.text = folded.slice(u.start, u.end);
      for (const w of u.text.match(WORD_RUN) ?? []) {
        const list = wordUnits.get(w);
        if (!list) wordUnits.set(w, [k]);
        else if (list[list.length - 1] !== k) list.push(k);
      }
    });
    const words = new Map<string, string[]>();
    for (const w of wordUnits.keys()) {
      const bucket = words.get(w[0]);
      if (bucket) bucket.push(w);
      else words.set(w[0], [w]);
    }
    c = { folded, quotes: inlineQuotes(doc), units, words, wordUnits, candidates: new Map() };
    caches.set(doc, c);
  }
  return c;
}

/** The folded prose of a document (computed once per document). */
export function foldedProse(doc: AppealDocument): string {
  return cacheOf(doc).folded;
}

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"' };
const QUOTE_MARKS = /[“”«»„"]/g;

/**
 * Inline quotations in the seller's paragraphs: “…”, « … », „…“ and "…"
 * (a straight quote right after a digit is an inch mark). An unclosed quotation
 * is ignored rather than swallowing the rest of the paragraph.
 */
function inlineQuotes(doc: AppealDocument): Span[] {
  const spans: Span[] = [];
  const prose = doc.prose;
  const paragraphs = doc.paragraphs;
  let k = 0;
  let current: Paragraph | undefined;
  let open = -1;
  let close = '';
  QUOTE_MARKS.lastIndex = doc.bodyStart;
  let m: RegExpExecArray | null;
  while ((m = QUOTE_MARKS.exec(prose)) !== null) {
    const i = m.index;
    while (k < paragraphs.length && paragraphs[k].end <= i) k++;
    const p = paragraphs[k];
    if (!p || p.start > i || p.quoted) continue;
    if (p !== current) {
      current = p;
      open = -1;
    }
    const ch = m[0];
    if (open < 0) {
      const c = OPENERS[ch];
      if (c === undefined) continue;
      if (ch === '"' && i > 0 && /\p{N}/u.test(prose[i - 1])) continue;
      open = i;
      close = c;
    } else if (ch === close || (close === '“' && ch === '”')) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return spans;
}

/** Whether an offset lies inside an inline quotation of the seller's prose. */
export function inInlineQuote(doc: AppealDocument, offset: number): boolean {
  const spans = cacheOf(doc).quotes;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The role of the nearest enclosing section that has one. */
export function sectionRole(section: Section | undefined): SectionRole | undefined {
  let s = section;
  while (s && !s.heading.role) s = s.parent;
  return s?.heading.role;
}

/** A word of the folded text, which holds Latin-1 characters only (see `foldSameLength`). */
const WORD_RUN = /[0-9a-z\xaa\xb5\xba\xdf-\xf6\xf8-\xff]+/g;

/** The units (sentence indexes, ascending) holding a word that starts with one of the prefixes; memoised per document. */
function unitsWith(c: DocCache, prefixes: readonly string[]): readonly number[] | typeof ALL {
  const key = prefixes.join('|');
  const known = c.candidates.get(key);
  if (known !== undefined) return known;
  const hits = new Set<number>();
  const limit = c.units.length / 2;
  let result: readonly number[] | typeof ALL | undefined;
  for (const p of prefixes) {
    for (const w of c.words.get(p[0]) ?? []) {
      if (!w.startsWith(p)) continue;
      for (const u of c.wordUnits.get(w)!) hits.add(u);
      if (hits.size > limit) {
        result = ALL;
        break;
      }
    }
    if (result) break;
  }
  result ??= [...hits].sort((a, b) => a - b);
  c.candidates.set(key, result);
  return result;
}

/** The units where every required word of a pattern occurs; `ALL` when nothing narrows the search. */
function candidateUnits(c: DocCache, required: readonly (readonly string[])[]): readonly number[] | typeof ALL {
  let best: readonly number[] | typeof ALL = ALL;
  const others: (readonly number[])[] = [];
  for (const r of required) {
    const u = unitsWith(c, r);
    if (u === ALL) continue;
    if (u.length === 0) return u;
    if (best === ALL || u.length < best.length) {
      if (best !== ALL) others.push(best);
      best = u;
    } else others.push(u);
  }
  if (best === ALL || others.length === 0) return best;
  const sets = others.map((o) => new Set(o));
  return best.filter((k) => sets.every((set) => set.has(k)));
}

/** The unit (sentence) that contains an offset, by binary search. */
function unitAt(units: readonly Unit[], offset: number): Unit | undefined {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = units[mid];
    if (offset < u.start) hi = mid - 1;
    else if (offset >= u.end) lo = mid + 1;
    else return u;
  }
  return undefined;
}

/** Collapse white space for a message argument. */
export function quoteText(doc: AppealDocument, start: number, end: number): string {
  return doc.text.slice(start, end).replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
}

function overlapsAny(res: readonly RegExp[], text: string, start: number, end: number): boolean {
  for (const re of res) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const ms = m.index;
      const me = ms + m[0].length;
      if (me === ms) re.lastIndex++;
      if (ms < end && me > start) return true;
      if (ms >= end) break;
    }
  }
  return false;
}

function anyMatch(res: readonly RegExp[], text: string): boolean {
  for (const re of res) {
    re.lastIndex = 0;
    if (re.test(text)) return true;
  }
  return false;
}

/** The range of the first `hit…` group that took part in the match, if any. */
function hitRange(m: RegExpExecArray): [number, number] | undefined {
  const groups = m.indices?.groups;
  if (!groups) return undefined;
  for (const name in groups) {
    if (name.startsWith('hit') && groups[name]) return groups[name];
  }
  return undefined;
}

function isNameCase(s: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(s);
}

/**
 * Every match of a compiled lexicon in the seller's unquoted sentences, in text
 * order; overlapping matches of the same lexicon are merged into the first.
 * A pattern runs only on the sentences that hold one word of each of its
 * required-word sets (a word index built once per document); when its words are
 * too common to narrow the search, it scans the whole prose once instead.
 * `options.within` restricts the search to the sentences of some paragraphs (a
 * section's, the actions and measures of a reason): each is then searched on its own.
 */
export function findPhrases(
  doc: AppealDocument,
  lexicon: CompiledLexicon,
  options: { prefilter?: boolean; within?: (paragraph: Paragraph) => boolean } = {},
): PhraseMatch[] {
  const cache = cacheOf(doc);
  const { folded, units } = cache;
  if (units.length === 0) return [];
  // Only the sentences of the paragraphs `within` accepts (e.g. one section's): each is searched on its own.
  const within = options.within;
  const allowed = within ? units.map((u, k) => (within(u.paragraph) ? k : -1)).filter((k) => k >= 0) : undefined;
  if (allowed && allowed.length === 0) return [];
  const found: PhraseMatch[] = [];
  const keep = (c: CompiledPhrase, m: RegExpExecArray, offset: number, u: Unit): void => {
    const hit = hitRange(m);
    const start = offset + (hit ? hit[0] : m.index);
    const end = offset + (hit ? hit[1] : m.index + m[0].length);
    if (inInlineQuote(doc, start)) return;
    if (c.entry.notName && isNameCase(doc.text.slice(start, end))) return;
    found.push({ start, end, text: quoteText(doc, start, end), entry: c.entry, sentence: u.sentence, paragraph: u.paragraph });
  };
  for (const c of lexicon.phrases) {
    const re = c.re;
    let candidates = options.prefilter === false ? ALL : candidateUnits(cache, c.required);
    if (allowed) {
      if (candidates === ALL) candidates = allowed;
      else {
        const set = new Set(allowed);
        candidates = candidates.filter((k) => set.has(k));
      }
    }
    if (candidates === ALL) {
      // One scan of the whole prose; a match must lie within one sentence.
      re.lastIndex = units[0].start;
      let m: RegExpExecArray | null;
      while ((m = re.exec(folded)) !== null) {
        const ms = m.index;
        const u = unitAt(units, ms);
        if (!u || ms + m[0].length > u.end || m[0].length === 0 || !accept(lexicon, c, m, ms - u.start, u)) {
          re.lastIndex = ms + 1;
          continue;
        }
        keep(c, m, 0, u);
      }
      continue;
    }
    // Only the sentences that hold the pattern's required words.
    for (const k of candidates) {
      const u = units[k];
      const text = u.text!;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (m[0].length === 0 || !accept(lexicon, c, m, m.index, u)) {
          re.lastIndex = m.index + 1;
          continue;
        }
        keep(c, m, u.start, u);
      }
    }
  }
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhraseMatch[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    out.push(f);
    lastEnd = f.end;
  }
  return out;
}

/** Section scoping, negation and exclusions of one match, at offset `rs` inside its sentence. */
function accept(lexicon: CompiledLexicon, c: CompiledPhrase, m: RegExpExecArray, rs: number, u: Unit): boolean {
  const e = c.entry;
  if (e.roles || e.notRoles) {
    if (u.role === null) u.role = sectionRole(u.paragraph.section);
    const role = u.role;
    if (e.roles && (!role || !e.roles.includes(role))) return false;
    if (e.notRoles && role && e.notRoles.includes(role)) return false;
  }
  if (e.negatable) {
    lexicon.negation.lastIndex = 0;
    if (lexicon.negation.test(m[0])) return false;
  }
  const text = u.text!;
  if (c.unless.length && overlapsAny(c.unless, text, rs, rs + m[0].length)) return false;
  if (c.unlessSentence.length && anyMatch(c.unlessSentence, text)) return false;
  return true;
}

export interface PhraseRuleSpec {
  id: string;
  defaultSeverity: Severity;
  description: Readonly<Record<Language, string>>;
  messages: Messages;
  /** The message used by entries that name none; it receives `{phrase}`. */
  defaultMessage: string;
  data: Record<Language, PhraseLexicon>;
  /** The rule's group (default `tone`). */
  category?: RuleCategory;
  /** Whether `fix` offers quick fixes (default false). */
  fixable?: boolean;
  /** Search only the sentences of the paragraphs this accepts (faster than `filter` when it narrows much). */
  within?: (paragraph: Paragraph, doc: AppealDocument) => boolean;
  /** Keep only the matches this accepts (e.g. by the role of the section they are in). */
  filter?: (match: PhraseMatch, doc: AppealDocument, language: Language) => boolean;
  /** Quick fixes of a match; titles are keys of `messages`. */
  fix?: (match: PhraseMatch, doc: AppealDocument, language: Language) => FixSpec[] | undefined;
}

/** A complete phrase rule (tone, facts) from data and messages: one finding per match, naming the words. */
export function phraseRule(spec: PhraseRuleSpec): RuleModule {
  const compiled = compileLexicons(spec.data);
  return defineRule({
    id: spec.id,
    category: spec.category ?? 'tone',
    defaultSeverity: spec.defaultSeverity,
    languages: ['en', 'fr'],
    fixable: spec.fixable ?? false,
    description: spec.description,
    messages: spec.messages,
    check(doc, ctx) {
      const within = spec.within;
      const options = within ? { within: (p: Paragraph) => within(p, doc) } : {};
      for (const m of findPhrases(doc, compiled[ctx.language], options)) {
        if (spec.filter && !spec.filter(m, doc, ctx.language)) continue;
        const fixes = spec.fix?.(m, doc, ctx.language);
        ctx.report({
          start: m.start,
          end: m.end,
          messageId: m.entry.message ?? spec.defaultMessage,
          args: { phrase: m.text },
          ...(fixes && fixes.length > 0 ? { fixes } : {}),
        });
      }
    },
  });
}

/** Both languages' lexicons for one list of the tone data (shared vocabulary and negation). */
export function toneLexicons(pick: (data: ToneData) => readonly PhraseEntry[]): Record<Language, PhraseLexicon> {
  const one = (t: ToneData): PhraseLexicon => ({ vocab: t.vocab, negation: t.negation, entries: pick(t) });
  return { en: one(toneData.en), fr: one(toneData.fr) };
}
