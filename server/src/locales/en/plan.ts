/**
 * English data of the `plan/` rules: the measures a plan is expected to contain for each
 * problem type, each with several ways of saying it. Patterns follow `rules/phrase.ts`
 * (folded text, `{name}` vocabulary, ` {0-6} ` word gaps); a measure is present when one
 * of its patterns matches a sentence of the reason's actions or measures.
 */
import type { PlanData } from '../types';

export const plan: PlanData = {
  vocab: {
    listing: 'listings?|offers?|detail pages?|product pages?|asins?|catalog(?:ue)?|products?|skus?',
    stock: 'stock|inventory|quantit(?:y|ies)|units?',
    remove:
      'remov(?:e|es|ed)|clos(?:e|es|ed)|delet(?:e|es|ed)|deactivat(?:e|es|ed)|delist(?:s|ed)?|withdr(?:aw|aws|ew|awn)|paus(?:e|es|ed)|suspend(?:s|ed)?|(?:take|takes|took|taken) down|ended|stop(?:s|ped)? selling',
    check:
      'check(?:s|ed|ing)?|compar(?:e|es|ed|ing)|verif(?:y|ies|ied|ying)|scan(?:s|ned|ning)?|match(?:es|ed|ing)?|validat(?:e|es|ed|ing)|audit(?:s|ed|ing)?|review(?:s|ed|ing)?|inspect(?:s|ed|ing)?|cross-check(?:s|ed)?|correct(?:s|ed)?|test(?:s|ed)?',
    barcode: 'eans?|gtins?|upcs?|barcodes?|bar codes?|isbns?|product codes?',
  },
  measures: {
    stockout: [
      {
        id: 'threshold',
        label: 'a rule that stops selling an item when its stock is critical (a stock threshold or an automatic deactivation)',
        patterns: [
          '(?:stock|inventory|safety|minimum|low[- ]stock|reorder) (?:threshold|buffer|floor|limit|level|alert|rule)s?',
          'thresholds?',
          '(?:{stock}) {0-4} (?:falls?|drops?|reaches|reach|goes below|is below|gets? below|runs? low|hits?) {0-8} (?:{remove}|set to (?:zero|0)|zero|out of stock|unavailable|hidden)',
          '(?:{remove}|set to (?:zero|0)|goes? to zero) {0-6} (?:automatically|when (?:the )?(?:stock|inventory|available))',
          'automatic(?:ally)? (?:{remove}|deactivation|pause|suspension)',
          '(?:safety|buffer|reserve) stock',
          'holds? back (?:\\d+|a few|some|two|three) units?',
        ],
      },
      {
        id: 'sync',
        label: 'stock kept in sync across every sales channel',
        patterns: [
          'synchroni[sz](?:e|es|ed|ing|ation)|sync(?:s|ed|ing|hroni[sz]ed)?',
          '(?:real[- ]time|live|automatic) (?:stock|inventory) (?:updates?|levels?|feed|counts?)',
          '(?:{stock}) {0-4} (?:updated|shared|kept up to date|aligned|mirrored) {0-6} (?:across|between|on) (?:all|every|each|both|our)',
          '(?:multi[- ]?channel|inventory management|stock management|order management) (?:tool|software|system|platform)',
          'single (?:stock|inventory) (?:pool|count|record|source)',
        ],
      },
      {
        id: 'no-doubtful-confirmation',
        label: 'no order confirmed while its stock is in doubt',
        patterns: [
          '(?:no|never|not) {0-3} (?:orders?|sales?) {0-3} (?:confirmed|accepted|processed) {0-8} (?:while|until|unless|before|without|if)',
          '(?:never|not|no longer|only) {0-2} (?:confirm|accept|process)(?:s|ed)? {0-4} (?:orders?|sales?) {0-6} (?:while|until|unless|before|without|if|when|once|after)',
          'confirm(?:s|ed|ing)? (?:an |any |the |each |every )?(?:orders?|sales?) {0-3} only (?:after|once|when|if)',
          'only {0-2} confirm(?:s|ed)? {0-4} (?:orders?|sales?)',
          '(?:orders?|sales?) {0-3} (?:are|is|get|gets) (?:now )?(?:only )?(?:confirmed|accepted) (?:only )?(?:after|once|when|if)',
          'before confirm(?:ing|ation of) (?:an |any |the |each |every )?(?:orders?|sales?)',
          '(?:stock|availability|count) {0-3} (?:is |was |remains )?(?:in doubt|uncertain|unclear|unconfirmed|doubtful)',
          'when in doubt|if in doubt',
        ],
      },
    ],
    'not-received': [
      {
        id: 'tracking',
        label: 'tracking on every shipment',
        patterns: [
          'tracking (?:numbers?|no\\.?|ids?|codes?|information|details|data|service)',
          'tracked (?:services?|shipping|delivery|deliveries|parcels?|shipments?|post|mail|labels?|options?)',
          '(?:with|without|under|full|end-to-end|valid) tracking',
          '(?:signed[- ]for|trackable|buy shipping)',
          '(?:every|each|all) {0-4} (?:tracked|track(?:ed|able))',
        ],
      },
      {
        id: 'confirm-when-shipped',
        label: 'shipment confirmed only once the parcel has actually left',
        patterns: [
          '(?:confirm|mark)(?:s|ed|ing)? {0-5} (?:as )?(?:shipped|dispatched|sent) {0-4} (?:only )?(?:when|once|after|upon|at|on) {0-4} (?:carrier|courier|scan|scans|scanned|collection|collected|handover|handed|pick-?up|picked up|leaves?|left)',
          '(?:shipment|dispatch|shipping) (?:confirmation|is confirmed|are confirmed|gets confirmed) {0-8} (?:only|when|once|after|upon|at handover|at collection)',
          '(?:dispatch|shipment|shipping) {0-3} (?:is |are )?(?:now |only )?confirmed {0-3} (?:when|once|after|upon|at|on)',
          'confirm(?:s|ed|ing)? (?:the |each |every )?(?:shipment|dispatch)s? {0-3} (?:only )?(?:when|once|after|upon|at (?:handover|collection|pick-?up|the scan))',
          'only {0-4} (?:confirm|mark)(?:s|ed)? {0-6} (?:shipped|dispatched|shipment|dispatch)',
          '(?:never|not|no longer) {0-2} (?:confirm|mark)(?:s|ed)? {0-6} (?:shipped|dispatched|shipment|dispatch) {0-6} (?:before|until|unless|without)',
          '(?:scan(?:s|ned)?|handover|collection|collected|picked up) {0-8} confirm(?:s|ed|ation)? {0-4} (?:shipment|dispatch|shipping|shipped|dispatched)',
        ],
      },
    ],
    damaged: [
      {
        id: 'packaging',
        label: 'stronger packaging, tested to protect the item in transit',
        patterns: [
          '(?:new|improved|stronger|sturdier|reinforced|better|protective|tested|upgraded|redesigned|heavier|thicker|padded|custom) {0-2} (?:packaging|packing|boxes|box|cartons?|inserts?|padding|mailers?|envelopes?)',
          '(?:packaging|packing|boxes|box|cartons?) {0-5} (?:replaced|improved|upgraded|reinforced|strengthened|changed|redesigned|tested|drop-tested)',
          '(?:replaced|improved|upgraded|reinforced|strengthened|changed|redesigned) {0-5} (?:packaging|packing|boxes|box|cartons?)',
          'double[- ]wall(?:ed)?|triple[- ]wall(?:ed)?|drop[- ]test(?:s|ed|ing)?|bubble[- ]wrap|(?:moulded|molded) pulp|air pillows|corner protectors?|foam (?:inserts?|padding)',
          'packaging (?:specification|standard|card|method|instructions?|guide|checklist)s?|packing (?:method|instructions?|standard|checklist)s?',
        ],
      },
      {
        id: 'fragile-review',
        label: 'fragile products reviewed, and withdrawn when they cannot travel safely',
        patterns: [
          '(?:each|every|all|any|our) {0-2} fragile',
          'fragile {0-3} (?:products?|items?|skus?|goods|listings?|lines?) {0-8} (?:{check}|listed|identified|flagged|marked|withdr(?:ew|awn)|removed|{remove})',
          '(?:{check}|listed|identified|flagged|marked) {0-6} fragile',
          '(?:withdr(?:ew|awn)|removed|taken|took) {0-6} (?:from|off) (?:sale|the market|our catalog(?:ue)?)',
          '(?:stopped|stop|no longer|discontinued) (?:selling|offering|listing)',
          '(?:{check}) {0-6} (?:glass|ceramic|porcelain|breakable|delicate) {0-2} (?:products?|items?|skus?|goods)?',
        ],
      },
    ],
    'not-as-described': [
      {
        id: 'barcode-check',
        label: 'the EAN/GTIN of each listing checked against the product itself',
        patterns: [
          '(?:{check}) {0-8} (?:{barcode})',
          '(?:{barcode}) {0-8} (?:{check}|matches|matched|agrees?)',
          'gs1 (?:check|database|registry|lookup)',
        ],
      },
      {
        id: 'content-audit',
        label: 'the content of the listings audited against the product',
        patterns: [
          '(?:{check}|rewr(?:ote|itten|ite)|updat(?:e|es|ed)|fix(?:es|ed)?) {0-6} (?:listings?|detail pages?|product pages?|titles?|descriptions?|images?|photos?|bullet points?|content|specifications?|attributes?)',
          '(?:listings?|detail pages?|product pages?|titles?|descriptions?|images?|photos?) {0-7} (?:audited|reviewed|checked|compared|corrected|updated|rewritten|verified)',
          'listing (?:audits?|reviews?|checks?)',
        ],
      },
    ],
    'late-shipment': [
      {
        id: 'handling-time',
        label: 'a realistic handling time per SKU (it may go up to 30 days), or a change of carrier or dispatch process',
        patterns: [
          '(?:handling|lead|dispatch|processing|preparation|fulfil?ment|production) times?',
          'shipping (?:templates?|settings)|holiday (?:mode|settings)|dispatch[- ]by dates?|ship[- ]by dates?',
          '(?:second|extra|additional|new|later|earlier|afternoon|evening) {0-2} (?:picking|packing|collection|pick-?up|shift|run|dispatch|wave)s?',
          '(?:changed|switched|moved|new|additional|second|another|backup) {0-3} (?:carriers?|couriers?|shipping (?:partners?|services?))',
          '(?:carriers?|couriers?) {0-4} (?:changed|switched|replaced)',
          '(?:collection|pick-?up) {0-4} (?:moved|changed|rescheduled|from \\S+ to)|cut-?off (?:times?|hours?)',
          '(?:hired|recruited|trained|added) {0-5} (?:staff|packers?|pickers?|employees?|people|persons?|team members?|warehouse)',
        ],
      },
      {
        id: 'late-orders-cited',
        label: 'the late orders cited (order IDs, or an attached list of them)',
        orderReference: true,
        anywhere: true,
        patterns: [
          '(?:each|every|all(?: the| of the| \\d+)?|the \\d+|our \\d+) (?:late|delayed) (?:orders?|shipments?|dispatches)',
          '(?:late|delayed) (?:orders?|shipments?) {0-3} (?:include|included|including|such as)',
        ],
      },
    ],
    authenticity: [
      {
        id: 'supplier-removed',
        label: 'the supplier at fault identified and removed',
        patterns: [
          '(?:stopped|ceased|ended|terminated|cut|no longer|never again|will not) {0-4} (?:buy|buying|purchase|purchasing|source|sourcing|order|ordering|work|working|relationship|relations|ties|business|cooperation|deal|dealing|contract|account)',
          '(?:removed|deleted|blocked|blacklisted|dropped|delisted|excluded|banned) {0-6} (?:suppliers?|wholesalers?|vendors?|distributors?|sources?)',
          '(?:suppliers?|wholesalers?|vendors?|distributors?) {0-8} (?:removed|blocked|blacklisted|dropped|terminated|excluded|banned|ended)',
          '(?:approved|authori[sz]ed|preferred) (?:supplier|vendor) list',
        ],
      },
      {
        id: 'authorised-invoices',
        label: 'invoices from an authorised or reliable source',
        patterns: [
          'invoices? {0-10} (?:authori[sz]ed|reliable|brand owners?|manufacturers?|official|verified|legitimate|trusted|approved)',
          '(?:authori[sz]ed|reliable|official|verified|legitimate|trusted|genuine) {0-2} (?:sources?|distributors?|suppliers?|wholesalers?|resellers?|dealers?|channels?)',
          '(?:directly )?from the (?:brand|manufacturer|brand owner|rights owner)',
          'brand owners?',
        ],
      },
      {
        id: 'listings-reviewed',
        label: 'the listings concerned reviewed',
        patterns: [
          '(?:{check}|examin(?:e|es|ed)|{remove}) {0-8} (?:{listing})',
          '(?:{listing}) {0-6} (?:reviewed|checked|audited|closed|removed|deactivated|paused|suspended)',
        ],
      },
    ],
    'brand-authorisation': [
      {
        id: 'authorisation-proof',
        label: 'a letter of authorisation or other proof of the right to resell, for each brand',
        patterns: [
          'letters? of (?:authori[sz]ation|approval|consent)|loas?|authori[sz]ation letters?',
          '(?:written|signed) (?:authori[sz]ation|permission|approval|consent)',
          '(?:right|rights|permission|authori[sz]ation|approval) to (?:resell|sell|list|distribute)',
          'proof of (?:our |the )?(?:right|authori[sz]ation|approval|permission)',
          'authori[sz]ed (?:resellers?|distributors?|sellers?|retailers?|dealers?)',
          'brand (?:approval|authori[sz]ation|permission|registry approval)',
        ],
      },
      {
        id: 'unauthorised-removed',
        label: 'listings without that proof removed',
        patterns: [
          '(?:{remove}) {0-8} (?:{listing})',
          '(?:{listing}) {0-8} (?:{remove}|are removed|is removed|was removed|were removed)',
          '(?:no|not|never) {0-4} (?:{listing}) {0-6} (?:listed|live|goes? live|offered|created) {0-6} (?:until|unless|before|without)',
        ],
      },
    ],
  },
};
