import { describe, expect, it } from 'vitest';
import { lintReply, type LintInput } from '../../src/drafting/index.js';
import { brand, mention, withPolicy } from './helpers.js';

// The composed phrase grammar (src/drafting/lint/grammar): word classes combined, not memorised phrases.
const COMPLAINT = '@KestrelMobile my line has been dead for days and I am furious';
const lint = (text: string, over: Partial<LintInput> = {}, post = COMPLAINT) =>
  lintReply({ text, platform: 'x', mention: mention(post, { author: { handle: 'ann' } }), brand, ...over });
const blocks = (text: string, over: Partial<LintInput> = {}, post = COMPLAINT) =>
  lint(text, over, post).findings.filter((f) => f.severity === 'block').map((f) => f.rule);

describe('composed promise', () => {
  it.each([
    ['@ann Sorry! We are going to reimburse the roaming charges.', 'en'],
    ['@ann Sorry. The late fees will be wiped from your account.', 'en'],
    ['@ann Perdona. Te reingresamos la diferencia en la tarjeta.', 'es'],
    ['@ann Pardon ! La différence sera recréditée sur votre carte.', 'fr'],
    ['@ann Sorry! Ihre nächste Rechnung zahlen Sie nicht, das geht auf uns.', 'de'],
    ['@ann Elnézést! A díjat visszautaljuk a számlájára.', 'hu'],
  ])('blocks a money offer: %s', (text) => {
    expect(blocks(text)).toContain('promise');
  });

  it.each([
    '@ann Sorry! The signal returns tomorrow at 5pm.',
    '@ann Our engineers will have it working again by Thursday evening.',
    '@ann La red volverá mañana a las 17:00.',
    '@ann Bis Donnerstagabend läuft Ihr Anschluss wieder.',
  ])('blocks a fix date: %s', (text) => {
    expect(blocks(text)).toContain('promise');
  });

  it.each([
    "@ann We can't promise a refund here, but DM us and we'll look at it.",
    '@ann Compensation is handled privately, so please DM us and we will take it from there.',
    '@ann Sorry! Service was restored at 14:05; updates are on status.kestrel.example.',
    "@ann Sorry for the hassle since Friday. We'll look into it; please DM us.",
    "@ann Engineers are on it. We'll update you here by Friday.",
    '@ann No podemos tratar reembolsos por aquí; escríbenos por mensaje privado.',
  ])('lets a hedged or past statement through: %s', (text) => {
    expect(blocks(text)).not.toContain('promise');
  });

  it('follows the policy: a brand that may offer refunds is not blocked for one', () => {
    expect(blocks('@ann Sorry! We will reimburse the roaming charges.', { brand: withPolicy({ refund: true }) })).not.toContain('promise');
  });
});

describe('composed liability, tone and sarcasm', () => {
  it('blocks an agent that caused harm, not a plain apology for it', () => {
    expect(blocks('@ann Sorry. Our installer caused the leak in your kitchen.')).toContain('liability');
    expect(blocks('@ann El daño fue causado por nuestro técnico.')).toContain('liability');
    expect(blocks('@ann Sorry to hear about the damage. Please DM us photos so we can look into it.')).toEqual([]);
  });

  it('a negation cancels an admission', () => {
    expect(blocks('@ann We are not at fault here.')).not.toContain('liability');
  });

  it('blocks lectures and retorts aimed at the customer', () => {
    expect(blocks("@ann If you'd bothered to check the contract you'd have seen the fee.")).toContain('tone');
    expect(blocks('@ann La próxima vez lee la letra pequeña.')).toContain('tone');
    expect(blocks('@ann Wir haben Ihnen dreimal gesagt, Sie sollen neu starten.')).toContain('tone');
    expect(blocks("@ann If you'd like to look at the options, DM us.")).toEqual([]);
  });

  it('blocks mock praise and mock survival', () => {
    expect(blocks('@ann Congrats on finding the one dead spot in town.')).toContain('sarcasm');
    expect(blocks('@ann ¿Cómo has sobrevivido?')).toContain('sarcasm');
  });

  it('laughing emoji block in reply to a complaint, not to praise', () => {
    expect(blocks('@ann Sorry about that 😂')).toContain('sarcasm');
    expect(blocks('@ann Thank you, that made us laugh too 😂', { kind: 'praise' }, '@KestrelMobile your ad made me laugh 😂 love it')).toEqual([]);
  });
});

describe('composed sales pitch', () => {
  const PRAISE = '@KestrelMobile best network I have ever had, thank you';
  it('blocks a promo code or a plan offer in reply to praise', () => {
    expect(blocks('@ann Thanks! Your friends get 10% off with code FRIEND10.', { kind: 'praise' }, PRAISE)).toContain('sales_pitch');
    expect(blocks('@ann Thanks! Now is a great time to switch to the Max plan at half price.', { kind: 'praise' }, PRAISE)).toContain('sales_pitch');
  });

  it('spans stay inside the text', () => {
    const text = '@ann Thanks! Switch to the Max plan today, 30% off with code MAX30.';
    for (const f of lint(text, { kind: 'praise' }, PRAISE).findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.end).toBeGreaterThan(f.start);
    }
  });
});
