// Confessing wrongdoing nobody proved (counterfeits, fake reviews, intent) can turn a suspension into a permanent ban.
import { phraseRule, toneLexicons } from '../phrase';

export default phraseRule({
  id: 'tone/over-admission',
  defaultSeverity: 'warning',
  description: {
    en: 'Own process failures, but do not confess serious wrongdoing nobody proved.',
    fr: "Assumez les défaillances de procédure, sans avouer une faute grave que personne n'a établie.",
  },
  messages: {
    en: { admission: '"{phrase}" admits serious wrongdoing that nobody has proved. Describe the process failure and the checks you added instead.' },
    fr: { admission: "« {phrase} » avoue une faute grave que personne n'a établie. Décrivez plutôt la défaillance de votre procédure et les contrôles ajoutés." },
  },
  defaultMessage: 'admission',
  data: toneLexicons((t) => t.overAdmission),
});
