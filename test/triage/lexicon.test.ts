import { describe, expect, it } from 'vitest';
import { LexiconMatcher, matcherFor, type LexiconFile } from '../../src/triage/lexicon.js';
import { extractFeatures } from '../../src/triage/features.js';
import { tokenize } from '../../src/triage/text.js';
import { createTriageEngine } from '../../src/triage/index.js';
import { mention } from './helpers.js';

const empty = (lang: string): LexiconFile => ({
  lang, negators: [], intensifiers: [], positive: [], negative: [], complaint: [], functions: [], question: [], sarcasm: [], resolved: [], categories: {},
});
const kinds = (m: LexiconMatcher, text: string) => m.match(tokenize(text).folded).map((h) => `${h.kind}:${h.raw}`);

describe('lexicon: problem statements, false friends, resolved', () => {
  it("a '!' category entry is a cue of its category and a complaint cue; a plain one only of its category", () => {
    const m = new LexiconMatcher([{ ...empty('de'), categories: { fraud_billing: ['!doppelt abgebucht', 'rechnung*'] } }]);
    expect(kinds(m, 'Rechnung doppelt abgebucht')).toEqual(['fraud_billing:rechnung*', 'fraud_billing:doppelt abgebucht', 'complaint:doppelt abgebucht']);
    expect(kinds(m, 'meine Rechnung')).toEqual(['fraud_billing:rechnung*']);
  });

  it('English cue words listed as falseFriends are not mixed in (pt "no" = "in the")', () => {
    const negators = (lang: string, text: string) => matcherFor(lang).match(tokenize(text).folded).filter((h) => h.kind === 'negators').length;
    expect(negators('pt', 'a loja abre no domingo?')).toBe(0);
    expect(negators('es', 'no funciona')).toBe(1);
    expect(negators('de', 'the app does not work')).toBe(1); // other English negators still mix in
  });

  it('resolved counts a fix only when not negated', () => {
    expect(extractFeatures('o problema foi resolvido, obrigado', 'pt').resolved).toBe(1);
    expect(extractFeatures('o problema ainda não foi resolvido', 'pt').resolved).toBe(0);
  });
});

describe('triage: complaints across languages (issue 3)', () => {
  const engine = createTriageEngine({ brandTerms: ['Acme', '@AcmeCare'] });
  it.each([
    '@AcmeCare Meine Rechnung ist doppelt abgebucht worden. Bitte helfen!',
    '@AcmeCare nem működik az alkalmazás reggel óta',
    '@AcmeCare χρεώθηκα διπλά αυτόν τον μήνα',
    '@AcmeCare kétszer levonták a havidíjat',
    '@AcmeCare do baar kat gaye paise',
    '@AcmeCare मेरे खाते से दो बार पैसे कट गए',
    '@AcmeCare me han cobrado dos veces',
  ])('%s is a complaint', (text) => {
    expect(engine.triage(mention(text)).kind).toBe('complaint');
  });

  it('a problem reported as fixed, with thanks, is not a complaint; nor is a question about opening hours', () => {
    expect(engine.triage(mention('@AcmeCare merci, le problème de facture est réglé')).kind).not.toBe('complaint');
    expect(engine.triage(mention('@AcmeCare que horas a loja do centro abre no domingo?')).kind).toBe('question');
    expect(engine.triage(mention('@AcmeCare a családi csomagban benne van a roaming?')).kind).toBe('question');
  });
});
