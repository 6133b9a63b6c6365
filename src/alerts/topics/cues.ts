/**
 * Cue data for the topic signatures (topics.ts), per topic and per language. Cues are
 * matched against lowercase tokens whose Latin and Greek accents were stripped (so
 * "εφαρμογή" = "εφαρμογη", "não" = "nao"); write them with or without accents.
 *
 * Cue syntax: "stem*" matches any token starting with the stem (inflections: Hungarian
 * cases, Greek endings, Hindi/Hinglish forms); "=word" matches the whole token only; a
 * bare cue of 3 characters or fewer matches the whole token, a longer one is a prefix.
 * Subject stems of 5+ characters also match inside German/Hungarian compounds
 * ("Monatsgebühr", "mobilhálózat").
 */
import type { Category } from '../../core/triage.js';

export type Lang = 'en' | 'es' | 'de' | 'fr' | 'pt' | 'el' | 'hu' | 'hi';
export type PerLang = Partial<Record<Lang, readonly string[]>>;

export interface TopicCues {
  id: string;
  /** The triage category this topic usually carries: a weak match needs it, ties prefer it. */
  category: Category;
  /** The service noun: what is affected (data, calls, SMS, app, bill, parcel ...). */
  subject: PerLang;
  /** Words that state this topic's problem (twice, smoke, late ...). */
  problem: PerLang;
  /** Whether the generic failure words and negations (FAILURE, NEGATION) state the problem too. */
  generic: boolean;
  /** Ranks with the non-generic topics, above concepts: its nouns name the problem's kind ("the router delivery" is a delivery problem). */
  specific?: boolean;
}

/** Negations: a problem indicator next to a service noun ("no data", "δεν έρχονται SMS"). */
export const NEGATION: PerLang = {
  en: ['no', 'not', 'zero', 'without', 'nothing', "can't", 'cant', 'cannot', "doesn't", 'doesnt', "isn't", "aren't", "won't", 'wont', "don't", 'dont', "didn't", "haven't", "hasn't", 'never', 'none', 'nobody', 'unable', 'nowhere'],
  es: ['no', 'sin', 'nada', 'nunca', 'ningun*', 'ninguna', 'nadie', 'ni', 'jamas', 'tampoco', 'cero'],
  de: ['kein', 'keine', 'keinen', 'keiner', 'keinem', 'nicht', 'nichts', 'ohne', 'nie', 'niemand*', 'weder', '=gar', '=null', 'nirgends', 'nirgendwo'],
  fr: ['ne', 'pas', '=non', 'plus', 'rien', 'aucun', 'aucune', 'sans', 'jamais', 'personne', 'zero'],
  pt: ['nao', 'sem', 'nada', 'nunca', 'nenhum', 'nenhuma', 'ninguem', 'nem', 'zero'],
  el: ['δεν', 'μην', 'καθολου', 'χωρις', 'ουτε', 'τιποτα', 'κανενα', 'κανεναν', 'κανεις', 'καμια', 'ποτε', 'μηδεν', 'πουθενα', 'μη'],
  hu: ['nem', 'nincs', 'nincsen', 'sincs', 'sem', 'semmi*', 'senki*', 'sehol', 'soha', 'sosem', 'egyetlen', 'nulla'],
  hi: ['nahi', 'nahin', 'nhi', 'nai', 'mat', 'नहीं', 'नही', 'बिना', 'मत'],
};

