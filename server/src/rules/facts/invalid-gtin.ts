// Amazon checks every GTIN against GS1: a barcode whose check digit is wrong cannot be the product's, and the listing it points to is not the one under review.
import { defineRule } from '../define';
import { identifierLabels } from '../../locales';
import type { IdentifierLabels } from '../../locales/types';
import type { Language } from '../../types';
import { GTIN_LENGTHS, gs1CheckDigit, isCheckedIdentifierSpan, LabelSet, nearWords, type NearWord } from '../../util/identifiers';

/** Words allowed between the label and the number ("EAN of the product: …"); numbers and elided articles are free. */
const MAX_WORDS_BETWEEN = 3;
/** How far back on the line a label is looked for. */
const LOOK_BACK = 160;

const SP = '[ \\u00a0\\u202f]';
/**
 * A run of 8 to 14 digits, or an EAN-13 / UPC-A written in its printed groups
 * (`3 760123 456789`, `0 36000 29145 2`); not part of a longer number, a date, a
 * decimal, a phone number in international form or a word.
 */
const CANDIDATE = new RegExp(
  `(?<![\\p{L}\\p{N}+]|\\p{N}[-.,/])(?:\\d{8,14}|\\d${SP}\\d{6}${SP}\\d{6}|\\d${SP}\\d{5}${SP}\\d{5}${SP}\\d)(?![\\p{L}\\p{N}]|[-.,/]\\p{N})`,
  'gu',
);
/** Where a sentence or clause ends, so a label before it no longer applies ("No." and "n°" are not ends). */
const STOP = /[;!?]|(?<!(?:^|[^\p{L}])(?:[Nn][Oor]|[Rr][ée]f))\.(?=\s)/gu;

interface Labels {
  barcode: LabelSet;
  upc: LabelSet;
  other: LabelSet;
}

function compile(d: IdentifierLabels): Labels {
  return { barcode: new LabelSet(d.barcodeLabels), upc: new LabelSet(d.upcLabels), other: new LabelSet(d.otherNumberLabels) };
}

const LABELS: Record<Language, Labels> = { en: compile(identifierLabels.en), fr: compile(identifierLabels.fr) };

const KIND: Record<number, string> = { 8: 'EAN-8', 12: 'UPC', 13: 'EAN', 14: 'GTIN-14' };

/** The barcode label that names the number starting at the end of `words`: 'upc', 'gtin', or undefined. */
function labelOf(words: readonly NearWord[], labels: Labels): 'upc' | 'gtin' | undefined {
  let between = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const k = labels.barcode.endsAt(words, i);
    if (k > 0) return labels.upc.endsAt(words, i) === k ? 'upc' : 'gtin';
    if (labels.other.endsAt(words, i) > 0) return undefined;
    const w = words[i];
    if (w.digits || w.elided) continue;
    if (++between > MAX_WORDS_BETWEEN) return undefined;
  }
  return undefined;
}

export default defineRule({
  id: 'facts/invalid-gtin',
  category: 'facts',
  defaultSeverity: 'error',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'A barcode (EAN, UPC, GTIN) must have the right GS1 check digit.',
    fr: 'Un code-barres (EAN, UPC, GTIN) doit avoir le bon chiffre de contrôle GS1.',
  },
  messages: {
    en: {
      checkDigit: '{kind} {code} is not a valid barcode: its other digits call for the check digit {expected}, not {actual}. Copy the number again from the product or your GS1 record.',
    },
    fr: {
      checkDigit: "{kind} {code} n'est pas un code-barres valide : d'après ses autres chiffres, le chiffre de contrôle devrait être {expected}, et non {actual}. Recopiez le numéro depuis le produit ou votre compte GS1.",
    },
  },
  check(doc, ctx) {
    const labels = LABELS[ctx.language];
    const text = doc.text;
    const re = new RegExp(CANDIDATE.source, CANDIDATE.flags);
    re.lastIndex = doc.bodyStart;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const digits = m[0].replace(/\D/g, '');
      if (!GTIN_LENGTHS.includes(digits.length)) continue;
      const expected = gs1CheckDigit(digits.slice(0, -1));
      const actual = Number(digits[digits.length - 1]);
      if (expected === actual) continue;
      if (!isCheckedIdentifierSpan(doc, start, end)) continue;

      const lineStart = doc.lines.lineStart(doc.lines.lineAt(start));
      const segStart = Math.max(lineStart, start - LOOK_BACK);
      let from = segStart;
      for (const s of text.slice(segStart, start).matchAll(STOP)) from = segStart + s.index + s[0].length;
      const label = labelOf(nearWords(text, from, start), labels);
      // An 8-digit UPC is a UPC-E, whose check digit belongs to its 12-digit expansion.
      if (!label || (label === 'upc' && digits.length === 8)) continue;
      ctx.report({ start, end, messageId: 'checkDigit', args: { kind: KIND[digits.length], code: digits, expected, actual } });
    }
  },
});
