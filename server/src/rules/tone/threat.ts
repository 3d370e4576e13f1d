// Lawyers and legal threats end the conversation: Seller Performance tends to stop replying to them.
import { phraseRule, toneLexicons } from '../phrase';

export default phraseRule({
  id: 'tone/threat',
  defaultSeverity: 'error',
  description: {
    en: 'No legal threats, lawyers or escalation in an appeal.',
    fr: "Pas de menace juridique, d'avocat ni d'escalade dans un appel.",
  },
  messages: {
    en: { threat: '"{phrase}" reads as a legal threat. Amazon tends to stop the conversation: remove it and keep to your plan.' },
    fr: { threat: "« {phrase} » sonne comme une menace juridique. Amazon risque de couper l'échange : retirez-la et tenez-vous-en au plan." },
  },
  defaultMessage: 'threat',
  data: toneLexicons((t) => t.threat),
});
