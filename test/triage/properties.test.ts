import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS } from '../../src/core/triage.js';
import { createTriageEngine } from '../../src/triage/index.js';
import { riskScore, type RiskInputs } from '../../src/triage/score.js';
import type { Mention } from '../../src/core/mention.js';

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const parts = fc.record({ reach: unit, engagement: unit, velocity: unit, acceleration: unit, thread: unit });
const inputs: fc.Arbitrary<RiskInputs> = fc.record({
  negativity: unit,
  severity: unit,
  exposure: parts,
  waitingMinutes: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }),
});
const policy = fc
  .tuple(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 3000 }))
  .map(([critical, high, medium, low]) => ({ critical, high, medium, low }));

describe('riskScore properties', () => {
  it('is bounded to integers in 0..100 and deterministic', () => {
    fc.assert(
      fc.property(inputs, policy, (x, p) => {
        const a = riskScore(x, DEFAULT_BANDS, p);
        expect(Number.isInteger(a.risk)).toBe(true);
        expect(a.risk).toBeGreaterThanOrEqual(0);
        expect(a.risk).toBeLessThanOrEqual(100);
        expect(riskScore(x, DEFAULT_BANDS, p)).toEqual(a);
      }),
    );
  });

  const bump = <K extends string>(name: K, apply: (x: RiskInputs, d: number) => RiskInputs) =>
    it(`never decreases when ${name} grows`, () => {
      fc.assert(
        fc.property(inputs, unit, policy, (x, d, p) => {
          expect(riskScore(apply(x, d), DEFAULT_BANDS, p).risk).toBeGreaterThanOrEqual(riskScore(x, DEFAULT_BANDS, p).risk);
        }),
      );
    });
  bump('negativity', (x, d) => ({ ...x, negativity: Math.min(1, x.negativity + d) }));
  bump('severity', (x, d) => ({ ...x, severity: Math.min(1, x.severity + d) }));
  bump('reach', (x, d) => ({ ...x, exposure: { ...x.exposure, reach: Math.min(1, x.exposure.reach + d) } }));
  bump('engagement', (x, d) => ({ ...x, exposure: { ...x.exposure, engagement: Math.min(1, x.exposure.engagement + d) } }));
  bump('velocity', (x, d) => ({ ...x, exposure: { ...x.exposure, velocity: Math.min(1, x.exposure.velocity + d) } }));
  bump('thread size', (x, d) => ({ ...x, exposure: { ...x.exposure, thread: Math.min(1, x.exposure.thread + d) } }));
  bump('waiting time', (x, d) => ({ ...x, waitingMinutes: (x.waitingMinutes ?? 0) + d * 5000 }));
});

// The same properties through the whole engine, on real posts.
const engine = createTriageEngine({ brandTerms: ['Acme'] });
const texts = fc.constantFrom(
  '@Acme my order never arrived and nobody answers',
  '@Acme the charger caught fire',
  'love my new Acme phone 😍',
  '@Acme do you ship to Cyprus?',
  '@Acme δεν λειτουργεί το ίντερνετ',
  '@Acme mera order nahi aaya',
  '',
);
const mentionArb = fc.record({
  text: texts,
  followers: fc.integer({ min: 0, max: 50_000_000 }),
  verified: fc.boolean(),
  likes: fc.integer({ min: 0, max: 1_000_000 }),
  reposts: fc.integer({ min: 0, max: 1_000_000 }),
});
const toMention = (m: { text: string; followers: number; verified: boolean; likes: number; reposts: number }): Mention => ({
  id: 'x:1',
  platform: 'x',
  text: m.text,
  createdAt: '2026-11-20T10:00:00Z',
  author: { handle: 'a', followers: m.followers, verified: m.verified },
  metrics: { likes: m.likes, reposts: m.reposts },
});

describe('engine properties', () => {
  it('is deterministic and bounded on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 0, max: 1e9 }), (text, followers) => {
        const m: Mention = { id: 'x:2', platform: 'x', text, author: { handle: 'h', followers } };
        const a = engine.triage(m);
        expect(a.risk).toBeGreaterThanOrEqual(0);
        expect(a.risk).toBeLessThanOrEqual(100);
        expect(JSON.stringify(engine.triage(m))).toBe(JSON.stringify(a));
      }),
    );
  });

  it('more followers, verification or engagement never lower risk', () => {
    fc.assert(
      fc.property(mentionArb, fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 100_000 }), (m, moreFollowers, moreLikes) => {
        const base = engine.triage(toMention(m)).risk;
        expect(engine.triage(toMention({ ...m, followers: m.followers + moreFollowers })).risk).toBeGreaterThanOrEqual(base);
        expect(engine.triage(toMention({ ...m, verified: true })).risk).toBeGreaterThanOrEqual(base);
        expect(engine.triage(toMention({ ...m, likes: m.likes + moreLikes })).risk).toBeGreaterThanOrEqual(base);
      }),
    );
  });

  it('more waiting, velocity or thread size never lower risk', () => {
    const at = (min: number) => new Date(Date.UTC(2026, 10, 20, 10, 0) + min * 60_000);
    fc.assert(
      fc.property(mentionArb, fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 500 }), (m, wait, moreWait, gain, thread) => {
        const mention = toMention(m);
        const snaps = (g: number) => [{ at: at(0), engagement: 10 }, { at: at(20), engagement: 10 + g }];
        const base = engine.triage(mention, { now: at(wait), exposure: { snapshots: snaps(gain), threadSize: thread } }).risk;
        expect(engine.triage(mention, { now: at(wait + moreWait), exposure: { snapshots: snaps(gain), threadSize: thread } }).risk).toBeGreaterThanOrEqual(base);
        expect(engine.triage(mention, { now: at(wait), exposure: { snapshots: snaps(gain + 500), threadSize: thread } }).risk).toBeGreaterThanOrEqual(base);
        expect(engine.triage(mention, { now: at(wait), exposure: { snapshots: snaps(gain), threadSize: thread + 50 } }).risk).toBeGreaterThanOrEqual(base);
      }),
    );
  });

  it('a severe category never lowers risk (same post with a hazard added)', () => {
    fc.assert(
      fc.property(mentionArb, (m) => {
        const plain = toMention({ ...m, text: '@Acme my order never arrived' });
        const severe = toMention({ ...m, text: '@Acme my order never arrived and the charger caught fire' });
        expect(engine.triage(severe).risk).toBeGreaterThanOrEqual(engine.triage(plain).risk);
      }),
    );
  });
});
