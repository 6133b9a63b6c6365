/**
 * Incidents on topics nobody wrote a signature for (concept dictionary, topics/concepts.ts),
 * near-misses that share a word but not a problem, and sarcastic complaints triage calls
 * praise. Wordings written for these tests; the eval's held-out banks are not used here.
 */
import { describe, expect, it } from 'vitest';
import { AlertEngine, incidentCandidateOf } from '../../src/alerts/engine.js';
import { alertSettingsFromBrand } from '../../src/alerts/settings.js';
import { praiseStatesProblem, topicsOf } from '../../src/alerts/topics.js';
import { createTriageEngine, triageOptionsFromBrand } from '../../src/triage/index.js';
import type { Mention } from '../../src/core/mention.js';
import type { RaisedAlert } from '../../src/alerts/types.js';
import { brand } from './helpers.js';

const MIN = 60_000;
const T0 = Date.parse('2026-11-21T09:00:00Z');

function engine(): AlertEngine {
  return new AlertEngine({ settings: alertSettingsFromBrand(brand), triage: createTriageEngine(triageOptionsFromBrand(brand)) });
}

function post(id: string, text: string, minute: number, lang = 'en'): Mention {
  return { id, platform: 'x', text: `@KestrelMobile ${text}`, createdAt: new Date(T0 + minute * MIN).toISOString(), lang, author: { id: `u_${id}`, handle: `h_${id}`, followers: 200 }, metrics: { likes: 0 } };
}

/** Feeds posts (heard 1 minute after posting) and returns the incident alerts. */
function feed(e: AlertEngine, texts: ReadonlyArray<readonly [string, string]>, prefix: string, everyMin = 3): RaisedAlert[] {
  const out: RaisedAlert[] = [];
  texts.forEach(([lang, text], i) => {
    const m = post(`x:${prefix}${i}`, text, i * everyMin, lang);
    out.push(...e.mention(m, new Date(T0 + (i * everyMin + 1) * MIN)).filter((a) => a.kind === 'incident'));
  });
  return out;
}

const ROAMING: ReadonlyArray<readonly [string, string]> = [
  ['en', 'roaming stopped working the moment I landed in Rome'],
  ['es', 'el roaming no me funciona en Portugal'],
  ['de', 'Roaming geht in Frankreich überhaupt nicht'],
  ['hu', 'nem működik a roaming Ausztriában'],
  ['el', 'η περιαγωγή δεν δουλεύει στη Γερμανία'],
  ['hi', 'roaming chal hi nahi rahi Thailand mein'],
];

const SUPPORT: ReadonlyArray<readonly [string, string]> = [
  ['en', 'your support hotline is unreachable, been trying all morning'],
  ['fr', 'impossible de joindre le service client, personne ne décroche'],
  ['pt', 'a linha de apoio não atende há horas'],
  ['de', 'Kundenservice seit Stunden nicht erreichbar, Warteschleife ohne Ende'],
  ['es', 'atención al cliente no contesta nunca'],
];

describe('incidents on topics without a hand-written signature', () => {
  it('one incident for a roaming outage reported in six languages', () => {
    const e = engine();
    const alerts = feed(e, ROAMING, 'r');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.topic).toBe('roaming');
    expect(alerts[0]!.mentionIds).toHaveLength(5);
    // The sixth joins the incident instead of raising another alert.
    expect(e.incidentOf('x:r5')).toBe(alerts[0]!.incidentId);
  });

  it('one incident for an unreachable customer-service line in five languages', () => {
    const alerts = feed(engine(), SUPPORT, 's');
    expect(alerts.map((a) => a.topic)).toEqual(['support_line']);
  });

  it('gives every complaint of a burst the same concept, even when another concept is named', () => {
    const texts = ['password reset email never arrives', 'no me llega el correo para restablecer la contraseña', 'die Mail zum Zurücksetzen des Passworts kommt nicht an', "l'email de réinitialisation du mot de passe n'arrive pas", 'पासवर्ड रीसेट का ईमेल नहीं आ रहा'];
    for (const t of texts) expect([t, topicsOf(t)[0]]).toEqual([t, 'password_reset']);
    expect(topicsOf('the checkout page of the online store will not load')[0]).toBe('checkout');
    // A concept named in the post outranks the broad outage topics, not a double charge.
    expect(topicsOf('abroad and my roaming data is dead')[0]).toBe('roaming');
    expect(topicsOf('router light is red, no internet at home')[0]).toBe('home_broadband');
    expect(topicsOf('you charged my card twice for one payment')[0]).toBe('double_charge');
    expect(topicsOf('the voicemail is not working')[0]).toBe('voicemail');
    expect(topicsOf('la recarga falla siempre')[0]).toBe('topup');
  });

  it('a price rise is stated by rise words only', () => {
    for (const t of ['another price increase this year', 'ihr habt die Preise schon wieder erhöht', 'vous avez augmenté mon forfait sans prévenir', 'πάλι αύξηση τιμής']) expect([t, topicsOf(t)[0]]).toEqual([t, 'price_rise']);
    for (const t of ['no price change on my plan this year, nice', 'the plan has no roaming fees']) expect([t, topicsOf(t)]).toEqual([t, []]);
  });
});

