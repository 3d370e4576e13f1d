/** English text data: abbreviations that do not end a sentence, and stop words for language detection. */
import type { TextData } from '../types';

export const text: TextData = {
  abbreviations: new Set([
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'ltd', 'inc', 'co', 'corp', 'llc', 'plc', 'e.g', 'i.e', 'etc', 'vs', 'no', 'nos',
    'approx', 'dept', 'est', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'ref', 'p', 'pp', 'vol', 'ed', 'cf', 'al', 'jr', 'sr', 'mt', 'u.s', 'u.k',
  ]),
  stopWords: [
    'the', 'and', 'of', 'to', 'we', 'our', 'is', 'was', 'were', 'have', 'has', 'had', 'this', 'that', 'with', 'for', 'on',
    'it', 'be', 'are', 'not', 'by', 'from', 'will', 'which', 'each', 'an', 'in', 'at', 'as', 'all', 'every', 'after', 'been',
    'before', 'they', 'their', 'its', 'would', 'should', 'these', 'those', 'into', 'than', 'then', 'when', 'who', 'what', 'also',
    'only', 'us', 'you', 'your', 'i', 'my', 'there', 'any', 'now', 'since', 'because', 'order', 'orders', 'customer', 'customers',
  ],
};
