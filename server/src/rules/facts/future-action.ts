// Amazon rejects corrective actions that are not yet in place: a corrective-actions section reports what is done.
import { factsData } from '../../locales';
import { phraseRule, sectionRole } from '../phrase';

export default phraseRule({
  id: 'facts/future-action',
  category: 'facts',
  defaultSeverity: 'warning',
  description: {
    en: 'Corrective actions are stated as done ("we replaced"), not as plans ("we will replace").',
    fr: "Les actions correctives sont énoncées comme réalisées (« nous avons remplacé »), et non comme des projets (« nous allons remplacer »).",
  },
  defaultMessage: 'future',
  messages: {
    en: {
      future:
        '"{phrase}" puts a corrective action in the future, and Amazon rejects actions not yet in place. Do it first, then write it in the past with its date ("On 3 March 2026, we checked…"); an ongoing control belongs under preventive measures.',
    },
    fr: {
      future:
        "« {phrase} » place une action corrective au futur, et Amazon refuse les actions qui ne sont pas encore en place. Réalisez-la d'abord, puis écrivez-la au passé avec sa date (« Le 3 mars 2026, nous avons vérifié… ») ; un contrôle permanent relève des mesures préventives.",
    },
  },
  // The entries are scoped to corrective sections; searching only those is faster.
  within: (p) => p.kind !== 'heading' && sectionRole(p.section) === 'corrective',
  data: {
    en: { vocab: factsData.en.vocab, negation: factsData.en.negation, entries: factsData.en.futureAction },
    fr: { vocab: factsData.fr.vocab, negation: factsData.fr.negation, entries: factsData.fr.futureAction },
  },
});
