/**
 * Stance word classes for the tone rule (issue #10, round 2). Defensive replies share a
 * few structures whatever the wording; each language gives the word classes and
 * ./index.ts composes them (see `composedStance`):
 *
 *  - retort: we told / explained × again, already, several times ("as we've already
 *    explained several times", "ya se lo dijimos", "már többször elmagyaráztuk");
 *  - comparison with other customers ("nobody else has reported this", "comme tout le monde");
 *  - the problem placed on the customer's side ("something on your side", "önnél van a
 *    hiba"), or denied on ours (problem × our side × a negation: "the problem is not us",
 *    "Eso no es problema nuestro");
 *  - an assumed customer error: assumption × error word ("surely you did something
 *    wrong", "bestimmt etwas falsch gemacht"), unless the sentence is about us or negated;
 *  - closing the conversation ("that's final", "nothing more to discuss", "Punkt.");
 *  - policy as a wall: "per our policy" in a reply that neither apologises nor moves to
 *    the private channel;
 *  - orders: calm down, stop shouting, "read it.";
 *  - lectures by clarity ("it's clearly stated", "steht klar auf …");
 *  - counterfactual duties of the customer ("you should have called", "il fallait appeler",
 *    "Sie hätten … sollen", "aapko … chahiye tha").
 *
 * Plus two promise shapes and one sarcasm shape the phrase grammar missed: a bill or a
 * month that "won't cost you a penny" (a gift stated through a negation, which otherwise
 * cancels promises) and "glad you're enjoying …" said to a complaint.
 * Patterns are regex source fragments matched whole-word and case-insensitively.
 */
export interface LangStance {
  /** First person telling or explaining ("we've told you", "σας έχουμε εξηγήσει", "elmagyaráztuk"). */
  told: string[];
  /** The customer asking again, counted at them ("this is the third time you've asked", "zum dritten Mal"). */
  youAsked: string[];
  /** Other customers as a yardstick: blocks with a negation in the sentence ("other customers don't struggle"). */
  othersFine: string[];
  /** Repetition: already, again, before, several times. */
  again: string[];
  /** Comparison with other customers. */
  others: string[];
  /** Problem and fault nouns ("the problem", "a hiba", "φταίει", "galti"). */
  problem: string[];
  /** The customer's side ("on your side", "chez vous", "do seu lado"). */
  yourSide: string[];
  /** Our side ("us", "our problem", "nálunk", "de nous"): blocks only with a negation. */
  ourSide: string[];
  /** Assumption about the customer ("surely", "must have", "bestimmt", "seguro que"). */
  assume: string[];
  /** Error words ("wrong", "mal", "falsch", "galat", "rosszul"). */
  error: string[];
  /** First person: an error in a sentence about us is ours ("we surely got something wrong"). */
  we: string[];
  /** Closing the conversation. */
  closer: string[];
  /** One-word closers that only count as a sentence of their own ("Punkt.", "Ennyi."). */
  closerAlone: string[];
  /** "Per our policy", "laut unseren Richtlinien". */
  policy: string[];
  /** Apologies and the private channel: a policy explained with these is not a wall. */
  soften: string[];
  /** Orders to the customer: calm down, stop shouting, "read it.". */
  order: string[];
  /** "Clearly stated", "steht klar". */
  stated: string[];
  /** Counterfactual duties of the customer ("you should have called", "il fallait appeler"). */
  shouldHave: string[];
  /** Bills and periods ("next month", "your bill") ... */
  period: string[];
  /** ... that cost nothing ("won't cost you a penny"): a gift stated through a negation. */
  zeroCost: string[];
  /** "Glad you're enjoying …": said to a complaint with no apology, mockery. */
  enjoy: string[];
}

const END = '(?=\\s*[.!]|\\s*$)'; // the word ends its sentence
const AFTER_STOP = '(?<=(?:^|[.!?:]\\s{1,3}|@[\\w.]+\\s{1,3}))'; // the word starts its sentence

