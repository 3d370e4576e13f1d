/**
 * Language detection by stop words: the share of frequent English and French
 * function words among the unmasked words of the body. A document is French
 * (or English) when that language's share of the hits leads by the margin
 * below; otherwise the result is marked unsure and English is the fallback.
 * Quotes and code are masked before this runs, so a French appeal quoting an
 * English notice stays French.
 */
import type { Language } from '../types';
import { textData } from '../locales';
import type { Word } from './text-units';

export const DETECTION_MARGIN = 0.2;
const MIN_HITS = 3;

export interface Detection {
  language: Language;
  /** (leader − other) / total hits, 0 to 1. */
  confidence: number;
  sure: boolean;
}

const stopSets: Record<Language, Set<string>> = {
  en: new Set(textData.en.stopWords),
  fr: new Set(textData.fr.stopWords),
};
const MAX_STOP_LENGTH = Math.max(...[...stopSets.en, ...stopSets.fr].map((w) => w.length));

export function detectLanguage(words: readonly Word[]): Detection {
  let en = 0;
  let fr = 0;
  for (const w of words) {
    const text = w.text;
    // An elision (l'acheteur, qu'il) counts by its first letter; words longer than every stop word are skipped.
    const c1 = text.charCodeAt(1);
    if (c1 === 39 || c1 === 0x2019) {
      if (stopSets.fr.has(text[0].toLowerCase() + "'")) fr++;
      continue;
    }
    if (text.length > MAX_STOP_LENGTH) continue;
    const t = text.toLowerCase();
    if (stopSets.en.has(t)) en++;
    if (stopSets.fr.has(t)) fr++;
  }
  const total = en + fr;
  if (total < MIN_HITS) return { language: 'en', confidence: 0, sure: false };
  const language: Language = fr > en ? 'fr' : 'en';
  const confidence = Math.abs(fr - en) / total;
  return { language, confidence, sure: confidence >= DETECTION_MARGIN };
}
