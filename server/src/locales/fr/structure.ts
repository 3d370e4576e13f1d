/**
 * French names of the appeal's sections and of the problem types, as data.
 * Matched against folded text: lower case, accents removed, straight apostrophes.
 */
import type { StructureLexicon } from '../types';

export const structure: StructureLexicon = {
  roles: {
    'root-cause': [
      'causes?(?: principales?| racines?| profondes?| du probleme| des problemes)?', 'origines? du probleme', 'origines?',
      'analyse(?: des causes| du probleme| de la situation)?', 'ce qui s\'est passe', 'pourquoi (?:cela|ce probleme|ces problemes) (?:s\'est|se sont|est|sont)',
      'diagnostic', 'constat', 'explications?',
    ],
    corrective: [
      'actions? correctives?', 'mesures? correctives?', 'mesures? immediates?', 'actions? immediates?', 'corrections? apportees?',
      'actions? (?:deja )?(?:menees|realisees|mises en (?:place|oeuvre)|prises|entreprises)', 'mesures? (?:deja )?(?:prises|mises en place)',
      'ce que nous avons (?:fait|corrige|change)', 'resolution', 'solutions? apportees?',
    ],
    preventive: [
      'mesures? preventives?', 'actions? preventives?', 'prevention', 'pour (?:eviter|empecher)', 'eviter (?:que|toute|la|une) (?:reproduction|recidive|nouvelle)',
      'mesures? (?:a long terme|durables|permanentes)', 'controles? (?:permanents|reguliers|mis en place)', 'plan de prevention', 'eviter (?:qu\'|que )?(?:cela|le probleme|ce probleme) (?:ne )?se reprodui',
    ],
  },
  problemTypes: {
    stockout: ['ruptures? de stocks?', 'ruptures?', 'stocks? (?:epuise|insuffisant)s?', 'erreurs? de stock', 'survente', 'survendus?', 'plus en stock'],
    'not-received': ['(?:articles?|colis|commandes?) non (?:recue?s?|livree?s?)', 'non[- ]reception', 'non recue?s?', 'colis perdus?', 'non[- ]livraison', 'jamais (?:recue?s?|arrivee?s?|livree?s?|parvenue?s?)', 'perdue?s? (?:en transit|par le transporteur)', '(?:colis|envois?) (?:ont ete |a ete |se sont )?perdus?'],
    damaged: ['(?:articles?|produits?|colis|pieces?|unites?) (?:endommagee?s?|abimee?s?|cassee?s?|defectueu(?:x|ses?))', 'endommagee?s?', 'abimee?s?', 'cassee?s?', 'defectueux', 'dommages?'],
    'not-as-described': ['non conformes? (?:a la|au) (?:description|fiche)', 'non conformes?', 'ne correspond(?:ent|ait|aient)? pas', 'erreurs? d\'ean', '(?:ean|gtin|code[- ]barres?) (?:errone|incorrect|non conforme)s?', 'erreurs? de (?:fiche|reference|code[- ]barres?)', 'mauvais (?:articles?|produits?)', 'differente?s? de la description', 'mauvaise (?:couleur|taille|reference)', 'mauvais modeles?'],
    'late-shipment': ['expeditions? (?:en retard|tardives?)', 'retards? d\'expedition', 'retards? de livraison', 'retards?', 'taux d\'expeditions? (?:en retard|tardives?)', 'delais? d\'(?:expedition|preparation)'],
    authenticity: ['authenticite', 'non authentiques?', 'inauthentiques?', 'contrefacons?', 'contrefaite?s?', 'reclamations? (?:pour|d\')authenticite'],
    'brand-authorisation': ['autorisations? (?:de (?:la )?marques?|de vente|de revente|du fabricant|de distribution)', 'lettres? d\'autorisation', 'restrictions? de marques?', 'marques? (?:restreintes?|protegees?)', 'distribution selective', 'approbation (?:de la marque|prealable)'],
    'order-defect-rate': ['taux de (?:commandes? defectueuses?|defauts? de commandes?)', 'odr', 'garantie a a z', 'reclamations? a a z', 'commentaires? (?:clients )?negatifs?', 'retrofacturations?'],
    'cancellation-rate': ['taux d\'annulations?(?: avant expedition)?', 'annulations?', 'commandes? annulees?'],
    'valid-tracking-rate': ['taux de suivi valide', 'suivi valide', 'numeros? de suivi manquants?'],
    'ip-complaint': ['propriete intellectuelle', 'contrefacon de marque', 'droits? d\'auteur', 'brevets?', 'titulaire des droits', 'violation de marque'],
    'used-sold-as-new': ['(?:occasion|usage) vendue?s? comme neu(?:f|fs|ve|ves)', 'vendue?s? comme neu(?:f|fs|ve|ves)', 'etat du produit'],
    safety: ['securite(?: des produits)?', 'rappels? de produits?'],
    'restricted-product': ['produits? (?:soumis a des restrictions|restreints?|interdits?)'],
    'related-accounts': ['comptes? liee?s?', 'comptes? associee?s?', 'comptes? multiples'],
    verification: ['verification(?: d\'identite| de (?:votre|notre) identite)?', 'justificatifs? de domicile'],
  },
};
