import { describe, expect, it } from 'vitest';
import { createTriageEngine, triageOptionsFromBrand } from '../../src/triage/index.js';
import { loadBrand, DEMO_BRAND_FILE } from '../../src/config.js';
import { CATEGORIES } from '../../src/core/triage.js';
import { mention } from './helpers.js';

const engine = createTriageEngine({ brandTerms: ['Acme', '@AcmeCare'] });

describe('triage engine: kinds', () => {
  it('reads negation: "not happy" is a complaint, in English and Greek', () => {
    const en = engine.triage(mention('@AcmeCare not happy at all, the replacement is broken too'));
    expect(en.kind).toBe('complaint');
    expect(en.sentiment).toBe('negative');
    const el = engine.triage(mention('@AcmeCare δεν είμαι ευχαριστημένος με την παραγγελία μου'));
    expect(el.kind).toBe('complaint');
    expect(el.lang).toBe('el');
    expect(el.reasons.some((r) => r.evidence.includes('ευχαριστημένος'))).toBe(true);
  });

  it('does not carry a negation into the next sentence', () => {
    const hi = engine.triage(mention('@AcmeCare नए फ़ैमिली प्लान से बिल आधा हो गया। कोई झंझट नहीं। बढ़िया काम!'));
    expect(hi.sentiment).toBe('positive');
    expect(hi.kind).toBe('praise');
    const en = engine.triage(mention('@AcmeCare the new plan is not expensive. Great work, thanks!'));
    expect(en.sentiment).toBe('positive');
  });

  it('reads sarcasm: praise words with an eye-roll and a delay are a complaint', () => {
    const r = engine.triage(mention('great job @AcmeCare, only 9 hours late 🙄'));
    expect(r.kind).toBe('complaint');
    expect(r.sentiment).toBe('negative');
    expect(r.reasons.some((x) => x.evidence.includes('sarcasm'))).toBe(true);
  });

  it('treats a question that reports a problem as a complaint, a plain question as a question', () => {
    expect(engine.triage(mention("is anyone else's Acme internet down? offline since 7am")).kind).toBe('complaint');
    expect(engine.triage(mention('@AcmeCare do you ship to Cyprus?')).kind).toBe('question');
    expect(engine.triage(mention('@AcmeCare vous livrez en Belgique ?')).kind).toBe('question');
  });

  it('recognises praise', () => {
    const r = engine.triage(mention('Shout out to @AcmeCare, Sam sorted my issue in five minutes. Brilliant service!'));
    expect(r.kind).toBe('praise');
    expect(r.sentiment).toBe('positive');
    expect(r.band).toBe('low');
  });

  it('does not call a post that is not about the brand a complaint', () => {
    const r = engine.triage(mention("My neighbour's dog has been barking all night, absolutely terrible"));
    expect(r.kind).toBe('other');
    expect(r.sentiment).toBe('negative');
    expect(r.escalate).toBe(false);
  });

  it('detects complaints in Hindi (both scripts) and Hungarian', () => {
    for (const text of ['@AcmeCare mera order 10 din se nahi aaya, koi jawab nahi de raha', '@AcmeCare मेरा ऑर्डर अभी तक नहीं आया, बहुत खराब सेवा', '@AcmeCare már megint nem működik az internet']) {
      const r = engine.triage(mention(text));
      expect(r.kind, text).toBe('complaint');
    }
  });
});

describe('triage engine: categories, escalation, reasons', () => {
  it('flags safety with the words that matched and escalates', () => {
    const r = engine.triage(mention('@AcmeCare the Acme charger caught fire on my desk last night'));
    expect(r.categories).toContain('safety');
    expect(r.escalate).toBe(true);
    const sev = r.reasons.find((x) => x.factor === 'severity:safety');
    expect(sev?.evidence).toContain('"caught fire"');
  });

  it('finds inflected Hungarian and Greek category cues', () => {
    expect(engine.triage(mention('Az Acme töltő kigyulladt az éjjel, életveszélyes @AcmeCare')).categories).toContain('safety');
    expect(engine.triage(mention('Θα κάνω μήνυση στην Acme, μίλησα ήδη με δικηγόρο @AcmeCare')).categories).toContain('legal');
  });

  it('names the reach figure in the reasons', () => {
    const r = engine.triage(mention('@AcmeCare my order never arrived, still waiting after two weeks', { author: { handle: 'big', followers: 48_200, verified: true } }));
    const reach = r.reasons.find((x) => x.factor === 'reach');
    expect(reach?.evidence).toBe('48k followers, verified');
    expect(reach!.weight).toBeGreaterThan(0);
  });

  it('escalates incidents even when the post itself is mild', () => {
    const m = mention('@AcmeCare my order is late');
    expect(engine.triage(m, { incident: true }).escalate).toBe(true);
    expect(engine.triage(m, { incident: true }).reasons.some((x) => x.factor === 'incident')).toBe(true);
  });

  it('produces the DESIGN output shape with keys in order and valid values', () => {
    const r = engine.triage(mention('@AcmeCare you charged me twice, I want my money back'));
    expect(Object.keys(r)).toEqual(['id', 'kind', 'sentiment', 'lang', 'risk', 'band', 'categories', 'escalate', 'reasons']);
    expect(Number.isInteger(r.risk)).toBe(true);
    for (const c of r.categories) expect(CATEGORIES).toContain(c);
    for (const reason of r.reasons) expect(Object.keys(reason)).toEqual(['factor', 'weight', 'evidence']);
  });

  it('copes with missing optional fields and empty text', () => {
    const r = engine.triage({ id: 'm:1', platform: 'mastodon', text: '', author: { handle: 'h' } });
    expect(r.lang).toBe('und');
    expect(r.kind).toBe('other');
    expect(r.risk).toBeGreaterThanOrEqual(0);
    expect(r.reasons.length).toBeGreaterThan(0);
  });

  it('counts waiting time against the response policy only when a clock is given', () => {
    const m = mention('@AcmeCare my order never arrived and nobody answers', { createdAt: '2026-11-20T10:00:00Z' });
    const without = engine.triage(m);
    const later = engine.triage(m, { now: new Date('2026-11-21T10:00:00Z') });
    expect(without.reasons.some((x) => x.factor === 'waiting')).toBe(false);
    expect(later.risk).toBeGreaterThan(without.risk);
    expect(later.reasons.find((x) => x.factor === 'waiting')?.evidence).toMatch(/^1440 min unanswered \(policy \d+ min\)$/);
  });

  it('uses engagement velocity from snapshots', () => {
    const m = mention('@AcmeCare my order never arrived and nobody answers');
    const at = (min: number) => new Date(Date.UTC(2026, 10, 20, 10, min));
    const calm = engine.triage(m, { exposure: { snapshots: [{ at: at(0), engagement: 0 }, { at: at(30), engagement: 2 }] } });
    const storm = engine.triage(m, { exposure: { snapshots: [{ at: at(0), engagement: 0 }, { at: at(10), engagement: 200 }, { at: at(30), engagement: 3000 }] } });
    expect(storm.risk).toBeGreaterThan(calm.risk);
    expect(storm.reasons.some((x) => x.factor === 'velocity' && x.evidence.endsWith('engagements/h'))).toBe(true);
  });

  it('takes bands, policy and brand terms from the brand config', () => {
    const opts = triageOptionsFromBrand(loadBrand(DEMO_BRAND_FILE));
    expect(opts.bands).toEqual({ medium: 40, high: 65, critical: 85 });
    expect(opts.brandTerms).toContain('KestrelMobile');
  });
});
