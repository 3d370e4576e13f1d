// The reviewer reads for the facts of this case; the company's story and record take room and prove nothing.
import { phraseRule, toneLexicons } from '../phrase';

export default phraseRule({
  id: 'tone/business-history',
  defaultSeverity: 'info',
  description: {
    en: 'Skip the company introduction and history: go straight to the facts of the case.',
    fr: "Passez la présentation et l'historique de l'entreprise : allez droit aux faits du dossier.",
  },
  messages: {
    en: { history: '"{phrase}" tells the company\'s story. The reviewer wants the facts of this case: cut it and go straight to the cause.' },
    fr: { history: "« {phrase} » raconte l'histoire de l'entreprise. L'examinateur cherche les faits de ce dossier : supprimez ce passage et allez droit à la cause." },
  },
  defaultMessage: 'history',
  data: toneLexicons((t) => t.businessHistory),
});