/** Generic failure words: down, error, crash, stuck ... (topics with `generic`). */
export const FAILURE: PerLang = {
  en: ['=down', '=dead', '=died', '=dies', 'outage*', 'offline', 'broke*', 'fail*', 'error*', 'crash*', 'stuck', 'frozen', 'freez*', 'froze', 'hang', 'hangs', 'hanging', 'gone', '=lost', 'stopped', 'stops', 'unusable', 'impossible', 'unavailable', 'useless', 'disconnect*', 'dropp*', '=drops', 'refus*', 'losing', 'loses', '=cuts', 'cutting', 'unreachable', 'declined', 'patchy', 'forever', 'vanish*', 'disappear*', '=closes', 'kicks', 'logout', 'timed', 'timeout', 'non-existent', 'nonexistent', 'inexistent', 'expired', 'expires'],
  es: ['caid*', 'cae', 'caen', 'cayo', 'falla*', 'fallo', 'fallid*', 'error*', 'colgad*', 'cuelga', 'bloque*', 'imposible', 'roto', 'rota', 'muert*', 'averia*', 'inutil*', 'dejo', 'dejaron', '=corta', 'cortan', 'cortad*', 'cortes', 'desconect*', 'congela*', 'pierde', 'dejado', 'lento', 'lenta', 'lentisim*', 'rechazad*', 'indisponible', 'inestable', '=mal', 'desapareci*', 'cierra', 'muri*', 'inexistente', 'caduca', 'atascad*', 'rechaza*'],
  de: ['ausfall*', 'ausgefallen', 'storung*', 'gestort', '=tot', '=weg', 'fehler*', 'absturz*', 'abgesturzt', 'sturzt', 'hangt', 'kaputt', 'unbrauchbar', 'unmoglich', 'scheiter*', 'gescheitert', 'funktionslos', '=down', 'verweiger*', 'bricht', 'abgebrochen', 'getrennt', 'verliert', 'friert', 'eingefroren', 'unerreichbar', 'langsam', 'aufgehort', 'abgelehnt', 'wackelig', 'verschwunden', 'ewig', 'schliesst', 'rauswirft', 'wirft', 'schmeisst', 'fehlgeschlag*'],
  fr: ['panne*', 'coupe*', 'coupure*', 'mort', 'morte', 'erreur*', 'plante*', 'bloque*', 'echec', 'echoue*', 'impossible', 'inutilisable', '=hs', 'crash*', 'bug*', 'refus*', '=perd', 'tombe', 'tombee', 'tombes', 'fige', 'figee', 'injoignable', '=lent', 'lente', 'rament', 'deconnect*', 'arrete*', 'indisponible', 'instable', 'disparu', 'vire', 'virent', 'inexistant*', 'expire'],
  pt: ['caiu', 'caid*', 'cairam', 'fora', 'falha*', 'erro*', 'trava*', 'parou', 'pararam', 'cortad*', 'inutilizavel', 'impossivel', 'morto', 'morta', 'bloquead*', '=cai', 'caem', 'baixo', 'abaixo', '=perde', 'congela*', 'lento', 'lenta', 'lentissim*', 'deixaram', 'deixou', 'presa', 'preso', 'recusad*', 'indisponivel', 'instavel', 'desapareceu', 'eternamente', 'sumiu', 'sumiram', 'morreu', '=fecha', 'expuls*', 'falhou', 'inexistente', 'expira', 'rejeita*', 'parada', 'parado'],
  el: ['επεσε', 'πεσει', 'πεσμεν*', 'βλαβη*', 'σφαλμα*', 'κολλα*', 'κολλησ*', 'κρασαρ*', 'κοπηκε', 'κοπει', 'κοπηκαν', 'αποτυγχ*', 'αποτυχ*', 'απετυχ*', 'νεκρ*', 'κοβεται', 'κοβονται', 'χανει', 'χαθηκε', 'παγων*', 'παγωσε', 'αργα', 'αργο', 'αργη', 'αποσυνδε*', 'σταματησ*', 'κολλημεν*', 'απορριπτ*', 'εξαφαν*', 'κλεινει', 'πεταει', 'πεθαν*', 'ανυπαρκτ*', 'πεφτει', 'ληγει'],
  hu: ['leall*', 'kiesett', 'kieses*', 'hiba*', 'hibas', 'osszeoml*', 'kifagy*', 'lefagy*', 'sikertelen*', 'hasznalhatatlan*', 'halott', 'akadozik', 'megszunt', 'megszak*', 'elveszti', 'elment', 'kilep*', 'elerhetetlen*', 'lassu', 'lecsatlakoz*', 'elutasit*', 'eltunt', 'orokke', 'bezarod*', 'kidob*', 'lehal*', 'meghalt', 'elakad*', 'lejar*'],
  hi: ['=band', 'बंद', 'ठप', 'गायब', 'gayab', 'gaayab', 'kharab', 'खराब', 'error', 'एरर', 'त्रुटि', 'crash*', 'क्रैश', 'atak*', 'atka', 'अटक*', 'fail*', 'फेल', 'डाउन', 'slow', '=mara', 'logout'],
};

/**
 * Verbs that a negation turns into a failure (works, loads, arrives, goes through,
 * receive ...): "Die App funktioniert seit heute Morgen nicht", "SMS kommen nicht an".
 * With one of these next to the negation, the negation may sit up to 4 words from the subject.
 */
