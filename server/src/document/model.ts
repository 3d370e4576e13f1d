/**
 * The document model: the appeal parsed once per text and shared by every rule.
 *
 * Block structure comes from markdown-it (CommonMark). Inline content is mapped
 * back to UTF-16 offsets of the original text, so that every paragraph, sentence,
 * word, masked span and heading carries exact offsets. `prose` is the text with
 * every masked span (front matter, quotes, code, URLs, e-mail addresses, link
 * targets, HTML) replaced by spaces: phrase rules search it without ever
 * matching words that are not the seller's, and offsets stay valid.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Language, LanguageSetting } from '../types';
import { detectLanguage, type Detection } from './language';
import { blank } from '../util/text';
import { LineIndex } from './lines';
import { parseFrontMatter, type FrontMatter } from './front-matter';
import { readHeader, type CaseHeader } from './header';
import { buildSections, type Heading, type Scope, type Section } from './sections';
import { splitSentences, tokenizeWords, type Sentence, type Word } from './text-units';
import { parseDirectives, type Directive } from './directives';

export type { Heading, Scope, Section, Sentence, Word, CaseHeader, Directive };

export type MaskKind =
  | 'front-matter'
  | 'quote'
  | 'code'
  | 'url'
  | 'email'
  | 'link-target'
  | 'html'
  | 'html-comment'
  | 'image';

export interface Span {
  start: number;
  end: number;
}

export interface MaskedSpan extends Span {
  kind: MaskKind;
}

export interface EmphasisSpan extends Span {
  kind: 'strong' | 'em' | 'underline';
}

export type ParagraphKind = 'paragraph' | 'list-item' | 'table-cell' | 'heading';

/** A run of prose: a paragraph, a list item's paragraph, a table cell or a heading's text. */
export interface Paragraph extends Span {
  kind: ParagraphKind;
  /** Offsets of each content line (the prose without block markers such as `- ` or `> `). */
  lines: Span[];
  /** Inside a block quote: not the seller's wording. */
  quoted: boolean;
  /** For list items: whether the list is numbered, and its nesting depth (1 = top level). */
  ordered: boolean;
  listDepth: number;
  words: Word[];
  sentences: Sentence[];
  /** The innermost section the paragraph belongs to (undefined before the first heading). */
  section?: Section;
}

export interface ListBlock extends Span {
  ordered: boolean;
  depth: number;
  quoted: boolean;
}

export interface AppealDocument {
  readonly text: string;
  readonly lines: LineIndex;
  /** The language the rules use: forced, else the header's, else the fallback, else detected. */
  readonly language: Language;
  /** Detection from the unmasked prose (always computed: the server shows it). */
  readonly detection: Detection;
  /** The text with masked spans blanked out (same length, same offsets). */
  readonly prose: string;
  readonly frontMatter?: FrontMatter;
  readonly header: CaseHeader;
  /** Paragraphs (including list items, table cells and quoted ones) in text order. */
  readonly paragraphs: readonly Paragraph[];
  readonly lists: readonly ListBlock[];
  readonly masked: readonly MaskedSpan[];
  readonly emphasis: readonly EmphasisSpan[];
  readonly headings: readonly Heading[];
  /** Top-level sections (a tree). */
  readonly sections: readonly Section[];
  /** The units the structure rules check: one per reason when the appeal is organised per reason, else one. */
  readonly scopes: readonly Scope[];
  /** Unmasked words of the body, outside quotes. */
  readonly words: readonly Word[];
  readonly sentences: readonly Sentence[];
  readonly directives: readonly Directive[];
  /** Start of the body (after the front matter). */
  readonly bodyStart: number;
  isMasked(offset: number): boolean;
  maskAt(offset: number): MaskedSpan | undefined;
}

const md = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']);

export interface ParseOptions {
  /** A language the caller insists on (command-line `--lang`, a test). */
  forced?: Language;
  /** The configured language, used when neither forced nor given by the header. */
  fallback?: LanguageSetting;
}

