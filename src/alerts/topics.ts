/**
 * Multilingual topic signatures for incident clustering (pure, deterministic). A post is
 * about a topic when a service noun of that topic (data, calls, SMS, app, bill, parcel ...)
 * sits within a few words of a problem indicator in the same clause: a failure word
 * ("down", "caído", "Störung", "βλάβη", "बंद"), a negation ("no", "δεν", "nem", "nahi",
 * "kein", "não", "sin", ...) or a word of that topic's problem ("twice", "smoke", "late").
 * "The network is down" is an outage; "your network of shops" states no problem, so it is
 * nothing, though both say network. Cue data per topic and language: topics/cues.ts.
 */
import type { Category } from '../core/triage.js';
import { CANCELS, EXPECTATION, FAILURE, HARDSHIP, NEGATION, STILL, PRAISE_WORDS, SARCASM, STATE_VERBS, TOPIC_CUES, type PerLang } from './topics/cues.js';
import { CONCEPT_CUES } from './topics/concepts.js';

/** Max words between a subject cue and a problem cue (fillers not counted). */
export const CUE_DISTANCE = 5;
/** A bare negation must sit this close to the subject ("no data"), unless a negated verb or triage supports it. */
export const NEG_DISTANCE = 2;

/** Strips Latin and Greek accents (not Devanagari signs), lowercases. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
}

/** A compiled cue list: exact words, prefixes, and (for compounds) stems found inside a word. */
interface CueSet {
  exact: Set<string>;
  prefixes: string[];
}

function compile(lists: PerLang | readonly string[]): CueSet {
  const all = Array.isArray(lists) ? (lists as readonly string[]) : Object.values(lists as PerLang).flat();
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const raw of all) {
    const c = fold(raw);
    if (c.startsWith('=')) exact.add(c.slice(1));
    else if (c.endsWith('*')) prefixes.push(c.slice(0, -1));
    else if (c.length <= 3) exact.add(c);
    else prefixes.push(c);
  }
  return { exact, prefixes: [...new Set(prefixes)] };
}

function hit1(token: string, cues: CueSet): boolean {
  return cues.exact.has(token) || cues.prefixes.some((p) => token.startsWith(p));
}

/** Umlauts typed as "ue", "oe", "ae" ("kuendigung", "laedt", "zurueck") match their folded cue too. */
function hit(token: string, cues: CueSet): boolean {
  if (hit1(token, cues)) return true;
  const plain = token.replace(/([a-z])(?:ue|oe|ae)/g, (m, c: string) => c + m[1]);
  return plain !== token && hit1(plain, cues);
}

/** German/Hungarian compounds: "monatsgebuhr" is a "gebuhr", "mobilhalozat" a "halozat". */
function inCompound(token: string, cues: CueSet): boolean {
  return cues.prefixes.some((p) => p.length >= 5 && token.length > p.length + 2 && token.indexOf(p, 1) > 0);
}

export interface Topic {
  id: string;
  category: Category;
  generic: boolean;
  /** Ranks above concepts (non-generic topics, and delivery: "the router delivery" is a delivery problem). */
  specific: boolean;
  subject: CueSet;
  problem: CueSet;
  /** A service concept (topics/concepts.ts), not a hand-written topic: stricter negation, ranked by concept order. */
  concept: boolean;
  /** Extra verbs a negation turns into a failure (concepts only). */
  verbs: CueSet | null;
}

