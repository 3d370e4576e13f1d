// Amazon reads a resubmitted appeal against the one it already rejected: copied sentences show nothing was rethought.
import { defineRule } from '../define';
import { courtesyData } from '../../locales';
import type { AppealDocument, Span } from '../../document/model';
import { fold } from '../../util/text';

/** Shorter sentences ("We checked every order.") are too common to count as copied. */
const MIN_WORDS = 8;

/** Greetings and closing formulas of either language, folded, at the start of a sentence. */
const COURTESY = new RegExp(
  `^(?:${[...courtesyData.en.greetings, ...courtesyData.en.signOffs, ...courtesyData.fr.greetings, ...courtesyData.fr.signOffs]
    .map((p) => fold(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

const keysOf = new WeakMap<AppealDocument, string[]>();

interface Keyed extends Span {
  key: string;
}

export default defineRule({
  id: 'form/reused-sentence',
  category: 'form',
  defaultSeverity: 'warning',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'A sentence is copied from an earlier appeal of the same case.',
    fr: "Une phrase est reprise d'un appel précédent du même dossier.",
  },
  messages: {
    en: {
      reused:
        'This sentence is copied word for word from the earlier appeal "{file}": Amazon already read it. Say what changed since, with new facts.',
    },
    fr: {
      reused:
        "Cette phrase reprend mot pour mot l'appel précédent « {file} », qu'Amazon a déjà lu. Dites ce qui a changé depuis, avec des faits nouveaux.",
    },
  },
  check(doc, ctx) {
    if (ctx.previous.length === 0) return;
    const earlier = new Map<string, string>();
    for (const prev of ctx.previous) {
      const file = displayName(prev.path, doc);
      // The engine keeps an unchanged earlier appeal's document: its keys are worked out once.
      let keys = keysOf.get(prev.document);
      if (!keys) keysOf.set(prev.document, (keys = comparable(prev.document).map((s) => s.key)));
      for (const key of keys) if (!earlier.has(key)) earlier.set(key, file);
    }
    if (earlier.size === 0) return;
    for (const s of comparable(doc)) {
      const file = earlier.get(s.key);
      if (file !== undefined) ctx.report({ start: s.start, end: s.end, messageId: 'reused', args: { file } });
    }
  },
});

/**
 * The sentences worth comparing, each with its key (words only, folded, single spaces):
 * unquoted, outside headings, at least eight words, not a greeting or a closing formula.
 */
function comparable(doc: AppealDocument): Keyed[] {
  const out: Keyed[] = [];
  const headings = doc.headings;
  let h = 0;
  for (const p of doc.paragraphs) {
    if (p.quoted || p.kind === 'heading') continue;
    for (const s of p.sentences) {
      const words: string[] = [];
      let start = -1;
      for (const w of s.words) {
        while (h < headings.length && headings[h].end <= w.start) h++;
        if (h < headings.length && headings[h].start <= w.start) continue;
        if (start < 0) start = w.start;
        words.push(w.text);
      }
      if (words.length < MIN_WORDS) continue;
      const key = fold(words.join(' '));
      if (COURTESY.test(key)) continue;
      out.push({ start, end: s.end, key });
    }
  }
  return out;
}

/** The earlier appeal as the header names it, else its file name. */
function displayName(full: string, doc: AppealDocument): string {
  const norm = full.replace(/\\/g, '/');
  for (const item of doc.header.previous) {
    const rel = item.value.replace(/\\/g, '/').replace(/^(?:\.\.?\/)+/, '');
    if (rel && (norm === rel || norm.endsWith('/' + rel))) return item.value;
  }
  return norm.slice(norm.lastIndexOf('/') + 1);
}
