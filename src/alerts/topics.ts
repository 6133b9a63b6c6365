/**
 * Multilingual topic signatures for incident clustering (pure). A post belongs to a topic
 * when a subject cue and a problem cue occur within a few words of each other: "the
 * network is down" is an outage, "your network of shops" is not, though both say network.
 * Cues are token prefixes, lowercase, in en, es, de, fr, pt, el, hu, hi (and Hinglish).
 */
import type { Category } from '../core/triage.js';

export interface Topic {
  id: string;
  /** The triage category this topic usually carries (used to break ties). */
  category: Category;
  subject: readonly string[];
  problem: readonly string[];
}

const NEG = ['no', 'not', 'zero', 'without', 'nothing', "can't", 'cannot', "doesn't", "isn't", "won't", 'never', 'sin', 'nada', 'nunca', 'ningún', 'ninguna', 'sem', 'não', 'nao', 'nenhum', 'nenhuma', 'kein', 'keine', 'keinen', 'nicht', 'nichts', 'ohne', 'nincs', 'nincsen', 'nem', 'semmi', 'sehol', 'pas', 'plus', 'rien', 'aucun', 'aucune', 'sans', 'impossible', 'δεν', 'καθόλου', 'χωρίς', 'ούτε', 'τίποτα', 'κανένα', 'καμία', 'nahi', 'nahin', 'nai', 'नहीं', 'नही', 'बिना'];

