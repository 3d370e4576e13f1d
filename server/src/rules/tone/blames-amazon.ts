// An appeal that argues with the decision, or says Amazon erred, reads as a seller who has not found its own cause.
import { phraseRule, toneLexicons } from '../phrase';

export default phraseRule({
  id: 'tone/blames-amazon',
  defaultSeverity: 'error',
  description: {
    en: 'Do not call the decision unfair, say Amazon erred or deny responsibility: own the cause.',
    fr: "Ne qualifiez pas la décision d'injuste, ne reprochez pas d'erreur à Amazon et ne rejetez pas la responsabilité : assumez la cause.",
  },
  messages: {
    en: {
      unfair: '"{phrase}" disputes Amazon\'s decision. Appeals that argue are rejected: explain the cause on your side and what you fixed.',
      amazonWrong: '"{phrase}" says Amazon got it wrong. Leave Amazon\'s handling aside and show what you found and changed.',
      denial: '"{phrase}" denies responsibility. Amazon expects you to own the cause: name what in your process allowed it.',
    },
    fr: {
      unfair: "« {phrase} » conteste la décision d'Amazon. Un appel qui argumente est refusé : expliquez la cause de votre côté et ce que vous avez corrigé.",
      amazonWrong: "« {phrase} » reproche une erreur à Amazon. Laissez de côté le traitement d'Amazon et montrez ce que vous avez trouvé et changé.",
      denial: "« {phrase} » rejette la responsabilité. Amazon attend que vous assumiez la cause : nommez ce qui, dans votre organisation, l'a permise.",
    },
  },
  defaultMessage: 'unfair',
  data: toneLexicons((t) => t.blamesAmazon),
});
