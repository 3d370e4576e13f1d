// Late shipments come from a handling time shorter than the real one or from the dispatch process; Amazon also expects the late orders to be named.
import { planRule } from '../plan-support';

export default planRule({
  type: 'late-shipment',
  description: {
    en: 'A plan for late shipments sets a realistic handling time per SKU (up to 30 days) or changes the carrier or dispatch process, and cites the late orders.',
    fr: "Un plan pour les expéditions en retard fixe un délai d'expédition réaliste par SKU (jusqu'à 30 jours) ou change de transporteur ou de procédure, et cite les commandes en retard.",
  },
});