export const STATE_VERBS: PerLang = {
  en: ['work*', 'load*', 'open*', 'arriv*', 'receiv*', 'connect*', 'come', 'coming', 'get', 'getting', 'go', 'goes', 'going', 'through', 'deliver*', 'send*', 'sent', 'show*', 'let', 'letting', 'ring*', 'make', 'got', 'log', 'sign', 'access*', 'available', 'reachable', 'hear*'],
  es: ['funcion*', 'carga*', 'van', 'va', 'anda', 'abre', 'lleg*', 'recib*', 'conect*', 'entra*', 'envia*', 'deja', 'puedo', 'puede', 'pueden', 'consigo', 'hacer', 'disponible', 'oye', 'oigo', 'escuch*', 'aparec*'],
  de: ['funktion*', 'geht', 'gehen', 'lad*', 'lädt', 'startet', 'offn*', 'kommt', 'kommen', 'angekommen', 'ankommen', 'empfang*', 'verbind*', 'klappt', 'durch', 'zugestellt', 'kann', 'komme', 'erreichbar', 'hort', 'horen', 'verfugbar', 'erreich*', 'gesendet', 'aufgetaucht', 'erschien*', 'erscheint'],
  fr: ['fonctionn*', 'marche*', 'charg*', 'arriv*', 'recoi*', 'recu*', 'connect*', 'passe*', 'part*', 'ouvr*', 'envo*', 'peux', 'peut', 'arrive', 'vien*', 'joignable', 'disponible', 'entend*', 'venu', 'apparai*'],
  pt: ['funciona*', 'carrega*', 'abre*', 'chega*', 'receb*', 'conect*', 'liga*', 'entra*', 'envia*', 'consigo', 'consegu*', 'pode', 'podem', 'passa*', 'disponivel', 'ouve', 'ouco', 'aparec*', 'apareceu'],
  el: ['λειτουργ*', 'δουλευ*', 'φορτων*', 'ανοιγ*', 'ερχ*', 'φτανουν', 'φτανει', 'πηρ*', 'παιρν*', 'λαμβαν*', 'στελν*', 'συνδε*', 'μπορω', 'μπορει', 'μπορουν', 'μπαινω', 'παιρνει', 'δεχ*', 'διαθεσιμ*', 'ακου*', 'εμφανι*'],
  hu: ['mukod*', 'megy', 'mennek', 'tolt*', 'indul*', 'jon', 'jonnek', 'jott*', 'erkez*', '=ment', 'megjott', 'kap*', 'kuld*', 'enged*', 'tudok', 'tud', 'tudunk', 'tudnak', 'csatlakoz*', 'elerheto', 'hall*', 'megjelen*'],
  hi: ['chal*', 'kaam', 'khul*', 'aa', 'aata', 'aati', 'aate', 'lag*', 'ho', 'hota', 'hoti', 'चल*', 'खुल*', 'काम', 'लोड', 'आ', 'आता', 'आती', 'लग*', 'हो', 'मिल*', 'mil*', 'pahuch*', 'pahunch*', 'पहुँच*', 'पहुंच*', 'receive', 'deliver', 'load', 'आया', 'आई', 'आए', 'आयी', 'aaya', 'aayi', 'aaye', 'aya', 'ayi', 'sun*', 'उपलब्ध', 'hui', 'hua', 'हुई', 'हुआ', 'दिख*', 'dikh*'],
};

/** "No complaints", "kein Problem", "koi dikkat nahi": a negation next to these states no problem. */
export const CANCELS: readonly string[] = ['complaint*', 'problem*', 'issue*', 'worries', 'trouble', 'problema*', 'queja*', 'probleme*', 'beschwerde*', 'souci*', 'probleme', 'reclamation*', 'queixa*', 'προβλημα*', 'παραπον*', 'gond*', 'problema', 'panasz*', 'समस्या', 'शिकायत', 'दिक्कत', 'dikkat', 'pareshani', 'problem',
  // "No roaming fees", "sin colas en la tienda": a negated cost or wait is good news.
  '=fee', '=fees', 'surcharge*', 'queue*', 'hassle', 'waiting', 'comision*', 'colas', 'gebuhr*', 'warteschlange*', 'frais', 'attente', 'taxa*', 'filas', 'χρεωσ*', 'ουρ*', 'dij', 'dijat', 'sorban*', 'शुल्क', 'charges',
  // "No worries about my data", "keine Sorgen", "semmi aggodalom".
  'sorge*', 'preocupac*', 'inquietude*', 'ανησυχ*', 'aggodal*', 'chinta', 'चिंता'];

