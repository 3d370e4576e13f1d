// Items arrive broken because of how they are packed or because they are too fragile to ship: the plan must address both.
import { planRule } from '../plan-support';

export default planRule({
  type: 'damaged',
  description: {
    en: 'A plan for damaged items improves and tests the packaging, and reviews fragile products, withdrawing those that cannot travel safely.',
    fr: "Un plan pour les articles endommagés renforce et teste l'emballage, et passe en revue les produits fragiles en retirant ceux qui ne voyagent pas sans risque.",
  },
});
