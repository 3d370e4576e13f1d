/**
 * The registry: every rule, in alphabetical order of id. A rule exists only once
 * it is listed here; the tests check that each has cases in both languages and
 * a doc page, and the extension's settings schema is checked against this list.
 */
import type { RuleModule } from '../types';
import caseHeader from './case/header';
import formRepeatedWord from './form/repeated-word';

export const rules: readonly RuleModule[] = [
  caseHeader,
  formRepeatedWord,
].sort((a, b) => a.id.localeCompare(b.id));
