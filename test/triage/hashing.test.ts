import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/triage/features.js';
import { featurize } from '../../src/triage/hashing.js';

const idx = (text: string, lang = 'en') => featurize(extractFeatures(text, lang)).idx;

describe('featurize', () => {
  it('hashes every spelling of an elongated word alike, and marks the elongation', () => {
    const a = idx('sooooo slow today');
    expect(idx('sooo slow today')).toEqual(a);
    const plain = idx('soo slow today');
    expect(a.length).toBe(plain.length + 1);
    expect(a.filter((j) => !plain.includes(j))).toHaveLength(1);
  });

  it('hashes numbers by shape, not value', () => {
    expect(idx('order 12345 still missing')).toEqual(idx('order 98761 still missing'));
  });

  it('adds a feature per emoji or emoticon found, before the cue features', () => {
    const withEmoji = featurize(extractFeatures('delivery late again 😡', 'en'));
    const without = featurize(extractFeatures('delivery late again', 'en'));
    expect(withEmoji.cueStart).toBe(without.cueStart + 1);
  });

  it('leaves the words out when asked for cues only', () => {
    const x = featurize(extractFeatures('sooooo slow 😡', 'en'), { cuesOnly: true });
    expect(x.cueStart).toBe(2);
  });
});
