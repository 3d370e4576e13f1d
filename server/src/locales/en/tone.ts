/**
 * English data of the tone rules. Patterns are regex sources matched on folded text
 * (lower case, no accents, straight apostrophes); `{name}` is a vocabulary entry below,
 * ` {0-3} ` allows up to three words in between, and a space matches any white space.
 * See `server/src/rules/phrase.ts`.
 */
import type { ToneData } from '../types';

/** Participles and adjectives that express emotion rather than facts. */
const EMOTION =
  'outrageous(?:ly)?|ridiculous(?:ly)?|devastat(?:ed|ing)|heartbr(?:oken|eaking)|disgust(?:ed|ing)|unacceptabl[ey]|shock(?:ed|ing)' +
  '|appall(?:ed|ing)|absurd(?:ly)?|insane(?:ly)?|furious(?:ly)?|outraged|infuriat(?:ed|ing)|livid|scandalous' +
  '|shameful|disgraceful|pathetic|unbelievabl[ey]|nightmar(?:e|ish)|heartless|desperate(?:ly)?|distraught|traumati[sz]ed|traumatic' +
  '|angry|angrily|anger|frustrat(?:ed|ing)|kafkaesque|horrif(?:ied|ying|ic)|horrible|horribly|awful|terrible|terribly|dreadful|disappointed|disappointing';

