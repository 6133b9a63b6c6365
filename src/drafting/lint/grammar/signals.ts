/**
 * Signal word classes for the context rules (../context.ts): words that are harmless in
 * themselves but mock a complaint ("congratulations", "lol", "clearly you…", "sure…") or
 * pitch to a customer who just praised us ("our new…", "have a look at…", a price).
 * The rules weigh them against the post's kind, so the classes can stay broad: they are
 * the structure of a sarcastic reply or a pitch, not memorised wordings.
 * Patterns are regex source fragments matched whole-word and case-insensitively.
 */
export interface LangSignals {
  /** Congratulation and applause: sincere only when the customer has good news (praise). */
  congrats: string[];
  /** Mock admiration of the customer's endurance ("impressive", "what patience!"). */
  admire: string[];
  /** Astonishment ("wow"): at a complaint, with no apology in the reply, it mocks. */
  wow: string[];
  /** Apologies: a reply that apologises is not mocking with "wow". */
  sorry: string[];
  /** Laughter words ("lol", "jaja", "mdr"): at a complaint, laughing at the customer. */
  laugh: string[];
  /** Evidential adverbs ("clearly", "apparently"): aimed at the customer they mock. */
  evident: string[];
  /** Ironic agreement ("sure", "of course", "yeah right"): followed by an ellipsis it mocks. */
  affirm: string[];
  /** Second person: an evidential or scare quote aimed at the customer. */
  you: string[];
  /** Interface verbs: a quoted word after them is a menu label, not a scare quote. */
  ui: string[];
  /** First-person plural: an evidential about what *we* do is sincere ("obviously we want to help"). */
  we: string[];
  /** Soft calls to look or try ("have a look at", "discover", "check out", "try"). */
  nudge: string[];
  /** "Our new …", "our latest …": a product being shown off. */
  ours: string[];
  /** Products and offers a pitch is about. */
  product: string[];
  /** Referral schemes: a pitch by themselves. */
  refer: string[];
}

