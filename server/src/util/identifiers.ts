/**
 * Identifier formats and check digits (see the guidance's domain facts):
 * Amazon order IDs, ASINs, GTIN/EAN/UPC (GS1 mod 10), UPS 1Z and UPU S10
 * tracking numbers. Pure functions, shared by the rules and the notice reader.
 */

/** A well-formed Amazon order ID: 3-7-7 digits (digital orders: D01-…). */
export const ORDER_ID = /^(?:\d{3}|D\d{2})-\d{7}-\d{7}$/;
/** Order IDs in running text. */
export const ORDER_ID_IN_TEXT = /(?<![\p{L}\p{N}-])(?:\d{3}|D\d{2})-\d{7}-\d{7}(?![\p{L}\p{N}-])/gu;
/** A well-formed ASIN: 10 upper-case letters or digits. */
export const ASIN = /^[A-Z0-9]{10}$/;
/** Typical non-book ASINs in running text. */
export const ASIN_IN_TEXT = /(?<![\p{L}\p{N}])B0[A-Z0-9]{8}(?![\p{L}\p{N}])/gu;

export function isOrderId(s: string): boolean {
  return ORDER_ID.test(s);
}

export function isAsin(s: string): boolean {
  return ASIN.test(s);
}

/** The GS1 mod-10 check digit implied by the data digits (all but the last). */
export function gs1CheckDigit(dataDigits: string): number {
  let sum = 0;
  for (let i = dataDigits.length - 1, w = 3; i >= 0; i--, w = w === 3 ? 1 : 3) sum += Number(dataDigits[i]) * w;
  return (10 - (sum % 10)) % 10;
}

/** A GTIN-8, -12, -13 or -14 whose last digit is the right check digit. */
export function isValidGtin(digits: string): boolean {
  if (!/^\d+$/.test(digits) || ![8, 12, 13, 14].includes(digits.length)) return false;
  return gs1CheckDigit(digits.slice(0, -1)) === Number(digits[digits.length - 1]);
}

/** The digit counts of a GTIN: GTIN-8 (EAN-8), GTIN-12 (UPC-A), GTIN-13 (EAN-13) and GTIN-14. */
export const GTIN_LENGTHS: readonly number[] = [8, 12, 13, 14];

/**
 * The value UPS gives a character of a 1Z number: a digit is itself, a capital
 * letter is (its ASCII code − 63) mod 10 (A = 2, B = 3, …, H = 9, I = 0, J = 1, …).
 */
function upsValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return (c - 63) % 10;
  return NaN;
}

/**
 * The UPS check digit of the 15 characters between `1Z` and the check digit
 * (6 shipper, 2 service, 7 package): the characters at even positions (1-based)
 * count twice, the others once, and the check digit tops the sum up to a multiple of 10.
 * NaN when a character is not a capital letter or a digit.
 */
export function upsCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += upsValue(body[i]) * (i % 2 === 1 ? 2 : 1);
  return (10 - (sum % 10)) % 10;
}

/** A well-formed UPS 1Z tracking number (18 characters) whose last digit is the right check digit. */
export function isValidUps(s: string): boolean {
  if (!/^1Z[A-Z0-9]{16}$/.test(s)) return false;
  return upsCheckDigit(s.slice(2, 17)) === Number(s[17]) && /\d/.test(s[17]);
}

/** Weights of the eight serial digits of a UPU S10 number. */
export const S10_WEIGHTS: readonly number[] = [8, 6, 4, 2, 3, 5, 9, 7];

/**
 * The UPU S10 check digit of the 8 serial digits: C = 11 − (Σ weight × digit mod 11),
 * where 10 becomes 0 and 11 becomes 5.
 */
export function s10CheckDigit(serial: string): number {
  let sum = 0;
  for (let i = 0; i < S10_WEIGHTS.length; i++) sum += S10_WEIGHTS[i] * Number(serial[i]);
  const c = 11 - (sum % 11);
  return c === 10 ? 0 : c === 11 ? 5 : c;
}

/** A well-formed UPU S10 number (`RB123456785GB`) whose ninth digit is the right check digit. */
export function isValidS10(s: string): boolean {
  if (!/^[A-Z]{2}\d{9}[A-Z]{2}$/.test(s)) return false;
  return s10CheckDigit(s.slice(2, 10)) === Number(s[10]);
}

