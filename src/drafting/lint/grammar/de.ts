import type { LangGrammar } from './types.js';

const W = '(?:\\p{L}+ )';
const COST = '(?:gebühr|kosten|betrag|beträge|rechnung|reparatur|zuschlag)\\p{L}*';

export const de: LangGrammar = {
  promise: {
    commit: [
      'werden', 'wird', 'werde', 'wir \\p{L}+en', '\\p{L}+en wir', `haben ${W}{0,4}?(?:ge\\p{L}+t|\\p{L}+iert)`, 'sofort', 'umgehend', 'garantier\\p{L}*', 'versproch\\p{L}*', 'versprechen',
      '(?:erhalten|bekommen) sie', 'läuft', 'geht', 'vor ihrer (?:tür|haustür)',
    ],
    negate: ['nicht (?:versprechen|garantieren|zusagen|besprechen|anbieten)', `(?:können|kann|dürfen) (?:wir|ich) ${W}{0,3}?(?:nicht|keine?)`, 'öffentlich', 'ob', 'falls', 'eventuell', 'vielleicht', 'möglich\\p{L}*'],
    refund: ['(?:rück|zurück)?erstatt\\p{L}*', 'geld zurück', 'rückzahl\\p{L}*', 'zurück(?:zahl|überweis|buch|gebucht|überwies)\\p{L}*', `(?:zahlen|überweisen|buchen|geben) (?:wir )?${W}{0,4}?zurück`],
    compensation: [
      'gutschr\\p{L}*', 'gutgeschrieben', `schreiben ${W}{0,5}?gut`, 'entschädig\\p{L}*', 'kompens\\p{L}*', 'gutschein\\p{L}*', 'rabatt\\p{L}*', 'nachlass', 'kulanz\\p{L}*', 'erlass\\p{L}*',
      `(?:streich|storn|übernehm|übernomm|erlass)\\p{L}* ${W}{0,3}?${COST}`, `${COST} ${W}{0,2}?(?:streichen|gestrichen|storniert|stornieren|erlassen|übernehmen|übernommen)`,
      '(?:zum )?halben preis', 'gratis', 'kostenlos\\p{L}*', 'abzieh\\p{L}*', 'geht auf uns',
    ],
    freeProduct: ['kostenlos\\p{L}*', 'gratis', 'kostenfrei\\p{L}*', `ohne ${W}?(?:kosten|aufpreis|zuzahlung)`, 'ersatz(?:gerät|handy|router)\\p{L}*', 'neues? (?:gerät|handy|telefon|router|ladegerät)'],
    fix: [`(?:netz|signal|empfang|verbindung|internet|leitung|dienst)\\p{L}* (?:[\\p{L}\\p{N}]+ ){0,5}?(?:wieder da|zurück|kommt wieder)`, '(?:ist|sind) (?:[\\p{L}\\p{N}]+ ){0,5}?wieder da', 
      'beh(?:e|o)b\\p{L}*', 'gelöst', 'lösen', 'löst', 'repar\\p{L}*', 'wiederhergestellt', 'wiederherstell\\p{L}*', `(?:läuft|laufen|funktioniert|funktionieren|geht|gehen) ${W}{0,3}?wieder`,
      `(?:ist|sind|steht|stehen) ${W}{0,3}?wieder (?:online|da|verfügbar|erreichbar|stabil)`, 'wieder (?:laufen|funktionieren|online|verfügbar|erreichbar|stabil)', 'in ordnung', 'entstört', 'gefixt',
    ],
    time: [
      '(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\p{L}*', 'morgen(?:früh|abend|mittag)?', 'heute noch', 'übermorgen',
      `bis ${W}?(?:ende|mittag|abend|nachmittag|wochenende|\\d)`, '(?:innerhalb|binnen) (?:von )?(?:der nächsten )?(?:\\d+|einer|zwei|drei) (?:stunden?|tagen?|minuten?)',
      'in (?:\\d+|einer|zwei|drei) (?:stunden?|tagen?|minuten?)', 'nächste woche', 'diese woche', '(?:bis|spätestens um) \\d{1,2}(?:[:.]\\d\\d)?(?: uhr)?',
      '\\d{1,2}\\. ?(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)', 'spätestens',
    ],
    since: ['seit', 'letzte[nm]?', 'gestern', 'vorige[nm]?', 'vergangene[nm]?'],
    exempt: ['status', 'auf dem laufenden', 'informieren (?:sie|dich)', 'melden uns'],
    gift: ['(?:machen|bringen) (?:\\p{L}+ ){0,6}?wieder (?:gut|in ordnung)', 'wiedergutmach\\p{L}*', `(?:differenz|betrag|geld|gebühr)\\p{L}* ${W}{0,5}?(?:wieder |zurück )?auf (?:ihre|ihr|ihrem|ihrer|deine|dein|deinem) (?:karte|konto|kreditkarte)`, '(?:geht|gehen) auf uns', 'auf unsere kosten', '(?:zahlen|bezahlen) sie nicht', 'müssen sie nicht (?:mehr )?(?:be)?zahlen', `(?:bekommen|erhalten) sie ${W}{0,4}?zurück`, `(?:gebühr|geld|betrag|beträge|kosten)\\p{L}* ${W}{0,6}?zurück`],
    private: ['direktnachricht\\p{L}*', 'per dm', 'privatnachricht\\p{L}*', 'privat', 'dm'],
  },
  not: ['nicht', 'kein\\p{L}*', 'nie', 'niemals'],
  liability: {
    we: ['wir', `unser\\p{L}* ${W}?(?:techniker\\p{L}*|monteur\\p{L}*|team\\p{L}*|mitarbeiter\\p{L}*|update\\p{L}*|software|netz\\p{L}*|system\\p{L}*|produkt\\p{L}*|ladegerät\\p{L}*|akku\\p{L}*|fehler\\p{L}*|seite|kurier\\p{L}*)`, 'unser\\p{L}*'],
    fault: ['auf unsere kappe', 'schuld', 'schuldig', 'fahrlässig\\p{L}*', 'haft(?:en|bar|ung)', 'verantwortung', 'fehler (?:liegt|lag) bei uns', `(?:gestehen|räumen) ${W}{0,3}?ein`],
    cause: ['verursach\\p{L}*', 'verschuldet', 'durch', 'wegen', 'verantwortlich', 'beschädig\\p{L}*', 'angebohrt', 'kaputt gemacht'],
    harm: ['(?:ge|zer)brochen', 'schad\\p{L}*', 'schäd\\p{L}*', 'verletz\\p{L}*', 'verlust\\p{L}*', 'brand\\p{L}*', 'feuer', 'verbrenn\\p{L}*', 'überschwemm\\p{L}*', 'leck\\p{L}*', 'beschädig\\p{L}*', 'kaputt'],
  },
  tone: [
    `(?:so|sehr|wirklich) (?:schwer|kompliziert|unübersichtlich) ist (?:das|es) (?:doch |wirklich |eigentlich )?nicht[^.!?]{0,40}?(?:wenn|einfach|lesen|liest|schauen)`,
    `(?:ist|war) (?:doch |wirklich |eigentlich )?nicht so (?:schwer|kompliziert|unübersichtlich)[^.!?]{0,40}?(?:wenn|einfach|lesen|liest|schauen)`,
    '(?:zweimal|dreimal|mehrmals|zigmal|x-mal|mehrfach|oft genug) (?:\\p{L}+ )?(?:gesagt|erklärt|geschrieben)', 'hören sie (?:doch )?(?:mal |einfach )?zu', 'passen sie (?:doch )?(?:mal )?auf',
    '(?:lesen|prüfen|schauen) sie (?:beim )?nächste[ns]? mal', 'nächstes mal,? (?:\\p{L}+ )?(?:lesen|prüfen|schauen)', 'kleingedruckte\\p{L}*',
    'hätten? sie (?:\\p{L}+ ){0,4}?(?:gelesen|geprüft|beachtet|angeschaut|nachgesehen|gewusst|geschaut|aufgepasst)', 'hättest du (?:\\p{L}+ ){0,4}?(?:gelesen|geprüft|beachtet|nachgesehen|aufgepasst)',
    '(?:sie|du) hätte(?:n|st)? (?:\\p{L}+ ){0,4}?(?:lesen|prüfen|beachten|nachsehen|wissen|fragen) (?:sollen|müssen|können)', 'wüssten sie', 'wüsstest du',
    'wie (?:bereits|schon) (?:\\p{L}+ )?(?:gesagt|erwähnt|erklärt|mitgeteilt|geschrieben)', 'nicht unsere? (?:problem|schuld|sache|verantwortung)', '(?<!nicht |keine )(?:ihr|ihre|dein|deine) (?:eigene[rs]? )?(?:problem|schuld|sache)',
    'selbst schuld', 'steht (?:\\p{L}+ ){0,2}?(?:in den agb|im vertrag|in der anleitung)', 'stand (?:\\p{L}+ ){0,2}?(?:in den agb|im vertrag)', 'sie wurden (?:\\p{L}+ )?(?:informiert|gewarnt|hingewiesen)',
    'beruhigen sie sich', 'was haben sie (?:denn )?erwartet', 'niemand sonst', 'hören sie auf', 'lesen sie (?:\\p{L}+ )?(?:agb|vertrag|anleitung|kleingedruckte)',
  ],
  sarcasm: {
    mock: ['glückwunsch', 'gratul\\p{L}*', 'bravo', 'respekt', 'toll gemacht', 'gut gemacht', 'genial'],
    target: ['einzig\\p{L}*', 'kaputt\\p{L}*', 'verloren', 'fallen lassen', 'entdeckt', 'gefunden'],
    solo: ['wie haben sie (?:das )?(?:nur |bloß )?überlebt', 'wie (?:soll|sollen) (?:man|sie) das überleben', 'so ein drama', 'was für ein drama', 'klar,? (?:weil|denn)', 'na klar', 'wie originell'],
  },
  sales: {
    verb: ['wechseln', 'wechsle', 'steigen sie', 'upgraden', 'holen sie sich', 'hol dir', 'sichern sie sich', 'sichere dir', 'greifen sie zu', 'jetzt', 'probieren sie', 'testen sie', 'buchen sie', 'bestellen sie', 'nutzen sie'],
    object: ['\\p{L}*tarif\\p{L}*', 'paket\\p{L}*', 'angebot\\p{L}*', 'aktion\\p{L}*', 'rabatt\\p{L}*', '\\d+ ?%', 'halben preis', 'gratis', 'code', 'deal'],
    solo: ['empfehlen sie uns (?:weiter|ihren freunden)', 'freunde werben'],
  },
};
