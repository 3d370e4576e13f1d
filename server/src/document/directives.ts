/**
 * Inline directives, written as HTML comments:
 * `<!-- appeal-lint-disable [RULE…] -->` … `<!-- appeal-lint-enable [RULE…] -->`,
 * `<!-- appeal-lint-disable-next-line [RULE…] -->` and a trailing
 * `<!-- appeal-lint-disable-line [RULE…] -->`. No rule named means all rules.
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

const DIRECTIVE = /<!--\s*appeal-lint-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;

export function parseDirectives(text: string, from: number): Directive[] {
  const out: Directive[] = [];
  DIRECTIVE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(text)) !== null) {
    const argsStart = m.index + m[0].indexOf(m[2], 4 + m[1].length);
    const ruleSpans: Directive['ruleSpans'] = [];
    for (const r of m[2].matchAll(/[^\s,]+/g)) {
      ruleSpans.push({ id: r[0], start: argsStart + r.index, end: argsStart + r.index + r[0].length });
    }
    out.push({
      kind: m[1] as DirectiveKind,
      rules: ruleSpans.map((r) => r.id),
      ruleSpans,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}