/** What the identifier rules need of a parsed document (a structural subset of `AppealDocument`). */
export interface IdentifierScope {
  readonly text: string;
  readonly bodyStart: number;
  maskAt(offset: number): { kind: string } | undefined;
}

/**
 * Masked spans whose digits are not identifiers the reviewer reads: web and e-mail
 * addresses, link and image targets, HTML and comments. Quotes and code are not in
 * this list: an order ID pasted in a quote or set in backticks is still the seller's reference.
 */
const NOT_IDENTIFIER_MASKS: ReadonlySet<string> = new Set(['front-matter', 'url', 'email', 'link-target', 'image', 'html', 'html-comment']);

/** A run of text without spaces that is, or contains, a web address or an e-mail address. */
const ADDRESS_LIKE = /[a-z][a-z0-9+.-]*:\/\/|\bwww\.|[\p{L}\p{N}-]\.[a-z]{2,}\/|[\p{L}\p{N}._%+-]@[\p{L}\p{N}-]+\./iu;

/**
 * Whether a candidate identifier at [start, end) should be checked: in the body (not
 * the case header, which `case/header` validates), not in an address, link target,
 * HTML or comment. An address inside a quote or code is found by looking at the
 * whole space-delimited run around the candidate, since those masks hide the URL's own.
 */
export function isCheckedIdentifierSpan(doc: IdentifierScope, start: number, end: number): boolean {
  if (start < doc.bodyStart) return false;
  const m = doc.maskAt(start) ?? doc.maskAt(end - 1);
  if (m && NOT_IDENTIFIER_MASKS.has(m.kind)) return false;
  const text = doc.text;
  let a = start;
  let b = end;
  const limit = 2048;
  while (a > 0 && start - a < limit && !/\s/.test(text[a - 1])) a--;
  while (b < text.length && b - end < limit && !/\s/.test(text[b])) b++;
  return !ADDRESS_LIKE.test(text.slice(a, b));
}

/** A word near an identifier, as label matching sees it. */
export interface NearWord {
  /** Folded (lower case, no accents) with hyphens removed: `Code-Barres` → `codebarres`. */
  key: string;
  start: number;
  end: number;
  /** Only digits (another number, such as the previous GTIN of a list). */
  digits: boolean;
  /** Followed by an apostrophe (`l'`, `d'`): an elided article, not a word of its own. */
  elided: boolean;
}

const NEAR_WORD = /[\p{L}\p{N}°º]+(?:-[\p{L}\p{N}]+)*/gu;

const NON_ASCII = /[^\x00-\x7f]/;

function labelKey(word: string): string {
  let k = NON_ASCII.test(word) ? word.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : word;
  k = k.toLowerCase();
  return k.includes('-') ? k.replace(/-/g, '') : k;
}

/** The words of text[from, to), in order. */
export function nearWords(text: string, from: number, to: number): NearWord[] {
  const out: NearWord[] = [];
  const seg = text.slice(from, to);
  for (const m of seg.matchAll(NEAR_WORD)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const next = text[end];
    out.push({ key: labelKey(m[0]), start, end, digits: /^\d+$/.test(m[0]), elided: next === "'" || next === '’' });
  }
  return out;
}

/** Label phrases (folded words separated by spaces), matched on words that end at a given index. */
export class LabelSet {
  private readonly byLast = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const words = p.split(' ').filter(Boolean).map(labelKey);
      if (words.length === 0) continue;
      const last = words[words.length - 1];
      const list = this.byLast.get(last) ?? [];
      list.push(words);
      this.byLast.set(last, list);
    }
    // Longest phrases first, so that "code barre" wins over a one-word label ending the same way.
    for (const list of this.byLast.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The number of words of the longest label ending at words[i], or 0. */
  endsAt(words: readonly NearWord[], i: number): number {
    const list = this.byLast.get(words[i].key);
    if (!list) return 0;
    for (const phrase of list) {
      const k = phrase.length;
      if (i - k + 1 < 0) continue;
      let ok = true;
      for (let j = 0; j < k - 1 && ok; j++) ok = words[i - k + 1 + j].key === phrase[j];
      if (ok) return k;
    }
    return 0;
  }
}
