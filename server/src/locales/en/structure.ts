/**
 * English names of the appeal's sections and of the problem types, as data.
 * Patterns are matched against folded text (lower case, no accents, straight
 * apostrophes) with `\b` boundaries added around each alternative.
 */
import type { StructureLexicon } from '../types';

export const structure: StructureLexicon = {
  roles: {
    'root-cause': [
      'root causes?', 'causes?', 'what went wrong', 'what happened', 'why (?:did )?(?:this|it) (?:happen|happened|occur)',
      'why this happened', 'reasons? for (?:the|this|these)', 'analysis', 'underlying issue', 'origin of the (?:problem|issue)',
      'investigation', 'findings',
    ],
    corrective: [
      'corrective actions?', 'corrective measures?', 'immediate actions?', 'immediate measures?', 'immediate steps?',
      'actions? (?:we have |we )?(?:taken|completed|implemented)', 'steps (?:we have |we )?(?:taken|completed)',
      'what we (?:have )?(?:done|did|fixed|changed)', 'what have we (?:done|fixed|changed)', 'how we (?:fixed|resolved|addressed)', 'resolution',
      'remediation', 'actions to resolve', 'fixes? (?:made|applied)',
    ],
    preventive: [
      'preventi(?:ve|on|ative)(?: measures?| actions?| steps?| controls?| plan)?', 'steps to prevent', 'measures to prevent',
      'preventing (?:recurrence|this|it)', 'to prevent (?:recurrence|this|it)', 'long[- ]term (?:measures?|actions?|controls?)',
      'future (?:prevention|controls?)', 'how we will prevent', 'ongoing controls?', 'controls? in place',
    ],
  },
  problemTypes: {
    stockout: ['stock[- ]?outs?', 'out of stock', 'stock shortages?', 'inventory (?:errors?|shortages?|issues?)', 'oversell(?:ing|s)?', 'oversold', 'stock (?:shortfalls?|discrepanc(?:y|ies))'],
    'not-received': ['items? not received', 'not received', 'undelivered (?:orders?|items?|parcels?)', 'non[- ]delivery', 'lost (?:parcels?|shipments?|packages?)', 'did(?:n\'t| not) (?:receive|arrive)', 'never (?:arrived|received)', 'never delivered', 'lost in transit', '(?:parcels?|packages?|shipments?) (?:was |were |got )?lost', 'missing (?:parcels?|packages?|deliveries)'],
    damaged: ['damaged(?: items?| products?| goods| orders?| parcels?)?', 'defective(?: items?| products?)?', 'broken (?:items?|products?)', 'damage in transit', 'arrived (?:broken|cracked)', 'breakages?', 'broke in transit'],
    'not-as-described': ['not as described', 'not as advertised', 'materially different', 'wrong items?', 'ean mismatch', 'gtin mismatch', '(?:ean|gtin|upc|barcode) (?:errors?|mismatch(?:es)?)', 'listing (?:errors?|mismatch(?:es)?)', 'does not match (?:the )?(?:listing|description)', 'not as pictured', 'wrong (?:colou?rs?|sizes?|models?|barcodes?|eans?)', '(?:listing|detail page) (?:did not|didn\'t|does not) match'],
    'late-shipment': ['late shipments?', 'late shipment rate', 'late dispatch(?:es)?(?: rate)?', 'shipping delays?', 'delayed (?:shipments?|dispatch(?:es)?|orders?)', 'late (?:orders?|deliveries|delivery)', 'dispatch delays?', 'handling time', '(?:shipped|dispatched|sent) late'],
    authenticity: ['authenticity(?: complaints?| claims?| concerns?)?', 'inauthentic(?: items?| products?| complaints?)?', 'counterfeit(?: claims?| complaints?)?', 'product authenticity', 'not genuine'],
    'brand-authorisation': ['brand authori[sz]ation', 'brand approval', 'brand restrictions?', 'authori[sz]ation to sell', 'restricted brands?', 'letters? of authori[sz]ation', 'brand (?:gating|permission)'],
    'order-defect-rate': ['order defect rate', 'odr', 'a-to-z (?:claims?|guarantee claims?)', 'negative feedback', 'chargebacks?'],
    'cancellation-rate': ['cancell?ation rate', 'pre-fulfil?lment cancel(?:lation)? rate', 'cancell?ations?', 'cancell?ed orders?'],
    'valid-tracking-rate': ['valid tracking rate', 'vtr', 'tracking rate', 'missing tracking'],
    'ip-complaint': ['intellectual property', 'ip complaints?', 'trademark(?: complaints?| infringement)?', 'copyright(?: complaints?)?', 'patent(?: complaints?)?', 'rights owner'],
    'used-sold-as-new': ['used sold as new', 'sold as new', 'condition complaints?', 'product condition'],
    safety: ['safety(?: complaints?| issues?)?', 'product safety', 'recalls?'],
    'restricted-product': ['restricted products?', 'prohibited products?', 'restricted items?'],
    'related-accounts': ['related accounts?', 'linked accounts?', 'multiple accounts?'],
    verification: ['verification', 'identity verification', 'verify(?:ing)? (?:our|my) identity', 'utility bill'],
  },
};