/** Parse an appeal. Never throws on any string. */
export function parseDocument(text: string, options: ParseOptions = {}): AppealDocument {
  const lines = new LineIndex(text);
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.end : 0;
  const masked: MaskedSpan[] = [];
  if (frontMatter) masked.push({ start: 0, end: frontMatter.end, kind: 'front-matter' });

  // markdown-it sees the body only; the front matter becomes blank lines so line numbers agree.
  const source = frontMatter ? blank(text.slice(0, frontMatter.end)) + text.slice(frontMatter.end) : text;
  const tokens = md.parse(source, {});
  const walker = new BlockWalker(text, lines, masked);
  walker.walk(tokens);

  // HTML comments anywhere (directives live there) are masked too.
  for (const m of text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) {
    const start = m.index;
    if (start < bodyStart) continue;
    masked.push({ start, end: start + m[0].length, kind: 'html-comment' });
  }
  const mergedMasks = mergeSpans(masked);
  let prose = text;
  if (mergedMasks.length > 0) {
    const parts: string[] = [];
    let at = 0;
    for (const m of mergedMasks) {
      parts.push(text.slice(at, m.start), blank(text.slice(m.start, m.end)));
      at = m.end;
    }
    parts.push(text.slice(at));
    prose = parts.join('');
  }

  const paragraphs = walker.paragraphs;
  const words: Word[] = [];
  for (const p of paragraphs) {
    for (const l of p.lines) tokenizeWords(prose, l.start, l.end, p.words);
    if (!p.quoted) for (const w of p.words) words.push(w);
  }

  const header = readHeader(frontMatter, text);
  // Detection is computed only when something asks for it (the language is often given).
  let detection: Detection | undefined;
  const detect = (): Detection => (detection ??= detectLanguage(words));
  const headerLanguage = header.language?.value;
  const language: Language =
    options.forced ??
    (headerLanguage === 'en' || headerLanguage === 'fr' ? headerLanguage : undefined) ??
    (options.fallback === 'en' || options.fallback === 'fr' ? options.fallback : detect().language);

  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    p.sentences = splitSentences(prose, p, language);
    if (!p.quoted) for (const s of p.sentences) sentences.push(s);
  }

  const { headings, sections, scopes } = buildSections({ text, lines, paragraphs, explicitHeadings: walker.headings, lists: walker.lists, language, bodyStart });

  const sortedMasks = mergedMasks;
  const maskAt = (offset: number): MaskedSpan | undefined => {
    let lo = 0;
    let hi = sortedMasks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = sortedMasks[mid];
      if (offset < m.start) hi = mid - 1;
      else if (offset >= m.end) lo = mid + 1;
      else return m;
    }
    return undefined;
  };

  return {
    text,
    lines,
    language,
    get detection() {
      return detect();
    },
    prose,
    frontMatter,
    header,
    paragraphs,
    lists: walker.lists,
    masked: sortedMasks,
    emphasis: walker.emphasis,
    headings,
    sections,
    scopes,
    words,
    sentences,
    directives: parseDirectives(text, bodyStart, (o) => maskAt(o)?.kind === 'code'),
    bodyStart,
    isMasked: (o) => maskAt(o) !== undefined,
    maskAt,
  };
}

/** Sort spans and merge overlapping ones; a merged span keeps the first kind. */
function mergeSpans(spans: MaskedSpan[]): MaskedSpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MaskedSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      if (s.end > last.end) last.end = s.end;
    } else out.push({ ...s });
  }
  return out;
}

export interface ExplicitHeading extends Span {
  level: number;
  /** The heading's text (inline content), with its offsets. */
  paragraph: Paragraph;
}