export const TOPIC_CUES: readonly TopicCues[] = [
  {
    id: 'connectivity',
    category: 'outage',
    generic: true,
    subject: {
      en: ['data', 'internet', '4g', '5g', 'lte', '3g', 'network', 'signal', 'coverage', 'reception', '=net', 'connection', 'connectivity', 'bars', 'wifi', 'broadband', 'hotspot'],
      // (bars, Balken, barres, barras: signal bars)
      es: ['datos', '=red', 'senal', 'cobertura', 'internet', 'conexion', '4g', '5g'],
      de: ['daten*', 'internet', '=netz', 'netzes', 'empfang', 'mobilfunk', 'verbindung*', 'lte', '4g', '5g', 'datenempfang', 'balken'],
      fr: ['donnees', 'reseau', 'couverture', 'internet', 'connexion', '4g', '5g', 'barre*'],
      pt: ['dados', 'rede', 'sinal', 'internet', 'conexao', 'cobertura', '4g', '5g', 'barras'],
      el: ['δεδομεν*', 'ιντερνετ', 'δικτυ*', 'σημα', 'καλυψη', 'συνδεση*', '4g', '5g'],
      hu: ['adat*', 'mobilnet*', 'mobilinternet*', 'internet*', '=net', '=netem', 'halozat*', 'tererő', 'terero*', 'lefedettseg*', 'kapcsolat*', 'mobiladat*', 'mobilhalozat*', '4g', '5g', 'mobilinternet'],
      hi: ['data', 'internet', 'net', 'network', 'signal', 'डेटा', 'डाटा', 'इंटरनेट', 'नेटवर्क', 'सिग्नल', 'नेट', 'कनेक्शन', '4g', '5g'],
    },
    problem: {
      en: ['outage*', 'offline', 'slow', '=out'],
      de: ['funkloch', 'netzausfall', 'ausfall'],
      fr: ['saute'],
      hi: ['gayab', '=kat'],
    },
  },
  {
    id: 'calls_failing',
    category: 'outage',
    generic: true,
    subject: {
      en: ['=call', '=calls', 'calling', 'voicemail', 'voice', 'dial*', '=ring', '=tone'],
      es: ['llamad*', 'llamar', 'llaman', '=tono'],
      de: ['anruf*', 'telefonier*', 'telefonat*', 'gesprach*', 'freizeichen'],
      fr: ['appel*', 'appeler', 'appels', 'tonalite'],
      pt: ['chamada*', 'ligar', 'ligacao', 'ligacoes', 'telefonema*', '=ligam'],
      el: ['κλησ*', 'κληση', 'τηλεφων*', 'καλουν', 'καλεσ*'],
      hu: ['hivas*', 'hivasok*', 'felhiv*', 'hivni', 'telefonal*', 'beszelgetes*', 'tarcsahang*'],
      hi: ['=call', '=calls', 'कॉल'],
    },
    problem: {
      en: ['=cut', 'cutting', 'dropp*', '=drops', 'hangs', 'hung', 'voicemail', 'silence', 'beep*'],
      es: ['corta*', 'cortan', 'cuelga*'],
      de: ['brech*', 'bricht', 'abgebrochen', 'abbruch*', 'getrennt', 'unterbroch*'],
      fr: ['coup*', 'messagerie', 'echou*', 'echec'],
      pt: ['caem', 'cai', 'cair', 'caindo', 'cortam', 'falham'],
      el: ['κοβ*', 'κοπ*', 'διακοπ*'],
      hu: ['megszak*', 'bont*', 'sikertelen*'],
      hi: ['=kat', 'kat*', 'कट*'],
    },
  },
  {
    id: 'sms_missing',
    category: 'outage',
    generic: true,
    subject: {
      en: ['sms', 'text', 'texts', 'texting', 'message*', 'otp', 'verification', 'codes', '=code'],
      es: ['sms', 'mensaje*', 'codigo*', 'otp'],
      de: ['sms', 'nachricht*', 'textnachricht*', 'code*', 'bestatigungscode*'],
      fr: ['sms', 'texto*', 'message*', 'code*'],
      pt: ['sms', 'mensage*', 'codigo*', 'otp'],
      el: ['sms', 'μηνυμα*', 'μηνυματ*', 'κωδικ*'],
      hu: ['sms*', 'uzenet*', 'kod*', 'kodot'],
      hi: ['sms', 'otp', 'message', 'msg', 'मैसेज', 'संदेश', 'ओटीपी'],
    },
    problem: {
      en: ['delay*', 'missing', '=late'],
      es: ['siguiente', 'retras*'],
      de: ['nachsten', 'verspat*'],
      fr: ['lendemain', 'retard*'],
      pt: ['seguinte', 'atras*'],
      el: ['επομενη', 'καθυστερ*'],
      hu: ['masnap', 'kesik', 'kesve', 'keses*'],
      hi: ['=kat', '=agle'],
    },
  },
  {
    id: 'app_down',
    category: 'outage',
    generic: true,
    subject: {
      en: ['app', 'apps', 'website', 'site', 'login', 'log', 'logging', 'signin', 'account'],
      es: ['app', 'aplicacion', 'sesion', 'web', 'pagina', 'cuenta', 'login'],
      de: ['app', 'anmeld*', 'login', 'anwendung', 'website', 'webseite*', 'homepage', 'konto'],
      fr: ['app', 'appli', 'application', 'connecter', 'connexion', 'site', 'compte'],
      pt: ['app', 'aplicativo', 'aplicacao', 'login', 'conta', 'site', 'pagina'],
      el: ['εφαρμογ*', 'app', 'συνδεθ*', 'λογαριασμ*', 'ιστοσελιδ*', 'site'],
      hu: ['appba', 'appban', 'appbol', 'appot', 'appal', 'appon', 'alkalmazas*', 'applikacio*', 'belep*', 'bejelentkez*', 'fiok*', 'weboldal*', 'honlap*'],
      hi: ['app', 'login', 'ऐप', 'एप', 'लॉगिन', 'लॉग', 'वेबसाइट', 'account'],
    },
    problem: {
      en: ['spins', 'spinning', 'blank', 'white', 'closes', 'rejects', 'rejecting', 'wrong', 'maintenance'],
      es: ['cierra', 'blanco', 'cargando', 'mantenimiento'],
      de: ['schliesst', 'schließt', 'weiß*', 'weiss*', 'schiefgelaufen', '=leer', 'wartung*'],
      fr: ['ferme', 'blanc', 'maintenance'],
      pt: ['fecha', 'branca', 'errado', 'manutencao'],
      el: ['κλεινει', 'λευκη', 'στραβα', 'κενη', 'συντηρησ*'],
      hu: ['bezarul', 'feher', 'ures', 'karbantart*'],
      hi: ['गलत', 'galat', 'white', 'मेंटेनेंस', 'maintenance'],
    },
  },
  {
    id: 'double_charge',
    category: 'fraud_billing',
    generic: false,
    subject: {
      en: ['=charge', '=charged', '=charges', 'billed', 'bill', 'bills', 'billing', 'payment*', 'paid', 'fee', 'fees', 'debit*', 'statement', 'invoice', 'card', 'deducted', 'account', 'money', '=charging'],
      es: ['cobr*', 'cargo*', 'cargaron', 'cuota', 'tarifa', 'factura*', 'recibo', 'pago', 'pague', 'tarjeta', 'extracto', 'pasado', 'cargad*', 'dinero'],
      de: ['gebuhr*', 'beitrag', 'abgebucht', 'abbuchung*', 'rechnung*', 'berechnet', 'zahlung*', 'bezahlt', 'belastet', 'abgezogen', 'eingezogen', 'kassiert', 'abkassier*', 'karte', 'kontoauszug*', '=geld', 'abgerechnet'],
      fr: ['frais', 'abonnement', 'prelev*', 'debit*', 'factur*', 'paye', 'forfait', 'carte', 'argent', 'paiement*'],
      pt: ['taxa', 'mensalidade', 'cobr*', 'fatura*', 'debit*', 'descont*', 'pague*', 'cartao', 'extrato', 'dinheiro', 'pagamento*'],
      el: ['συνδρομ*', 'χρεω*', 'χρεω', 'λογαριασμ*', 'πληρω*', 'πληρωμ*', 'καρτα', 'λεφτα', 'χρηματα'],
      hu: ['dij*', 'szamla*', 'szamlaz*', 'levon*', 'vontak', 'vettek', 'terhel*', 'fizet*', 'kartya*', 'havidij*', 'bankszamla*', 'penz*'],
      hi: ['बिल', 'पैसे', 'paise', 'kaat*', 'kat*', 'कटे', 'कट*', 'काट*', 'bill', 'recharge', 'payment', 'पेमेंट', '=charge', 'चार्ज', 'शुल्क', 'paisa', 'पैसा'],
    },
    problem: {
      en: ['twice', 'double', 'two', 'duplicat*', 'identical', 'again', 'another', '=same'],
      es: ['dos', 'doble', 'duplicad*', 'partida', 'iguales', 'igual', '=otro', '=otra'],
      de: ['doppel*', 'zweimal', 'zwei', 'zweifach', 'gleiche', 'nochmal', 'erneut'],
      fr: ['deux', 'double', 'doublon', 'identiques', '=autre', '=meme'],
      pt: ['duas', 'dois', 'dobro', 'duplicad*', 'duplicidade', 'iguais', 'dobrar', 'igual', '=outra', '=outro'],
      el: ['δυο', 'διπλ*', 'ιδιες', 'ξανα', 'ιδια', 'αλλη'],
      hu: ['ketszer', 'duplan', 'dupla', 'ket', 'egyforma', 'ujra', 'ugyanannyi*', 'ugyanaz*'],
      hi: ['दो', 'do', 'दोबारा', 'dobara', 'double', 'twice', 'phir', 'फिर'],
    },
  },
  {
    id: 'battery_fire',
    category: 'safety',
    generic: false,
    subject: {
      en: ['battery', 'charger', 'charging', 'phone', 'powerbank'],
      es: ['bateria', 'cargador', 'movil', 'telefono', 'cargaba'],
      de: ['akku*', 'laden', 'ladegerat*', 'handy', 'batterie'],
      fr: ['batterie', 'chargeur', 'charge', 'telephone', 'portable'],
      pt: ['bateria', 'carregador', 'celular', 'telemovel', 'carregava'],
      el: ['μπαταρι*', 'φορτιστ*', 'κινητο', 'φορτιζε'],
      hu: ['akkumulator*', 'akku*', 'tolto*', 'toltes*', 'telefon*'],
      hi: ['battery', 'charger', 'phone', 'बैटरी', 'चार्जर', 'चार्ज*', 'फोन', 'charging', 'chaarjar'],
    },
    problem: {
      en: ['fire', 'flame*', 'smok*', 'explod*', 'swell*', 'swollen', 'burn*', 'melt*', 'overheat*'],
      es: ['fuego', 'llamas', 'humo', 'explot*', 'hinch*', 'quem*', 'incendi*', 'recalent*'],
      de: ['feuer', 'flamme*', 'rauch*', 'geraucht', 'qualm*', 'explodiert', 'aufgeblaht', 'brennt', 'verbrannt'],
      fr: ['feu', 'flamme*', 'fume*', 'fumer', 'explose', 'gonfle', 'brule', 'fondu'],
      pt: ['fogo', 'chamas', 'fumaca', 'fumo', 'explodiu', 'inchad*', 'inchou', 'derret*', 'queim*'],
      el: ['φωτια', 'καπν*', 'εξερραγη', 'φουσκωσε', 'ελιωσε', 'καηκε'],
      hu: ['tuz', 'fust*', 'felrobbant', 'megdagadt', 'kigyul*', 'gyullad*', 'megolvadt'],
      hi: ['आग', 'धुआं', 'धुआँ', 'फट*', 'फूल*', 'aag', 'dhuan', 'dhuaan', 'phat*'],
    },
  },
  {
    id: 'account_breach',
    category: 'privacy',
    generic: false,
    subject: {
      en: ['account', 'password', 'sim', 'data'],
      es: ['cuenta', 'contrasena', 'datos'],
      de: ['konto', 'passwort', 'daten'],
      fr: ['compte', 'motdepasse', 'donnees'],
      pt: ['conta', 'senha', 'dados'],
      el: ['λογαριασμο', 'κωδικο', 'δεδομεν*'],
      hu: ['fiok*', 'jelszo*', 'adat*'],
      hi: ['अकाउंट', 'खाता', 'पासवर्ड', 'account', 'data', 'डेटा'],
    },
    problem: {
      en: ['hacked', 'stolen', 'leak*', 'breach*', 'swap*'],
      es: ['hackead*', 'robad*', 'filtr*'],
      de: ['gehackt', 'gestohlen', 'datenleck', 'geleakt'],
      fr: ['pirate', 'vole', 'fuite*'],
      pt: ['hackead*', 'roubad*', 'vazamento', 'vazad*'],
      el: ['χακαρ*', 'κλαπηκε', 'διαρροη', 'διερρευσ*'],
      hu: ['feltort*', 'elloptak', 'szivarg*', 'kiszivarog*'],
      hi: ['हैक*', 'चोरी', 'लीक', 'hack*'],
    },
  },
  {
    id: 'delivery_missing',
    category: 'service_failure',
    generic: true,
    specific: true,
    subject: {
      en: ['order', 'orders', 'ordered', '=delivered', 'package*', 'parcel*', 'delivery', 'deliveries', 'shipment', 'tracking', 'courier'],
      es: ['pedido*', 'pedi', 'entregad*', 'mensajero*', 'paquete*', 'envio*', 'entrega*', 'reparto', 'repartidor*', 'seguimiento'],
      de: ['bestellung*', 'bestellt', 'geliefert', 'kurier*', 'paket*', 'lieferung*', 'sendung*', 'zustellung*', 'zusteller*', '=bote'],
      fr: ['commande*', 'colis', '=livre', 'livraison*', 'livreur*', 'suivi', 'envoi'],
      pt: ['encomend*', 'pedido*', 'entrega*', 'entregue', 'entregou', 'pacote*', 'rastreio', 'envio', 'estafeta*'],
      el: ['παραγγελι*', 'παρηγγειλ*', 'παραδοθ*', 'παρεδωσ*', 'δεμα*', 'παραδοσ*', 'αποστολ*', 'κουριερ'],
      hu: ['rendeles*', 'rendeltem', 'csomag*', 'szallitas*', 'kiszallit*', 'futar*', 'kovetes*'],
      hi: ['order', 'parcel', 'delivery', 'ऑर्डर', 'पार्सल', 'डिलीवरी', 'कूरियर'],
    },
    problem: {
      en: ['=late', 'delay*', 'missing', 'still', 'where', 'waiting', 'overdue', '=lost', 'days', 'week*', 'nothing'],
      es: ['retras*', 'perdid*', 'todavia', 'aun', 'sigo', 'sigue', 'esperando', 'donde', 'dias', 'semana*', 'nada'],
      de: ['verspat*', 'uberfallig', 'verloren', 'immer', 'noch', 'warte*', 'wo', 'tagen', 'woche*', 'nichts'],
      fr: ['retard*', 'perdu*', 'toujours', 'attend*', 'ou', 'jours', 'semaine*', 'rien'],
      pt: ['atras*', 'perdid*', 'ainda', 'esperando', 'onde', 'dias', 'semana*', 'nada'],
      el: ['καθυστερ*', 'χαθηκε', 'ακομα', 'ακομη', 'περιμεν*', 'που', 'μερες', 'εβδομαδ*', 'τιποτα'],
      hu: ['kesik', 'keses*', 'kesve', 'elveszett', 'meg', 'azota', 'varok', 'hol', 'napja', 'hete', 'semmi'],
      hi: ['=late', 'लेट', 'हफ्ते', 'hafte', 'गुम', 'अभी', 'abhi', 'tak', 'तक', 'kahan', 'कहाँ', 'कहां', 'intezaar', 'इंतज़ार', 'इंतजार'],
    },
  },
];

