/**
 * The CLI's fast paths must agree with the straightforward ones: isMention never accepts
 * what MentionSchema rejects (and accepts the usual shapes), and triageResultJson is
 * byte-identical to JSON.stringify.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isMention, MentionSchema } from '../../src/core/mention.js';
import { triageResultJson } from '../../src/triage/result-json.js';
import { createTriageEngine } from '../../src/triage/index.js';
import type { TriageResult } from '../../src/core/triage.js';

const valid = {
  id: 'x:1',
  platform: 'x',
  url: 'https://x.com/a/status/1',
  text: 'my order never arrived',
  createdAt: '2026-11-20T10:00:00.123+02:00',
  lang: 'en',
  author: { id: '7', handle: 'a', name: 'A', followers: 10, verified: false },
  metrics: { likes: 1, reposts: 0, replies: 2, quotes: 0, views: 100 },
  inReplyToId: null,
  conversationId: 'x:1',
  replyAllowed: true,
  gold: { kind: 'complaint' },
};

describe('isMention', () => {
  it('accepts the usual shapes', () => {
    expect(isMention(valid)).toBe(true);
    expect(isMention({ id: 'x:1', platform: 'x', text: '', author: { handle: 'a' } })).toBe(true);
    expect(isMention({ ...valid, createdAt: null, metrics: null, lang: null, url: undefined })).toBe(true);
  });

  const variants: Array<[string, unknown]> = [
    ['id', ''],
    ['id', 1],
    ['platform', ''],
    ['text', null],
    ['url', 3],
    ['createdAt', '2026-11-20 10:00'],
    ['createdAt', '2026-02-30T10:00:00Z'],
    ['createdAt', '2026-11-20T10:00Z'],
    ['createdAt', '2026-11-20T10:00:00'],
    ['lang', 5],
    ['author', null],
    ['author', []],
    ['author', { handle: '' }],
    ['author', { handle: 'a', id: null }],
    ['author', { handle: 'a', followers: -1 }],
    ['author', { handle: 'a', followers: 1.5 }],
    ['author', { handle: 'a', verified: 'yes' }],
    ['metrics', { likes: -1 }],
    ['metrics', { views: 2 ** 60 }],
    ['metrics', []],
    ['replyAllowed', 'no'],
  ];
  it.each(variants)('agrees with MentionSchema when %s is %j', (key, value) => {
    const v = { ...valid, [key]: value };
    expect(isMention(v)).toBe(MentionSchema.safeParse(v).success);
  });

  it('never accepts what MentionSchema rejects (random values)', () => {
    const field = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer({ min: -2, max: 5 }), fc.double(), fc.boolean());
    fc.assert(
      fc.property(
        fc.record({ id: field, platform: field, text: field, createdAt: fc.oneof(field, fc.date({ noInvalidDate: true }).map((d) => d.toISOString())), lang: field, author: fc.oneof(field, fc.record({ handle: field, followers: field, id: field })), metrics: fc.oneof(field, fc.record({ likes: field })) }),
        (v) => {
          if (isMention(v)) expect(MentionSchema.safeParse(v).success).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rejects non-objects', () => {
    for (const v of [null, 1, 'x', [], [valid]]) expect(isMention(v)).toBe(false);
  });
});

describe('triageResultJson', () => {
  it('equals JSON.stringify for engine results', () => {
    const engine = createTriageEngine({ brandTerms: ['Kestrel'] });
    for (const text of ['my charger caught fire 🙄 "quoted" \\ back', 'love it', 'nem működik az internet', 'बहुत खराब सेवा', '']) {
      const r = engine.triage({ id: 'x:"1"\n', platform: 'x', text, author: { handle: 'a', followers: 2_000_000 } }, { now: new Date(), incident: true });
      expect(triageResultJson(r)).toBe(JSON.stringify(r));
    }
  });

  it('escapes like JSON.stringify (quotes, control characters, lone surrogates, non-finite numbers)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), fc.double(), (s, t, w) => {
        const r: TriageResult = { id: s, kind: 'other', sentiment: 'neutral', lang: t, risk: w, band: 'low', categories: ['legal'], escalate: false, reasons: [{ factor: t, weight: w, evidence: s }] };
        expect(triageResultJson(r)).toBe(JSON.stringify(r));
      }),
      { numRuns: 2000 },
    );
  });
});
