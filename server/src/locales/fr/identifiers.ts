/**
 * Libellés français autour des identifiants, pour les règles d'identifiants de
 * `facts/`. Entrées repliées (minuscules, sans accents) ; une expression est une
 * suite de mots séparés par une espace, et le trait d'union d'un mot est facultatif
 * (`code-barres` correspond aussi à `codebarres`).
 */
import type { IdentifierLabels } from '../types';

export const identifiers: IdentifierLabels = {
  barcodeLabels: [
    'ean', 'ean-8', 'ean-13', 'code ean', 'codes ean', 'numero ean', 'numeros ean',
    'upc', 'upc-a', 'code upc', 'codes upc',
    'gtin', 'gtin-8', 'gtin-12', 'gtin-13', 'gtin-14', 'code gtin', 'codes gtin',
    'code-barres', 'codes-barres', 'code-barre', 'codes-barre', 'code barre', 'code barres', 'codes barres',
    'code a barres', 'codes a barres', 'gencod', 'gencode', 'gencods',
  ],
  upcLabels: ['upc', 'code upc', 'codes upc'],
  otherNumberLabels: [
    'siret', 'siren', 'tva', 'vat', 'eori', 'rcs', 'naf', 'ape', 'iban', 'rib', 'bic', 'compte', 'securite sociale',
    'telephone', 'tel', 'portable', 'mobile', 'fax', 'whatsapp',
    'commande', 'commandes', 'facture', 'factures', 'avoir', 'recu', 'dossier', 'ticket', 'reclamation', 'remboursement',
    'suivi', 'colis', 'envoi', 'expedition', 'bordereau', 'lettre de transport',
    'fedex', 'ups', 'usps', 'dhl', 'dpd', 'gls', 'tnt', 'colissimo', 'chronopost', 'mondial relay', 'la poste', 'relais colis',
    'sku', 'skus', 'fnsku', 'msku', 'asin', 'isbn', 'issn', 'modele', 'piece', 'serie', 'lot', 'ref', 'reference',
    'code postal',
  ],
  asinLabels: ['asin'],
  referenceLabels: ['sku', 'skus', 'fnsku', 'msku', 'modele', 'piece', 'serie', 'lot', 'ref', 'reference', 'facture', 'fournisseur'],
};