describe('near-misses: a shared word is not a shared problem', () => {
  const NEAR = [
    'love your network of shops, the staff were great',
    'your network of shops is everywhere, no appointment needed',
    'no roaming fees in the EU, brilliant',
    'sin colas en la tienda hoy, genial',
    'support never called me back',
    'no reply to my email from last week',
    'a roaming Olaszországban hibátlan volt, semmi gond',
    'the new checkout page looks great',
    'Kundenservice war super freundlich, kein Problem',
    // A negated failure or absence is good news.
    'no more missing channels since the update',
    'seit dem Update fehlen keine Sender mehr',
    'plus aucune chaîne manquante depuis la mise à jour',
    'δεν λείπει κανένα κανάλι μετά την ενημέρωση',
    "l'appli ne plante plus depuis la mise à jour",
  ];

  it('finds no topic in them', () => {
    for (const t of NEAR) expect([t, topicsOf(t)]).toEqual([t, []]);
  });

  it('raises nothing for a burst of them from different authors', () => {
    const alerts = feed(engine(), NEAR.map((t) => ['en', t] as const), 'n', 2);
    expect(alerts).toEqual([]);
  });

  it('raises nothing for a burst of unrelated complaints', () => {
    const unrelated = ['the shop assistant was rude to me', 'why is my contract so expensive', 'my bill is higher than last month', 'the website is so confusing', 'waited 40 minutes in the store today', 'your ads are everywhere, stop', 'la tienda abre muy tarde'];
    expect(feed(engine(), unrelated.map((t) => ['en', t] as const), 'u', 2)).toEqual([]);
  });
});

describe('sarcastic complaints triage calls praise', () => {
  it('tells sarcasm and misread complaints from real praise', () => {
    expect(praiseStatesProblem('great, no data again 🙄')).toBe(true);
    expect(praiseStatesProblem('love how the app crashes every time I open it 🙃')).toBe(true);
    expect(praiseStatesProblem('genial, otra vez sin cobertura')).toBe(true);
    expect(praiseStatesProblem('nem működik az alkalmazás reggel óta')).toBe(true);
    expect(praiseStatesProblem('my mobile data never runs out on this plan, love it')).toBe(false);
    expect(praiseStatesProblem('the app works great now, thanks for the fix')).toBe(false);
  });

  it('lets a sarcastic complaint join the incident, and keeps real praise out', () => {
    const e = engine();
    const burst: ReadonlyArray<readonly [string, string]> = [
      ['en', 'genial, otra vez sin datos móviles 🙄'],
      ['en', 'mobile data dead since 8am'],
      ['es', 'sin datos móviles desde esta mañana'],
      ['de', 'keine mobilen Daten seit heute früh'],
      ['fr', 'plus de données mobiles depuis ce matin'],
      ['en', 'my mobile data never runs out on this plan, love it'],
      ['en', 'the app works great now, thanks for the fix'],
    ];
    const alerts = feed(e, burst, 'c');
    // Triage does not read it as a complaint (mis-tagged 'en', praise word, eye-roll): it joins anyway.
    expect(e.triageOf('x:c0')?.kind).not.toBe('complaint');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.mentionIds).toContain('x:c0');
    expect(e.incidentOf('x:c5')).toBeNull();
    expect(e.incidentOf('x:c6')).toBeNull();
  });

  it('a praise verdict keeps real praise out of incidents, not a stated problem', () => {
    const e = engine();
    const asPraise = (id: string, text: string) => {
      const m = post(id, text, 0);
      e.mention(m, new Date(T0));
      return incidentCandidateOf(m, { ...e.triageOf(id)!, kind: 'praise' }, T0)?.topic ?? null;
    };
    expect(asPraise('x:p1', 'great, no data again 🙄')).toBe('connectivity');
    expect(asPraise('x:p2', 'wow, roaming dead as usual')).toBe('roaming');
    expect(asPraise('x:p3', 'my mobile data never runs out on this plan, love it')).toBeNull();
    expect(asPraise('x:p4', 'the app works great now, thanks for the fix')).toBeNull();
  });
});