/**
 * Praising words: a post triage called praise is let into incidents only when it has none
 * of these (triage misread it) or it is sarcastic (SARCASM). Accents may be written or not.
 */
export const PRAISE_WORDS: PerLang = {
  en: ['love*', 'great', 'thanks', 'thank*', 'perfect*', 'awesome', 'excellent', 'nice', 'happy', 'amazing', 'brilliant', 'flawless*', 'smooth*', 'fast', 'painless'],
  es: ['gracias', 'genial', 'encanta*', 'perfect*', 'excelente', 'rapid*', 'bonit*'],
  de: ['danke', 'super', 'toll*', 'prima', 'perfekt*', 'klasse', 'praktisch'],
  fr: ['merci', 'parfait*', 'genial', 'bravo', 'super', 'rapide'],
  pt: ['obrigad*', 'adoro', 'adorei', 'otim*', 'perfeit*', 'excelente', 'lindo', 'linda'],
  el: ['ευχαριστ*', '=τελεια', '=τελειο', '=τελειος', '=τελειοι', '=τελειες', 'ωραι*', 'αψογ*', 'υπεροχ*', 'γρηγορ*'],
  hu: ['koszi', 'koszonom', 'szuper', 'remek*', 'hibatlan*', 'tokeletes*', 'gyors'],
  hi: ['धन्यवाद', 'बढ़िया', 'बढिया', 'अच्छा', 'अच्छी', 'badhiya', 'shukriya', 'thanks', 'mast', 'accha', 'achha', 'सुंदर', 'आसान'],
};

