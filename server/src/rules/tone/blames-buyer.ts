// Criticising buyers is the surest way to lose a reviewer: Amazon sides with its customers and wants facts and fixes.
import { phraseRule, toneLexicons } from '../phrase';

export default phraseRule({
  id: 'tone/blames-buyer',
  defaultSeverity: 'error',
  description: {
    en: 'Do not criticise buyers: state what happened and what you changed.',
    fr: "Ne critiquez pas les acheteurs : exposez ce qui s'est passé et ce que vous avez changé.",
  },
  messages: {
    en: { blame: '"{phrase}" blames the buyer. State what happened and what you changed, without judging the buyer.' },
    fr: { blame: "« {phrase} » met en cause l'acheteur. Décrivez ce qui s'est passé et ce que vous avez changé, sans juger l'acheteur." },
  },
  defaultMessage: 'blame',
  data: toneLexicons((t) => t.blamesBuyer),
});
