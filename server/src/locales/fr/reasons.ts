/**
 * Noms français des types de problème, tels qu'un titre les donne. Chacun est reconnu
 * par les motifs de `structure.ts`, si bien qu'une section insérée sous ce titre est
 * lue comme la section de ce motif.
 */
import type { ReasonLabels } from '../types';

export const reasons: ReasonLabels = {
  stockout: 'Ruptures de stock',
  'not-received': 'Articles non reçus',
  damaged: 'Articles endommagés',
  'not-as-described': 'Articles non conformes à la description',
  'late-shipment': 'Expéditions en retard',
  authenticity: 'Réclamations pour authenticité',
  'brand-authorisation': 'Autorisation de la marque',
  'order-defect-rate': 'Taux de commandes défectueuses',
  'cancellation-rate': "Taux d'annulation",
  'valid-tracking-rate': 'Taux de suivi valide',
  'ip-complaint': 'Propriété intellectuelle',
  'used-sold-as-new': "Articles d'occasion vendus comme neufs",
  safety: 'Sécurité des produits',
  'restricted-product': 'Produits soumis à des restrictions',
  'related-accounts': 'Comptes liés',
  verification: "Vérification d'identité",
};
