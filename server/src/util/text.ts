/** Small text helpers shared by the document model and the rules. */

/** Lower case, without accents, with straight apostrophes: for matching, not for offsets. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘ʼ`´]/g, "'")
    .toLowerCase();
}

/**
 * The same text with typographic apostrophes and non-breaking spaces made plain,
 * one UTF-16 unit for one: offsets stay valid.
 */
export function plainPunctuation(s: string): string {
  return s.replace(/[’‘ʼ]/g, "'").replace(/[\u00a0\u202f\u2007]/g, ' ');
}

/** Fill `{name}` in a template. Unknown names are left as they are. */
export function format(template: string, args?: Record<string, string | number>): string {
  if (!args) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in args ? String(args[name]) : m));
}

/** Replace a span by spaces, keeping line breaks (and so every offset). */
export function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

/** Whether a letter sequence is written in capitals (at least two letters, none lower case). */
export function isAllCaps(word: string): boolean {
  let letters = 0;
  for (const ch of word) {
    if (ch.toLowerCase() !== ch) letters++;
    else if (ch.toUpperCase() !== ch) return false;
  }
  return letters >= 2;
}