/** Walks markdown-it's block tokens and maps inline content back to source offsets. */
class BlockWalker {
  readonly paragraphs: Paragraph[] = [];
  readonly headings: ExplicitHeading[] = [];
  readonly lists: ListBlock[] = [];
  readonly emphasis: EmphasisSpan[] = [];
  private quoteDepth = 0;
  private listStack: { ordered: boolean }[] = [];
  private inItem = 0;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly masked: MaskedSpan[],
  ) {}

  walk(tokens: Token[]): void {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      switch (t.type) {
        case 'blockquote_open':
          this.quoteDepth++;
          if (t.map && this.quoteDepth === 1) this.maskLines(t.map, 'quote');
          break;
        case 'blockquote_close':
          this.quoteDepth--;
          break;
        case 'bullet_list_open':
        case 'ordered_list_open':
          this.listStack.push({ ordered: t.type === 'ordered_list_open' });
          if (t.map) {
            this.lists.push({
              start: this.lines.lineStart(t.map[0]),
              end: this.lines.lineEnd(t.map[1] - 1),
              ordered: t.type === 'ordered_list_open',
              depth: this.listStack.length,
              quoted: this.quoteDepth > 0,
            });
          }
          break;
        case 'bullet_list_close':
        case 'ordered_list_close':
          this.listStack.pop();
          break;
        case 'list_item_open':
          this.inItem++;
          break;
        case 'list_item_close':
          this.inItem--;
          break;
        case 'code_block':
        case 'fence':
          if (t.map) this.maskLines(t.map, 'code');
          break;
        case 'html_block':
          if (t.map) this.maskLines(t.map, 'html');
          break;
        case 'heading_open': {
          const inline = tokens[i + 1];
          if (inline?.type === 'inline' && t.map) {
            const p = this.inlineParagraph(inline, t.map, 'heading');
            const start = this.lines.lineStart(t.map[0]);
            const end = this.lines.lineEnd(t.map[1] - 1);
            this.headings.push({ start, end, level: Number(t.tag.slice(1)) || 1, paragraph: p });
            this.paragraphs.push(p);
          }
          break;
        }
        case 'paragraph_open': {
          const inline = tokens[i + 1];
          if (inline?.type === 'inline' && t.map) {
            this.paragraphs.push(this.inlineParagraph(inline, t.map, this.inItem > 0 ? 'list-item' : 'paragraph'));
          }
          break;
        }
        case 'tr_open':
          if (t.map) i = this.tableRow(tokens, i, t.map[0]);
          break;
        default:
          break;
      }
    }
  }

  private maskLines(map: [number, number], kind: MaskKind): void {
    this.masked.push({ start: this.lines.lineStart(map[0]), end: this.lines.lineEnd(map[1] - 1), kind });
  }

  private newParagraph(kind: ParagraphKind, lineSpans: Span[]): Paragraph {
    const top = this.listStack[this.listStack.length - 1];
    return {
      kind,
      start: lineSpans.length ? lineSpans[0].start : 0,
      end: lineSpans.length ? lineSpans[lineSpans.length - 1].end : 0,
      lines: lineSpans,
      quoted: this.quoteDepth > 0,
      ordered: kind === 'list-item' && !!top?.ordered,
      listDepth: kind === 'list-item' ? this.listStack.length : 0,
      words: [],
      sentences: [],
    };
  }

  /** Locate each line of an inline token's content in the source. */
  private inlineParagraph(inline: Token, map: [number, number], kind: ParagraphKind): Paragraph {
    const contentLines = inline.content.split('\n');
    const spans: Span[] = [];
    for (let k = 0; k < contentLines.length; k++) {
      const lineNo = map[0] + k;
      const lineStart = this.lines.lineStart(lineNo);
      const lineText = this.lines.lineText(lineNo);
      const c = contentLines[k];
      spans.push(locateInLine(lineText, c, lineStart));
    }
    const p = this.newParagraph(kind, spans);
    this.inlineMarks(inline, contentLines, spans);
    return p;
  }

  /** Table rows: each cell's inline content is found in the row's line, left to right. */
  private tableRow(tokens: Token[], i: number, lineNo: number): number {
    const lineStart = this.lines.lineStart(lineNo);
    const lineText = this.lines.lineText(lineNo);
    let cursor = 0;
    let j = i + 1;
    for (; j < tokens.length && tokens[j].type !== 'tr_close'; j++) {
      const t = tokens[j];
      if (t.type !== 'inline') continue;
      const c = t.content;
      if (c === '') continue;
      const at = lineText.indexOf(c, cursor);
      const start = at >= 0 ? lineStart + at : lineStart + cursor;
      const span = { start, end: start + c.length };
      if (at >= 0) cursor = at + c.length;
      const p = this.newParagraph('table-cell', [span]);
      this.inlineMarks(t, [c], [span]);
      this.paragraphs.push(p);
    }
    return j;
  }

  /**
   * Masks and emphasis inside inline content: walks markdown-it's inline tokens
   * with a cursor in the content, mapped back to the source line by line.
   */
  private inlineMarks(inline: Token, contentLines: string[], spans: Span[]): void {
    const content = contentLines.join('\n');
    const lineOf: number[] = [];
    let acc = 0;
    for (const l of contentLines) {
      lineOf.push(acc);
      acc += l.length + 1;
    }
    const toSource = (ci: number): number => {
      let lo = 0;
      let hi = lineOf.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineOf[mid] <= ci) lo = mid;
        else hi = mid - 1;
      }
      const span = spans[lo];
      return Math.min(span.start + (ci - lineOf[lo]), span.end);
    };
    const mask = (from: number, to: number, kind: MaskKind): void => {
      if (to > from) this.masked.push({ start: toSource(from), end: toSource(to), kind });
    };
    let cursor = 0;
    // How far the cursor may be behind the next text token: at most the source of the text tokens
    // not placed since the last one placed (other tokens' markers may be found inside those sources).
    let lag = 0;
    const open: { kind: EmphasisSpan['kind']; at: number }[] = [];
    const children = inline.children ?? [];
    for (const t of children) {
      switch (t.type) {
        case 'text': {
          // A text token sits at the cursor, or a little after it: past markup this walk does not
          // follow (`~~`), or past the source of text tokens it could not place. Its content differs
          // from its source when entities or escapes were decoded (`&amp;` is `&`): then it is not found
          // near, and the cursor stays. Searching the whole rest of the content instead was quadratic,
          // and a match far away moved the cursor past markup still to come.
          const c = t.content;
          let at = -1;
          if (content.startsWith(c, cursor)) at = cursor;
          else {
            const near = content.slice(cursor, cursor + TEXT_SLACK + Math.min(lag, MAX_TEXT_LAG) + c.length);
            const k = near.indexOf(c);
            if (k >= 0) at = cursor + k;
          }
          if (at >= 0) {
            cursor = at + c.length;
            lag = 0;
          } else lag += MAX_SOURCE_PER_CHAR * c.length;
          break;
        }
        case 'code_inline': {
          const at = content.indexOf(t.markup, cursor);
          if (at < 0) break;
          const close = content.indexOf(t.markup, at + t.markup.length);
          const end = close < 0 ? content.length : close + t.markup.length;
          mask(at, end, 'code');
          cursor = end;
          break;
        }
        case 'strong_open':
        case 'em_open': {
          const at = content.indexOf(t.markup, cursor);
          if (at < 0) break;
          open.push({ kind: t.type === 'strong_open' ? 'strong' : 'em', at });
          cursor = at + t.markup.length;
          break;
        }
        case 'strong_close':
        case 'em_close': {
          const at = content.indexOf(t.markup, cursor);
          const o = open.pop();
          if (at < 0 || !o) break;
          cursor = at + t.markup.length;
          this.emphasis.push({ kind: o.kind, start: toSource(o.at), end: toSource(cursor) });
          break;
        }
        case 'link_open': {
          if (t.markup === 'autolink') {
            const at = content.indexOf('<', cursor);
            const end = at < 0 ? -1 : content.indexOf('>', at);
            if (at >= 0 && end >= 0) {
              const href = t.attrGet('href') ?? '';
              mask(at, end + 1, href.startsWith('mailto:') ? 'email' : 'url');
              cursor = end + 1;
            }
          } else {
            const at = content.indexOf('[', cursor);
            if (at >= 0) cursor = at + 1;
          }
          break;
        }
        case 'link_close': {
          if (t.markup === 'autolink') break;
          const at = content.indexOf(']', cursor);
          if (at < 0) break;
          const end = linkTargetEnd(content, at + 1);
          mask(at + 1, end, 'link-target');
          cursor = end;
          break;
        }
        case 'image': {
          const at = content.indexOf('![', cursor);
          if (at < 0) break;
          const close = content.indexOf(']', at + 2 + (t.content?.length ?? 0));
          const end = close < 0 ? content.length : linkTargetEnd(content, close + 1);
          mask(at, end, 'image');
          cursor = end;
          break;
        }
        case 'html_inline': {
          const at = content.indexOf(t.content, cursor);
          if (at < 0) break;
          const tag = t.content.toLowerCase();
          if (/^<u(\s[^>]*)?>$/.test(tag)) open.push({ kind: 'underline', at });
          else if (tag === '</u>') {
            const o = open.length && open[open.length - 1].kind === 'underline' ? open.pop() : undefined;
            if (o) this.emphasis.push({ kind: 'underline', start: toSource(o.at), end: toSource(at + t.content.length) });
          }
          mask(at, at + t.content.length, tag.startsWith('<!--') ? 'html-comment' : 'html');
          cursor = at + t.content.length;
          break;
        }
        case 'softbreak':
        case 'hardbreak': {
          const at = content.indexOf('\n', cursor);
          if (at < 0) break;
          // markdown-it skips the spaces and tabs that start the next line: no token starts with them.
          cursor = at + 1;
          while (content[cursor] === ' ' || content[cursor] === '\t') cursor++;
          break;
        }
        default:
          break;
      }
    }
    // Bare URLs and e-mail addresses are not linkified by CommonMark: find them in the prose.
    for (const m of content.matchAll(URL_OR_EMAIL)) {
      const s = m.index;
      let e = s + m[0].length;
      while (e > s && /[.,;:!?)»"']/.test(content[e - 1])) e--;
      mask(s, e, m[0].includes('@') && !/^(?:https?|ftp):|^www\./i.test(m[0]) ? 'email' : 'url');
    }
  }
}