export const SIGNALS: Record<string, LangSignals> = {
  en: {
    congrats: ['congrat\\p{L}*', 'bravo', 'well done', 'kudos', 'hats off', 'slow clap', 'round of applause'],
    admire: ['impressive(?: stamina| dedication| patience)?', 'what (?:patience|stamina|dedication|commitment|perseverance)', '(?:amazing|admirable|great) (?:stamina|dedication|perseverance)', 'respect', 'luckiest', 'most fortunate', '(?:a|such a|real) (?:talent|gift|knack) for'],
    wow: ['wow+', 'whoa', 'woah'],
    sorry: ['sorry', 'apologi\\p{L}*', 'apologies'],
    laugh: ['lol+', 'lmf?ao+', 'rofl', 'ha(?:ha)+h?', 'he(?:he)+', 'hah'],
    evident: ['clearly', 'obviously', 'apparently', 'evidently', 'seemingly'],
    affirm: ['sure', 'of course', 'yeah', 'yes', 'right', 'riiight', 'totally', 'absolutely'],
    you: ['you', "you're", "you've", "you'd", 'yourself'],
    ui: ['tap', 'click', 'select', 'choose', 'press', 'type', 'search for', 'go to', 'open', 'called', 'named', 'labelled', 'labeled', 'reads', 'says'],
    we: ['we', "we're", "we'd", "we'll", "we've"],
    nudge: ['did you know', 'check out', 'have a look at', 'take a look at', 'discover', 'explore', 'try', 'meet', 'say hello to'],
    ours: ['our (?:new|newest|latest|brand-new|brand new)'],
    product: ['plans?', 'tariffs?', 'bundles?', 'packages?', 'subscriptions?', 'offers?', 'deals?', 'premium', 'unlimited', 'phones?', 'handsets?', 'routers?', 'range', 'collection', 'add-ons?'],
    refer: ['refer (?:a|your|\\d+) (?:friend|mate)s?', '(?:invite|bring) (?:a|your) (?:friend|mate)s?'],
  },
  el: {
    congrats: ['συγχαρ\\p{L}*', 'μπράβο', 'εύγε', 'χειροκρότημα'],
    admire: ['τι υπομονή', 'εντυπωσιακ\\p{L}*', 'αξιοθαύμαστ\\p{L}*', '(?:πολλή|μεγάλη) υπομονή (?:έχετε|έχεις)', 'πιο τυχερ\\p{L}*', 'ταλέντο'],
    wow: ['ουάου'],
    sorry: ['λυπ\\p{L}*', 'συγγνώμη', 'συγνώμη', 'ζητούμε συγγνώμη'],
    laugh: ['χα(?:χα)+', 'χαχ', 'lol+', 'ha(?:ha)+'],
    evident: ['προφανώς', 'φανερά', 'απ\' ό,?τι φαίνεται', 'όπως φαίνεται', 'μάλλον'],
    affirm: ['σίγουρα', 'φυσικά', 'ναι', 'βεβαίως', 'ασφαλώς', 'καλά'],
    you: ['σας', 'εσείς', 'σου', 'εσύ', '\\p{L}+ετε'],
    ui: ['πατήστε', 'επιλέξτε', 'πληκτρολογήστε', 'ανοίξτε', 'πηγαίνετε στο', 'λέει'],
    we: ['εμείς', 'θα \\p{L}+ουμε', '\\p{L}+ουμε', '\\p{L}+αμε'],
    nudge: ['ξέρατε ότι', 'δείτε', 'ρίξτε μια ματιά', 'ανακαλύψτε', 'γνωρίστε', 'δοκιμάστε', 'τσεκάρετε'],
    ours: ['(?:το|τη|την|τα|τις|τον|οι|ο|η) (?:νέο|νέα|νέες|νέους|καινούργι\\p{L}*|ολοκαίνουργι\\p{L}*) μας', 'νέ\\p{L}* μας'],
    product: ['πρόγραμμ\\p{L}*', 'πακέτ\\p{L}*', 'προσφορ\\p{L}*', 'συνδρομ\\p{L}*', 'κινητ\\p{L}*', 'premium', 'unlimited'],
    refer: ['(?:φέρτε|συστήστε|προτείνετε) (?:μας )?(?:σε )?(?:έναν |μια )?φίλ\\p{L}*'],
  },
  hi: {
    congrats: ['बधाई', 'मुबारक', 'शाबाश', 'badhaa?i', 'mubarak', 'shaa?baa?sh', 'congrat\\p{L}*'],
    admire: ['(?:काफ़ी|काफी|बहुत|क्या) (?:धैर्य|सब्र|हिम्मत)', '(?:kaafi|kafi|bahut|kya) (?:patience|dhairya|sabr|himmat)', 'impressive', 'सबसे भाग्यशाली', 'सबसे (?:लकी|क़िस्मतवाले|किस्मतवाले)', 'sabse (?:lucky|bhagyashali|kismat\\p{L}*)', 'talent hai', 'टैलेंट है', 'प्रतिभा है'],
    wow: ['वाह', 'wa+h', 'wow+', 'arre wah'],
    sorry: ['माफ़\\p{L}*', 'माफ\\p{L}*', 'खेद', 'sorry', 'maaf\\p{L}*', 'khed', 'maafi'],
    laugh: ['हा(?:हा)+', 'हे(?:हे)+', 'lol+', 'ha(?:ha)+', 'he(?:he)+', 'lmao'],
    evident: ['ज़ाहिर है', 'जाहिर है', 'साफ़ है', 'लगता है', 'za+hir hai', 'saaf hai', 'lagta hai', 'clearly', 'obviously'],
    affirm: ['हाँ', 'हां', 'बिल्कुल', 'ज़रूर', 'बेशक', 'haa?n', 'bilkul', 'zaroor', 'beshak', 'sure', 'of course'],
    you: ['आप', 'आपके', 'आपका', 'आपकी', 'आपको', 'तुम', 'aap', 'aapke', 'aapka', 'aapki', 'aapko', 'tum'],
    ui: ['दबाएं', 'दबाइए', 'चुनें', 'चुनिए', 'टाइप करें', 'खोलें', 'tap (?:karein|kijiye)', 'select (?:karein|kijiye)', 'dabaye?in', 'chunein'],
    we: ['हम', 'hum'],
    nudge: ['क्या आप जानते हैं', 'देखें', 'देखिए', 'देखिये', 'आज़माएं', 'चेक करें', 'ज़रूर देखें', 'check (?:karein|kijiye|karo)', 'dekhein', 'dekhiye', 'try (?:karein|kijiye)', 'zaroor check'],
    ours: ['(?:हमारा|हमारी|हमारे) (?:नया|नई|नए)', '(?:hamara|hamari|hamare) (?:naya|nayi|nai|naye)'],
    product: ['प्लान', 'पैक', 'ऑफ़र', 'ऑफर', 'फ़ोन', 'premium', 'प्रीमियम', 'plans?', 'pack', 'offers?', 'phones?', 'unlimited'],
    refer: ['(?:दोस्त|दोस्तों|मित्र)(?: को)? (?:रेफ़र|रेफर)', 'रेफ़र करें', 'रेफर करें', '(?:dost|doston)(?: ko)? refer', 'refer (?:karein|kijiye|karo)'],
  },
  hu: {
    congrats: ['gratul\\p{L}*', 'bravó', 'le a kalappal', 'szép munka'],
    admire: ['(?:szép|micsoda|komoly) kitartás', 'lenyűgöző', 'le a kalappal', 'irigylésre méltó türelem', 'legszerencsésebb\\p{L}*', 'tehetség\\p{L}* van'],
    wow: ['hűha', 'azta', 'wow+'],
    sorry: ['sajnál\\p{L}*', 'elnézés\\p{L}*', 'bocs\\p{L}*'],
    laugh: ['haha\\p{L}*', 'hehe\\p{L}*', 'lol+', 'xd'],
    evident: ['úgy látszik', 'úgy tűnik', 'láthatóan', 'nyilván(?:valóan)?', 'szemmel láthatóan'],
    affirm: ['persze', 'hát persze', 'naná', 'hogyne', 'igen', 'ja', 'aha'],
    you: ['ön\\p{L}*', 'maga', 'magának', 'neked', 'te'],
    ui: ['koppintson', 'kattintson', 'válassza', 'nyomja meg', 'írja be', 'nyissa meg', 'menüpont\\p{L}*'],
    we: ['mi', 'nekünk', 'minket', '\\p{L}+(?:juk|jük|unk|ünk)'],
    nudge: ['tudta,? hogy', 'nézze meg', 'nézd meg', 'tekintse meg', 'ismerje meg', 'próbálja ki', 'fedezze fel', 'vessen egy pillantást'],
    ours: ['(?:új|legújabb) \\p{L}*(?:unk|ünk|unkat|ünket|unkra|ünkre)\\p{L}*', '(?:az )?új(?:donság)? \\p{L}+ \\p{L}+unkat'],
    product: ['csomag\\p{L}*', 'tarifá\\p{L}*', 'előfizetés\\p{L}*', 'ajánlat\\p{L}*', 'akció\\p{L}*', 'premium\\p{L}*', 'prémium\\p{L}*', 'unlimited', 'telefon\\p{L}*'],
    refer: ['ajánl\\p{L}* (?:minket )?(?:egy )?barát\\p{L}*', 'hívj?(?:a|on)? meg (?:egy )?barát\\p{L}*'],
  },
  es: {
    congrats: ['enhorabuena', 'felicidades', 'felicitaciones', 'bravo', 'chapó', 'olé'],
    admire: ['qué (?:paciencia|aguante|constancia|perseverancia)', 'impresionante', 'admirable', 'con más suerte', 'más afortunad\\p{L}*', 'un don para', 'talento para'],
    wow: ['guau', 'uau', 'wow+'],
    sorry: ['lo sentimos', 'lo siento', 'perd[oó]n\\p{L}*', 'disculpa\\p{L}*', 'lamentamos'],
    laugh: ['ja(?:ja)+', 'je(?:je)+', 'jaj', 'lol+', 'xd'],
    evident: ['está claro que', 'claramente', 'obviamente', 'evidentemente', 'por lo visto', 'al parecer', 'se ve que', 'parece que'],
    affirm: ['sí', 'claro', 'sí,? claro', 'por supuesto', 'seguro', 'ya', 'vale'],
    you: ['tú', 'te', 'ti', 'usted(?:es)?', 'tienes', 'sobra'],
    ui: ['toca', 'toque', 'pulsa', 'pulse', 'selecciona', 'seleccione', 'elige', 'elija', 'escribe', 'abre', 've a', 'llamad[oa]', 'pone'],
    we: ['nosotros', '\\p{L}+(?:amos|emos|imos)'],
    nudge: ['¿?sabías que', 'echa un vistazo', 'eche un vistazo', 'échale un (?:ojo|vistazo)', 'descubre', 'descubra', 'mira', 'mire', 'conoce', 'conozca', 'prueba', 'pruebe'],
    ours: ['nuestr[oa]s? (?:nuev[oa]s?|últim[oa]s?)'],
    product: ['tarifa\\p{L}*', 'plan(?:es)?', 'paquete\\p{L}*', 'ofert\\p{L}*', 'promoci\\p{L}*', 'premium', 'unlimited', 'móvil(?:es)?', 'terminal(?:es)?'],
    refer: ['(?:invita|trae|recomienda)\\p{L}* (?:a )?(?:un |tus |una )?amig\\p{L}*'],
  },
  de: {
    congrats: ['glückwunsch', 'herzlichen glückwunsch', 'gratul\\p{L}*', 'bravo', 'respekt', 'hut ab', 'applaus'],
    admire: ['respekt(?: für ihre \\p{L}+)?', 'beeindruckend', 'was für (?:eine )?(?:ausdauer|geduld)', 'bewundernswert', 'glücklichste\\p{L}*', 'talent dafür', 'ein talent'],
    wow: ['wow+', 'boah', 'donnerwetter'],
    sorry: ['tut uns leid', 'entschuldig\\p{L}*', 'sorry', 'bedauern'],
    laugh: ['haha\\p{L}*', 'hehe\\p{L}*', 'lol+', 'xd'],
    evident: ['offensichtlich', 'offenbar', 'anscheinend', 'scheinbar', 'sichtlich', 'wohl'],
    affirm: ['ja', 'ja klar', 'klar', 'sicher', 'natürlich', 'na klar', 'genau', 'schon klar'],
    you: ['sie', 'ihnen', 'du', 'dir', 'dich'],
    ui: ['tippen sie(?: auf)?', 'klicken sie(?: auf)?', 'wählen sie', 'drücken sie', 'geben sie', 'öffnen sie', 'gehen sie (?:auf|zu)', 'namens', 'steht'],
    we: ['wir'],
    nudge: ['wussten sie(?: schon)?', 'schauen sie sich', 'schau dir', 'entdecken sie', 'entdecke', 'werfen sie einen blick', 'testen sie', 'probieren sie', 'lernen sie'],
    ours: ['unser\\p{L}* (?:neu\\p{L}*|brandneu\\p{L}*)'],
    product: ['\\p{L}*tarif\\p{L}*', 'paket\\p{L}*', 'angebot\\p{L}*', 'aktion\\p{L}*', 'abo\\p{L}*', 'premium', 'unlimited', 'handys?', 'smartphones?'],
    refer: ['freunde? werben', '(?:empfehlen|werben) sie (?:uns )?(?:einen |ihre )?freund\\p{L}*'],
  },
  fr: {
    congrats: ['félicitations', 'bravo', 'chapeau', 'bien joué', 'applaudissements'],
    admire: ['quelle (?:patience|persévérance|endurance|constance)', 'impressionnant\\p{L}*', 'admirable', 'respect', '(?:la|le) plus chanceu\\p{L}*', '(?:un )?(?:vrai )?talent pour'],
    wow: ['waouh', 'wow+', 'ouah', 'ouaou'],
    sorry: ['désolé\\p{L}*', 'pardon', 'excus\\p{L}*', 'navré\\p{L}*'],
    laugh: ['mdr+', 'ptdr+', 'lol+', 'ha(?:ha)+', 'hi(?:hi)+', 'xd'],
    evident: ['visiblement', 'apparemment', 'évidemment', 'clairement', 'manifestement', 'de toute évidence'],
    affirm: ['oui', 'mais oui', 'bien sûr', 'évidemment', 'c\'est ça', 'ben voyons', 'sûr'],
    you: ['vous', 'tu', 'te'],
    ui: ['appuyez sur', 'cliquez sur', 'sélectionnez', 'choisissez', 'tapez', 'ouvrez', 'allez dans', 'intitulé\\p{L}*', 'indique'],
    we: ['nous', 'on'],
    nudge: ['(?:saviez-vous|vous saviez) que', 'découvrez', 'découvre', 'jetez un (?:œil|oeil|coup d\'œil|coup d\'oeil)', 'regardez', 'essayez', 'testez'],
    ours: ['(?:notre|nos) (?:nouveau|nouvel|nouvelle|nouveaux|nouvelles|dernier|dernière)'],
    product: ['forfait\\p{L}*', 'offre\\p{L}*', 'abonnement\\p{L}*', 'pack', 'premium', 'unlimited', 'mobiles?', 'smartphones?'],
    refer: ['parrain\\p{L}*', 'invitez (?:un |vos )?ami\\p{L}*'],
  },
  pt: {
    congrats: ['parabéns', 'bravo', 'muito bem', 'palmas'],
    admire: ['que (?:paciência|persistência|resistência|perseverança)', 'impressionante', 'admirável', 'mais (?:sortud|afortunad)\\p{L}*', '(?:mesmo )?jeito para', 'talento para'],
    wow: ['uau', 'wow+'],
    sorry: ['lamenta\\p{L}*', 'desculp\\p{L}*', 'perdão', 'sentimos muito'],
    laugh: ['k{3,}', 'rs(?:rs)+', 'ah(?:ah)+', 'ha(?:ha)+', 'he(?:he)+', 'lol+'],
    evident: ['pelos vistos', 'pelo visto', 'obviamente', 'claramente', 'evidentemente', 'aparentemente', 'está claro que', 'vê-se que'],
    affirm: ['pois', 'pois claro', 'claro', 'claro que sim', 'sim', 'com certeza', 'certo'],
    you: ['você', 'vocês', 'te', 'tu', 'o senhor', 'a senhora', 'tem', 'tens'],
    ui: ['toque em', 'carregue em', 'clique em', 'selecione', 'escolha', 'escreva', 'abra', 'vá a', 'chamad[oa]', 'diz'],
    we: ['nós', '\\p{L}+(?:amos|emos|imos)'],
    nudge: ['sabia que', 'conheça', 'conhece', 'descubra', 'descobre', 'veja', 'vê', 'espreite', 'experimente', 'dê uma vista de olhos'],
    ours: ['(?:o|a|os|as) noss[oa]s? (?:nov[oa]s?|últim[oa]s?)', 'nosso novo', 'nossa nova'],
    product: ['tarifário\\p{L}*', 'plano\\p{L}*', 'pacote\\p{L}*', 'ofert\\p{L}*', 'promoç\\p{L}*', 'premium', 'unlimited', 'telemóve\\p{L}*', 'celular\\p{L}*'],
    refer: ['(?:traga|convide|recomende)\\p{L}* (?:um |uma |os seus |a )?amig\\p{L}*'],
  },
};
