/**
 * Issue 11, round 2: problems stated the way customers write them. A problem stated in
 * another clause than the service noun, unmet expectations, "still nothing", durations,
 * repeated contact, typed umlauts, "2x", "no service", and three services the dictionary
 * gained (refund, cancellation, technician visit). Look-alikes still state nothing.
 */
import { describe, expect, it } from 'vitest';
import { AlertEngine } from '../../src/alerts/engine.js';
import { alertSettingsFromBrand } from '../../src/alerts/settings.js';
import { topicsNamedIn, topicsOf } from '../../src/alerts/topics.js';
import { createTriageEngine, triageOptionsFromBrand } from '../../src/triage/index.js';
import { TUNE3_BACKGROUND, TUNE3_LOOKALIKES } from '../fixtures/alerts/tune3.js';
import { TUNE4_BACKGROUND, TUNE4_LOOKALIKES } from '../fixtures/alerts/tune4.js';
import { brand } from './helpers.js';

const first = (t: string) => topicsOf(t)[0];

describe('topics: problem stated in another clause (the nearest named service)', () => {
  it('a failure word, "still nothing" or a negated verb in another clause', () => {
    expect(first('ordered a new charger 10 days ago, still nothing')).toBe('delivery_missing');
    expect(first('sent 3 texts, none arrived')).toBe('sms_missing');
    expect(first('booked the engineer for 9am, nobody came')).toBe('technician');
    expect(first('refund ab tak nahi aaya')).toBe('refund');
  });

  it('unmet expectations, in several languages', () => {
    expect(first('my parcel was supposed to come on Monday')).toBe('delivery_missing');
    expect(first('el paquete tenía que llegar el lunes')).toBe('delivery_missing');
    expect(first('der Techniker sollte um 8 kommen')).toBe('technician');
    expect(first('a csomagnak hetfon kellett volna jonnie')).toBe('delivery_missing');
    expect(first('the refund you promised still hasn\'t arrived')).toBe('refund');
  });

  it('durations, difficulty and repeated contact', () => {
    expect(first('router parcel out for delivery for 5 days now')).toBe('delivery_missing');
    expect(first('how hard is it to cancel my contract')).toBe('cancellation');
    expect(first('third time asking to cancel')).toBe('cancellation');
  });

  it('"2x", "no service", typed umlauts, and "paying for" is not the payment page', () => {
    expect(first('billed 2x this month??')).toBe('double_charge');
    expect(first('thanks for charging me double, really appreciate it 🙄')).toBe('double_charge');
    expect(first('phone charging and smoke came out')).toBe('battery_fire');
    expect(first('great, parcel out for delivery 4 days straight 🙄')).toBe('delivery_missing');
    expect(first('no service since this morning')).toBe('connectivity');
    expect(first('Kuendigung wird seit Wochen ignoriert')).toBe('cancellation');
    expect(first('die app laedt nicht')).toBe('app_down');
    expect(first('love paying for a phone that cant make calls 🙄')).toBe('calls_failing');
  });

  it('thrown out of the app, where-questions, waiting, and paying for a service that fails', () => {
    expect(first('love how the app kicks me out every 5 minutes 🙄')).toBe('app_down');
    expect(first('where is my parcel?? ordered on the 2nd')).toBe('delivery_missing');
    expect(first('wo bleibt meine Erstattung?')).toBe('refund');
    expect(first('waited all morning for the installer, great 🙄')).toBe('technician');
    expect(first('signal non-existent in my area since Friday')).toBe('connectivity');
    expect(first('envío SMS y se quedan enviando para siempre')).toBe('sms_missing');
    expect(first('niemand hat meine SIM geliefert, schon 10 Tage')).toBe('delivery_missing');
    // "τελείως" (completely) is not "τέλεια" (perfect): no praise, so the other-clause reading holds.
    expect(first('το ίντερνετ στο κινητό έκανε νερά και τώρα χάθηκε τελείως')).toBe('connectivity');
    expect(first('a encomenda era pra chegar ontem')).toBe('delivery_missing');
    expect(first('me encanta pagar el 5G para ver sin servicio 🙄')).toBe('connectivity');
    // The payment page itself is still the checkout.
    expect(first('the payment page won\'t load')).toBe('checkout');
  });

  it('a service named with no strong cue anywhere, or praised, states nothing', () => {
    for (const t of ['got my refund in 2 days, nice one', 'the technician was lovely and quick, thanks', 'just cancelled my gym, kept you guys', 'your network of shops is everywhere', 'asked about the app yesterday, no idea', 'no reply to my email from last week', 'la señal va genial desde el viernes', 'waited all morning for the installer, great']) {
      expect([t, topicsOf(t)]).toEqual([t, []]);
    }
  });

  it('a topic with its own problem words is not named by its noun alone (a bill is not a double charge)', () => {
    expect(topicsNamedIn('why do I have to pay for a paper bill')).not.toContain('double_charge');
    expect(topicsNamedIn('the app since the update, seriously')).toContain('app_down');
  });
});

describe('look-alikes and unrelated complaints in one dense burst', () => {
  it('raise nothing (tune3 and tune4 banks, all languages, a post a minute, all different authors)', () => {
    const e = new AlertEngine({ settings: alertSettingsFromBrand(brand), triage: createTriageEngine(triageOptionsFromBrand(brand)) });
    const texts = [...Object.values(TUNE4_LOOKALIKES).flat(), ...TUNE4_BACKGROUND, ...Object.values(TUNE3_LOOKALIKES).flat(), ...TUNE3_BACKGROUND];
    const t0 = Date.parse('2026-11-21T09:00:00Z');
    const alerts = texts.flatMap((text, i) => {
      const at = t0 + i * 60_000;
      return e.mention({ id: `x:d${i}`, platform: 'x', text: `@KestrelMobile ${text}`, createdAt: new Date(at).toISOString(), lang: 'en', author: { id: `u${i}`, handle: `h${i}`, followers: 200 }, metrics: { likes: 0 } }, new Date(at + 60_000)).filter((a) => a.kind === 'incident');
    });
    expect(texts.length).toBeGreaterThan(90);
    expect(alerts).toEqual([]);
  });
});