// The e-mail branch starts only where a local part can start: tried at every letter of a long word, it was quadratic.
const URL_OR_EMAIL = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'`]+|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** Characters of markup a text token may follow without being at the cursor (`~~` is not followed). */
const TEXT_SLACK = 16;
/** The most source characters a character of a text token comes from (`&CounterClockwiseContourIntegral;` is one character). */
const MAX_SOURCE_PER_CHAR = 33;
/** A bound on the lag, so that the search for a text token stays short whatever came before. */
const MAX_TEXT_LAG = 1024;

/**
 * End of a link target after `]`: `(destination "title")` or `[ref]`; else where it starts.
 * An inline target is read as markdown-it reads it (a `(` in a quoted title or in `<…>` does not
 * open anything); when it is not one, the link is a reference link followed by a parenthesis of prose.
 */
function linkTargetEnd(content: string, from: number): number {
  const c = content[from];
  if (c === '(') {
    const end = inlineTargetEnd(content, from);
    return end < 0 ? from : end;
  }
  if (c === '[') {
    const close = content.indexOf(']', from);
    return close < 0 ? from : close + 1;
  }
  return from;
}

/** Spaces, tabs and line breaks between the parts of an inline link target. */
function skipLinkSpace(s: string, k: number): number {
  while (k < s.length && (s[k] === ' ' || s[k] === '\t' || s[k] === '\n')) k++;
  return k;
}