export const tone: ToneData = {
  vocab: {
    // Buyers, as a noun (not "customer service", "customer satisfaction"…).
    buyer:
      '(?:(?:the|this|that|these|those|a|an|our|one|some|both|certain|several|many|most|two|three|four|five|their|your) )?(?:buyers?|customers?(?! (?:service|support|care|experience|satisfaction|messages?|metrics?|feedback))|purchasers?|shoppers?' +
      '|clients?(?! (?:service|support))|recipients?|consumers?)',
    // Amazon and its people or systems, as the actor of a decision.
    amazon:
      "amazon(?:'s)?(?: (?:system|systems|algorithm|bots?|team|investigators?|reviewers?|seller performance team))?|seller performance" +
      "|seller support|account health team|your (?:team|investigators?|reviewers?|department|system|systems|algorithm|bots?|automated (?:system|tools?)|decision)" +
      '|the (?:amazon )?(?:investigator|reviewer|algorithm|bot)',
    // Enforcement decisions that a seller may call wrong.
    decision:
      '(?:suspension|deactivation|decision|removal|block|ban|closure|penalty|sanction|enforcement|flag|warning|rejection|determination|assessment|complaint|accusation)s?',
    carrier:
      '(?:(?:the|our|a|an|their|your|this|that) )?(?:carriers?|couriers?|delivery (?:company|companies|drivers?|service|firm|partner|man|men|guy)|drivers?|postman|postmen|mail(?:man|men)' +
      '|post office|postal service|shipping (?:company|partner|provider)|logistics (?:company|provider|partner)|ups|dpd|dhl(?: express)?|fedex' +
      '|usps|gls|hermes|evri|royal mail|parcelforce|yodel|tnt|la poste|colissimo|chronopost|mondial relay|ontrac|lasership|canada post' +
      '|purolator|australia post|amazon logistics|amazon shipping)',
    // A sentence where the seller owns the choice or acts on it: not shifting the blame.
    owning:
      '(?:we|i) (?:had )?(?:chose|chosen|selected|used|picked|booked|relied on|switched|changed|moved|replaced|dropped|stopped using|now (?:ship|use|send))' +
      "|(?:we|i) (?:did not|didn't|had not|hadn't|never) (?:chose|choose|chosen|check|insur|use|requir|buy|bought|book|add|pay|paid|track|compar)\\w*|(?:we|i) should have" +
      "|(?:we|i) failed to|because (?:we|our)|(?<!(?:not|n't|no) )our (?:choice|decision|mistake|error|fault|own)",
    // A procedure ("if the carrier…"), not a past event.
    conditional: '(?:if|when|whenever|in case|in the event that|each time|every time|should|where) (?:a |the |our |any )?',
    conditionalWord: 'if|whenever|in case|in the event that|each time|every time|should',
    emotion: EMOTION,
    // "we", "I" and the seller's own people.
    we: 'we|i|our (?:team|company|business|staff|warehouse)',
    tentative: 'sorry|apologi[sz](?:e|es|ed|ing)',
  },
  negation: "\\p{L}+n't|not|never|no|no longer|nothing|nobody|no one|neither|nor|hardly|cannot|without",

  blamesBuyer: [
    {
      match: '{buyer} {0-3} (?:lie[sd]?|lying|told (?:us )?lies|made (?:it|this|that|the \\w+) up|made up|invented|fabricated|exaggerated|faked|falsely \\w+)',
      unless: ['lies (?:in|outside|within|with|on|at|behind|beyond|elsewhere)'],
      negatable: true,
    },
    { match: 'lied (?:to|in order to|so as to) (?:get|obtain|receive|claim|keep)' },
    {
      match:
        '(?:dishonest|fraudulent|lying|abusive|scamming|malicious|unscrupulous|deceitful|untruthful|crooked|greedy|rude|unreasonable' +
        '|difficult|rogue|bogus|bad[- ]faith|so-called|dishonou?rable|manipulative) {buyer}',
    },
    { match: 'serial (?:returners?|complainers?|abusers?|claimants?)' },
    {
      match:
        '{buyer} {0-3} (?:dishonest|fraudulent|lying|abusive|malicious|unscrupulous|deceitful|untruthful|unreasonable|rude|greedy|aggressive' +
        '|hostile|manipulative|(?:a|an) (?:scammer|fraudster|liar|thief|cheat|crook|troll|serial \\w+)|scammers|fraudsters|liars|thieves|in bad faith|of bad faith' +
        '|trying to (?:scam|cheat|trick|abuse|defraud|extort|blackmail|game))',
      negatable: true,
    },
    { match: "{buyer} {0-3} (?:is|was|were|are|isn't|wasn't|weren't|aren't) not (?:honest|truthful|being honest|telling the truth)" },
    { match: "{buyer} {0-3} (?:isn't|wasn't|weren't|aren't) (?:honest|truthful|being honest|telling the truth)" },
    { match: "{buyer} {0-2} (?:did not|didn't|does not|doesn't) tell (?:us )?the truth" },
    {
      match:
        "{buyer} {0-2} (?:did not|didn't|does not|doesn't|never|failed to|refused to|chose not to|neglected to|forgot to|could not be bothered to" +
        "|did not bother to|didn't bother to|did not even|didn't even) (?:properly |carefully |even )?(?:read|check|follow|understand|look at" +
        '|pay attention|bother|measure|consult|notice|respect|take the time)',
    },
    { match: '{buyer} {0-2} (?:misread|misunderstood|misinterpreted|overlooked|ignored|disregarded|misused|mistreated|mishandled|abused)' },
    {
      match: "{buyer} {0-2} (?:did not|didn't|never|failed to|could not|couldn't) {0-4} (?:properly|correctly|carefully|as instructed|as shown|as described)",
    },
    {
      match:
        '(?:wanted|wants|tried|tries|trying|hoped|hoping) (?:to (?:get|keep|obtain|receive) )?(?:a |an |the |some )?' +
        '(?:free (?:items?|products?|goods|stuff|units?|gifts?)|(?:items?|products?|goods|units?) for free|something for nothing)',
    },
    { match: '{buyer} (?:\\w+ )?(?:broke|damaged|dropped|misused|mishandled|mistreated) (?:it|the|them|this|that|his|her|their)' },
    {
      match:
        '{buyer} {0-2} (?:should have|ought to have|could have|must have) (?:\\w+ )?(?:read|checked|looked|known|measured|contacted us|asked|noticed' +
        '|understood|followed|paid attention|been more careful)',
    },
    { match: '{buyer} {0-2} (?:ordered|chose|selected|picked|bought|purchased) the wrong' },
    {
      match: "{buyer}(?:'s|s'|') (?:own )?(?:fault|mistake|error|negligence|carelessness|misuse|doing)",
      unless: ["(?:not|no|never|\\p{L}+n't) {0-2} {buyer}(?:'s|s'|') (?:own )?(?:fault|mistake|error|negligence|carelessness|misuse|doing)"],
    },
    {
      match: '(?:fault|mistake|error|negligence|carelessness|misuse) (?:of|by|on the part of|from) (?:the |a |this |that |our )?{buyer}',
      unless: ["(?:no|not|never|\\p{L}+n't) {0-2} (?:fault|mistake|error|negligence|carelessness|misuse)"],
    },
    {
      match:
        '{buyer} {0-2} (?:is|was|were|are) (?:solely |entirely |clearly )?(?:at fault|to blame|in the wrong|responsible for (?:the|this|that) (?:damage|problem|issue|complaint|breakage))',
      negatable: true,
    },
    {
      match: '(?:blame|blamed|blaming|blames) (?:it |this |that )?(?:on )?(?:the |a |this |that )?{buyer}',
      unless: ["(?:not|never|no|\\p{L}+n't) (?:\\w+ )?(?:blame|blamed|blaming|blames)"],
    },
    {
      match:
        "{buyer}(?:'s|s'|') (?:claim|complaint|review|feedback|story|report|message|return reason)s? {0-2} (?:is|was|are|were) (?:completely |totally |clearly |obviously )?" +
        '(?:false|untrue|a lie|lies|fake|fabricated|invented|made up|baseless|unfounded|unjustified|exaggerated|a scam|fraudulent|dishonest|bogus|nonsense|ridiculous)',
      negatable: true,
    },
    {
      match:
        '(?:fraudulent|bogus|baseless|unfounded|unjustified|malicious|fabricated|frivolous|dishonest|made-up) (?:a-to-z |a to z )?' +
        '(?:claims?|complaints?|reviews?|returns?|chargebacks?|reports?|disputes?|feedback)',
    },
    { match: '(?:return|refund|claim|a-to-z|warranty|chargeback) (?:fraud|abuse|abusers?|scams?|scammers?)' },
    {
      match:
        "(?:abus(?:e|es|ed|ing)|exploit(?:s|ed|ing)?|gam(?:e|es|ed|ing)|tak(?:e|es|ing|en) advantage of|took advantage of) (?:the |our |amazon's |amazon |your )?" +
        '(?:return|refund|a-to-z|a to z|guarantee|warranty) (?:policy|policies|system|process|guarantee|claim)',
    },
    {
      match:
        '{buyer} {0-3} (?:want|wants|wanted|tried|tries|trying|hoped|hoping|attempted|attempting|looking|looked|just wants?) (?:to|for) {0-4} ' +
        '(?:for free|free of charge|without paying|a free \\w+|something for nothing|free (?:items?|products?|goods|stuff|replacements?))',
    },
    { match: '(?:to )?keep (?:the|both|their|his|her) (?:items?|products?|goods|parcels?) and (?:get|receive|obtain|claim) (?:a |the |their |his |her )?(?:refund|money back)' },
    { match: '(?:scammers?|fraudsters?|liars?|crooks?) (?:who|that) (?:ordered|bought|purchased|opened|filed|left|returned|claimed|reported)' },
    { match: "{buyer}(?:'s|s'|') bad faith" },
    {
      match:
        '{buyer} {0-3} (?:returned|sent back|swapped|switched) (?:us )?(?:a |an |the )?(?:different|another|empty|switched|swapped|cheaper|old|broken) ' +
        '(?:items?|products?|units?|boxes|box|parcels?|ones?)',
    },
    {
      match:
        '(?:supposedly|so(?:-| )called|allegedly|purportedly) (?:damaged|broken|defective|faulty|missing|lost|not received|never received|wrong|not as described|undelivered|late|used)' +
        '|(?:so(?:-| )called|supposed) (?:\\w+ )?(?:complaints?|claims?|problems?|issues?|defects?|damage)',
    },
    { match: '{buyer} {0-2} (?:pretends?|pretended|pretending)' },
  ],

  blamesAmazon: [
    {
      match: 'unfair(?:ly|ness)?|unjust(?:ly)?|injustices?|inequitabl[ey]',
      unless: ['unfair (?:to|for|on) (?:our |the |a |any )?{buyer}'],
      message: 'unfair',
    },
    {
      match:
        '{decision} {0-3} (?:is|was|were|are|seems?|seemed|appears?|appeared|feels?|felt) (?:\\w+ )?(?:wrong|mistaken|erroneous|incorrect|unwarranted|unjustified|unfounded' +
        '|groundless|baseless|arbitrary|excessive|harsh|disproportionate|unreasonable|absurd|a mistake|an error|a misunderstanding|misguided|not justified|not warranted' +
        '|not fair|uncalled for)',
      unless: ['(?:our|my) (?:\\w+ )?{decision}'],
      message: 'unfair',
    },
    {
      match:
        '(?:wrongly|wrongfully|unfairly|unjustly|mistakenly|erroneously|incorrectly|arbitrarily|unreasonably|needlessly) (?:been )?(?:suspended|deactivated|flagged|blocked' +
        '|penali[sz]ed|accused|targeted|punished|banned|closed|removed|restricted|sanctioned|shut down|delisted)',
      unless: ['(?:we|i|our (?:team|staff|system|tool|software|warehouse)) {0-3} (?:wrongly|wrongfully|mistakenly|erroneously|incorrectly)'],
      message: 'unfair',
    },
    {
      match:
        '(?:suspended|deactivated|flagged|blocked|penali[sz]ed|accused|targeted|punished|banned|sanctioned|shut down) (?:us |our account |my account |our listings? |our store )?' +
        '(?:wrongly|wrongfully|unfairly|unjustly|mistakenly|by mistake|in error|erroneously|for no reason|without (?:any |a |prior |good |valid |a single )?' +
        '(?:reason|warning|notice|explanation|justification|cause|evidence|proof))',
      unless: ['(?:we|i) (?:have |had )?(?:suspended|deactivated|flagged|blocked|shut down)'],
      message: 'unfair',
    },
    {
      match: '{amazon} {0-3} (?:made|makes|has made|have made|is making|was making) {0-2} (?:mistake|error|wrong decision|bad decision|wrong call|blunder|misjudgement|misjudgment)s?',
      message: 'amazonWrong',
    },
    {
      match:
        '{amazon} {0-2} (?:is|was|are|were|has been|have been) (?:clearly |simply |obviously |completely )?(?:wrong|mistaken|incorrect|in error)' +
        '|{amazon} {0-2} (?:got|has got|have got) (?:it|this|that) wrong|{amazon} {0-2} erred',
      message: 'amazonWrong',
    },
    {
      match: "(?:mistake|error|fault|oversight|blunder|glitch|bug|misunderstanding|misjudgement|misjudgment) (?:by|of|from|on the part of|on the side of|made by|in|on) {amazon}",
      message: 'amazonWrong',
    },
    { match: "amazon(?:'s|') (?:own )?(?:mistake|error|fault|oversight|blunder|failure|negligence)", message: 'amazonWrong' },
    {
      match:
        "{amazon} {0-2} (?:did not|didn't|failed to|never|refused to|does not|doesn't|cannot|can't|could not|couldn't) (?:even |properly |carefully )?" +
        '(?:read|check|review|look at|consider|understand|listen|investigate|verify|bother|take into account)',
      message: 'amazonWrong',
    },
    {
      match: '(?:{amazon}|you) {0-2} (?:ignored|dismissed|disregarded|overlooked) (?:our|my|the) (?:previous |earlier |first )?(?:appeals?|evidence|invoices?|documents?|messages?|e-?mails?|explanations?|proof)',
      message: 'amazonWrong',
    },
    { match: '(?:you|your team) (?:have |has )?(?:made|make) (?:a |an )?(?:mistake|error|wrong decision)', message: 'amazonWrong' },
    { match: '(?:you|your team) (?:are|were|have been) (?:wrong|mistaken)', message: 'amazonWrong' },
    {
      match:
        "(?:we|i) (?:do not|don't|cannot|can't|did not|didn't|fail to|still do not|still don't) (?:\\w+ )?understand (?:this|the|your|amazon's|such a) (?:decision|suspension|deactivation|sanction|penalty)" +
        "|(?:we|i) (?:strongly |firmly )?(?:dispute|contest|challenge|reject|disagree with) (?:this|the|your|amazon's) (?:decision|suspension|deactivation|sanction|penalty|finding|assessment)",
      message: 'unfair',
    },
    {
      match:
        '(?:nobody|no one|no-one) (?:at|from) (?:amazon|seller (?:performance|support)) {0-3} (?:answers?|answered|responds?|responded|replies|replied|helps?|helped|listens?|listened|cares?|cared|reads?)',
      message: 'amazonWrong',
    },
    {
      match:
        "(?:{amazon}) {0-2} (?:punish(?:es|ed|ing)?|persecut(?:es|ed|ing)|harass(?:es|ed|ing)?|victimi[sz](?:es|ed|ing)|bull(?:y|ies|ied|ying)) (?:us|me|small|honest|sellers?)",
      message: 'unfair',
    },
    {
      match:
        '(?:we|i|us|me|small sellers?|honest sellers?|sellers like us) {0-2} (?:are|were|am|have been|has been|being|get|got|feel|felt) (?:\\w+ )?' +
        '(?:punished|victimi[sz]ed|targeted|singled out|treated unfairly|scapegoated|persecuted|harassed|bullied)',
      message: 'unfair',
    },
    {
      match:
        "(?:not|isn't|wasn't|aren't|weren't) (?:our|my) (?:fault|mistake|doing|responsibility|problem|error)" +
        '|no fault of (?:our|my|ours|mine)|through no fault',
      message: 'denial',
    },
    {
      match:
        "(?:(?:we|i) (?:are|am|were|was) (?:not|in no way|by no means|never)|we're not|i'm not|we (?:aren't|weren't)|i wasn't) " +
        '(?:at fault|to blame|guilty|responsible for (?:this|that|these|the (?:complaints?|problem|issue|violation|damage|delay|delays)))',
      message: 'denial',
    },
    {
      match:
        "(?:we|i) (?:have |had )?(?:did|done) nothing wrong|(?:we|i) (?:haven't|have not|hadn't|had not|didn't|did not) do anything wrong" +
        '|nothing to do with (?:us|me|our (?:company|business|shop|store|account))|(?:we|i) cannot be (?:held )?(?:responsible|liable|accountable)' +
        "|(?:we|i) (?:should|must) not be (?:punished|penali[sz]ed|held responsible|blamed)|(?:we|i) (?:shouldn't|mustn't) be (?:punished|penali[sz]ed|held responsible|blamed)" +
        '|(?:we|i) (?:are|am) (?:completely |totally |entirely )?innocent|(?:beyond|outside|out of) (?:our|my) control' +
        '|(?:we|i) (?:have )?(?:done|did) everything (?:right|correctly|by the book|we could)',
      message: 'denial',
    },
  ],

  blamesCarrier: [
    {
      match:
        '{carrier} {0-3} (?:lost|loses|misplaced|damaged|damages|broke|smashed|crushed|mishandled|threw|dropped|stole|delayed|mis-?delivered' +
        "|failed to (?:deliver|scan|collect|update|attempt|pick up)|(?:did not|didn't) (?:deliver|scan|collect|update|attempt|pick up|show up|come)" +
        '|never (?:delivered|scanned|collected|attempted|picked up|showed up|came)|delivered (?:it |the (?:parcel|package|order|item) )?to the wrong' +
        '|left (?:it|them|the (?:parcels?|packages?|boxes|box)) (?:outside|at the door|on the doorstep|in the rain)|falsely (?:marked|scanned|claimed)|wrongly (?:marked|scanned)' +
        '|marked (?:it|the (?:parcel|package|order)) as delivered|(?:was|were|is|are) (?:late|slow|unreliable|useless|incompetent|careless|negligent)|messed up|screwed up)',
      notRoles: ['corrective', 'preventive'],
      unlessSentence: ['{owning}', '{conditional}{carrier}'],
    },
    {
      match: '(?:lost|misplaced|damaged|broken|smashed|crushed|mishandled|delayed|stolen|misdelivered|thrown|dropped|held up) (?:in transit )?by (?:the |a |our )?{carrier}',
      unlessSentence: ['{owning}', '{conditionalWord}'],
    },
    {
      match: "{carrier}(?:'s|s'|') (?:own )?(?:fault|mistake|error|negligence|carelessness|incompetence)",
      unless: ["(?:not|no|never|\\p{L}+n't) {0-2} {carrier}(?:'s|s'|') (?:own )?(?:fault|mistake|error|negligence|carelessness|incompetence)"],
    },
    {
      match: '(?:fault|mistake|error|negligence|carelessness|incompetence) (?:of|by|on the part of|from) (?:the |our |a )?{carrier}',
      unless: ["(?:no|not|never|\\p{L}+n't) {0-2} (?:fault|mistake|error|negligence|carelessness|incompetence)"],
    },
    {
      match: '{carrier} {0-2} (?:is|was|are|were) (?:solely |entirely |clearly |fully )?(?:responsible|to blame|at fault|liable|the (?:cause|culprit|problem)|the one to blame)',
      negatable: true,
    },
    {
      match:
        "(?:caused by|due to|because of|owing to|blame (?:it )?on) (?:the |a |our )?{carrier}(?:(?:'s|s'|') (?:delays?|errors?|mistakes?|negligence|failures?|strikes?|problems?|issues?|incompetence))?",
      unless: ["(?:not|no|never|\\p{L}+n't) {0-2} (?:caused by|due to|because of|blame)"],
      unlessSentence: ['{owning}'],
    },
    {
      match:
        '(?:competitors?|a rival(?: seller)?|rival sellers?|another seller|other sellers|a jealous (?:seller|competitor)|jealous (?:competitors|sellers)) {0-3} ' +
        '(?:reported|reports?|reporting|flagged|flags?|flagging|sabotaged|sabotaging|attacked|attacking|targeted|targeting|filed|filing|is trying|are trying|tried' +
        '|must have|may have|might have|could have|is behind|are behind' +
        '|left (?:fake|false|negative|bad) (?:reviews?|feedback)|posted (?:fake|false) (?:reviews?|feedback|complaints?))',
      message: 'competitor',
    },
    {
      match:
        '(?:complaints?|reports?|claims?|reviews?|feedback|attacks?|sabotage) {0-2} (?:by|from) (?:a |an |our |one of our |some |other |rival )?(?:competitors?|competing sellers?|rival sellers?|another seller)',
      message: 'competitor',
    },
    { match: '(?:competitor|rival) (?:attacks?|sabotage|complaints?|reports?)|sabotag(?:e|ed|ing)|hijackers?', message: 'competitor' },
  ],

  threat: [
    {
      match:
        "(?:my|our|the company's) (?:lawyers?|attorneys?|solicitors?|barristers?|legal (?:team|counsel|department|representatives?|advisers?|advisors?)|law firm|counsel)",
    },
    {
      match:
        '(?:hire|hired|hiring|contact|contacted|contacting|consult|consulted|consulting|instruct|instructed|retain|retained|engage|engaged|involve|involved' +
        '|speak to|spoke to|spoken to|talk to|talked to|refer (?:this|the matter) to|forward(?:ed)? (?:this|it) to) (?:a|an|our|my|the) ' +
        '(?:lawyers?|attorneys?|solicitors?|law firm|legal (?:counsel|team|advisers?|advisors?))',
    },
    { match: '(?:through|via|by) (?:a |an |our |my )?(?:lawyers?|attorneys?|solicitors?)' },
    {
      match:
        '(?:legal|judicial|court) (?:action|actions|proceedings|steps|measures|recourse|remedies|remedy|claims?|case|dispute|route|avenues?|order)',
    },
    {
      match:
        "(?:will|shall|would|we'll|i'll|going to|intend to|plan to|prepared to|ready to|choice but to|right to|hesitate to|have to|forced to|might|may|could|consider|considering|then) {0-2} (?<hit>sue|suing)",
      notName: true,
    },
    { match: "(?<hit>sue|suing|sued) (?:you|amazon|your company|amazon's)", notName: true },
    { match: '(?:lawsuits?|law suits?|litigation|litigate|class actions?|prosecute|prosecution)' },
    {
      match:
        '(?:take|taking|took|bring|bringing|drag|dragging|see) (?:you|amazon|this|the matter|this matter|it|your company|the case|this case) ' +
        '(?:to|before|in) (?:a |the )?(?:court|courts|tribunal|judge|arbitration|small claims)',
    },
    { match: '(?:to|in|before|through) (?:a |the )?(?:courts?|small claims court)(?! of)' },
    {
      match:
        '(?:report|complain|escalate|write|go|turn|contact|alert|inform|notify)(?:ing|ed|s)? {0-3} (?:to )?(?:the )?' +
        "(?:ftc|federal trade commission|cma|competition and markets authority|dgccrf|trading standards|consumer protection|consumer (?:rights )?(?:agency|association|group)" +
        "|european commission|ombudsman|regulators?|attorney general|better business bureau|bbb|media|press|journalists?|newspapers?|social media" +
        "|jeff bezos|andy jassy|amazon(?:'s)? ceo|amazon legal|amazon's legal (?:team|department)|your legal (?:team|department))",
    },
    { match: "amazon legal|amazon's legal (?:team|department)|your legal (?:team|department)|jeff@amazon\\.com" },
    {
      match:
        'cease and desist|demand letter|letter before action|formal notice|notice of (?:claim|intent to sue)' +
        '|(?:claim|seek|demand|demanding|seeking|claiming) (?:full )?(?:compensation|damages|reimbursement of (?:our|all) losses)',
    },
    { match: '(?:reserve|reserves|reserving) (?:all )?(?:our|my) (?:legal )?rights|without prejudice|reserve the right to (?:take|pursue|seek)' },
    {
      match:
        '(?:breach|breaching|breached|violat(?:e|es|ed|ing|ion of)) (?:of )?(?:contract|the (?:business solutions |bsa )?agreement|consumer law|eu law|the law|the dsa|the p2b regulation)' +
        '|p2b|platform[- ]to[- ]business regulation|digital services act|2019/1150',
      unless: ['(?:we|i) {0-3} (?:breach|breaching|breached|violat\\w+)'],
    },
  ],

  triggerWords: [
    {
      match:
        '(?<hit>scam(?:s|med|ming|mers?)?|counterfeit(?:s|ed|ing|ers?)?|fakes?|faked|faking|replicas?|knock(?:-| )?offs?|bootleg(?:s|ged)?)',
      unless: [
        'anti-?counterfeit(?:ing)?',
        'counterfeit crimes unit',
        '(?:mentions?|mentioning|mentioned|keywords?|words?|terms?|phrases?|wording) (?:of |like |such as |including )?{0-4} (?:scam|counterfeit|fake|replica|knock-?off)\\w*',
      ],
    },
  ],

  overAdmission: [
    {
      match:
        '(?:we|i) {0-3} (?:sold|sell|were selling|have been selling|have sold|had sold|listed|supplied|shipped|sent|distributed|imported|bought|purchased|sourced|offered|stocked) {0-4} ' +
        '(?:counterfeit|fake|replica|knock-?off|bootleg|stolen|forged|pirated|illegal|illicit)s?',
      negatable: true,
    },
    { match: '(?:we|i) {0-3} knowingly', negatable: true },
    {
      match:
        '(?:we|i) {0-2} (?:deliberately|intentionally|wilfully|willfully|purposely|purposefully|consciously) {0-2} (?:sold|shipped|listed|ignored|violated|broke|bypassed' +
        '|circumvented|misled|deceived|hid|concealed|falsified|manipulated|faked|misrepresented|lied|evaded|inflated|altered)',
      negatable: true,
    },
    {
      match:
        '(?:we|i) {0-3} (?:manipulated|bought|paid for|purchased|incentivi[sz]ed|faked|fabricated|inflated|wrote fake|posted fake|created fake) {0-2} (?:reviews?|ratings?)',
      negatable: true,
    },
    { match: '(?:fake|paid|incentivi[sz]ed|fraudulent) (?:reviews?|ratings?) (?:we|that we|which we) (?:had )?(?:posted|bought|wrote|created|paid)' },
    {
      match: '(?:we|i) (?:have |had )?(?:lied|deceived|misled|cheated|defrauded|scammed|falsified|forged|fabricated|doctored|tampered with|altered)',
      unless: ['(?:were|was|been|being|get|got) {0-1} (?:deceived|misled|cheated|defrauded|scammed|lied to|tricked|fooled)'],
      negatable: true,
    },
    {
      match:
        '(?:we|i) {0-3} (?:submitted|sent|provided|used|uploaded|created|made|produced) {0-2} (?:falsified|forged|fabricated|doctored|fake|altered|edited|modified) ' +
        '(?:invoices?|documents?|receipts?|letters? of authori[sz]ation|certificates?)',
      negatable: true,
    },
    {
      match: '(?:we|i) {0-2} (?:falsified|forged|fabricated|doctored|altered|edited|modified) (?:the |our |an? |these |those |some )?(?:invoices?|documents?|receipts?|letters? of authori[sz]ation|certificates?)',
      negatable: true,
    },
    { match: '(?:we|i) {0-3} (?:illegally|illicitly|fraudulently)', negatable: true },
    { match: '(?:we|i) (?:are|am|were|plead) guilty|we admit (?:to )?(?:fraud|deceiving|selling (?:counterfeit|fake))', negatable: true },
    { match: '(?:we|i) {0-2} (?:committed|engaged in) (?:fraud|a fraud|deception|counterfeiting)', negatable: true },
    {
      match:
        '(?:opened|created|used|operated|ran|run) {0-3} (?:second|another|other|secret|hidden|new|separate) (?:seller )?accounts? to (?:get around|circumvent|bypass|avoid|evade|continue selling|keep selling)',
      negatable: true,
    },
  ],

  businessHistory: [
    {
      match:
        "(?:we|i|we've|i've) {0-2} (?:have been|'ve been|had been|were|been) (?:selling|trading|in business|on amazon|an amazon seller|a seller|amazon sellers" +
        '|in this business|in the business|in this industry|in the industry) {0-4} (?:since|for (?:over |more than |almost |nearly |about |around )?' +
        '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|many|several|a few|a decade|decades|years|a long time))',
      unless: ['selling (?:this|these|that|those) (?:items?|products?|skus?|asins?|units?|models?|references?)'],
    },
    {
      match:
        '(?:our|my|the) {0-2} (?:company|business|shop|store|family business|brand|firm|small business|family company|enterprise) (?:was|has been|is) (?:\\w+ )?' +
        '(?:(?:founded|established|created|started|set up|launched|built up) (?:in (?:\\d{4}|the \\d{2,4}s)|back in|over|more than|\\d+ years ago|by (?:my|our))' +
        '|run by (?:my|our) family|family-(?:run|owned))',
    },
    { match: 'founded (?:in|back in) (?:\\d{4}|the \\d{2,4}s)' },
    {
      match:
        'family[- ](?:run|owned) (?:business|company|shop|store|firm)|(?:a|our|my) (?:small )?family (?:business|company|firm)|(?:second|third|fourth|2nd|3rd|4th)[- ]generation' +
        '|(?:my|our) (?:father|mother|grandfather|grandmother|parents|grandparents|family) (?:founded|started|created|built|opened|set up)',
    },
    {
      match: '(?:we|i) {0-2} (?:started|began|founded|opened|launched|created|set up) (?:our|my|the|this) (?:small |family |online )?(?:business|company|shop|store|brand|firm|seller account) (?:in|back in|over|more than|\\d|when|as|from|with)',
    },
    {
      match: '(?:we|i) (?:are|am) (?:a |an )?(?:small|family|local|young|growing|long-established|well-established|established|reputable|honest|passionate) (?:\\w+ )?(?:business|company|seller|shop|enterprise|firm)',
    },
    { match: '(?:thousands|hundreds|millions|\\d[\\d,.]*) (?:of )?(?:satisfied|happy|loyal|returning) (?:customers|buyers|clients)' },
    { match: "(?:years|decades) of experience|(?:over|more than|almost|nearly) (?:\\d+|\\w+) years (?:of experience|in business|on amazon|of selling|selling)" },
    {
      match: "(?:spotless|clean|perfect|impeccable|excellent|flawless|unblemished|outstanding) (?:track record|record|selling history|history|reputation)",
    },
    {
      match:
        "(?:this|the|our|my) (?:business|company|account|shop|store) is (?:our|my) (?:only|sole|main) (?:source of )?(?:income|livelihood)|(?:our|my) (?:only|sole|main) (?:source of )?(?:income|livelihood)" +
        "|(?:our|my) (?:livelihood|life's work|life savings)|(?:employees|staff|workers|families) (?:will|would|could) lose (?:their|its) (?:jobs?|income|livelihood)",
    },
  ],

  apologies: [
    { match: 'sorry' },
    { match: 'apologi[sz](?:e|es|ed|ing)|apolog(?:y|ies)|apologetic(?:ally)?' },
    { match: '(?:we|i) (?:sincerely |deeply |truly |greatly |very much |really )?regret' },
    { match: '(?:please )?(?:forgive|excuse|pardon) (?:us|me|our)' },
  ],

  emotionalWords: [
    {
      match: '{emotion}',
      unless: [
        "{buyer}(?:'s|s')? {0-4} (?:{emotion})",
        '(?:{emotion}) {buyer}',
        // A plain qualifier, not a feeling: "unacceptable documents are rejected".
        'unacceptable (?:documents?|invoices?|files?|formats?|items?|products?|packaging|condition|quality|levels?|rates?|risks?|values?|results?|units?|suppliers?)',
      ],
    },
    { match: '(?:we|i) (?:are|am|were|was|feel|felt) (?:very |so |deeply |extremely |really |truly )?(?:upset|hurt|sad|stressed|heartbroken|broken)' },
    { match: '(?:we|i) beg|beg(?:ging)? (?:you|amazon)|please,? please|(?:in|to) tears|sleepless nights' },
    {
      match: '(?:ruin(?:ed|s|ing)?|destroy(?:ed|s|ing)?|kill(?:ed|s|ing)?) (?:our|my) (?:business|lives|life|family|livelihood|reputation|company)',
    },
  ],

  acronyms: new Set([
    'ASIN', 'ASINS', 'FBA', 'FBM', 'MFN', 'SFP', 'AWD', 'MCF', 'SKU', 'SKUS', 'FNSKU', 'ODR', 'LSR', 'LDR', 'VTR', 'CR', 'OTDR', 'AHR',
    'UPS', 'DPD', 'DHL', 'GLS', 'TNT', 'USPS', 'EVRI', 'EAN', 'EANS', 'UPC', 'UPCS', 'GTIN', 'GTINS', 'ISBN', 'GS1', 'ASN', 'BOL',
    'UK', 'EU', 'USA', 'US', 'UAE', 'GB', 'FR', 'DE', 'ES', 'IT', 'NL', 'PL', 'SE', 'CA', 'MX', 'JP', 'AU', 'IN',
    'LLC', 'LTD', 'INC', 'PLC', 'CO', 'CORP', 'GMBH', 'SAS', 'SARL', 'SA', 'SASU', 'EURL', 'SNC', 'BV', 'AG', 'SRL', 'SPA', 'LLP',
    'CEO', 'COO', 'CFO', 'CTO', 'HR', 'QA', 'QC', 'ID', 'IDS', 'PDF', 'CSV', 'XLS', 'XLSX', 'API', 'URL', 'FAQ', 'SLA', 'KPI', 'KPIS',
    'POA', 'LOA', 'IP', 'CPC', 'CE', 'FCC', 'ROHS', 'UKCA', 'ISO', 'VAT', 'EORI', 'EIN', 'TIN', 'DUNS', 'GST', 'HST', 'HMRC', 'IRS',
    'USB', 'LED', 'LCD', 'TV', 'PC', 'DIY', 'OK', 'AM', 'PM', 'GMT', 'UTC', 'CET', 'BST', 'PST', 'EST', 'NB', 'PS', 'FYI', 'ETA', 'RMA',
    'OEM', 'ODM', 'MOQ', 'EXW', 'DDP', 'DAP', 'FOB', 'CIF', 'LTL', 'FTL', 'SMS', 'AI', 'ERP', 'WMS', 'CRM', 'A-Z', 'A-TO-Z', 'A-A-Z', 'AZ', 'SAFE-T', 'PO',
    'SIRET', 'SIREN', 'RCS', 'TVA', 'SAV', 'TTC', 'HT', 'DGCCRF', 'RGPD', 'GDPR', 'UE', 'N/A', 'NA', 'ASAP', 'FTC', 'CMA', 'BBB', 'DSA',
  ]),
  legalForms: new Set(['LLC', 'LTD', 'INC', 'PLC', 'CO', 'CORP', 'GMBH', 'SAS', 'SARL', 'SA', 'SASU', 'EURL', 'SNC', 'BV', 'AG', 'SRL', 'SPA', 'LLP']),
};
