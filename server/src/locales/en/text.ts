/** English text data: abbreviations that do not end a sentence, and stop words for language detection. */
import type { TextData } from '../types';

export const text: TextData = {
  abbreviations: new Set([
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'co', 'e.g', 'i.e', 'vs',
    'approx', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'tue', 'thu', 'fri', 'ref', 'ed', 'cf', 'al', 'jr', 'sr', 'mt', 'u.s', 'u.k',
  ]),
  // Company suffixes (Ltd, Inc, LLC) are not listed: before a lower-case word their dot never splits,
  // and before a capital it ends the sentence ("… Supply LLC. We bought …").
  // Also words ("no", "sun", "wed"): they keep the sentence going only before a digit.
  numberAbbreviations: new Set(['no', 'nos', 'p', 'pp', 'vol', 'fig', 'est', 'mon', 'wed', 'sat', 'sun']),
  stopWords: [
    'the', 'and', 'of', 'to', 'we', 'our', 'is', 'was', 'were', 'have', 'has', 'had', 'this', 'that', 'with', 'for', 'on',
    'it', 'be', 'are', 'not', 'by', 'from', 'will', 'which', 'each', 'an', 'in', 'at', 'as', 'all', 'every', 'after', 'been',
    'before', 'they', 'their', 'its', 'would', 'should', 'these', 'those', 'into', 'than', 'then', 'when', 'who', 'what', 'also',
    'only', 'us', 'you', 'your', 'i', 'my', 'there', 'any', 'now', 'since', 'because', 'order', 'orders', 'customer', 'customers',
  ],
};
