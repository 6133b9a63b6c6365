import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLangTag } from '../../src/triage/language.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'My order never arrived and nobody answers'],
    ['el', 'δεν είμαι ευχαριστημένος με την εξυπηρέτηση'],
    ['hi', 'मेरा ऑर्डर अभी तक नहीं आया'],
    ['hi', 'mera order abhi tak nahi aaya, koi jawab nahi'],
    ['hu', 'Már megint nem működik az internet'],
    ['es', 'Llevo dos semanas esperando mi pedido'],
    ['de', 'Ich warte seit zwei Wochen auf meine Bestellung'],
    ['fr', "J'attends ma commande depuis deux semaines"],
    ['pt', 'Estou esperando meu pedido há duas semanas'],
  ])('detects %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('keeps the platform tag when given, normalized to ISO 639-1', () => {
    expect(detectLanguage('My order never arrived', 'de')).toBe('de');
    expect(detectLanguage('whatever', 'hi-Latn')).toBe('hi');
    expect(detectLanguage('whatever', 'en-GB')).toBe('en');
  });

  it('ignores unusable platform tags and detects instead', () => {
    expect(normalizeLangTag('und')).toBeNull();
    expect(normalizeLangTag('zxx')).toBeNull();
    expect(detectLanguage('δεν λειτουργεί', 'und')).toBe('el');
  });

  it("returns 'und' when there is nothing to go on", () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('🙄🙄 https://t.co/abc @someone')).toBe('und');
    expect(detectLanguage('12345 !!!')).toBe('und');
  });
});