/**
 * Unmet expectations (issue 11, round 2): "was supposed to come Monday", "promised in 5 days",
 * "still waiting", "tenía que llegar", "sollte kommen", "devait arriver", "επρεπε να ερθει",
 * "kellett volna", "aana tha". They state a problem about the service the post names, even
 * in another clause ("ordered a SIM a week ago, still waiting").
 */
export const EXPECTATION: PerLang = {
  en: ['supposed', 'promised', 'promise*', 'waiting', 'waited', '=meant', 'overdue'],
  es: ['tenia', 'tenian', 'deberia*', 'debia', 'prometi*', 'esperando', 'espere', 'esperado', 'sigo'],
  de: ['sollte*', 'versprochen', 'warte', 'warten', 'wartend', 'gewartet', 'uberfallig'],
  fr: ['devait', 'devaient', 'promis', 'attends', 'attend', 'attendre', 'attendu'],
  pt: ['devia', 'deveria*', 'prometeram', 'prometid*', 'espera', 'esperar', 'esperei'],
  el: ['επρεπε', 'υποσχεθ*', 'περιμεν*'],
  hu: ['kellett', 'igert*', 'varom', 'varok', 'varunk', 'vartam'],
  hi: ['wada', 'वादा', 'intezaar', 'इंतज़ार', 'इंतजार', '=wait'],
};

