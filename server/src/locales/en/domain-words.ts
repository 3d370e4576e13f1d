/**
 * English marketplace vocabulary that `form/spelling` never flags, whatever
 * its case; a plural `s` is accepted too (SKUs, polybags). Names of several
 * words are listed word by word where the dictionaries lack one of them.
 */
import type { DomainWords } from '../types';

export const domainWords: DomainWords = {
  words: [
    // Amazon programmes, pages, metrics and identifiers
    'Amazon', 'ASIN', 'FBA', 'FBM', 'MFN', 'SFP', 'Prime', 'Seller Central', 'Vendor Central', 'Buy Box',
    'A-to-z', 'A-to-Z', 'SKU', 'FNSKU', 'MSKU', 'GTIN', 'EAN', 'UPC', 'ISBN', 'JAN', 'MPN', 'LPN', 'ASN',
    'POA', 'ODR', 'LSR', 'VTR', 'OTDR', 'AHR', 'NCX', 'CSBA', 'SAFE-T', 'IPI', 'BOL', 'HS',
    // Taxes and registrations
    'VAT', 'EORI', 'IOSS', 'OSS', 'HMRC', 'SIRET', 'SIREN', 'EUIPO', 'USPTO', 'INPI',
    // Carriers
    'Colissimo', 'Chronopost', 'DPD', 'UPS', 'DHL', 'FedEx', 'USPS', 'GLS', 'Hermes', 'Evri', 'Yodel',
    'Royal Mail', 'Parcelforce', 'Mondial Relay', 'Relais Colis', 'Geodis', 'Kuehne', 'Nagel', 'TNT',
    // Other marketplaces and seller tools
    'Shopify', 'eBay', 'Cdiscount', 'Fnac', 'Rakuten', 'Etsy', 'Zalando', 'WooCommerce', 'PrestaShop',
    'ShipStation', 'Sendcloud', 'Boxtal', 'Packlink', 'Keepa',
    // Trade words the dictionaries lack
    'dropship', 'dropshipped', 'dropshipper', 'dropshipping', 'polybag', 'polybagged', 'polybagging',
    'timeframe', 'misdelivery', 'misdelivered', 'omnichannel', 'multichannel', 'walkthrough', 'RMA',
    'SOP', 'KPI', 'QC', 'CSV', 'PDF', 'e-mail', 'ecommerce', 'preorder', 'dropdown', 'pcs',
  ],
  neverSuggest: [
    'arse', 'ass', 'asses', 'bastard', 'bitch', 'bollocks', 'crap', 'cunt', 'damn', 'dick', 'fuck', 'fucked',
    'fucking', 'piss', 'pissed', 'shit', 'shits', 'shitty', 'slut', 'tit', 'tits', 'twat', 'wank', 'whore',
  ],
};
