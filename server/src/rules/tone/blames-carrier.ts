// The seller chose the carrier and the service: shifting the cause to them, or to a competitor, shows no control.
import { phraseRule, toneLexicons } from '../phrase';

export default phraseRule({
  id: 'tone/blames-carrier',
  defaultSeverity: 'warning',
  description: {
    en: 'Do not shift the cause to the carrier or a competitor: own the choice of service and checks.',
    fr: 'Ne rejetez pas la cause sur le transporteur ou un concurrent : assumez le choix du service et des contrôles.',
  },
  messages: {
    en: {
      blame: '"{phrase}" puts the cause on the carrier. Say which service and which checks you had chosen, and what you changed.',
      competitor: '"{phrase}" blames a competitor. Without proof this reads as an excuse: answer the complaint itself.',
    },
    fr: {
      blame: '« {phrase} » fait porter la cause au transporteur. Indiquez quel service et quels contrôles vous aviez choisis, et ce que vous avez changé.',
      competitor: '« {phrase} » accuse un concurrent. Sans preuve, cela passe pour une excuse : répondez à la réclamation elle-même.',
    },
  },
  defaultMessage: 'blame',
  data: toneLexicons((t) => t.blamesCarrier),
});