export const TOPICS: readonly Topic[] = [
  {
    id: 'connectivity',
    category: 'outage',
    subject: ['data', 'internet', 'mobile', '4g', '5g', 'lte', 'network', 'signal', 'coverage', 'reception', 'mobilnet', 'mobilinternet', 'net', 'datos', 'red', 'señal', 'cobertura', 'daten', 'netz', 'empfang', 'mobilfunk', 'données', 'réseau', 'couverture', 'dados', 'rede', 'sinal', 'δεδομέν', 'ίντερνετ', 'ιντερνετ', 'δίκτυο', 'σήμα', 'κάλυψη', 'hálózat', 'térerő', 'lefedettség', 'connexion', 'conexión', 'conexao', 'conexão', 'verbindung', 'kapcsolat', 'σύνδεση', 'कनेक्शन', 'adat', 'डेटा', 'इंटरनेट', 'नेटवर्क', 'सिग्नल', 'नेट'],
    problem: [...NEG, 'down', 'dead', 'outage', 'offline', 'broken', 'gone', 'lost', 'caído', 'caida', 'caída', 'caiu', 'fora', 'ausfall', 'ausgefallen', 'störung', 'tot', 'weg', 'panne', 'coupé', 'coupure', 'leállás', 'leállt', 'kiesés', 'πέσει', 'έπεσε', 'βλάβη', 'bandh', 'बंद', 'ठप', 'गायब'],
  },
  {
    id: 'app_down',
    category: 'outage',
    subject: ['app', 'apps', 'website', 'site', 'login', 'log', 'sign', 'signin', 'anmeld', 'belép', 'लॉगिन', 'aplicación', 'aplicacion', 'web', 'anwendung', 'appli', 'application', 'aplicativo', 'εφαρμογή', 'εφαρμογη', 'alkalmazás', 'applikáció', 'ऐप', 'वेबसाइट'],
    problem: [...NEG, 'down', 'crash', 'crashes', 'crashing', 'crashed', 'wont', 'error', 'broken', 'stuck', 'frozen', 'freez', 'froze', 'hangs', 'spins', 'fail', 'outage', 'caíd', 'fecha', 'cierra', 'band', 'colgad', 'cuelga', 'bloque', 'falla', 'fallo', 'hängt', 'erreur', 'refuse', 'erro', 'σφάλμα', 'kifagy', 'lefagy', 'hibá', 'एरर', 'त्रुटि', 'cae', 'caído', 'error', 'abgestürzt', 'stürzt', 'kaputt', 'fehler', 'plante', 'panne', 'trava', 'travando', 'κολλάει', 'κρασάρει', 'δεν', 'összeomlik', 'nem', 'hiba', 'nahi', 'नहीं', 'बंद', 'क्रैश'],
  },
  {
    id: 'double_charge',
    category: 'fraud_billing',
    subject: ['charged', 'charge', 'charges', 'billed', 'bill', 'payment', 'fee', 'account', 'cuota', 'tarifa', 'gebühr', 'beitrag', 'frais', 'abonnement', 'taxa', 'mensalidade', 'συνδρομή', 'díj', 'díja', 'शुल्क', 'recharge', 'cargo', 'cargos', 'prélèvement', 'débit', 'cobrar', 'cobraram', 'berechnet', 'számláz', 'χρεώ', 'χρέω', 'काट', 'cobrado', 'cobro', 'cobraron', 'factura', 'abgebucht', 'rechnung', 'abbuchung', 'prélevé', 'débité', 'facture', 'cobrança', 'cobrado', 'fatura', 'χρέωση', 'χρεώσατε', 'λογαριασμ', 'száml', 'levon', 'terhelt', 'बिल', 'पैसे', 'paise', 'kaat', 'कटे', 'कट'],
    problem: ['twice', 'double', 'two', 'duplicate', 'extra', 'dos', 'doble', 'duplicado', 'doppelt', 'zweimal', 'deux', 'double', 'duas', 'duplicada', 'duplicado', 'δύο', 'διπλή', 'διπλά', 'kétszer', 'duplán', 'dupla', 'दो', 'do', 'baar', 'दोबारा'],
  },
  {
    id: 'battery_fire',
    category: 'safety',
    subject: ['battery', 'charger', 'charging', 'phone', 'laden', 'batería', 'bateria', 'cargador', 'móvil', 'movil', 'akku', 'ladegerät', 'handy', 'batterie', 'chargeur', 'carregador', 'μπαταρία', 'φορτιστή', 'κινητό', 'akkumulátor', 'töltő', 'telefon', 'बैटरी', 'चार्जर', 'फोन'],
    problem: ['fire', 'flame', 'smoke', 'smoking', 'exploded', 'explode', 'swelled', 'swollen', 'burning', 'burnt', 'melted', 'overheat', 'flammen', 'brennt', 'verbrannt', 'dhuan', 'dhuaan', 'aag', 'kigyul', 'gyullad', 'fumer', 'fume', 'llamas', 'quem', 'flamme', 'chamas', 'fuego', 'humo', 'explotó', 'hinch', 'feuer', 'rauch', 'explodiert', 'aufgebläht', 'brûlé', 'fumée', 'feu', 'explosé', 'gonflé', 'fogo', 'fumaça', 'explodiu', 'inchada', 'φωτιά', 'καπνό', 'εξερράγη', 'φούσκωσε', 'tűz', 'füst', 'felrobbant', 'megdagadt', 'आग', 'धुआं', 'धुआँ', 'फट', 'फूल'],
  },
  {
    id: 'account_breach',
    category: 'privacy',
    subject: ['account', 'password', 'data', 'sim', 'cuenta', 'contraseña', 'konto', 'passwort', 'compte', 'mot', 'conta', 'senha', 'λογαριασμό', 'κωδικό', 'fiók', 'jelszó', 'अकाउंट', 'खाता', 'पासवर्ड'],
    problem: ['hacked', 'stolen', 'leak', 'leaked', 'breach', 'swap', 'swapped', 'hackeada', 'hackeado', 'robada', 'filtración', 'gehackt', 'gestohlen', 'datenleck', 'piraté', 'volé', 'fuite', 'hackeada', 'roubada', 'vazamento', 'χακάρ', 'κλάπηκε', 'διαρροή', 'feltörték', 'ellopták', 'szivárgás', 'हैक', 'चोरी', 'लीक'],
  },
  {
    id: 'delivery_missing',
    category: 'service_failure',
    subject: ['order', 'package', 'parcel', 'delivery', 'pedido', 'paquete', 'envío', 'bestellung', 'paket', 'lieferung', 'commande', 'colis', 'livraison', 'encomenda', 'entrega', 'παραγγελία', 'δέμα', 'rendelés', 'csomag', 'ऑर्डर', 'पार्सल', 'डिलीवरी'],
    problem: ['not', 'never', 'missing', 'lost', 'late', 'still', 'no', 'nunca', 'perdido', 'llegado', 'nie', 'verloren', 'angekommen', 'immer', 'jamais', 'perdu', 'toujours', 'arrivé', 'nunca', 'perdida', 'chegou', 'ainda', 'δεν', 'χάθηκε', 'ακόμα', 'nem', 'elveszett', 'még', 'नहीं', 'गुम', 'अभी'],
  },
];

