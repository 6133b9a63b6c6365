import { alt, type LangGrammar } from './types.js';

const W = '(?:\\p{L}+ )'; // one word
const MONEY_OBJ = alt('charges?', 'fees?', 'costs?', 'balance', 'amount', 'payments?', 'surcharges?', 'debits?', 'bill', 'money');
const FIXV = alt('fix', 'restor', 'repair', 'resolv', 'reconnect', 'patch', 'sort');
const PERIOD = alt('minutes?', 'mins?', 'hours?', 'hrs?', 'days?', 'weeks?');
const COUNT = alt('\\d+', 'an?', 'one', 'two', 'three', 'four', 'few', 'couple of');
const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)days?';
const MONTH = alt('jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec') + '\\p{L}*';
const YOU = alt('you', "you've", "you'd", "you're", 'your');
const SEE = alt('read', 'check', 'look', 'follow', 'call', 'updat', 'know', 'ask', 'think', 'understand', 'pay', 'realis', 'realiz', 'notic', 'contact', 'listen', 'bother', 'scroll', 'us');

export const en: LangGrammar = {
  promise: {
    commit: [
      'will', "\\p{L}+'ll", 'shall', 'going to', 'gonna',
      `(?:we|i)(?:'re| are| am|'m) (?:now |already |currently |just )?\\p{L}+ing`,
      `(?:we|i)(?:'ve| have) (?:already |now |just )?\\p{L}+(?:ed|en|t)`,
      `(?:we|i) (?:can|could|would|'d|want to|are happy to|'re happy to|are able to|'re able to|\\p{L}+ed)`,
      'let us', '(?:has|have) (?:already )?been', '(?:is|are) being', "you(?:'ll| will)? (?:get|receive|see|have|be)",
      'expect', 'right away', 'straight away', 'immediately', 'guarantee\\p{L}*', 'promise\\p{L}*',
    ],
    negate: [
      "can't", 'cannot', 'can not', "won't", 'will not', 'unable', 'not able', "(?:isn't|is not|aren't|are not) (?:something|able|possible)",
      'not in a position', 'not (?:publicly|here|in public)', 'if', 'whether', 'possible', 'might', 'may be able',
    ],
    refund: [
      'refund\\p{L}*', '(?:every|each|all the) (?:penny|cent|pound|euro|dollar|rupee)s? back', 'reimburs\\p{L}*', 'repay\\p{L}*', 'money back', 'chargeback',
      `(?:pay|give|put|transfer|send)\\p{L}* (?:you )?${W}{0,2}?${alt(MONEY_OBJ, '£ ?\\d+', '\\$ ?\\d+', '€ ?\\d+', '\\d+ ?€')} back`,
      'back (?:on|in|to|into) your (?:account|card|bank)', `revers\\p{L}* ${W}{0,2}?${MONEY_OBJ}`,
    ],
    compensation: [
      'make (?:it|this|that|things) up to you', "knock\\p{L}* (?:[\\p{L}']+ ){0,4}?off", 'compensat\\p{L}*', 'waiv\\p{L}*', 'credit(?:s|ed|ing)?(?! card)', 'voucher\\p{L}*', 'coupon\\p{L}*', 'gift card', 'discount\\p{L}*', 'goodwill',
      `(?:wip|writ|cancel|remov|scrap|knock|drop|zero|strik|deduct)\\p{L}* (?:off |out )?${W}{0,2}?${MONEY_OBJ}`,
      `${MONEY_OBJ} (?:will be|'ll be|are|is|get|gets|are being|is being|have been|has been) (?:\\p{L}+ )?(?:wiped|removed|reversed|cancell?ed|dropped|written off|waived|zeroed)`,
      `cover\\p{L}* ${W}{0,3}?${alt('cost', 'costs', 'bill', 'repair', 'charges?', 'fees?')}`,
      `${alt('\\d+', 'one', 'two', 'three', 'an?')} (?:free |extra )?months? (?:free|on us|at half price|half price|for free)`,
      'half[- ]price', '\\d+ ?% off', '(?:extra|bonus|free) (?:\\d+ ?gb|data|minutes)', '\\d+ ?gb (?:extra|free|bonus)', 'out of pocket', 'on us', 'on the house',
    ],
    freeProduct: [
      `free ${W}{0,2}?${alt('replacement', 'phone', 'device', 'handset', 'upgrade', 'unit', 'charger', 'router', 'repair', 'case', 'headphones', 'earbuds', 'tablet')}`,
      `(?:new|replacement) ${alt('phone', 'device', 'handset', 'router', 'unit', 'charger')}`, 'at no (?:extra )?(?:cost|charge)', 'free of charge', 'for free',
    ],
    fix: [`${alt('service', 'signal', 'network', 'coverage', 'connection', 'internet', 'line', 'wifi', 'broadband', 'data', 'mast', '4g', '5g')} ${W}{0,3}?(?:returns?|comes? back|will be back|is back|'ll be back)`, 
      `${FIXV}\\p{L}*`, '(?:work|run|function|load|connect)\\p{L}* (?:\\p{L}+ )?again', 'back (?:up|online|on|to normal|in service)', `${alt('live', 'working', 'online', 'up', 'running', 'normal', 'connected', 'stable')} again`, 'up and running',
    ],
    time: [
      DAY, 'tomorrow', 'tonight', 'next week', '(?:the )?weekend', 'later (?:today|tonight|this week)',
      `(?:by|before|until|within|in|inside|under) (?:the )?(?:next )?${COUNT} ?${PERIOD}`,
      '(?:by|before|until) (?:the )?(?:end of (?:the )?(?:day|week|month)|noon|midnight|morning|evening|lunchtime|close of business|eod|cob)',
      '(?:by|before|until|till) \\d{1,2}(?:[:.]\\d\\d)? ?(?:am|pm)?', `(?:by|before|until|on) \\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}`, `${MONTH} \\d{1,2}(?:st|nd|rd|th)?`,
    ],
    since: ['since', 'last', 'yesterday', 'earlier'],
    exempt: ['status', "(?:we'll|we will) (?:update|let) you", 'keep you (?:posted|updated|informed)', 'let you know'],
    gift: [`${alt('difference', 'money', 'amount', 'overcharge', 'extra', 'sum', 'charges?', 'fees?')} (?:[\\p{L}'-]+ ){0,6}?back (?:on|onto|to|into|in) your (?:card|account|bank)`, 
      `${alt('bills?', 'invoices?', 'months?', 'fees?', 'charges?', 'subscription')} (?:are|is|will be|'ll be) (?:now )?(?:free|on us|waived|wiped|cancell?ed|covered|refunded)`,
      `consider ${W}{0,5}?(?:reimbursed|refunded|waived|covered|cancell?ed|wiped)`, "(?:you|you'll) (?:won't|will not|don't) (?:have to )?pay (?:a penny|anything|for)",
    ],
    private: ['privately', 'in private', '(?:by|via|over|in a) (?:dm|direct message|private message)', 'dm', 'direct message'],
  },
  not: ['not', "n't", "\\p{L}+n't", 'never', 'no'],
  liability: {
    we: ['we', "we're", "we've", 'us', 'ours', 'our \\p{L}+', `our ${W}?${alt('team', 'engineers?', 'technicians?', 'installers?', 'staff', 'agents?', 'couriers?', 'update', 'software', 'network', 'system', 'product', 'phone', 'device', 'charger', 'battery', 'mistake', 'error', 'side', 'end', 'firmware')}`],
    fault: ['at fault', 'fault (?:is|was|lies) (?:ours|with us|on us)', "(?:our|my) (?:own )?fault", 'to blame', 'the blame', 'negligen\\p{L}*', 'liab\\p{L}*', 'admit\\p{L}*'],
    cause: ['started', 'set', 'overheat\\p{L}*', 'explod\\p{L}*', 'melt\\p{L}*', 'caus\\p{L}*', 'responsib\\p{L}*', 'due to', 'because of', 'by', 'broke', 'damaged', 'drilled', 'burst', 'bricked', 'fried', 'destroyed', 'ruined'],
    harm: ['damag\\p{L}*', 'injur\\p{L}*', 'loss\\p{L}*', 'leak\\p{L}*', 'fire', 'burn\\p{L}*', 'flood\\p{L}*', 'harm', 'bricked', 'broken', 'destroyed', 'ruined', 'fried'],
  },
  tone: [
    `(?:not|isn't|is not|it's not|it is not|hardly) (?:that|so|really|very|too|exactly) (?:hard|difficult|complicated|confusing|complex)[^.!?]{0,40}?(?:if you|just|read|look|bother)`,
    `(?:it's|it is|it's really|it is really) (?:easy|simple|obvious)[^.!?]{0,30}?if you`,
    "(?:we|i)(?:'ve| have)? (?:already )?(?:told|said|explained|asked) (?:you )?(?:this |that )?(?:\\p{L}+ ){0,3}?(?:two|three|four|several|many|multiple|a few|\\d+) times", '(?:try|start) listening', 'listen (?:for once|carefully|up)', 'pay attention',
    '(?:next time|in future|in the future),? (?:please |just |try to |maybe )?(?:read|check|look at|make sure)', '(?:read|check) the (?:small|fine) print', "you(?:'d| would)(?: have|'ve) known",
    `if you(?:'d| had) (?!like|want|prefer|rather)(?:\\p{L}+ ){0,2}?${SEE}\\p{L}*`,
    `you (?:should|shoulda|ought to|could|must)(?: have|'ve| of) (?:\\p{L}+ ){0,2}?${SEE}\\p{L}*`,
    `(?:that's|that is|it's|it is|this is|sounds like|seems like) (?:\\p{L}+ )?(?:your|yours) (?:own )?(?:fault|problem|responsibility|mistake|doing|lookout|issue)`,
    'you were (?:told|informed|warned|notified|advised|made aware)',
    `you (?:clearly |obviously |simply |just )?(?:didn't|did not|never|failed to) (?:even )?(?:${SEE}\\p{L}*)`,
    'it (?:was|is) (?:all |clearly )?(?:in|on) the (?:contract|terms|t&cs|website|faq)', '(?:clearly|plainly) (?:stated|written|explained)',
    `(?:honestly|frankly|seriously|clearly|obviously),? ${YOU}`, '(?:nobody|no one) else (?:has|is|seems|complains|had)',
    '(?:stop|quit) (?:complaining|whining|moaning|spamming|tagging|shouting)', `${YOU} (?:need|have) to (?:learn|accept|understand) (?:how|that|to)`,
    'what (?:else )?(?:did|do) you expect', 'not (?:our|my) (?:problem|fault|concern|responsibility|job)', 'the rules are the rules',
  ],
  sarcasm: {
    mock: ['congrat\\p{L}*', 'well done', 'bravo', 'impressive', 'genius', 'nice (?:one|job|work)', 'good job', 'hats off', 'kudos'],
    target: [`(?:the )?(?:only|one|single) ${W}{0,3}?${alt('spot', 'place', 'person', 'customer', 'corner', 'street', 'one', 'area', 'house', 'phone')}`, 'broke', 'breaking', 'discover\\p{L}*', 'lost', 'losing', 'dropp\\p{L}*'],
    solo: ['how (?:ever |on earth )?(?:did|will|do|would) you (?:ever )?(?:cope|survive|manage|live)', 'oh no,? not (?:a|an|one) (?:whole|entire)', 'what a (?:drama|tragedy)', 'sure,? (?:because|since|why not)', 'because (?:that|this) (?:always|ever) works', '(?:your|this|that|so-called) "\\p{L}+"'],
  },
  sales: {
    verb: ['switch\\p{L}*', 'upgrad\\p{L}*', 'move up', 'move to', 'grab', 'get yours', 'buy', 'sign up', 'treat yourself', 'check out', 'take advantage', "(?:now's|now is) (?:a |the )?(?:great|good|perfect|best) time", 'why not', 'join', 'snap up'],
    object: [`(?:\\p{L}+ )?${alt('plan', 'tariff', 'bundle', 'package', 'subscription')}`, '\\d+ ?% off', 'half[- ]price', `${alt('\\d+', 'one', 'two', 'three', 'a')} months? (?:free|at half price|half price|for free)`, 'discount\\p{L}*', 'deals?', 'offers?', '(?:promo|discount|voucher) code', 'sale'],
    solo: ["(?:now's|now is) (?:a |the )?(?:great|good|perfect|best) time to (?:upgrade|switch|buy|get|move|try)", '(?:while|whilst) (?:it|stocks|supplies) lasts?', 'refer (?:a|your) friends?', 'referral', '(?:tell|invite) your friends'],
  },
};
