// Amazon wants actions it can check; "we will try", "as soon as possible" and "regularly" commit to nothing.
import type { AppealDocument, Paragraph } from '../../document/model';
import { factsData } from '../../locales';
import type { FactsPhraseEntry } from '../../locales/types';
import type { FixSpec, Language, TextEdit } from '../../types';
import { hasDate } from '../../util/dates';
import { ACTION_ROLES, hasActionSections } from '../facts-support';
import { phraseRule, sectionRole, type PhraseMatch } from '../phrase';

const actionSectionsCache = new WeakMap<AppealDocument, boolean>();

/**
 * Vague promises count in actions and measures sections; an appeal with no such section
 * at all has nowhere else to state its actions, so its whole body counts.
 */
function inActions(p: Paragraph, doc: AppealDocument): boolean {
  if (p.kind === 'heading') return false;
  const role = sectionRole(p.section);
  if (role) return ACTION_ROLES.includes(role);
  let has = actionSectionsCache.get(doc);
  if (has === undefined) {
    has = hasActionSections(doc);
    actionSectionsCache.set(doc, has);
  }
  return !has;
}

/** Upper-case the first letter of a replacement that takes the place of a capitalised word. */
function keepCapital(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * Deleting a hedge: take the comma or space that joined it to the sentence with it
 * ("…parcels, where possible." → "…parcels."; "Si possible, nous…" → "Nous…").
 */
function deletion(text: string, start: number, end: number): TextEdit {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const leadComma = /,[ \t]*$/.exec(before);
  const trailComma = /^[ \t]*,[ \t]*/.exec(after);
  if (leadComma && trailComma) return { start: start - leadComma[0].length, end: end + trailComma[0].length, newText: ' ' };
  if (leadComma) return { start: start - leadComma[0].length, end, newText: '' };
  const sentenceStart = /(?:^|[.!?:]\s+|\n\s*(?:[-*+]|\d+[.)])?\s*)$/.test(before);
  if (sentenceStart) {
    const rest = /^[ \t]*,?[ \t]*(\p{L})/u.exec(after);
    if (rest) return { start, end: end + rest[0].length, newText: rest[1].toUpperCase() };
  }
  const space = /^[ \t]+/.exec(after);
  if (space) return { start, end: end + space[0].length, newText: '' };
  const leadSpace = /[ \t]+$/.exec(before);
  return leadSpace ? { start: start - leadSpace[0].length, end, newText: '' } : { start, end, newText: '' };
}

function fixes(m: PhraseMatch, doc: AppealDocument): FixSpec[] | undefined {
  const entry = m.entry as FactsPhraseEntry;
  if (entry.replacement === undefined) return undefined;
  if (entry.replacement === '') return [{ titleId: 'remove', args: { phrase: m.text }, edits: [deletion(doc.text, m.start, m.end)] }];
  const newText = keepCapital(doc.text.slice(m.start, m.end), entry.replacement);
  return [{ titleId: 'replace', args: { phrase: m.text, replacement: newText }, edits: [{ start: m.start, end: m.end, newText }] }];
}

/** "Regularly" in a sentence that also says "every Monday" adds nothing vague. */
function keep(m: PhraseMatch, language: Language): boolean {
  return !((m.entry as FactsPhraseEntry).frequency && hasDate(m.sentence.text, language));
}

export default phraseRule({
  id: 'facts/vague-commitment',
  category: 'facts',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    en: 'Actions and measures are stated firmly, with a date or a frequency, not as attempts, hopes or "as soon as possible".',
    fr: "Les actions et les mesures sont énoncées fermement, avec une date ou une fréquence, et non comme des tentatives, des espoirs ou un « dès que possible ».",
  },
  defaultMessage: 'vague',
  messages: {
    en: {
      vague: '"{phrase}" sets no date. Say when the action was done or will be done ("on 3 March 2026", "by 15 March 2026").',
      trying: '"{phrase}" promises an attempt, not an action. State what you did or do, with its date.',
      resolution: '"{phrase}" is a good intention, not a measure. Name the concrete change, who does it and when.',
      hope: '"{phrase}" expresses a hope. State the measure that makes the outcome likely instead.',
      hedge: '"{phrase}" takes the commitment back. State the action without the reservation, or say exactly when it does not apply.',
      frequency: '"{phrase}" gives no frequency. Say how often ("every Monday", "daily").',
      replace: 'Replace "{phrase}" with "{replacement}"',
      remove: 'Remove "{phrase}"',
    },
    fr: {
      vague: "« {phrase} » ne fixe aucune date. Dites quand l'action a été ou sera réalisée (« le 3 mars 2026 », « d'ici le 15 mars 2026 »).",
      trying: "« {phrase} » promet un essai, pas une action. Énoncez ce que vous avez fait ou faites, avec sa date.",
      resolution: "« {phrase} » est une bonne intention, pas une mesure. Nommez le changement concret, qui s'en charge et quand.",
      hope: '« {phrase} » exprime un espoir. Énoncez plutôt la mesure qui rend le résultat probable.',
      hedge: "« {phrase} » reprend l'engagement. Énoncez l'action sans réserve, ou dites précisément quand elle ne s'applique pas.",
      frequency: '« {phrase} » ne donne aucune fréquence. Dites à quel rythme (« chaque lundi », « tous les jours »).',
      replace: 'Remplacer « {phrase} » par « {replacement} »',
      remove: 'Supprimer « {phrase} »',
    },
  },
  data: {
    en: { vocab: factsData.en.vocab, negation: factsData.en.negation, entries: factsData.en.vagueCommitment },
    fr: { vocab: factsData.fr.vocab, negation: factsData.fr.negation, entries: factsData.fr.vagueCommitment },
  },
  within: inActions,
  filter: (m, _doc, language) => keep(m, language),
  fix: (m, doc) => fixes(m, doc),
});
