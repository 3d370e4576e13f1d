/**
 * Comment les notifications d'Amazon en français nomment chaque type de problème
 * (alternatives de regex, texte sans accents), et le titre de chaque type dans un
 * nouveau plan d'action.
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
  reasonNames: {
    stockout: 'Ruptures de stock',
    'not-received': 'Articles non reçus',
    damaged: 'Articles endommagés',
    'not-as-described': 'Articles non conformes à la description',
    'late-shipment': 'Expéditions en retard',
    authenticity: "Réclamations sur l'authenticité",
    'brand-authorisation': 'Autorisation de la marque',
    'order-defect-rate': 'Taux de commandes défectueuses',
    'cancellation-rate': "Taux d'annulation",
    'valid-tracking-rate': 'Taux de suivi valide',
    'ip-complaint': 'Réclamation pour propriété intellectuelle',
    'used-sold-as-new': "Articles d'occasion vendus comme neufs",
    safety: 'Sécurité des produits',
    'restricted-product': 'Produits soumis à des restrictions',
    'related-accounts': 'Comptes liés',
    verification: "Vérification d'identité",
  },
  dateLabels: ['envoye', 'date', 'recu'],
  opening: 'Ce plan d’action répond à votre notification{date} concernant : {reasons}.',
  openingDate: ' du {date}',
  ordersLine: 'Commandes concernées : {orders}.',
  asinsLine: 'ASIN concernés : {asins}.',
};
