/**
 * How Amazon's English notices name each problem type (regex alternatives on folded
 * text), and the opening lines of a new appeal (its reason headings are `reasons.ts`).
 */
import type { NoticeData } from '../types';

export const notices: NoticeData = {
  phrases: {
    'late-shipment': ['late shipment rate', 'late dispatch rate', 'shipped late', 'dispatched late', 'late shipments?', 'late dispatch(?:es)?'],
    'order-defect-rate': ['order defect rate', '\\bodr\\b', 'negative feedback', 'chargebacks?'],
    'cancellation-rate': ['cancell?ation rate', 'pre-?fulfil?ment cancel(?:lation)? rate'],
    stockout: ['stock-?outs?', 'out of stock', 'insufficient (?:stock|inventory)', 'cancell?ed: out of stock'],
    'not-received': ["did(?:n't| not) receive", 'item not received', 'items? not received', 'not been received', 'evidence of delivery', 'confirm delivery of', 'undelivered'],
    damaged: ['damaged', 'defective', 'arrived broken'],
    'not-as-described': ['not as (?:advertised|described)', 'wrong item', 'materially different', 'does not match the (?:listing|description|detail page)'],
    'used-sold-as-new': ['used sold as new', 'condition or description', 'previously opened or used', 'product condition customer complaints'],
    authenticity: ['inauthentic', 'authenticity of the items', 'authenticity complaints?', 'counterfeit', 'anti-counterfeiting policy', 'not authentic'],
    'ip-complaint': ['rights owner', 'intellectual property', 'infringement type', 'trademark', 'copyright', 'patent', 'complaint id', 'retraction'],
    'brand-authorisation': ['not approved to (?:sell|list)', 'pre-?approval requirements?', 'brand (?:restrictions?|gating)', 'requires? (?:brand )?approval'],
    safety: ['safety complaints?', 'product safety', 'product recall', 'safety issues?'],
    'restricted-product': ['restricted products? policy', 'restricted from sale', 'prohibited products?'],
    'related-accounts': ['related to another selling account', 'related accounts?'],
    verification: ['verify your identity', 'identity verification', 'utility bill'],
    'valid-tracking-rate': ['valid tracking rate', '\\bvtr\\b', 'op-pso-vtr-appeals'],
  },
  dateLabels: ['sent', 'date', 'received'],
  opening: 'This plan of action answers your notice{date} about: {reasons}.',
  openingDate: ' of {date}',
  ordersLine: 'Orders concerned: {orders}.',
  asinsLine: 'ASINs concerned: {asins}.',
};
