import type { LangGrammar } from './types.js';

const W = '(?:\\p{L}+ )';
/** "péntek óta" is "since Friday": not a time commitment. */
const NOT_SINCE = '(?! óta)';

export const hu: LangGrammar = {
  promise: {
    // Hungarian has no future auxiliary: the definite/indefinite 1st person plural commits ("visszautaljuk", "jóváírunk").
    commit: ['\\p{L}+(?:juk|jük|unk|ünk)', 'fog\\p{L}*', 'lesz', 'azonnal', 'ígér\\p{L}*', 'garantál\\p{L}*', 'már \\p{L}+(?:tuk|tük|ta|te)', 'megkap\\p{L}*', 'kap'],
    negate: ['nem (?:tudunk|tudjuk|lehet|áll módunkban|fogunk|ígér\\p{L}*)', 'nyilvános\\p{L}*', 'esetleg', 'lehetőség\\p{L}*', 'jogosult\\p{L}*'],
    refund: ['vissza(?:térít|fizet|utal|ad|jár)\\p{L}*', 'pénz\\p{L}* vissza', 'a teljes összeg\\p{L}*'],
    compensation: [
      'kárpót\\p{L}*', 'jóváír\\p{L}*', 'kártérítés\\p{L}*', 'kárpótl\\p{L}*', 'kompenz\\p{L}*', 'kedvezmény\\p{L}*', 'kupon\\p{L}*', 'utalvány\\p{L}*', 'levon\\p{L}*', 'elenged\\p{L}*',
      `(?:töröl|sztornó|elenged)\\p{L}* ${W}{0,2}?(?:díj|költség|tartozás)\\p{L}*`, `(?:díj|költség|tartozás)\\p{L}* ${W}{0,2}?(?:töröl|sztornó|elenged|átvállal)\\p{L}*`,
      'fél ?áron', `áll(?:juk|ja) ${W}{0,2}?(?:költség|számlá)\\p{L}*`, `(?:költség|számlá)\\p{L}* ${W}?áll(?:juk|ja)`, 'extra \\d+ ?gb', '\\d+ ?gb (?:extra|ajándék)',
    ],
    freeProduct: ['ingyen\\p{L}*', 'díjmentes\\p{L}*', 'térítésmentes\\p{L}*', 'költségmentes\\p{L}*', 'új (?:készülék|telefon|töltő|router)\\p{L}*', 'csere(?:készülék|telefon)\\p{L}*', 'kicserél\\p{L}*'],
    fix: [`(?:jel|térerő|hálózat|szolgáltatás|internet|net|vonal)\\p{L}* ${W}{0,2}?(?:visszajön|visszatér|helyreáll|újra lesz)\\p{L}*`, 'visszajön', 'megcsinál\\p{L}*', 'javít\\p{L}*', 'megjavít\\p{L}*', 'kijavít\\p{L}*', 'helyreáll\\p{L}*', 'megold\\p{L}*', 'elhárít\\p{L}*', 'újra (?:működ|elérhető|megy|lesz)\\p{L}*', '(?:újra|ismét) (?:\\p{L}+ )?működ\\p{L}*', 'működni fog', 'rendbe (?:hoz|jön|tesz)\\p{L}*', 'visszaáll\\p{L}*', 'megszűn\\p{L}*', 'helyre(?:hoz|tesz)\\p{L}*'],
    time: [
      `(?:hétfő|kedd|szerd|csütörtök|péntek|szombat|vasárnap)\\p{L}*${NOT_SINCE}`, `holnap\\p{L}*${NOT_SINCE}`, 'ma estig', 'estére', 'délre', 'estig', 'reggelre', 'délutánra', 'éjfélig', 'mára', 'hétvégé\\p{L}*',
      '\\d+ (?:órán|napon|percen|héten) belül', '(?:egy|két|három|néhány|pár) (?:órán|napon|percen) belül', 'jövő héten', 'a hét végéig', '\\d{1,2}(?:[:.]\\d\\d)? ?(?:óráig|órára|-?ig|-?ra|-?re)',
    ],
    since: ['múlt', 'tegnap', 'előző'],
    exempt: ['status', 'tájékoztat\\p{L}*', 'értesít\\p{L}*', 'frissítés\\p{L}*'],
    gift: [`(?:különbözet|összeg|díj|pénz)\\p{L}* ${W}{0,5}?vissza\\p{L}*`, 'visszakap\\p{L}*', 'elenged\\p{L}*', 'nem kell (?:\\p{L}+ )?(?:fizetnie|fizetned)', 'a mi költségünkre', 'ajándékba'],
    private: ['privát', 'dm', 'magánüzenet\\p{L}*'],
  },
  not: ['nem', 'sem', 'nincs', 'ne'],
  liability: {
    we: ['mi', 'miénk', 'mienk', `(?:a )?${W}?(?:szerelőnk|technikusunk|munkatársunk|kollégánk|frissítésünk|szoftverünk|hálózatunk|rendszerünk|termékünk|töltőnk|készülékünk|futárunk|hibánk|mulasztásunk)`],
    fault: ['(?:vagyunk|voltunk) a hibás\\p{L}*', 'hibásak (?:vagyunk|voltunk)', 'hibánk\\p{L}*', 'hibáztunk', 'vétk\\p{L}*', 'mulaszt\\p{L}*', 'gondatlan\\p{L}*', 'felelős(?:ek|séggel|séget)', 'felel(?:ünk|link)', 'okoztuk', 'elismer\\p{L}*'],
    cause: ['okoz\\p{L}*', 'okozt\\p{L}*', 'miatt', 'következtében', 'tört\\p{L}*', 'rongál\\p{L}*', 'fúr\\p{L}*', 'kifúr\\p{L}*'],
    harm: ['kárt', 'kárért', 'károk\\p{L}*', 'kárral', 'sérül\\p{L}*', 'megsérül\\p{L}*', 'tűz\\p{L}*', 'beáz\\p{L}*', 'szivárg\\p{L}*', 'veszteség\\p{L}*', 'baleset\\p{L}*', 'égési'],
  },
  tone: [
    `nem (?:is )?(?:olyan|annyira|túl|olyan nagyon) (?:nehéz|bonyolult|zavaros)[^.!?]{0,40}?(?:ha|csak|elolvas\\p{L}*|megnéz\\p{L}*)`,
    '(?:háromszor|kétszer|többször|sokszor|százszor) (?:is )?(?:mondtuk|írtuk|elmondtuk|leírtuk|jeleztük)', 'figyeljen (?:már )?oda', 'figyeljen jobban',
    'legközelebb,? (?:\\p{L}+ )?(?:olvassa|nézze|figyeljen|ellenőrizze)', 'apró ?betűs', 'tudná(?:d)? (?:már|ezt)',
    'ha (?:\\p{L}+ ){0,2}?(?:el|meg|át)?(?:olvas|néz|ellenőriz|figyel|követ)\\p{L}* volna',
    '(?:\\p{L}+ )?kellett volna (?:\\p{L}+ )?(?:el|meg|át)?(?:olvas|néz|ellenőriz|figyel)\\p{L}*', '(?:el|meg|át)(?:olvas|néz|ellenőriz)\\p{L}* volna',
    'ahogy (?:már )?(?:\\p{L}+ )?(?:írtuk|mondtuk|jeleztük|elmondtuk|leírtuk|említettük)', 'nem (?:a mi|a miénk|a mienk) (?:hibánk|problémánk|dolgunk|felelősségünk)',
    '(?:az )?(?:ön|a te|saját) (?:hibája|problémája|felelőssége|hibád)', 'saját hibá\\p{L}*', 'nyugodjon meg', 'mit várt', 'senki más(?:nak)? nem', 'nem olvasta el',
    'szerepel(?:t)? a (?:szerződésben|feltételekben|\\p{L}+ben)', 'tájékoztattuk (?:önt|erről)', 'nem lepődne meg',
  ],
  sarcasm: {
    mock: ['gratul\\p{L}*', 'bravó', 'ügyes', 'szép munka', 'zseniális'],
    target: ['egyetlen', 'eltör\\p{L}*', 'elveszít\\p{L}*', 'elhagy\\p{L}*', 'megtalál\\p{L}*', 'felfedez\\p{L}*'],
    solo: ['hogy(?:an)? élte (?:ezt )?túl', 'micsoda dráma', 'persze,? mert', 'hogyne'],
  },
  sales: {
    verb: ['váltson', 'váltsd?', 'próbálja ki', 'fizessen elő', 'vásárol\\p{L}*', 'rendel\\p{L}* meg', 'ragadja meg', 'használja ki', 'éljen (?:az|a)', 'csatlakozz?on', 'frissítsen'],
    object: ['csomag\\p{L}*', 'tarifá\\p{L}*', 'előfizetés\\p{L}*', 'akció\\p{L}*', 'ajánlat\\p{L}*', 'kedvezmény\\p{L}*', 'fél ?áron', '\\d+ ?%', 'kód\\p{L}*'],
    solo: ['ajánljon minket', 'hívja meg (?:a )?barát\\p{L}*'],
  },
};
