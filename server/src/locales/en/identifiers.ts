/**
 * English labels around identifiers, for the `facts/` identifier rules. Entries are
 * folded (lower case, no accents); a phrase is words separated by one space, and a
 * hyphen inside a word is optional (`ean-13` also matches `EAN13`).
 */
import type { IdentifierLabels } from '../types';

export const identifiers: IdentifierLabels = {
  barcodeLabels: [
    'ean', 'eans', 'ean-8', 'ean-13', 'ean code', 'ean codes', 'ean number', 'ean numbers',
    'upc', 'upcs', 'upc-a', 'upc code', 'upc codes',
    'gtin', 'gtins', 'gtin-8', 'gtin-12', 'gtin-13', 'gtin-14',
    'barcode', 'barcodes', 'bar code', 'bar codes', 'bar-code', 'bar-codes',
  ],
  upcLabels: ['upc', 'upcs', 'upc code', 'upc codes'],
  otherNumberLabels: [
    'siret', 'siren', 'vat', 'tva', 'eori', 'duns', 'iban', 'swift', 'bic', 'account', 'tax',
    'phone', 'telephone', 'tel', 'mobile', 'cell', 'fax', 'whatsapp',
    'order', 'orders', 'invoice', 'invoices', 'receipt', 'case', 'ticket', 'claim', 'refund',
    'tracking', 'shipment', 'parcel', 'package', 'waybill', 'awb', 'consignment',
    'fedex', 'ups', 'usps', 'dhl', 'dpd', 'gls', 'tnt', 'colissimo', 'chronopost', 'hermes', 'evri', 'royal mail', 'parcelforce',
    'sku', 'skus', 'fnsku', 'msku', 'asin', 'asins', 'isbn', 'issn', 'model', 'part', 'serial', 'lot', 'batch', 'ref', 'reference',
    'zip', 'postcode',
  ],
  asinLabels: ['asin'],
  referenceLabels: ['sku', 'skus', 'fnsku', 'msku', 'model', 'part', 'serial', 'lot', 'batch', 'ref', 'reference', 'invoice', 'supplier'],
};
