/**
 * A speller over one or more cspell tries: the word forms a writer may use
 * (sentence capitals, words in capitals, either apostrophe, English `'s`) are
 * looked up exactly, never through the dictionaries' accent-stripped forms
 * (which would accept `evenement` for `événement`).
 */
import type { ITrie, WeightMap } from 'cspell-trie-lib';
import type { Language, Speller } from '../types';

export interface SpellerTrie {
  trie: ITrie;
  /**
   * The dictionary's suggestion costs (accents, doubled letters, sounds alike),
   * built on the first suggestion: for French it takes longer than the trie itself.
   */
  weightMap?: () => WeightMap | undefined;
}

/** Limit on remembered answers; the cache is cleared when it is reached. */
const CACHE_LIMIT = 50_000;
/** Edits allowed when suggesting: 3 is cspell's advice, beyond it gets slow. */
const CHANGE_LIMIT = 3;
const SUGGEST_TIMEOUT_MS = 1000;
/**
 * Taken off the cost of a candidate that undoes a common slip (100 = one edit): enough to
 * beat a vowel change (98, shiping → shipping rather than shaping), not an accent (1).
 */
const SLIP_BONUS = 5;

const TYPOGRAPHIC_APOSTROPHES = /[’‘ʼ`´]/g;
const STRAIGHT_APOSTROPHES = /['‘ʼ`´]/g;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

export class DictionarySpeller implements Speller {
  private readonly cache = new Map<string, boolean>();
  /** The apostrophe the dictionaries use: `'` in English, `’` in French. */
  private readonly apostrophe: string;

  constructor(
    readonly language: Language,
    private readonly tries: readonly SpellerTrie[],
    /** Words never offered as suggestions (lower case): coarse words a seller would not want proposed. */
    private readonly neverSuggest: ReadonlySet<string> = new Set(),
  ) {
    this.apostrophe = language === 'fr' ? '’' : "'";
  }

  check(word: string): boolean {
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    const ok = this.checkForm(this.normalise(word));
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, ok);
    return ok;
  }

  suggest(word: string, max: number): string[] {
    if (max <= 0 || word === '') return [];
    const normal = this.normalise(word);
    const shape = caseShape(normal);
    const query = shape === 'lower' || shape === 'mixed' ? normal : normal.toLowerCase();
    const costs = new Map<string, number>();
    for (const { trie, weightMap } of this.tries) {
      const found = trie.suggestWithCost(query, {
        numSuggestions: max + 3,
        changeLimit: CHANGE_LIMIT,
        ignoreCase: false,
        includeTies: false,
        timeout: SUGGEST_TIMEOUT_MS,
        weightMap: weightMap?.(),
      });
      for (const s of found) {
        const prev = costs.get(s.word);
        if (prev === undefined || s.cost < prev) costs.set(s.word, s.cost);
      }
    }
    const possessive = this.language === 'en' ? /'s$/ : undefined;
    const writtenPossessive = possessive?.test(query) ?? false;
    const out: string[] = [];
    const seen = new Set<string>();
    // By cost, a little less for the likeliest slips (a letter left out, two letters swapped:
    // shiping → shipping, wich → which, reciept → receipt); on a tie, the alphabet.
    const ranked = [...costs.entries()]
      .map(([w, cost]) => ({ w, cost: likelySlip(query, w) ? cost - SLIP_BONUS : cost }))
      .sort((a, b) => a.cost - b.cost || a.w.localeCompare(b.w));
    for (const { w: candidate } of ranked) {
      if (candidate === query || candidate.includes('+')) continue;
      // "dare's" is no answer to "adress": possessives only for a possessive.
      if (possessive && !writtenPossessive && possessive.test(candidate)) continue;
      // Nor "DEA" to "déja": an acronym only when the writer wrote capitals.
      if (shape !== 'upper' && candidate.length > 1 && caseShape(candidate) === 'upper') continue;
      if (this.neverSuggest.has(candidate.toLowerCase()) || !this.lookup(candidate)) continue;
      const shown = this.restyle(applyShape(candidate, shape), word);
      if (shown === word || seen.has(shown)) continue;
      seen.add(shown);
      out.push(shown);
      if (out.length >= max) break;
    }
    return out;
  }

  /** The dictionaries' form: composed accents (pasted text may have them apart), no ligatures (ﬁ), their apostrophe. */
  private normalise(word: string): string {
    const nfc = word.normalize('NFKC');
    return this.language === 'fr' ? nfc.replace(STRAIGHT_APOSTROPHES, '’') : nfc.replace(TYPOGRAPHIC_APOSTROPHES, "'");
  }

  /** Back to the apostrophe the writer used. */
  private restyle(candidate: string, written: string): string {
    if (!candidate.includes(this.apostrophe)) return candidate;
    const theirs = /['’‘ʼ`´]/.exec(written)?.[0];
    return theirs && theirs !== this.apostrophe ? candidate.split(this.apostrophe).join(theirs) : candidate;
  }

  private lookup(word: string): boolean {
    for (const t of this.tries) if (t.trie.has(word)) return true;
    return false;
  }

  private checkForm(word: string): boolean {
    if (this.lookup(word)) return true;
    const shape = caseShape(word);
    if (shape === 'capitalised' && this.lookup(word[0].toLowerCase() + word.slice(1))) return true;
    if (shape === 'upper') {
      const lower = word.toLowerCase();
      if (this.lookup(lower) || this.lookup(word[0] + lower.slice(1))) return true;
    }
    if (this.language === 'en' && /'s$/i.test(word) && word.length > 2) return this.checkForm(word.slice(0, -2));
    return false;
  }
}

/** Whether `candidate` is `written` with one letter put back or two neighbours swapped back. */
export function likelySlip(written: string, candidate: string): boolean {
  if (candidate.length === written.length + 1) {
    let i = 0;
    while (i < written.length && written[i] === candidate[i]) i++;
    return LETTER.test(candidate[i]) && written.slice(i) === candidate.slice(i + 1);
  }
  if (candidate.length === written.length) {
    let i = 0;
    while (i < written.length && written[i] === candidate[i]) i++;
    return i < written.length - 1 && written[i] === candidate[i + 1] && written[i + 1] === candidate[i] && written.slice(i + 2) === candidate.slice(i + 2);
  }
  return false;
}

export type CaseShape = 'lower' | 'capitalised' | 'upper' | 'mixed';

/** How a word is capitalised: `recieved`, `Recieved`, `RECIEVED`, or anything else (`iPhone`). */
export function caseShape(word: string): CaseShape {
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  let index = 0;
  for (const ch of word) {
    if (UPPER.test(ch)) {
      upper++;
      if (index === 0) firstUpper = true;
    } else if (LOWER.test(ch)) lower++;
    index++;
  }
  if (upper === 0) return 'lower';
  if (lower === 0) return 'upper';
  if (upper === 1 && firstUpper) return 'capitalised';
  return 'mixed';
}

/** Give a dictionary word the writer's capitalisation; a word with its own capitals (a name) keeps them. */
export function applyShape(candidate: string, shape: CaseShape): string {
  if (caseShape(candidate) !== 'lower') return shape === 'upper' ? candidate.toUpperCase() : candidate;
  if (shape === 'capitalised') return candidate[0].toUpperCase() + candidate.slice(1);
  if (shape === 'upper') return candidate.toUpperCase();
  return candidate;
}
