// Amazon wants to see that the problem is already fixed, not only understood.
import { defineRule } from '../define';
import { reportMissingSection } from '../structure-support';

export default defineRule({
  id: 'structure/missing-corrective-actions',
  category: 'structure',
  defaultSeverity: 'error',
  languages: ['en', 'fr'],
  fixable: true,
  description: {
    en: 'The appeal (or each reason in it) has a section listing the corrective actions already taken.',
    fr: "Le plan (ou chaque motif qu'il traite) a une section qui liste les actions correctives déjà réalisées.",
  },
  messages: {
    en: {
      missing: 'No section lists the actions already taken. Add a "Corrective actions" section: what you fixed, and when.',
      missingForReason: 'The reason "{reason}" has no corrective-actions section. Add one under it: what you fixed, and when.',
      insert: 'Insert a "Corrective actions" section',
    },
    fr: {
      missing: "Aucune section ne liste les actions déjà réalisées. Ajoutez une section « Actions correctives » : ce que vous avez corrigé, et quand.",
      missingForReason: "Le motif « {reason} » n'a pas de section d'actions correctives. Ajoutez-en une sous ce titre : ce que vous avez corrigé, et quand.",
      insert: 'Insérer une section « Actions correctives »',
    },
  },
  check(doc, ctx) {
    reportMissingSection(doc, ctx, 'corrective');
  },
});