export const TOPICS: readonly Topic[] = TOPIC_CUES.map((t) => ({ id: t.id, category: t.category, generic: t.generic, specific: t.specific ?? !t.generic, subject: compile(t.subject), problem: compile(t.problem), concept: false, verbs: null }));
/** Concept topics: a service noun of the concept dictionary with a problem cue (issue 11, topics nobody wrote). */
export const CONCEPTS: readonly Topic[] = CONCEPT_CUES.map((c) => ({ id: c.id, category: 'outage', generic: c.generic ?? true, specific: false, subject: compile(c.subject), problem: compile(c.problem ?? []), concept: true, verbs: c.verbs ? compile(c.verbs) : null }));
const ALL_TOPICS: readonly Topic[] = [...TOPICS, ...CONCEPTS];
const ANY_CONCEPT_VERB = compile(CONCEPT_CUES.flatMap((c) => Object.values(c.verbs ?? {}).flat()));
const NEG = compile(NEGATION);
const EXPECT = compile(EXPECTATION);
const STILLS = compile(STILL);
const HARD = compile(HARDSHIP);
/** Before a number of days/hours ('for 4 days', 'seit 4 Tagen', 'depuis 4 jours', 'há 4 dias'): a duration, a problem for the service named. */
const DUR_PRE = compile(['=for', '=since', '=already', '=desde', '=hace', '=ya', '=seit', '=schon', '=depuis', '=deja', '=ha', '=ja', '=apo', '=εδω', '=mar']);
const DUR_UNIT = compile(['day*', 'hour*', 'week*', 'dia', 'dias', 'hora*', 'semana*', 'tag', 'tage*', 'stunde*', 'woche*', 'jour*', 'heure*', 'semaine*', 'μερ*', 'ωρ*', 'εβδομαδ*', 'din', 'ghant*', 'hafte', 'hafta']);
/** "Since Friday", "desde el viernes", "seit gestern", "depuis ce matin": a problem that began at a time. */
const SINCE = compile(['=since', '=desde', '=seit', '=depuis']);
const WHEN = compile(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'morning', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', '=ayer', 'manana', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'gestern', 'morgen', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', '=hier', 'matin', 'segunda', 'terca', 'quarta', 'quinta', 'sexta', 'sabado', '=ontem', 'manha']);
/** After the unit: 'N din se' (Hindi: for N days), '4 días seguidos', '4 days straight'. */
const DUR_POST = compile(['=se', '=seguidos', '=seguidas', '=straight', '=running', '=συνεχεια']);
/** Hungarian 'N napja' (for N days), Hindi 'N din se'. */
const DUR_SUFFIX = compile(['=napja', '=oraja', '=hete', '=honapja', '=perce']);
/** Hinglish "aana tha", "ho jana tha": an infinitive and "was" state an expectation. */
const HI_INF = compile(['=aana', '=ana', '=aani', '=hona', '=honi', '=jana', '=jaana', '=karna', 'आना', 'होना', 'जाना']);
const HI_WAS = compile(['=tha', '=thi', '=the', 'था', 'थी', 'थे']);
/** Furthest a service noun may sit from a problem cue in another clause of the post. */
export const LOOSE_DISTANCE = 10;
const FAIL = compile(FAILURE);
const VERBS = compile(STATE_VERBS);
const CANCEL = compile(CANCELS);
/** Words of absence: negated ("nothing missing"), they state no problem. */
const ABSENCE = compile(['missing', 'faltan', 'falta', 'fehlt', 'fehlen', 'disparu*', 'manqu*', 'desaparec*', 'λειπ*', 'hianyz*', 'gayab', 'गायब']);
/** "No more", "ya no más", "nicht mehr", "plus", "mais", "πια", "többé". */
const MORE = compile(['=more', '=mas', '=mehr', '=plus', '=mais', '=πια', '=tobbe']);
/** Words built on a failure stem that mean the opposite: "hibátlan" (flawless), "fehlerfrei". */
const FLAWLESS = compile(['hibatlan*', 'hibamentes*', 'fehlerfrei*', 'fehlerlos*', 'sem falha*', 'sin fallo*', 'errorless']);
const PRAISE = compile(PRAISE_WORDS);
/** Sarcasm emoji and "/s". */
const SARCASM_RE = /[🙄🙃😒😑🤡🤦👏]|\/s\b/u;
const SARCASM_WORDS: CueSet = { exact: new Set(SARCASM.map(fold)), prefixes: [] };
/** Error words: next to "message" or "code" they name an error message, not a text message. */
const ERROR = compile(['error*', 'erreur*', 'fehler*', 'hiba*', 'σφαλμα*', 'erro*', 'एरर']);
const ERROR_NOTE = new Set(['sms_missing']);
/** "Paying for a phone that can't make calls": paying for something is not the payment page. */
const FOR = new Set(['for', 'por', 'para', 'pra', 'pour', 'fur', 'για']);
const payingFor = (topic: Topic, toks: readonly Tok[], i: number) =>
  topic.id === 'checkout' && (FOR.has(toks[i + 1]?.t ?? '') || [i - 1, i + 1, i + 2].some((j) => toks[j] !== undefined && TOPICS.some((t) => (t.id === 'connectivity' || t.id === 'calls_failing' || t.id === 'battery_fire') && hit(toks[j]!.t, t.subject))));

