// Amazon reinstates a seller who shows where its own process failed; a plan without a cause reads as a guess.
import { defineRule } from '../define';
import { reportMissingSection } from '../structure-support';

export default defineRule({
  id: 'structure/missing-root-cause',
  category: 'structure',
  defaultSeverity: 'error',
  languages: ['en', 'fr'],
  fixable: true,
  description: {
    en: 'The appeal (or each reason in it) has a section that explains the root cause.',
    fr: "Le plan (ou chaque motif qu'il traite) a une section qui explique la cause du problème.",
  },
  messages: {
    en: {
      missing: 'No section explains the root cause. Add a "Root cause" section that says what failed in your own process.',
      missingForReason: 'The reason "{reason}" has no root-cause section. Add one under it that says what failed in your own process.',
      insert: 'Insert a "Root cause" section',
    },
    fr: {
      missing: "Aucune section n'explique la cause du problème. Ajoutez une section « Cause » qui dit ce qui a failli dans votre propre organisation.",
      missingForReason: "Le motif « {reason} » n'a pas de section sur la cause. Ajoutez-en une sous ce titre, qui dit ce qui a failli dans votre organisation.",
      insert: 'Insérer une section « Cause »',
    },
  },
  check(doc, ctx) {
    reportMissingSection(doc, ctx, 'root-cause');
  },
});
