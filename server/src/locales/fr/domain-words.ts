/**
 * Vocabulaire de la place de marché que `form/spelling` ne signale jamais,
 * quelle que soit la casse ; le pluriel en `s` est accepté aussi. Les noms
 * de plusieurs mots sont listés mot à mot quand le dictionnaire en ignore un.
 */
import type { DomainWords } from '../types';

export const domainWords: DomainWords = {
  words: [
    // Programmes, pages, indicateurs et identifiants d'Amazon
    'Amazon', 'ASIN', 'FBA', 'FBM', 'MFN', 'SFP', 'Prime', 'Seller Central', 'Vendor Central', 'Buy Box',
    'Performance Vendeur', 'A-to-z', 'A-to-Z', 'SKU', 'FNSKU', 'GTIN', 'EAN', 'UPC', 'ISBN', 'MPN',
    'POA', 'ODR', 'LSR', 'VTR', 'OTDR', 'AHR', 'NCX', 'SAFE-T',
    // Fiscalité, registres et administrations
    'TVA', 'EORI', 'IOSS', 'SIRET', 'SIREN', 'Kbis', 'K-bis', 'URSSAF', 'DGCCRF', 'INPI', 'EUIPO', 'CGV', 'SAV',
    // Transporteurs
    'Colissimo', 'Chronopost', 'DPD', 'UPS', 'DHL', 'FedEx', 'GLS', 'Mondial Relay', 'Relais Colis',
    'Geodis', 'TNT', 'Kuehne', 'Nagel',
    // Autres places de marché et outils des vendeurs
    'Shopify', 'eBay', 'Cdiscount', 'Fnac', 'Rakuten', 'Etsy', 'Zalando', 'WooCommerce', 'PrestaShop',
    'ShipStation', 'Sendcloud', 'Boxtal', 'Packlink',
    // Mots du métier absents du dictionnaire, anglicismes courants compris
    'rétrofacturation', 'rétrofacturer', 'rétrofacturé', 'rétrofacturée', 'rétrofacturés', 'rétrofacturées',
    'réétiqueter', 'réétiqueté', 'réétiquetée', 'réétiquetés', 'réétiquetées', 'réétiquetage',
    'dropshipping', 'dropshippeur', 'marketplace', 'feedback', 'tracking', 'checklist', 'email', 'template',
    'workflow', 'dashboard', 'backoffice', 'back-office', 'upload', 'uploader', 'uploadé', 'uploadée',
    'uploadés', 'uploadées', 'multicanal', 'multicanale', 'omnicanal', 'omnicanale', 'ecommerce', 'qté', 'nb', 'Ltd',
  ],
  neverSuggest: [
    'bite', 'bordel', 'chier', 'con', 'conne', 'connard', 'connasse', 'couille', 'couilles', 'cul', 'enculé',
    'foutre', 'merde', 'merdique', 'nique', 'niquer', 'pute', 'putain', 'salaud', 'salope',
  ],
};
