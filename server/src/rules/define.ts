/** `defineRule` only checks a rule module's shape at compile time and returns it. */
import type { RuleModule } from '../types';

export function defineRule<const T extends RuleModule>(rule: T): T {
  return rule;
}
