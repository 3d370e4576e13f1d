/**
 * Comment les notifications d'Amazon en français nomment chaque type de problème
 * (alternatives de regex, texte sans accents), et les premières lignes d'un nouveau
 * plan d'action (les titres des motifs sont dans `reasons.ts`).
 */
import type { NoticeData } from '../types';

export const notices: NoticeData = {
  phrases: {
    'late-shipment': ["taux d'expeditions? (?:en retard|tardives?)", 'expedie(?:e|es|s)? en retard', "retards? d'expedition", 'expeditions? en retard'],
    'order-defect-rate': ['taux de commandes defectueuses', 'taux de defauts? de commandes?', 'commentaires (?:clients )?negatifs', 'retrofacturations?'],
    'cancellation-rate': ["taux d'annulations?", "taux d'annulation avant expedition"],
    stockout: ['ruptures? de stocks?', 'ruptures?', 'stock insuffisant', 'hors stock'],
    'not-received': ["n'a pas ete recue?", "n'ont pas ete recus?", 'non recue?s?', 'non livree?s?', 'preuve de livraison', "n'avez pas (?:recu|livre)"],
    damaged: ['endommagee?s?', '(?<!commandes )defectueu(?:x|se|ses)', 'abimee?s?', 'arrivee?s? casse'],
    'not-as-described': ['ne correspond(?:ent)? pas a (?:votre|la) description', 'non conformes? a la description', 'article errone', 'materiellement different'],
    'used-sold-as-new': ["vendus? comme neufs?", "d'occasion"],
    authenticity: ['authenticite', 'non authentiques?', 'inauthentiques?', 'contrefai(?:t|ts|te|tes)', 'contrefacons?', 'anti-contrefacon'],
    'ip-complaint': ['titulaire des droits', 'propriete intellectuelle', 'retractation', 'notice-dispute', 'violation de (?:marque|droits?)'],
    'brand-authorisation': ['distribution selective', "n'etes pas autorise a vendre", 'approbation prealable', 'marque (?:restreinte|protegee)'],
    safety: ['enquete sur la securite', 'securite des produits', 'rappel de produits?'],
    'restricted-product': ['produits? soumis a des restrictions', 'produits? interdits?'],
    'related-accounts': ['comptes? lies', "lie a un autre compte"],
    verification: ['verification de votre identite', 'justificatif de domicile', 'verifier votre identite'],
    'valid-tracking-rate': ['taux de suivi valide', 'op-pso-vtr-appeals'],
  },
  dateLabels: ['envoye', 'date', 'recu'],
  opening: 'Ce plan d’action répond à votre notification{date} concernant : {reasons}.',
  openingDate: ' du {date}',
  ordersLine: 'Commandes concernées : {orders}.',
  asinsLine: 'ASIN concernés : {asins}.',
};
