/**
 * English data of the `facts/` wording rules. Patterns are regex sources matched on
 * folded text (lower case, no accents, straight apostrophes); `{name}` is a vocabulary
 * entry below, ` {0-3} ` allows up to three words in between, and a space matches any
 * white space. See `server/src/rules/phrase.ts`.
 */
import type { FactsData } from '../types';

/** Words that may stand between an auxiliary and the verb ("we will also check"). */
const ADVERB =
  '(?:also|then|now|immediately|personally|further|carefully|first|additionally|manually|promptly|fully|properly|systematically|urgently|quickly|soon|all|both|each|definitely|certainly)';

/** Sentences about Amazon's answer, not the seller's actions ("we hope to hear from you soon"). */
const ABOUT_THE_REPLY = ['(?:hear|hearing) from you|your (?:reply|response|answer|decision|review)|reinstat\\w*|reactivat\\w*|look(?:ing)? forward'];

/** An honest limit is no over-promise ("we cannot promise it will never happen again, but…"). */
const HONEST_LIMIT = [
  "(?:cannot|can't|can not|could not|couldn't|do not|don't|would not|wouldn't|no one can|nobody can|impossible to) (?:\\w+ )?(?:promise|guarantee|say|claim|rule out|exclude|pretend)",
];

export const facts: FactsData = {
  vocab: {
    // The seller and its people, as the subject of an action.
    we:
      'we|i|our (?:[a-z-]+ ){0,2}(?:team|teams|staff|company|business|warehouse|manager|managers|lead|department|packers|pickers|employees|supervisor)' +
      '|the (?:[a-z-]+ ){0,2}(?:team|manager|lead|supervisor)',
    // Auxiliaries of the future and of an intention.
    future:
      'will|shall|am going to|are going to|is going to|are planning to|am planning to|plan to|intend to|are about to|are preparing to|aim to',
    adverb: ADVERB,
    // Events that set when a control runs ("each order", "any new supplier").
    occasion:
      '(?:order|shipment|parcel|listing|offer|product|sku|supplier|delivery|return|unit|item|complaint|claim|message|brand|invoice|batch|box|label|dispatch|collection)s?',
    month:
      'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec',
  },
  negation: "\\p{L}+n't|not|never|no|no longer",

  vagueCommitment: [
    // Trying is not doing.
    {
      match:
        "{we}(?:'ll| {future})? (?:{adverb} )?(?:try|tries|attempt|attempts|endeavou?r|strive|strives|do (?:our|my) (?:best|utmost)" +
        '|do (?:everything|all|what) (?:we|i) can|do everything (?:possible|in our power)|make (?:every|an|a real) effort|make efforts)',
      message: 'trying',
    },
    // Resolutions without a measure: "be more careful", "improve our processes".
    {
      match:
        "{we}(?:'ll| {future}| must| need to| should) (?:{adverb} )?(?:be (?:more|extra|even more) (?:careful|vigilant|attentive|diligent|rigorous|cautious)" +
        '|pay (?:more|closer|extra|better) attention|take (?:more|extra|better|greater) care|do better|work harder|double (?:our|my) efforts' +
        '|improve (?:our|my|the) (?:processes|process|procedures|procedure|service|services|operations|workflow|quality)' +
        '|look into (?:it|this|the (?:issue|matter|problem)|ways|options|solutions|how)|look (?:at|for) (?:ways|options|solutions)|explore (?:ways|options|solutions)' +
        '|consider (?:ways|options|changing|switching|using|adding)|think about (?:ways|how))',
      message: 'resolution',
    },
    { match: 'hopefully', message: 'hope', replacement: '' },
    // "We hope to reduce…"; hoping for the account back is not a commitment.
    {
      match: '{we} (?:really |sincerely )?hope to(?! (?:hear|resume|be reinstated|be reactivated|regain|get (?:our|my|the) account|continue selling|sell again))',
      message: 'hope',
    },
    // Time words with no date: a dated placeholder replaces them.
    { match: 'as (?:soon|quickly|fast|early) as (?:possible|practicable|feasible)|asap', replacement: 'by [DATE]', unlessSentence: ABOUT_THE_REPLY },
    {
      match: 'as soon as (?:we|i) (?:can|could|are able|am able|have (?:the )?time|get (?:the )?(?:chance|time))',
      replacement: 'by [DATE]',
      unlessSentence: ABOUT_THE_REPLY,
    },
    {
      match:
        'at some (?:point|stage|time)(?: (?:soon|later|in the future))?|at a later (?:date|stage|time|point)|sometime(?: soon| later)?|some time soon' +
        '|in the (?:near|coming|foreseeable|not too distant) future|in the (?:coming|next few|following) (?:days|weeks|months)|in due course|eventually|shortly|before long',
      replacement: 'by [DATE]',
      unlessSentence: ABOUT_THE_REPLY,
    },
    {
      match: '(?:very )?soon',
      unless: ['as soon as', 'soon after(?:wards)?', 'as soon', 'how soon'],
      unlessSentence: ABOUT_THE_REPLY,
      replacement: 'by [DATE]',
    },
    // Hedges that take the promise back: deleting them leaves a firm statement.
    {
      match:
        '(?:if|where|whenever|when) (?:at all )?(?:possible|feasible|practicable)|as (?:much|far|often) as (?:possible|we can|practicable)|to the (?:extent|degree) possible' +
        '|if (?:we|i) can|as best (?:we|i) can|(?:if|when) (?:time|resources) (?:allows?|permits?)',
      message: 'hedge',
      replacement: '',
    },
    // A frequency that says none.
    {
      match: 'regularly|periodically|from time to time|on a regular basis|every (?:now and then|so often|once in a while)|occasionally|at regular intervals',
      message: 'frequency',
      replacement: 'every [FREQUENCY]',
      frequency: true,
    },
  ],

  futureAction: [
    {
      match:
        "(?<hit>{we}(?:'ll| {future}) (?:{adverb} )?(?:not |no longer |never )?(?!be (?!\\w+ing)|try|tries|attempt|endeavou?r|strive|continue|keep (?:on )?\\w+ing|do (?:our|my) (?:best|utmost)" +
        '|make (?:every|an) effort|gladly|happily|hope|hesitate)[a-z][a-z-]*)',
      roles: ['corrective'],
      unlessSentence: [
        '^[\\s*_]*(?:if|when|whenever|once|as soon as|each time|every time|should|in case|in the event|where|after|before|until|unless)',
        '(?:on|upon|at your) request|if (?:you|needed|necessary|required|requested|asked)|should you|(?:further|additional|more) (?:information|documents?|details|evidence)|any (?:further |additional |other )?questions',
        'legal|lawyer|attorney|court|sue|lawsuit',
      ],
    },
    // The passive future of a measure of the seller.
    {
      match:
        '(?<hit>(?:will|shall) (?:{adverb} )?be (?:{adverb} )?(?:implemented|introduced|installed|replaced|changed|updated|added|set up|put in place|trained|retrained' +
        '|checked|reviewed|audited|tested|removed|corrected|fixed|sent|resent|refunded|contacted|moved|switched|upgraded|created|launched|hired|recruited|revised' +
        '|deployed|rolled out|introduced|configured|connected|linked|closed|deactivated|relisted|repackaged|inspected))',
      roles: ['corrective'],
      unlessSentence: ['^[\\s*_]*(?:if|when|whenever|once|as soon as|each time|every time|should|in case|in the event|where)'],
    },
  ],

  overPromise: [
    // "This will never happen again", "won't happen again", "cannot recur".
    {
      match:
        "(?:will|shall|would|could|can|is going to) (?:\\w+ )?(?:never|not|no longer) (?:ever )?(?:again )?(?:happen|occur|recur|arise|reoccur|repeat|be repeated|take place|come up|be an issue|be a problem)(?: again| ever again| in the future)?" +
        "|(?:won't|can't|cannot|wouldn't|couldn't) (?:ever )?(?:again )?(?:happen|occur|recur|arise|reoccur|repeat|be repeated|take place)(?: again| ever again| in the future)?" +
        '|never (?:ever )?(?:happen|occur|recur|arise)s? again|never to (?:happen|occur|be repeated) again',
      message: 'never',
      unlessSentence: HONEST_LIMIT,
    },
    {
      match: '(?:will|shall|can) (?:\\w+ )?never (?:again )?be (?:late|damaged|lost|wrong|missing|delayed|out of stock|cancell?ed)(?: again)?',
      message: 'never',
      unlessSentence: HONEST_LIMIT,
    },
    // "Zero risk", "no risk of…", "the risk is now eliminated".
    {
      match:
        'zero[- ](?:risk|chance|possibility|errors?|mistakes?|defects?|complaints?)(?! rate)|risk[- ]free' +
        "|(?:there is|there's|there will be) (?:now )?no (?:longer )?(?:any )?(?:more )?(?:risk|chance|possibility)" +
        '|no (?:risk|chance|possibility) (?:whatsoever|at all|of (?:this|it|that|any|such|a|another|further|recurrence|repetition))' +
        '|(?:risk|chance|possibility) (?:\\w+ ){0,3}(?:is|are|has been|have been|becomes?) (?:now )?(?:completely |totally |entirely )?(?:zero|nil|non-?existent|eliminated|impossible|gone|ruled out)' +
        '|(?:completely|fully|totally|entirely|permanently) (?:eliminated?|eliminates|eradicated?|ruled out) (?:\\w+ ){0,2}(?:risk|possibility|chance|problem|issue|error|errors|mistakes?|delays?)',
      message: 'risk',
      unlessSentence: HONEST_LIMIT,
    },
    // Guarantees of an outcome (not Amazon's A-to-z Guarantee, not "100 % of 212 orders").
    {
      match:
        '100 ?(?:%|percent|per cent) (?:guaranteed|sure|certain|safe|error[- ]free|accurate|reliable|perfect|foolproof)|(?:fully|completely|absolutely|totally) guaranteed' +
        '|(?:we|i) (?:can |now )?(?:fully |absolutely |personally )?guarantee(?: you)?(?: that)?|guaranteed? (?:that )?(?:this|it|such|nothing|no (?:more|further))' +
        '|foolproof|fail[- ]?safe|bullet[- ]?proof',
      message: 'guarantee',
      unlessSentence: HONEST_LIMIT,
    },
    {
      match: 'impossible (?:for (?:this|it|such \\w+|the (?:same )?(?:problem|issue|error|mistake)) to|that (?:this|it|such \\w+) (?:will|could|can|would)) (?:ever )?(?:happen|occur|recur|arise)',
      message: 'never',
      unlessSentence: HONEST_LIMIT,
    },
  ],

  unsupportedClaim: [
    // "We are a reliable company", "I am an honest seller".
    {
      match:
        "(?:we are|we're|i am|i'm|we have always been|we've always been|i have always been) (?:a |an )?(?:very |truly |really |genuinely |extremely |highly |always |completely )?" +
        '(?:honest|reliable|trustworthy|reputable|serious|legitimate|ethical|trusted|respected|responsible|professional|honou?rable|law-abiding|good|decent|conscientious|dedicated|genuine|fair)' +
        '(?:(?: and|,) (?:a |an )?(?:very )?\\w+)? (?:sellers?|company|companies|business(?:es)?|merchants?|team|people|retailers?|brand|shop|store|vendors?|family business|partners?|person|individuals?|traders?)',
      message: 'selfDescription',
    },
    {
      match:
        "(?:we are|we're|i am|i'm|we have always been|we've always been|i have always been) (?:very |truly |really |completely |always |entirely )?(?:honest|trustworthy|reputable|law-abiding|honou?rable|of good faith|acting in good faith)",
      message: 'selfDescription',
    },
    // "Trust me", "rest assured": asking for belief instead of showing evidence.
    {
      match:
        "trust (?:me|us)(?! with)|believe (?:me|us)|(?:you can|please) (?:trust|believe|rely on) (?:me|us|our word|my word)|take (?:my|our) word(?: for it)?" +
        '|(?:i|we) (?:can )?(?:assure|promise) you|rest assured|give us the benefit of the doubt',
      message: 'trust',
    },
    // "We always provide excellent service" (not "we still have the invoices").
    {
      match:
        "(?:we|i) (?:have |'ve )?always (?:\\w+ ){0,2}(?:provided|provide|offered|offer|given|give|delivered|deliver|maintained|maintain|had|kept|ensured|ensure|put|treated|valued|value|strived|strive|been committed to|prided ourselves on|focused on) " +
        '(?:\\w+ ){0,3}(?:excellent|outstanding|exceptional|great|good|high|highest|best|top|impeccable|perfect|quality|first-class|superior|satisfaction|customers? first|honest|reliable)' +
        '(?: (?:customer )?(?:service|services|quality|products?|care|support|experience))?',
      message: 'selfDescription',
    },
    {
      match:
        "(?:our |we have (?:an? )?|we've (?:an? )?|with (?:an? )?|we enjoy (?:an? )?)(?:\\w+ )?(?:excellent|outstanding|impeccable|flawless|perfect|spotless|exemplary|stellar|great|clean|unblemished|strong|positive|5-star|five-star) " +
        '(?:\\w+ )?(?:track record|record|reputation|feedback|reviews|ratings?|history|metrics|service|customer service|seller rating)',
      message: 'selfDescription',
    },
    {
      match:
        "(?:we|i) (?:pride|prided) (?:ourselves|myself)|(?:we are|we're|i am|i'm) (?:very |extremely )?proud (?:of (?:our|my) (?:service|reputation|record|quality|history)|to be)" +
        '|customer satisfaction is (?:\\w+ ){0,2}(?:priority|concern|goal|focus)|(?:our|the) customers? (?:always )?come(?:s)? first|(?:our|the) customers? (?:love|trust) (?:us|our)' +
        "|(?:we|i) (?:have|'ve) never (?:had|received) (?:a |any |one )?(?:single )?(?:\\w+ )?(?:complaint|problem|issue|claim)s? (?:before|in (?:\\d+|all|our|over|the past)|since)" +
        '|(?:we|i) would never (?:\\w+ ){0,2}(?:sell|cheat|deceive|lie|mislead|do (?:anything|something|such)|knowingly|intentionally|deliberately)',
      message: 'selfDescription',
    },
  ],

  orderReference: {
    attachedList: [
      '(?:attach\\w*|enclos\\w*|include\\w*|upload\\w*|provid\\w*|find|added) [^.!?;]{0,80}(?:list|spreadsheet|table|file|export|report|record|csv|summary|overview)s? (?:of|with|for|showing) [^.!?;]{0,60}(?:orders?|cancell?ations?|shipments?|parcels?|claims?|complaints?|returns?)',
      '(?:list|spreadsheet|table|file|export|report|record|csv|summary|overview)s? (?:of|with|for|showing) [^.!?;]{0,60}(?:orders?|cancell?ations?|shipments?|parcels?|claims?|complaints?|returns?)[^.!?;]{0,120}(?:attached|enclosed|included|uploaded)',
    ],
    placeholder: '[ORDER-ID]',
    line: 'Orders concerned: {placeholder}.',
  },

  metric: {
    percent: '\\d+(?:[.,]\\d+)? ?(?:%|percent|per cent)',
    thresholdBefore:
      '(?:target|threshold|limit|goal|aim|below|under|above|over|less than|more than|at most|at least|maximum|minimum|max|min|exceeds?|exceeding|reaches?|keep|stay|stays|remain|guarantee[ds]?|promise[ds]?|<|>|≤|≥)(?: (?:of|the|a|an|our|its|at|to|than|below|under|above))*',
    thresholdAfter: '(?:target|threshold|limit|goal|maximum|minimum|ceiling|alert|trigger|or (?:less|more|below|above|under|over)|guaranteed|sure|certain|safe)',
    numberWords: 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred',
    countUnits:
      'orders?|shipments?|parcels?|packages?|deliveries|dispatch(?:es)?|cancell?ations?|claims?|complaints?|defects?|chargebacks?|feedbacks?|reviews?|returns?|late|delayed|cancell?ed|undelivered|damaged',
    ratio: '\\d+ (?:of|out of) (?:our |the |all |a total of )?\\d+',
    periods: [
      '(?:last|past|previous|first|over the|in the|within the|during the|for the|over|in|during) (?:\\d+|seven|ten|thirty|sixty|ninety) (?:days|weeks|months|business days)',
      '\\d+[- ]day (?:period|window)',
      '(?:in|during|throughout|for|over|since) {month}(?: \\d{4})?|{month} \\d{4}',
      '(?:this|last|that|the past|the previous) (?:week|month|quarter)',
    ],
  },

  undated: {
    triggers: [
      '^[\\s*_]*(?:if|when|whenever|once|as soon as|each time|every time|should|in case|in the event|where|after|before|until|unless)(?![a-z])',
      '^[\\s*_]*(?:each|every|any) (?:[a-z-]+ ){0,2}{occasion}',
      '(?:for|on|at|with|before|after|upon) (?:each|every|any) (?:[a-z-]+ ){0,2}{occasion}',
      'before (?:any|each|every|a|an|the|its|their) (?:new )?(?:[a-z-]+ ){0,2}(?:is|are|goes|go|leaves?|ships?|gets?|comes?) ',
      'the same day|within the (?:hour|day)|upon (?:receipt|arrival)|on (?:arrival|receipt)',
    ],
    ignore: [
      '(?:have |has )?(?:attached|enclosed)|please find|are attached|is attached|attachments?',
      'you (?:will )?(?:find|see)|(?:remain|remains|stay|stays) (?:closed|paused|suspended|deactivated) until',
    ],
    placeholders: '\\[(?:[A-Z-]*(?:DATE|WEEKDAY|FREQUENCY|TIME)[A-Z-]*)\\]',
  },
};