/**
 * Skipped when measuring distance: emphatic particles that sit between a word and its
 * negation in Hindi/Hinglish ("khul hi nahi") and articles ("nem indul az alkalmazás").
 */
const FILLERS = new Set(['hi', 'bhi', 'bilkul', 'ही', 'भी', 'बिल्कुल', 'the', 'a', 'an', 'az', 'egy', 'el', 'la', 'los', 'las', 'le', 'les', 'der', 'die', 'das', 'den', 'dem', 'o', 'os', 'as', 'η', 'ο', 'το', 'τα', 'οι', 'την', 'τον', 'να', 'ενα', 'μια', 'un', 'una', 'uno', 'une', 'um', 'uma', 'ein', 'eine', 'einer', 'einen', 'de', 'del', 'da', 'du', 'des', 'sich', 'se', 'my', 'mi', 'mis', 'mein', 'meine', 'mon', 'ma', 'mes', 'meu', 'minha', 'μου', 'mera', 'meri', 'mere', 'मेरा', 'मेरी', 'मेरे']);

const WORD = /[\p{L}\p{M}\p{N}'’_]+/gu;
/** Clause boundaries: a negation or problem word past one of these does not describe the subject. */
const CLAUSE = /[,.;:!?¿¡()"«»“”—–|…]+|\s-\s/u;

export interface Tok {
  t: string;
  clause: number;
}

/** Folded tokens with their clause number. French elisions are split ("l'application"). */
export function clauseTokens(text: string): Tok[] {
  const clean = fold(text.normalize('NFC'))
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[@#]\S+/g, ' ')
    .replace(/(^|[^\p{L}])(?:l|d|j|qu|n|s|c|m|t)['’](?=\p{L})/gu, '$1')
    // Multi-word service nouns become one token: "mot de passe", "palavra-passe", "e-mail".
    .replace(/\bmots? de passe\b/g, 'motdepasse')
    .replace(/\bpalavras?-passe\b/g, 'palavrapasse')
    .replace(/\be-mail/g, 'email')
    .replace(/\btop[- ]up/g, 'topup')
    // "2x", "2 veces", "2 fois", "2 baar": twice.
    .replace(/(^|\s)2 ?(?:x|times|veces|fois|vezes|mal|φορες|baar|alkalommal)(?=$|[^\p{L}])/gu, '$1twice')
    // "No service", "sin servicio", "kein Dienst": no signal, not the care team.
    .replace(/\b(no|sin|kein|aucun|sem|nincs) (service|servicio|dienst|servico|szolgaltatas)\b/g, '$1 signal')
    .replace(/χωρις υπηρεσια/g, 'χωρις σημα')
    // "Logs me out", "kicked me out", "me saca", "me tira": thrown out of the app.
    .replace(/\b(?:logs?|logged|kicks?|kicked|throws?|threw) me out\b/g, 'logout')
    .replace(/\bme (?:saca|saque|echa|echo|tira|expulsa)\b/g, 'logout')
    // "Era pra chegar" (was meant to arrive), "où est", "ou est": expectation and where-questions.
    .replace(/\bera (?:pra|para)\b/g, 'devia')
    .replace(/\b(?:para|pra) (?:siempre|sempre)\b|\bpour toujours\b|για παντα/g, 'forever')
    .replace(/\b(?:ou est|est ou)\b/g, 'where');
  const out: Tok[] = [];
  clean.split(CLAUSE).forEach((part, clause) => {
    for (const w of part.match(WORD) ?? []) out.push({ t: w.replace(/’/g, "'"), clause });
  });
  return out;
}

export function tokens(text: string): string[] {
  return clauseTokens(text).map((x) => x.t);
}

/** A negation that states no problem: "no complaints", "kein Problem", "koi dikkat nahi". */
function cancelled(toks: readonly Tok[], i: number): boolean {
  for (const j of [i - 1, i + 1, i + 2]) {
    const x = toks[j];
    if (x && x.clause === toks[i]!.clause && hit(x.t, CANCEL)) return true;
  }
  return false;
}

/** Topics this text is about, best first (closest cue pair; the triage categories support weak matches and break ties). */
export function topicsOf(text: string, categories: readonly Category[] = []): string[] {
  const toks = clauseTokens(text).filter((x) => !FILLERS.has(x.t));
  const neg0 = toks.map((x, i) => hit(x.t, NEG) && !cancelled(toks, i));
  const verb = toks.map((x) => hit(x.t, VERBS));
  const fail0 = toks.map((x, i) => hit(x.t, FAIL) && !hit(x.t, FLAWLESS) && !(x.t === 'double' && toks[i + 1]?.t.startsWith('check')));
  // A negated failure or absence is good news: "no more missing channels", "fehlen keine
  // Sender mehr", "δεν λείπει κανένα", "gayab nahi", "l'app ne plante plus".
  const negOf = (i: number): number[] => {
    const same = (j: number) => j >= 0 && j < toks.length && toks[j]!.clause === toks[i]!.clause && neg0[j];
    const out = [i - 1, i + 1].filter(same);
    if (same(i - 2) && hit(toks[i - 1]!.t, MORE)) out.push(i - 2);
    return out;
  };
  const negated = toks.map((x, i) => (fail0[i] || hit(x.t, ABSENCE)) && negOf(i).length > 0);
  const consumed = new Set(toks.flatMap((_, i) => (negated[i] ? negOf(i) : [])));
  const neg = neg0.map((b, i) => b && !consumed.has(i));
  const fail = fail0.map((b, i) => b && !negated[i]);
  const scored: Array<{ id: string; d: number; order: number; rank: number; clauses: Set<number> }> = [];
  ALL_TOPICS.forEach((topic, order) => {
    const supported = !topic.concept && categories.includes(topic.category);
    const isVerb = (v: number) => verb[v] || (topic.verbs !== null && hit(toks[v]!.t, topic.verbs));
    const subj: number[] = [];
    const prob: number[] = [];
    let best = Infinity;
    toks.forEach((x, i) => {
      // "Error message", "message d'erreur": the message is the error, not an SMS.
      const errorNote = ERROR_NOTE.has(topic.id) && [toks[i - 2], toks[i - 1], toks[i + 1], toks[i + 2]].some((y) => y && y.clause === x.clause && hit(y.t, ERROR));
      const isSubj = !errorNote && !payingFor(topic, toks, i) && (hit(x.t, topic.subject) || inCompound(x.t, topic.subject));
      if (isSubj) {
        subj.push(i);
        // "Netzausfall": subject and problem in one compound word.
        if (inCompound(x.t, topic.problem) || (topic.generic && inCompound(x.t, FAIL))) best = 0;
      }
      // A topic's own problem word right after a negation states no problem: "no data breach".
      const negBefore = !topic.generic && [i - 1, i - 2].some((j) => j >= 0 && neg[j] && toks[j]!.clause === x.clause);
      const isProb = hit(x.t, topic.problem) && !negated[i] && !negBefore && !(x.t === 'double' && toks[i + 1]?.t.startsWith('check'));
      if (isProb || (topic.generic && fail[i])) prob.push(i);
    });
    const same = (a: number, b: number) => toks[a]!.clause === toks[b]!.clause;
    for (const s of subj) {
      for (const p of prob) {
        const d = Math.abs(s - p);
        if (p !== s && d <= CUE_DISTANCE && same(s, p)) best = Math.min(best, d);
      }
      if (!topic.generic) continue;
      // "No channel missing", "aucune chaîne manquante": the negation is about the absence.
      const absentAfter = s + 1 < toks.length && toks[s + 1]!.clause === toks[s]!.clause && hit(toks[s + 1]!.t, ABSENCE);
      for (let n = Math.max(0, s - CUE_DISTANCE * 2); n < Math.min(toks.length, s + CUE_DISTANCE * 2 + 1); n++) {
        // Every cue pair must share a clause: "network of shops, no appointment" is no problem.
        if (!neg[n] || n === s || !same(s, n)) continue;
        const d = Math.abs(s - n);
        // A bare negation right next to the subject: "no data", "δεν έρχονται SMS". For a
        // concept, only before its noun ("sin roaming"): "support never called back" is no outage.
        if (d <= NEG_DISTANCE && (!topic.concept || n < s) && !(absentAfter && n < s)) best = Math.min(best, d);
        // A concept may also sit a little further after a verbless negation: "kein Link zum
        // Zurücksetzen des Passworts", but not "no reply to my email" (a verb in between).
        if (topic.concept && n < s && !absentAfter && d <= NEG_DISTANCE + 1 && !toks.slice(n + 1, s).some((_, k) => verb[n + 1 + k] || hit(toks[n + 1 + k]!.t, ANY_CONCEPT_VERB))) best = Math.min(best, d);
        // A negated state verb near the subject: "funktioniert seit heute Morgen nicht".
        for (let v = n - CUE_DISTANCE; v <= n + CUE_DISTANCE; v++) {
          if (v < 0 || v >= toks.length || v === n || v === s || !isVerb(v) || !same(v, n)) continue;
          if (Math.abs(v - s) <= CUE_DISTANCE) best = Math.min(best, Math.max(Math.abs(v - s), 1));
        }
        // Triage agrees this is the topic's kind of problem: a negation in the same clause will do.
        if (supported && d <= CUE_DISTANCE) best = Math.min(best, d + 0.5);
      }
    }
    if (best <= CUE_DISTANCE + 0.5) scored.push({ id: topic.id, d: best - (supported ? 0.25 : 0), order, rank: topic.concept ? 1 : topic.specific ? 0 : 2, clauses: new Set(subj.map((i) => toks[i]!.clause)) });
  });
  // Nothing in one clause: a post naming a service and stating a problem anywhere else
  // ("ordered a phone case a week ago, still nothing", "was supposed to come Monday",
  // "took the day off for the technician, nobody showed up"). The service noun nearest to
  // a strong cue wins: a failure word, an unmet expectation, "still"/"yet" with a negation,
  // a negated state verb, a duration, a where-question or "since <day>". A bare negation
  // is not enough here.
  if (!scored.length) {
    // Weaker evidence: not in a post that praises without sarcasm ("signal great since Friday").
    if (!praiseStatesProblem(text)) return [];
    const loose = looseTopic(toks, neg, fail, verb, negated);
    return loose ? [loose] : [];
  }
  // Hand-written topics by closeness; a concept named in the post outranks the broad
  // outage topics ("roaming data is dead" is a roaming incident, not connectivity) but not
  // a topic with its own problem words (a double charge stays one), and concepts rank by
  // their dictionary order so one burst lands on one concept.
  if (!scored.some((x) => x.rank === 1)) return scored.sort((a, b) => a.d - b.d || a.order - b.order).map((x) => x.id);
  // A concept qualified by an earlier one in the same clause is about the earlier one: the
  // e-mail "to reset my password" is a password-reset problem, the "checkout of the shop" a checkout one.
  for (const c of scored.filter((x) => x.rank === 1)) {
    CONCEPTS.forEach((e, k) => {
      const order = TOPICS.length + k;
      if (order >= c.order || scored.some((x) => x.id === e.id)) return;
      if (toks.some((x) => c.clauses.has(x.clause) && (hit(x.t, e.subject) || inCompound(x.t, e.subject)))) scored.push({ id: e.id, d: c.d, order, rank: 1, clauses: c.clauses });
    });
  }
  return scored.sort((a, b) => a.rank - b.rank || (a.rank === 1 ? a.order - b.order : a.d - b.d || a.order - b.order)).map((x) => x.id);
}

/** The topic named nearest to a problem cue anywhere in the post (see topicsOf), or null. */
function looseTopic(toks: readonly Tok[], neg: readonly boolean[], fail: readonly boolean[], verb: readonly boolean[], negated: readonly boolean[]): string | null {
  const cues: number[] = [];
  toks.forEach((x, i) => {
    const near = (k: number, d: number) => [...Array(d).keys()].map((j) => k + j + 1).some((j) => j < toks.length && toks[j]!.clause === x.clause && neg[j]);
    const negVerb = neg[i] && [i - 2, i - 1, i + 1, i + 2].some((j) => j >= 0 && j < toks.length && toks[j]!.clause === x.clause && verb[j]);
    const hiFrame = hit(x.t, HI_INF) && i + 1 < toks.length && hit(toks[i + 1]!.t, HI_WAS);
    const num = /^\d+$/.test(x.t);
    const duration = (num && i + 1 < toks.length && hit(toks[i + 1]!.t, DUR_UNIT) && ((i > 0 && hit(toks[i - 1]!.t, DUR_PRE)) || hit(toks[i + 2]?.t ?? '', DUR_POST))) || (num && i + 1 < toks.length && hit(toks[i + 1]!.t, DUR_SUFFIX));
    const since = hit(x.t, SINCE) && [i + 1, i + 2].some((j) => j < toks.length && (hit(toks[j]!.t, WHEN) || /^\d/.test(toks[j]!.t)));
    if (fail[i] || hit(x.t, EXPECT) || hit(x.t, HARD) || (hit(x.t, STILLS) && near(i, 3)) || negVerb || hiFrame || duration || since) cues.push(i);
  });
  let best: { id: string; d: number } | null = null;
  for (const topic of ALL_TOPICS) {
    toks.forEach((x, i) => {
      if (!(hit(x.t, topic.subject) || inCompound(x.t, topic.subject)) || payingFor(topic, toks, i)) return;
      if (ERROR_NOTE.has(topic.id) && [toks[i - 2], toks[i - 1], toks[i + 1], toks[i + 2]].some((y) => y && y.clause === x.clause && hit(y.t, ERROR))) return;
      // A hand-written topic with its own problem words (a double charge, a fire) needs them: naming it is not stating it.
      if (!topic.generic) return;
      // A concept's own problem words, and a negation next to one of its own verbs ("nobody showed up" for a technician).
      const ownVerb = (j: number) => topic.verbs !== null && [j - 2, j - 1, j + 1, j + 2].some((k) => k >= 0 && k < toks.length && toks[k]!.clause === toks[j]!.clause && hit(toks[k]!.t, topic.verbs!));
      const own = !topic.concept ? [] : toks.map((y, j) => ((hit(y.t, topic.problem) && !neg[j - 1] && !negated[j]) || (neg[j] && ownVerb(j)) ? j : -1)).filter((j) => j >= 0);
      for (const c of [...cues, ...own]) {
        const d = Math.abs(c - i);
        if (c !== i && d <= LOOSE_DISTANCE && (!best || d < best.d)) best = { id: topic.id, d };
      }
    });
  }
  return best ? (best as { id: string }).id : null;
}

/**
 * Topics whose service noun the text names, stated problem or not (in signature order):
 * the weaker evidence that lets a complaint worded in ways the cues miss join a burst.
 */
export function topicsNamedIn(text: string): string[] {
  const toks = clauseTokens(text).filter((x) => !FILLERS.has(x.t));
  // A topic with its own problem words is not named by its noun: a bill is not a double charge.
  return ALL_TOPICS.filter((topic) =>
    topic.generic && toks.some((x, i) => {
      if (!(hit(x.t, topic.subject) || inCompound(x.t, topic.subject))) return false;
      return !(ERROR_NOTE.has(topic.id) && [toks[i - 2], toks[i - 1], toks[i + 1], toks[i + 2]].some((y) => y && y.clause === x.clause && hit(y.t, ERROR)));
    }),
  ).map((t) => t.id);
}

/**
 * Whether a post triage called praise still states the problem its topic signature found:
 * sarcasm ("great, no data again 🙄", "love how the app crashes") or no praising word at
 * all (triage misread it). "The app works great now" has no topic, so it never gets here;
 * "my data never runs out, love it" has one but praises and is not sarcastic, so it stays out.
 */
export function praiseStatesProblem(text: string): boolean {
  if (SARCASM_RE.test(text.normalize('NFC'))) return true;
  const toks = clauseTokens(text);
  if (toks.some((x, i) => hit(x.t, SARCASM_WORDS) || (i > 0 && hit(`${toks[i - 1]!.t} ${x.t}`, SARCASM_WORDS)))) return true;
  return !toks.some((x) => hit(x.t, PRAISE));
}