/** Where an inline link target `(…)` that opens at `from` ends (after its `)`), or -1: the steps of markdown-it's link rule. */
function inlineTargetEnd(content: string, from: number): number {
  const max = content.length;
  let pos = skipLinkSpace(content, from + 1);
  if (pos >= max) return -1;
  const dest = md.helpers.parseLinkDestination(content, pos, max);
  if (dest.ok) {
    if (md.validateLink(md.normalizeLink(dest.str))) pos = dest.pos;
    const start = pos;
    pos = skipLinkSpace(content, pos);
    const title = md.helpers.parseLinkTitle(content, pos, max);
    if (pos < max && start !== pos && title.ok) pos = skipLinkSpace(content, title.pos);
  }
  return pos < max && content[pos] === ')' ? pos + 1 : -1;
}

/** Where a content line (with its leading indentation and block markers removed) sits in its source line. */
function locateInLine(lineText: string, content: string, lineStart: number): Span {
  const c = content.trimEnd();
  const src = lineText.trimEnd();
  let at: number;
  if (c.length === 0) at = src.length;
  else if (src.endsWith(c)) at = src.length - c.length;
  else {
    at = lineText.indexOf(c);
    if (at < 0) at = lineText.length - lineText.trimStart().length;
  }
  const end = Math.min(lineText.length, at + c.length);
  return { start: lineStart + at, end: lineStart + end };
}
