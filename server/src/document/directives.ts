/**
 * Inline directives, written as HTML comments:
 * `<!-- appeal-lint-disable [RULE…] -->` … `<!-- appeal-lint-enable [RULE…] -->`,
 * `<!-- appeal-lint-disable-next-line [RULE…] -->` and a trailing
 * `<!-- appeal-lint-disable-line [RULE…] -->`. No rule named means all rules.
 * A directive written inside code (a fence, an indented block, a code span) is an
 * example, not a directive.
 */
export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty for all rules. */
  rules: string[];
  /** Offsets of each rule id as written, for error reports. */
  ruleSpans: { id: string; start: number; end: number }[];
  start: number;
  end: number;
}

/** Every HTML comment once; an unclosed one runs to the end of the text (one match, not one per opener). */
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const DIRECTIVE = /^<!--\s*appeal-lint-(disable-next-line|disable-line|disable|enable)(?![\w-])([\s\S]*?)-->$/;

export function parseDirectives(text: string, from: number, isCode: (offset: number) => boolean = () => false): Directive[] {
  const out: Directive[] = [];
  COMMENT.lastIndex = from;
  let c: RegExpExecArray | null;
  while ((c = COMMENT.exec(text)) !== null) {
    if (c[0].length === 0) {
      COMMENT.lastIndex++;
      continue;
    }
    const m = DIRECTIVE.exec(c[0]);
    if (!m || isCode(c.index)) continue;
    const argsStart = c.index + c[0].length - 3 - m[2].length;
    const ruleSpans: Directive['ruleSpans'] = [];
    for (const r of m[2].matchAll(/[^\s,]+/g)) {
      ruleSpans.push({ id: r[0], start: argsStart + r.index, end: argsStart + r.index + r[0].length });
    }
    out.push({ kind: m[1] as DirectiveKind, rules: ruleSpans.map((r) => r.id), ruleSpans, start: c.index, end: c.index + c[0].length });
  }
  return out;
}
