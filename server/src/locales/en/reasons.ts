/**
 * English names of the problem types, as a heading would give them. Each one is named
 * by the problem-type patterns of `structure.ts`, so a section inserted under it is
 * recognised as that reason's section.
 */
import type { ReasonLabels } from '../types';

export const reasons: ReasonLabels = {
  stockout: 'Stockouts',
  'not-received': 'Items not received',
  damaged: 'Damaged items',
  'not-as-described': 'Items not as described',
  'late-shipment': 'Late shipments',
  authenticity: 'Authenticity complaints',
  'brand-authorisation': 'Brand authorisation',
  'order-defect-rate': 'Order defect rate',
  'cancellation-rate': 'Cancellation rate',
  'valid-tracking-rate': 'Valid tracking rate',
  'ip-complaint': 'Intellectual property complaints',
  'used-sold-as-new': 'Used items sold as new',
  safety: 'Product safety',
  'restricted-product': 'Restricted products',
  'related-accounts': 'Related accounts',
  verification: 'Account verification',
};