export const STANCE: Record<string, LangStance> = {
  en: {
    told: [
      "(?:we|i)(?:'ve| have| had)? (?:already |previously |now )?(?:told|explained|said|mentioned|stated) (?:this|that|it|you)",
      "as (?:we|i)(?:'ve| have)? (?:already |previously )?(?:told you|explained|said|mentioned|stated)",
    ],
    youAsked: ["(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) time (?:that )?you(?:'ve| have)? (?:asked|written|tweeted|messaged|posted|raised)", "you(?:'ve| have)? (?:asked|written|tweeted) (?:this|that|us) (?:\\p{L}+ )?(?:three|four|several|many) times"],
    again: ['already', 'before', 'again', '(?:several|many|multiple|a few|two|three|four|\\d+) times', 'repeatedly', 'more than once', 'previously'],
    othersFine: ['other (?:customers|users|people)', 'everyone else'],
    others: ['nobody else', 'no one else', 'no other (?:customers?|users?|one)', '(?:like|as) (?:everyone|everybody) else', 'everyone else (?:manages|seems|has|is|does)', '(?:works|working) (?:fine )?for everyone else'],
    problem: ['(?<!no |not a )problem', 'issue', 'fault', 'something', 'the cause', 'the error'],
    yourSide: ['on your (?:side|end)', 'at your end'],
    ourSide: ['us', 'ours', 'our (?:side|end|problem|fault|issue|doing)', 'with us'],
    assume: ['must have', 'surely', 'probably', 'i bet', 'no doubt'],
    error: ['(?<!gone |went |go |goes )wrong(?:ly)?', 'incorrect(?:ly)?', 'a mistake', 'an error'],
    we: ['we', "we're", "we've", 'us', 'our', 'ours', 'i'],
    closer: ["that's final", 'that is final', "(?:there's|there is) nothing (?:more|else|further) to (?:discuss|say|add)", 'end of (?:discussion|story)', 'case closed', 'no exceptions', 'rules are rules', "(?:we're|we are) not a charity", "(?:the )?answer (?:hasn't|has not|won't|will not|doesn't|does not) change", '(?:the )?answer (?:is|remains|stays) the same', "and that's that", "(?:won't|will not|can't|cannot|don't|do not) (?:be )?mak(?:e|ing) (?:any |an )?exceptions?", 'our (?:policy|terms|rules) (?:is|are) (?:very |perfectly )?clear'],
    closerAlone: ['period', 'full stop'],
    policy: ['per our (?:policy|policies|terms|rules)', '(?:according to|under|in line with|as per) (?:our|the) (?:policy|policies|terms|rules)', 'company policy'],
    soften: ['sorry', 'apologi\\p{L}*', 'dm', 'direct message', 'privately', 'understand'],
    order: ['calm down', '(?:stop|quit) (?:shouting|yelling|ranting|being rude)', 'no need to (?:shout|yell)', "(?:don't|do not) (?:shout|yell)", `(?:go |just |please )?read (?:it|them|that)${END}`, 'read (?:it|them|the \\p{L}+) first', 'take a deep breath', 'no need for (?:that|this) (?:tone|language|attitude)', '(?:watch|mind) your (?:tone|language)', `${AFTER_STOP}relax(?=\\s*[,!.])`, "(?:it's|it has|it is) only been (?:a (?:few|couple of) |\\d+ |an? |two |three )(?:minutes?|hours?|days?)"],
    stated: ['clearly (?:stated|written|explained|shown|marked|displayed)', '(?:stated|written|explained) (?:very )?clearly'],
    shouldHave: [],
    period: ['months?', 'bills?', 'invoices?', 'weeks?', 'years?'],
    zeroCost: ["(?:won't|will not|shouldn't|doesn't) cost you (?:a (?:penny|cent|thing|dime)|anything|a single \\p{L}+)", "(?:won't|will not) (?:have to )?pay (?:a penny|a cent|anything|a thing)"],
    enjoy: ["(?:glad|happy|great|nice) (?:to see |that )?(?:you're|you are|you) (?:enjoying|enjoy|love|loving|like|liking)"],
  },
  el: {
    told: ['(?:σας|σου) (?:το |τα )?(?:έχουμε |είχαμε )?(?:ήδη )?(?:εξηγήσει|πει|αναφέρει|ξαναπεί)', '(?:σας|σου) (?:το |τα )?(?:ήδη )?(?:εξηγήσαμε|είπαμε|ξαναείπαμε|αναφέραμε)', 'όπως (?:σας )?(?:έχουμε )?(?:ήδη )?(?:εξηγήσει|πει|αναφέρει)'],
    youAsked: ['(?:δεύτερη|τρίτη|τέταρτη|πέμπτη) φορά (?:που )?(?:ρωτάτε|γράφετε|ρωτάς|γράφεις)'],
    again: ['ήδη', 'ξανά', 'πάλι', 'ξαναπεί', 'ξαναείπαμε', 'πολλές φορές', '(?:δύο|τρεις|αρκετές|μερικές) φορές', 'επανειλημμένα', 'ήδη από'],
    othersFine: ['οι (?:άλλοι|υπόλοιποι) πελάτες'],
    others: ['κανένας άλλος', 'κανείς άλλος', 'κανένας (?:άλλος )?πελάτης', 'όπως (?:κάνουν )?όλοι(?: οι άλλοι)?', 'όλοι οι άλλοι'],
    problem: ['πρόβλημα', 'φταίει', 'φταίτε', 'λάθος', 'βλάβη', 'κάτι'],
    yourSide: ['δικό σας', 'δική σας', 'από (?:τη )?μεριά σας', 'σε εσάς'],
    ourSide: ['εμάς', 'σε εμάς', 'δικό μας', 'δική μας', 'από (?:τη )?μεριά μας'],
    assume: ['σίγουρα', 'μάλλον', 'προφανώς', 'σίγουρα θα', 'θα πρέπει να'],
    error: ['(?<!πήγε |έγινε |κάποιο )λάθος', 'λανθασμέν\\p{L}*', 'στραβά'],
    we: ['εμείς', 'εμάς', '\\p{L}+ουμε', '\\p{L}+αμε', 'μας'],
    closer: ['τέλος συζήτησης', 'και τελεία', 'οι κανόνες είναι κανόνες', 'δεν είμαστε φιλανθρωπικ\\p{L}*', 'η απάντηση δεν (?:έχει αλλάξει|αλλάζει|θα αλλάξει)', 'η απάντηση (?:είναι|παραμένει) η ίδια', 'δεν κάνουμε εξαιρέσεις', 'δεν (?:έχουμε|υπάρχει) (?:κάτι|τίποτα|τίποτε) (?:άλλο|παραπάνω|περισσότερο) (?:να|για) (?:συζητήσουμε|πούμε|συζήτηση)', 'χωρίς εξαιρέσεις'],
    closerAlone: ['τελεία'],
    policy: ['σύμφωνα με την πολιτική μας', 'σύμφωνα με (?:την πολιτική|τους όρους|τους κανόνες)', 'βάσει (?:της πολιτικής|των όρων)'],
    soften: ['λυπ\\p{L}*', 'συγγνώμη', 'συγνώμη', 'dm', 'μήνυμα', 'καταλαβαίνουμε'],
    order: ['ηρεμήστε', 'ηρέμησε', 'δεν χρειάζεται (?:αυτός ο|τέτοιος) τόνος', 'προσέξτε τον τόνο σας', 'χαλαρώστε', 'μη φωνάζετε', 'με φωνές', `διαβάστε τ(?:ο|α|ους)${END}`, `διάβασέ τ(?:ο|α)${END}`],
    stated: ['γράφεται (?:καθαρά|ξεκάθαρα)', '(?:καθαρά|ξεκάθαρα) (?:γραμμένο|αναφέρεται|γράφεται|γράφει)', 'αναφέρεται (?:καθαρά|ξεκάθαρα)'],
    shouldHave: ['(?:θα )?έπρεπε να (?!είχατε)\\p{L}+(?:ετε|ατε|εις)', 'αν είχατε \\p{L}+ει'],
    period: ['μήνα\\p{L}*', 'μήνας', 'λογαριασμ\\p{L}*'],
    zeroCost: ['δεν θα σας κοστίσει (?:τίποτα|τίποτε|ούτε)', 'δεν θα (?:πληρώσετε|χρεωθείτε) (?:τίποτα|τίποτε|ούτε)'],
    enjoy: ['(?:χαιρόμαστε|χαρά μας|τέλεια) που (?:απολαμβάνετε|σας αρέσει|σας αρέσουν)'],
  },
  hi: {
    told: ['(?:हम|हमने) (?:[\\p{L}\\p{M}]+ ){0,4}?(?:बता|समझा|कह)(?:[\\p{L}\\p{M}]*)', '(?:hum|humne|hamne) (?:\\p{L}+ ){0,4}?(?:bata|samjha|keh|kah)\\p{L}*'],
    youAsked: ['(?:आप )?(?:दूसरी|तीसरी|चौथी) बार (?:यही |ये |यह )?(?:पूछ|लिख)', '(?:aap )?(?:doosri|dusri|teesri|tisri|chauthi) baar (?:yahi |ye )?(?:pooch|puch|likh)'],
    again: ['पहले भी', 'पहले ही', 'कई बार', 'बार-बार', 'बार बार', 'दोबारा', 'फिर से', 'pehle bhi', 'pehle hi', 'kai baar', 'baar baar', 'dobara', 'phir se'],
    othersFine: ['(?:बाकी|बाक़ी|दूसरे) (?:ग्राहकों|ग्राहक|लोगों)', '(?:baaki|baki|dusre|doosre) (?:customers?|grahak|log|logon)'],
    others: ['किसी और को', 'किसी और ग्राहक', 'और किसी को', 'सब यही करते', 'बाकी सब', 'kisi aur ko', 'kisi aur customer', 'aur kisi ko', 'sab yahi karte', 'baaki sab'],
    problem: ['गड़बड़', 'गड़बड़ी', 'समस्या', 'दिक्कत', 'ग़लती', 'गलती', 'problem', 'galti', 'gadbad', 'dikkat', 'samasya'],
    yourSide: ['आपकी (?:तरफ़|तरफ|ओर)', 'आपके (?:फ़ोन|फोन|डिवाइस)', 'aapki (?:taraf|side)', 'aapke (?:phone|device|side)', 'aap mein', 'aap me'],
    ourSide: ['हम में', 'हममें', 'हमारी (?:तरफ़|तरफ|गलती|ग़लती|समस्या)', 'hum mein', 'hum me', 'humari (?:taraf|galti|problem)', 'hamari (?:taraf|galti|problem)'],
    assume: ['ज़रूर', 'जरूर', 'पक्का', 'शायद', 'होगा', 'होगी', 'zaroor', 'zarur', 'pakka', 'hoga', 'hogi'],
    error: ['(?:ग़लत|गलत)(?! हो गया| हुआ)', 'ग़लती', 'गलती', 'galat(?! ho gaya| hua)', 'galti'],
    we: ['हम', 'हमने', 'हमारी', 'हमारे', 'hum', 'humne', 'hamne', 'humari', 'hamari', 'hamare', 'humare'],
    closer: ['बात (?:ख़त्म|खत्म)', 'नियम तो नियम (?:है|हैं)', 'niyam to niyam (?:hai|hain)', 'rules to rules (?:hai|hain)', 'जवाब (?:वही|वो ही) (?:है|रहेगा)', 'jawa+b (?:wahi|vahi|wohi) (?:hai|rahega)', 'और कुछ नहीं (?:कहना|कर सकते)', 'कोई (?:अपवाद|exception) नहीं', 'koi exception (?:nahi|nahin)', 'baat (?:khatam|khatm|khatma)', 'aur kuch nahi (?:kehna|kar sakte)'],
    closerAlone: [],
    policy: ['(?:पॉलिसी|नीति|नियम|नियमों) के (?:अनुसार|मुताबिक़|मुताबिक)', '(?:policy|niyam|rules) ke (?:anusaar|anusar|mutabik|hisaab se)'],
    soften: ['माफ़\\p{M}*\\p{L}*', 'माफ\\p{L}*', 'खेद', 'sorry', 'maaf\\p{L}*', 'khed', 'dm', 'समझते'],
    order: ['शांत (?:हो जाइए|हो जाइये|रहिए|रहें|हो जाएं)', 'चिल्लाइए मत', 'चिल्लाने से', 'shaa?nt (?:ho jaiye|rahiye|rahein|ho jao)', 'chillaiye mat', '(?:is tarah|aise) baat (?:karne ki|mat)', 'tameez se', 'chillane se', 'pehle padh (?:lijiye|lo|lein)', `padh (?:lijiye|lo|lein)${END}`, 'पहले पढ़ (?:लीजिए|लें|लो)'],
    stated: ['साफ़(?: साफ़)? लिखा', 'साफ(?: साफ)? लिखा', 'saaf(?: saaf)? likha', 'clearly likha'],
    shouldHave: ['(?:आपको|आपने) (?:[\\p{L}\\p{M}]+ ){0,6}?(?<!जाना )चाहिए था', '(?:aapko|aapne) (?:\\p{L}+ ){0,6}?(?<!jana )chahiye tha', 'अगर आपने (?:[\\p{L}\\p{M}]+ ){0,4}?(?:होता|होती|होते)\\p{M}*', 'agar aapne (?:\\p{L}+ ){0,4}?(?:hota|hoti|hote)n?'],
    period: ['बिल', 'महीने', 'महीना', 'bill', 'mahine', 'mahina'],
    zeroCost: ['(?:कुछ )?(?:नहीं|नही) (?:देना|भरना|चुकाना) (?:पड़ेगा|होगा)', 'एक (?:पैसा|रुपया) (?:भी )?(?:नहीं|नही)', '(?:kuch )?(?:nahi|nahin) (?:dena|bharna|chukana|pay karna) (?:padega|hoga)', 'ek (?:paisa|rupaya) (?:bhi )?(?:nahi|nahin)'],
    enjoy: ['(?:ख़ुशी|खुशी) है कि (?:[\\p{L}\\p{M}]+ ){0,4}?पसंद आ', '(?:khushi|khushee) hai ki (?:\\p{L}+ ){0,4}?pasand aa'],
  },
  hu: {
    told: ['(?:el)?(?:magyaráztuk|mondtuk|leírtuk|elmondtuk)'],
    youAsked: ['(?:már )?(?:másodszor|harmadszor|negyedszer|sokadszor) (?:kérdezi|írja|kérdezed|írod|kérdez)'],
    again: ['már', 'többször', 'többször is', 'újra', 'ismét', 'korábban', 'sokszor', '(?:két|három)szor'],
    othersFine: ['a többi ügyfél\\p{L}*', 'más ügyfel\\p{L}*'],
    others: ['senki más', 'más (?:ügyfél|ügyfelünk) nem', 'egyetlen más ügyfél', 'mint mindenki más', 'mindenki más'],
    problem: ['hiba\\p{L}*', 'problém\\p{L}*', 'gond\\p{L}*'],
    yourSide: ['önnél', 'nálad', 'az ön oldalán', 'az ön készülék\\p{L}*', 'önben', '(?:a )?(?:készülékében|telefonjában|routerében)'],
    ourSide: ['nálunk', 'bennünk', 'a mi (?:problémánk|hibánk|oldalunkon)', 'problémánk', 'hibánk'],
    assume: ['biztos(?:an)?', 'valószínűleg', 'nyilván', 'bizonyára', 'minden bizonnyal'],
    error: ['rosszul', 'hibásan', 'helytelenül', 'hibát'],
    we: ['mi', 'nálunk', 'nekünk', '\\p{L}+(?:tuk|tük|unk|ünk)'],
    closer: ['nincs mit (?:többet |tovább |ezen )?(?:megbeszélni|mondani|tárgyalni)', 'vita lezárva', 'a szabály az szabály', 'nem vagyunk jótékonysági \\p{L}+', 'a válasz nem (?:változott|változik|fog változni)', 'a válasz (?:ugyanaz|ugyanez)', 'nem teszünk kivételt', 'kivétel nincs', 'nincs kivétel'],
    closerAlone: ['ennyi', 'pont'],
    policy: ['(?:szabályzat|üzletszabályzat|feltétel|szabály)\\p{L}* szerint'],
    soften: ['sajnál\\p{L}*', 'elnézés\\p{L}*', 'bocs\\p{L}*', 'dm\\p{L}*', 'privát\\p{L}*', 'megértjük'],
    order: ['nyugodjon meg', 'nyugodj meg', 'nem kell ilyen hangnem\\p{L}*', 'válogassa meg a szavait', 'ne kiabáljon', 'ne kiabálj', 'kiabálással', `olvassa el${END}`, `olvasd el${END}`],
    stated: ['(?:világosan|egyértelműen|jól láthatóan) (?:le van írva|leírtuk|szerepel|benne van|fel van tüntetve)'],
    shouldHave: ['\\p{L}+(?:nia|nie) kellett volna', 'kellett volna \\p{L}+(?:nia|nie)', 'ha (?:\\p{L}+ ){0,3}?\\p{L}+(?:ta|te) volna'],
    period: ['hónap\\p{L}*', 'számla\\p{L}*', 'számlá\\p{L}*'],
    zeroCost: ['(?:egy )?(?:forint\\p{L}*|fillér\\p{L}*) sem (?:kerül|kell)', 'semmibe (?:sem )?(?:kerül|fog kerülni)'],
    enjoy: ['örülünk,? hogy (?:ennyire |így |ilyen jól )?(?:élvezi|tetszik|szereti)'],
  },
  es: {
    told: ['(?:se )?(?:lo |le |te )(?:hemos |habíamos )?(?:explicado|dicho)', '(?:se )?(?:lo |le |te )(?:explicamos|dijimos)', 'como (?:se )?(?:lo |le |te )(?:hemos )?(?:indicado|indicamos|comentado|comentamos)'],
    youAsked: ['(?:segunda|tercera|cuarta|quinta) vez que (?:nos )?(?:pregunta|escribe|preguntas|escribes|pregunte)'],
    again: ['ya', 'varias veces', 'muchas veces', '(?:dos|tres) veces', 'otra vez', 'de nuevo', 'antes', 'repetidamente', 'en repetidas ocasiones'],
    othersFine: ['(?:al|el) resto de (?:los )?clientes', 'los demás clientes', 'a los demás'],
    others: ['ningún otro cliente', 'nadie más', 'ningún cliente más', 'como (?:hace )?todo el mundo', 'como (?:hacen )?todos (?:los demás)?', 'al resto (?:de clientes )?le funciona'],
    problem: ['(?<!sin |ningún )problema', 'fallo', 'error', 'culpa', 'avería'],
    yourSide: ['de su (?:lado|parte)', 'de tu (?:lado|parte)', 'en su (?:móvil|teléfono|terminal|router|equipo|lado)', 'en tu (?:móvil|teléfono|router|lado)'],
    ourSide: ['en nosotros', 'problema nuestro', 'culpa nuestra', 'de nuestra parte', 'de nuestro lado'],
    assume: ['seguro que', 'seguramente', 'sin duda', 'probablemente', 'debe (?:de )?haber', 'habrá'],
    error: ['(?<!salió |sale |ha salido )mal', 'incorrectamente', 'erróneamente', 'un error', 'equivoc\\p{L}*'],
    we: ['nosotros', 'nuestr\\p{L}*', '\\p{L}+(?:amos|emos|imos)'],
    closer: ['no hay (?:nada )?más que (?:hablar|discutir|decir)', 'no hay nada más (?:que|de) (?:hablar|discutir|decir)', 'fin de la (?:discusión|conversación)', 'las normas son las normas', 'no somos una ong', 'la respuesta no (?:ha cambiado|cambia|va a cambiar)', 'la respuesta (?:es|sigue siendo) la misma', 'no hacemos excepciones', 'punto final', 'sin excepciones'],
    closerAlone: ['punto'],
    policy: ['según (?:nuestra|la) política', 'según (?:nuestras|las) (?:normas|condiciones)', 'por política (?:de la empresa|interna)', 'conforme a (?:nuestra|la) política'],
    soften: ['lo sentimos', 'sentimos', 'lamentamos', 'disculp\\p{L}*', 'perd[oó]n\\p{L}*', 'dm', 'privado', 'entendemos'],
    order: ['tranquilícese', 'tranquilízate', 'no hace falta ese tono', 'baje el tono', 'cuide su tono', 'cálmese', 'cálmate', 'no grite', 'no grites', 'a gritos', `léal[oa]s?${END}`, `léel[oa]s?${END}`],
    stated: ['está (?:clarísimo|muy claro|bien claro)', 'claramente (?:indicado|escrito|explicado)', 'lo pone (?:bien |muy )?claro'],
    shouldHave: ['deber[ií]a(?:s)? haber (?!recibido|sido)\\p{L}+(?:ado|ido)', 'tendr[ií]a(?:s)? que haber (?!recibido)\\p{L}+', 'si hubiera(?:s)? (?:\\p{L}+ ){0,2}?\\p{L}+(?:ado|ído|ido)'],
    period: ['mes', 'meses', 'factura\\p{L}*', 'recibo'],
    zeroCost: ['no (?:le|te) (?:costará|va a costar) (?:ni un|nada)', 'no (?:tendrá|tendrás) que pagar (?:nada|ni)'],
    enjoy: ['(?:nos )?(?:alegra|encanta|gusta) que (?:\\p{L}+ )?(?:disfrute|disfrutes|le guste|te guste)'],
  },
  de: {
    told: ['(?:das |es )?haben wir (?:ihnen |dir )?(?:\\p{L}+ ){0,2}?(?:gesagt|erklärt|mitgeteilt)', 'wie wir (?:ihnen |dir )?(?:\\p{L}+ ){0,2}?(?:gesagt|erklärt|mitgeteilt|geschrieben) haben'],
    youAsked: ['(?:fragen|schreiben) sie (?:\\p{L}+ ){0,2}?zum (?:zweiten|dritten|vierten|x-ten|wiederholten) mal', 'zum (?:zweiten|dritten|vierten|x-ten) mal,? dass sie'],
    again: ['schon', 'bereits', 'mehrfach', 'mehrmals', 'wiederholt', 'nochmal', 'noch einmal', 'erneut', '(?:zwei|drei)mal', 'oft genug'],
    othersFine: ['andere kunden', 'alle anderen'],
    others: ['sonst (?:hat |hatte )?niemand', 'niemand sonst', 'kein anderer kunde', 'keine anderen kunden', 'wie alle anderen(?: auch)?', 'bei allen anderen'],
    problem: ['(?<!kein )problem', 'fehler', 'schuld', 'es liegt', 'das liegt', 'liegt es'],
    yourSide: ['(?:an|bei) ihrem (?:gerät|handy|router|telefon|anschluss)', 'an ihnen', 'auf ihrer seite', 'an dir'],
    ourSide: ['bei uns', 'an uns', 'unser problem', 'unsere schuld', 'unser fehler', 'auf unserer seite'],
    assume: ['bestimmt', 'sicher(?:lich)?', 'wohl', 'wahrscheinlich', 'offenbar', 'garantiert'],
    error: ['(?<!wurde |wurden |ist |sind )falsch', 'verkehrt', 'einen fehler'],
    we: ['wir', 'uns', 'unser\\p{L}*'],
    closer: ['mehr gibt es (?:dazu |da )?nicht zu sagen', 'da gibt es nichts (?:mehr )?zu (?:diskutieren|besprechen)', 'ende der diskussion', 'regeln sind regeln', 'wir sind (?:doch )?keine wohlfahrt', 'die antwort (?:bleibt|ist) (?:dieselbe|die gleiche|gleich)', 'die antwort hat sich nicht geändert', 'keine ausnahmen?', 'basta'],
    closerAlone: ['punkt', 'schluss'],
    policy: ['laut (?:unseren|unserer|den) (?:richtlinien|agb|bedingungen|regeln|vorgaben)', 'gemäß (?:unseren|unserer|den) (?:richtlinien|agb|bedingungen|regeln)'],
    soften: ['tut uns leid', 'leid', 'entschuldig\\p{L}*', 'sorry', 'bedauern', 'dm', 'privat\\p{L}*', 'verstehen'],
    order: ['beruhigen sie sich', 'beruhig dich', 'nicht in diesem ton', 'achten sie auf ihren ton', 'schreien sie nicht', 'mit geschrei', 'lesen sie (?:es |das )?nach', `lesen sie (?:es|das|sie)${END}`],
    stated: ['steht (?:doch )?(?:klar|deutlich|eindeutig)', '(?:klar|deutlich|eindeutig) (?:angegeben|beschrieben|geschrieben|erklärt)'],
    shouldHave: ['sie hätten (?:(?!werden)\\p{L}+ ){0,6}?sollen', 'hätten sie (?:(?!werden)\\p{L}+ ){0,6}?sollen', 'wenn sie (?:\\p{L}+ ){0,5}?(?:gelesen|geprüft|geschaut|angerufen|beachtet) hätten'],
    period: ['monat\\p{L}*', 'rechnung\\p{L}*'],
    zeroCost: ['kostet (?:sie|dich) (?:keinen (?:cent|euro|pfennig)|nichts)', 'müssen (?:sie|du) (?:dafür )?nichts (?:\\p{L}+ )?(?:zahlen|bezahlen)', 'zahlen sie (?:keinen cent|nichts)'],
    enjoy: ['(?:schön|toll|freut uns),? dass (?:ihnen|dir) (?:\\p{L}+ ){0,5}?(?:gefällt|gefallen)', '(?:schön|toll|freut uns),? dass sie (?:\\p{L}+ ){0,3}?genießen'],
  },
  fr: {
    told: ["(?:nous |on )vous l'(?:avons|a) (?:\\p{L}+ ){0,2}?(?:dit|expliqué|précisé)", "(?:nous |on )vous (?:avons|a) (?:\\p{L}+ ){0,2}?(?:dit|expliqué)", 'comme (?:nous|on) vous (?:l\'|les )?(?:avons|a) (?:\\p{L}+ ){0,2}?(?:dit|expliqué|indiqué)'],
    youAsked: ['(?:deuxième|troisième|quatrième|énième) fois que vous (?:nous )?(?:posez|demandez|écrivez|répétez)'],
    again: ['déjà', 'plusieurs fois', 'à plusieurs reprises', 'maintes fois', '(?:deux|trois) fois', 'encore', 'auparavant'],
    othersFine: ['les autres clients', 'tous les autres'],
    others: ['aucun autre client', 'personne d\'autre', 'comme tout le monde', 'tous les autres clients'],
    problem: ['(?<!pas de |aucun )problème', 'souci', 'erreur', 'faute', 'panne'],
    yourSide: ['chez vous', 'de votre (?:côté|part)', 'de ton côté', 'chez toi'],
    ourSide: ['de nous', 'chez nous', 'notre (?:problème|faute|côté)', 'de notre (?:côté|part)'],
    assume: ['sûrement', 'sans doute', 'vous avez d[ûu]', 'probablement', 'certainement', 'forcément'],
    error: ["(?<!notre )erreur(?! s'est| technique| de notre| de facturation)", '(?<!est |sont )mal', 'tromp\\p{L}*'],
    we: ['nous', 'notre', 'nos', 'on'],
    closer: ['point final', 'point barre', "(?:il n'y a|y a) rien (?:de plus|d'autre) à (?:discuter|dire|ajouter)", 'fin de la discussion', 'les règles sont les règles', 'nous ne sommes pas une (?:association|œuvre) caritative', "la réponse n'a pas changé", 'la réponse (?:ne change pas|reste la même|est la même)', 'sans exception', 'aucune exception'],
    closerAlone: [],
    policy: ['conformément à (?:notre|la) politique', 'selon (?:notre|la) politique', 'selon nos (?:conditions|règles)', 'en vertu de (?:notre|la) politique'],
    soften: ['désolé\\p{L}*', 'pardon', 'excus\\p{L}*', 'navré\\p{L}*', 'dm', 'privé', 'comprenons'],
    order: ['calmez-vous', 'calme-toi', 'sur ce ton', 'surveillez votre (?:ton|langage)', 'ne criez pas', 'en criant', `lisez-l(?:e|a|es)${END}`, 'lisez-l(?:e|a|es) d\'abord'],
    stated: ['écrit (?:clairement|noir sur blanc)', 'clairement (?:indiqué|écrit|précisé|expliqué)', 'indiqué (?:clairement|noir sur blanc)'],
    shouldHave: ['il fallait (?!nous)\\p{L}+(?:er|re|ir)', 'il aurait fallu (?:\\p{L}+ )?\\p{L}+(?:er|re|ir)', 'vous auriez d[ûu] (?!être)', 'si vous aviez (?:\\p{L}+ ){0,2}?\\p{L}+(?:é|u|i|it)'],
    period: ['mois', 'factures?'],
    zeroCost: ['ne vous coûtera (?:pas un (?:centime|euro|sou)|rien)', "n'aurez rien à payer", 'ne vous sera pas facturé\\p{L}*'],
    enjoy: ['(?:ravis|contents|heureux) que (?:notre |nos |la |le |les )?(?:\\p{L}+ )?vous plaise\\p{L}*', '(?:ravis|contents|heureux) que vous (?:appréciiez|aimiez|profitiez)'],
  },
  pt: {
    told: ['(?:lhe|te|vos) (?:explicámos|explicamos|dissemos)', '(?:lhe|te) (?:temos|tínhamos) (?:explicado|dito)', 'como (?:lhe |te )?(?:indicámos|indicamos|dissemos|explicámos)'],
    youAsked: ['(?:segunda|terceira|quarta|quinta) vez que (?:nos )?(?:pergunta|escreve|perguntas|escreves)'],
    again: ['já', 'várias vezes', 'muitas vezes', '(?:duas|três) vezes', 'outra vez', 'de novo', 'antes', 'repetidamente'],
    othersFine: ['os outros clientes', 'os restantes clientes'],
    others: ['mais nenhum cliente', 'nenhum outro cliente', 'ninguém mais', 'mais ninguém', 'como toda a gente', 'como todo (?:o )?mundo', 'como todos os outros'],
    problem: ['(?<!sem |nenhum )problema', 'falha', 'erro', 'culpa', 'avaria'],
    yourSide: ['do seu lado', 'da sua parte', 'do teu lado', '(?:no|do) seu (?:telemóvel|telefone|equipamento|router)'],
    ourSide: ['do nosso lado', 'da nossa parte', 'problema nosso', 'culpa nossa', 'em nós'],
    assume: ['com certeza', 'certamente', 'de certeza', 'provavelmente', 'deve ter', 'se calhar'],
    error: ['errad\\p{L}*', '(?<!correu |deu |corre )mal', 'incorretamente'],
    we: ['nós', 'noss\\p{L}*', '\\p{L}+(?:amos|emos|ámos|êmos|imos)'],
    closer: ['não há (?:mais )?nada (?:mais )?a (?:dizer|discutir|acrescentar)', 'ponto final', 'fim de conversa', 'regras são regras', 'não somos (?:uma )?(?:instituição de )?caridade', 'a resposta não (?:mudou|muda|vai mudar)', 'a resposta (?:é|continua a ser) a mesma', 'sem exceções', 'não (?:abrimos|fazemos) exceções'],
    closerAlone: [],
    policy: ['de acordo com a nossa política', 'segundo a nossa política', 'pela nossa política', 'conforme a nossa política'],
    soften: ['lamenta\\p{L}*', 'desculp\\p{L}*', 'perdão', 'dm', 'privad\\p{L}*', 'compreendemos'],
    order: ['acalme-se', 'acalma-te', 'não precisa (?:de )?(?:usar )?esse tom', 'modere o (?:tom|linguagem)', 'não grite', 'aos gritos', `leia(?:-o|-a|-os)?${END}`],
    stated: ['bem explícito', 'está (?:bem|muito) claro', 'claramente (?:indicado|escrito|explicado)'],
    shouldHave: ['devia ter (?!recebido|sido)\\p{L}+(?:ado|ido)', 'deveria ter (?!recebido|sido)\\p{L}+(?:ado|ido)', 'tinha (?:de|que) ter \\p{L}+(?:ado|ido)', 'se tivesse (?:\\p{L}+ ){0,2}?\\p{L}+(?:ado|ido)'],
    period: ['mês', 'meses', 'fatura\\p{L}*'],
    zeroCost: ['não (?:lhe|te) (?:vai custar|custará) (?:um|nada)', 'não (?:vai|terá) (?:de|que) pagar nada'],
    enjoy: ['(?:ainda bem|que bom|fico contente|ficamos contentes) que (?:\\p{L}+ )?(?:esteja|estejas|está) a (?:gostar|aproveitar)', '(?:ainda bem|que bom) que (?:\\p{L}+ )?(?:goste|gostes)'],
  },
};

export { AFTER_STOP };
