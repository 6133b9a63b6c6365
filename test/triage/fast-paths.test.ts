/**
 * The CLI's fast paths must agree with the straightforward ones: isMention never accepts
 * what MentionSchema rejects (and accepts the usual shapes), and triageResultJson is
 * byte-identical to JSON.stringify, and the hand-written tokenizer scan gives the tokens
 * of the token regex it replaces.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isMention, MentionSchema } from '../../src/core/mention.js';
import { triageResultJson } from '../../src/triage/result-json.js';
import { createTriageEngine } from '../../src/triage/index.js';
import type { TriageResult } from '../../src/core/triage.js';
import { fold, mayHaveNoise, tokenize } from '../../src/triage/text.js';

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

describe('triageResultJson numbers', () => {
  it('writes hundredths, integers and their neighbours like JSON.stringify', () => {
    const nums: number[] = [-0, 0, 1000, 1001, -1, 0.005, 0.015, 1e21, 5e-7, Number.NaN, Infinity];
    for (let k = 0; k <= 10_000; k++) nums.push(k / 100, k / 100 + Number.EPSILON * k, (k * 1.0000001) / 100);
    for (const w of nums) {
      const r: TriageResult = { id: 'a', kind: 'other', sentiment: 'neutral', lang: 'en', risk: w, band: 'low', categories: [], escalate: false, reasons: [{ factor: 'reach', weight: w, evidence: '' }] };
      expect(triageResultJson(r)).toBe(JSON.stringify(r));
    }
  });
});

/** The tokenizer as it was written with regexes (the reference for the character scan). */
function tokenizeByRegex(text: string): { folded: string[]; shown: string[] } {
  const NOISE = /(?:https?:\/\/|www\.)\S+|@[\p{L}\p{N}_.]+/gu;
  const lower = (mayHaveNoise(text) ? text.replace(NOISE, ' ') : text).toLowerCase();
  // eslint-disable-next-line no-control-regex -- the whole ASCII range
  const ascii = /^[\x00-\x7f]*$/.test(lower);
  const re = ascii ? /[a-z0-9]+(?:'[a-z]+)*'?/g : /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*['’]?/gu;
  const folded: string[] = [];
  const shown: string[] = [];
  for (const m of lower.matchAll(re)) {
    let t = m[0].replace(/’/g, "'");
    const q = t.indexOf("'");
    if (q > 0 && q <= 2 && q < t.length - 1) {
      shown.push(t.slice(0, q + 1), t.slice(q + 1));
      folded.push(fold(t.slice(0, q + 1)), fold(t.slice(q + 1)));
    } else {
      if (q === t.length - 1 && q > 0) t = t.slice(0, q);
      shown.push(t);
      folded.push(fold(t));
    }
  }
  return { folded, shown };
}

describe('tokenize', () => {
  it('marks where sentences start, so negation does not cross a full stop, a danda or a line break', () => {
    expect(tokenize('not bad. great work!').breaks).toEqual([2]);
    expect(tokenize('v2.5 is fine; works').breaks).toEqual([4]); // v2 · 5 · is · fine ; works
    expect(tokenize('कोई झंझट नहीं। बढ़िया काम!').breaks).toEqual([3]);
    expect(tokenize('δεν ξέρω; ναι\nόχι').breaks).toEqual([2, 3]);
    expect(tokenize('no break here, really').breaks).toEqual([]);
  });
  const pieces = ['a', 'Z', '9', "'", '’', ' ', '.', 'é', 'e\u0301', '\u0301', 'ß', 'İ', 'Σ', 'ς', 'क़', '\u093c', '२', '²', 'Ⅻ', '𝐀', '😀', '\ud800', '\udc00', 'ﬁ', '@a', '#', 'http://x.y ', 'ő', "j'", "l’", '\u200d'];
  it('gives the tokens of the token regex (tricky pieces)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const { folded, shown } = tokenize(text);
        expect({ folded, shown }).toEqual(tokenizeByRegex(text));
      }),
      { numRuns: 5000 },
    );
  });
  it('gives the tokens of the token regex (any code units)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 16 }), (text) => {
        const { folded, shown } = tokenize(text);
        expect({ folded, shown }).toEqual(tokenizeByRegex(text));
      }),
      { numRuns: 5000 },
    );
  });
});
