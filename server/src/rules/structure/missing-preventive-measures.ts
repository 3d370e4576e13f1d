// Amazon reinstates a seller only when the same problem cannot come back: the plan must say what stops it.
import { defineRule } from '../define';
import { reportMissingSection } from '../structure-support';

export default defineRule({
  id: 'structure/missing-preventive-measures',
  category: 'structure',
  defaultSeverity: 'error',
  languages: ['en', 'fr'],
  fixable: true,
  description: {
    en: 'The appeal (or each reason in it) has a section on the measures that prevent the problem from coming back.',
    fr: "Le plan (ou chaque motif qu'il traite) a une section sur les mesures qui empêchent le problème de revenir.",
  },
  messages: {
    en: {
      missing: 'No section says what prevents the problem from coming back. Add a "Preventive measures" section: the checks now in place, who does them and how often.',
      missingForReason: 'The reason "{reason}" has no preventive-measures section. Add one under it: the checks now in place, who does them and how often.',
      insert: 'Insert a "Preventive measures" section',
    },
    fr: {
      missing: "Aucune section ne dit ce qui empêche le problème de revenir. Ajoutez une section « Mesures préventives » : les contrôles en place, qui les fait et à quelle fréquence.",
      missingForReason: "Le motif « {reason} » n'a pas de section de mesures préventives. Ajoutez-en une sous ce titre : les contrôles en place, qui les fait et à quelle fréquence.",
      insert: 'Insérer une section « Mesures préventives »',
    },
  },
  check(doc, ctx) {
    reportMissingSection(doc, ctx, 'preventive');
  },
});