/** "Still", "yet", "since": followed by a negation or "nothing" ("still nothing", "todavía nada", "ab tak nahi") they state a problem. */
export const STILL: PerLang = {
  en: ['still', '=yet'],
  es: ['todavia', '=aun', 'sigue', 'siguen'],
  de: ['=noch', 'immer'],
  fr: ['toujours', 'encore'],
  pt: ['ainda', 'continua*'],
  el: ['ακομα', 'ακομη'],
  hu: ['=meg', 'mindig', 'tovabbra'],
  hi: ['=tak', 'तक', 'abhi', 'अभी'],
};

/** Difficulty, repeated contact and where-questions ("how hard is it to cancel", "third time asking", "where is my parcel?"): problem cues for the service named nearest. */
export const HARDSHIP: PerLang = {
  en: ['=hard', 'difficult', 'third', 'fourth', '=where'],
  es: ['dificil', 'tercera', 'tercer', 'cuarta', '=donde'],
  de: ['schwer', 'schwierig', 'dritten', 'dritte', 'dritter', 'vierte*', '=wo', 'wobleibt'],
  fr: ['=dur', 'difficile', 'troisieme', 'quatrieme'],
  pt: ['dificil', 'terceira', 'terceiro', 'quarta', '=cade', '=onde'],
  el: ['δυσκολ*', 'τριτη', 'τριτο', 'τεταρτη', '=που'],
  hu: ['nehez', 'harmadszor', 'harmadik', 'negyedszer', '=hol'],
  hi: ['mushkil', 'मुश्किल', 'teesri', 'तीसरी', '=kaha', '=kahan', 'कहाँ', 'कहां'],
};

/** Sarcasm: single words or word pairs (folded) that turn a "praising" post back into a complaint. */
export const SARCASM: readonly string[] = [
  'again', 'yet again', 'as usual', 'as always', 'for nothing', 'love how', 'love that', 'so much for', 'classic',
  'otra vez', 'de nuevo', 'como siempre', 'por nada',
  'schon wieder', 'mal wieder', 'wieder mal', 'wie immer', 'für nichts',
  'encore', 'comme habitude', 'pour rien',
  'outra vez', 'de novo', 'como sempre',
  'πάλι', 'ως συνήθως', 'το τίποτα',
  'megint', 'újra', 'szokás szerint', 'kösz semmit',
  'phir se', 'fir se', 'फिर', 'वाह', 'wah', 'hamesha',
];
