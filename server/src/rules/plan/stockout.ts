// Stockout cancellations stop only when an item cannot be sold without stock: a threshold, synced channels, no order confirmed on doubt.
import { planRule } from '../plan-support';

export default planRule({
  type: 'stockout',
  description: {
    en: 'A plan for stockouts pauses an item when its stock is critical, keeps stock in sync across channels, and confirms no order while the stock is in doubt.',
    fr: "Un plan pour les ruptures de stock suspend un article quand son stock devient critique, synchronise le stock entre les canaux et ne confirme aucune commande tant que le stock est incertain.",
  },
});