const WORD = /[\p{L}\p{M}\p{N}'’_]+/gu;

/**
 * Skipped when measuring distance: emphatic particles that sit between a word and its
 * negation in Hindi/Hinglish ("khul hi nahi") and articles ("nem indul az alkalmazás").
 */
const FILLERS = new Set(['hi', 'bhi', 'bilkul', 'ही', 'भी', 'बिल्कुल', 'the', 'a', 'an', 'az', 'egy', 'el', 'la', 'los', 'las', 'le', 'les', 'der', 'die', 'das', 'den', 'o', 'os', 'as', 'η', 'ο', 'το', 'τα', 'οι', 'sich', 'se']);

export function tokens(text: string): string[] {
  const clean = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[@#]\S+/g, ' ')
    // French elisions: "l'application" is "application".
    .replace(/(^|[^\p{L}])(?:l|d|j|qu|n|s|c|m|t)['’](?=\p{L})/gu, '$1');
  return (clean.match(WORD) ?? []).map((t) => t.replace(/’/g, "'"));
}

/** Subject cues match a token prefix (inflections); short problem cues match the whole token. */
function matches(token: string, cues: readonly string[], compounds = false): boolean {
  return cues.some((c) => {
    const cue = c.normalize('NFC');
    if (cue.length <= 3) return token === cue;
    // German-style compounds: "Monatsgebühr" is a "Gebühr".
    return token.startsWith(cue) || (compounds && cue.length >= 5 && token.length > cue.length + 2 && token.endsWith(cue));
  });
}

/** "No complaints", "no problems": a negation followed by one of these states no problem. */
const CANCELS = new Set(['gond', 'souci', 'soucis', 'παράπονο', 'complaint', 'complaints', 'problem', 'problems', 'issue', 'issues', 'worries', 'problema', 'problemas', 'probleme', 'problème', 'problèmes', 'probléma', 'πρόβλημα', 'समस्या', 'शिकायत']);

/**
 * Verbs of "working" (works, funktioniert, funciona, működik, chal...): a negation near
 * one of them, near a subject, is a problem even where word order puts the negation far
 * from the subject ("Die App funktioniert seit heute Morgen nicht").
 */
const WORK_VERBS = ['work', 'load', 'funcion', 'carga', 'van', 'funktion', 'geht', 'gehen', 'lädt', 'startet', 'öffn', 'fonctionn', 'marche', 'charg', 'carrega', 'abre', 'működ', 'megy', 'tölt', 'indul', 'λειτουργ', 'δουλεύ', 'φορτών', 'ανοίγ', 'chal', 'kaam', 'khul', 'चल', 'खुल', 'काम', 'लोड'];

/** Max words between a subject cue and a problem cue. */
export const CUE_DISTANCE = 4;
/** A bare negation ("no", "kein", "nincs") must sit closer: "no data", not "network of shops, no appointment". */
export const NEG_DISTANCE = 2;
const NEG_SET = new Set(NEG.map((n) => n.normalize('NFC')));

/** Topics this text is about, best first (closest cue pair; ties by the triage categories). */
export function topicsOf(text: string, categories: readonly Category[] = []): string[] {
  const toks = tokens(text).filter((t) => !FILLERS.has(t));
  const scored: Array<{ id: string; d: number }> = [];
  for (const topic of TOPICS) {
    const subj: number[] = [];
    const prob: number[] = [];
    const verbs: number[] = [];
    let best = Infinity;
    toks.forEach((t, i) => {
      if (matches(t, topic.subject, true)) {
        subj.push(i);
        // "Netzausfall": subject and problem in one compound word.
        if (topic.problem.some((c) => c.length >= 5 && !NEG_SET.has(c) && t.includes(c.normalize('NFC')) && !t.startsWith(c.normalize('NFC')))) best = 0;
      }
      if (matches(t, topic.problem) && !(NEG_SET.has(t) && CANCELS.has(toks[i + 1] ?? ''))) prob.push(i);
      if (matches(t, WORK_VERBS)) verbs.push(i);
    });
    for (const s of subj) {
      for (const p of prob) {
        if (s === p) continue;
        const d = Math.abs(s - p);
        if (d <= (NEG_SET.has(toks[p]!) ? NEG_DISTANCE : CUE_DISTANCE)) best = Math.min(best, d);
      }
      // Negated "working" verb near the subject.
      for (const v of verbs) {
        if (v === s || Math.abs(v - s) > CUE_DISTANCE) continue;
        for (const p of prob) if (p !== v && NEG_SET.has(toks[p]!) && Math.abs(p - v) <= CUE_DISTANCE) best = Math.min(best, Math.abs(v - s));
      }
    }
    if (best <= CUE_DISTANCE) scored.push({ id: topic.id, d: best - (categories.includes(topic.category) ? 0.5 : 0) });
  }
  return scored.sort((a, b) => a.d - b.d).map((s) => s.id);
}
