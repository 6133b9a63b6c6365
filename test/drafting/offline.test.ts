import { describe, expect, it } from 'vitest';
import { CATEGORIES, KINDS, type Category } from '../../src/core/triage.js';
import { replyLengthFor } from '../../src/core/reply-length.js';
import { createDrafter, lintReply } from '../../src/drafting/index.js';
import { templateDraft } from '../../src/drafting/drafter.js';
import { handoffPhrase, OFFLINE_TEMPLATES_ID, PRESS_REACH, phraseSetFor } from '../../src/drafting/offline/compose.js';
import { brand, mention, triage } from './helpers.js';

// A post per language as a customer would write it; Hindi in both scripts.
const POSTS: Record<string, { lang: string; text: string }> = {
  en: { lang: 'en', text: '@KestrelMobile my phone stopped working again' },
  el: { lang: 'el', text: '@KestrelMobile το κινητό μου σταμάτησε πάλι να λειτουργεί' },
  hi: { lang: 'hi', text: '@KestrelMobile मेरा फ़ोन फिर से बंद हो गया' },
  'hi-Latn': { lang: 'hi', text: '@KestrelMobile mera phone phir se band ho gaya hai' },
  hu: { lang: 'hu', text: '@KestrelMobile megint nem működik a telefonom' },
  es: { lang: 'es', text: '@KestrelMobile mi móvil ha dejado de funcionar otra vez' },
  de: { lang: 'de', text: '@KestrelMobile mein Handy funktioniert schon wieder nicht' },
  fr: { lang: 'fr', text: '@KestrelMobile mon téléphone ne marche plus encore une fois' },
  pt: { lang: 'pt', text: '@KestrelMobile o meu telemóvel deixou de funcionar outra vez' },
};
const PLATFORMS = [
  { platform: 'x', handle: 'jane_doe' },
  { platform: 'mastodon', handle: 'jane_doe_with_a_long_name@mastodon.example.social' },
  { platform: 'bluesky', handle: 'jane-doe.bsky.social' },
  { platform: 'replay', handle: 'jane_doe' },
];

describe('offline templates', () => {
  for (const [tag, post] of Object.entries(POSTS)) {
    it(`${tag}: a journalist's enquiry gets the press hand-off, a customer threatening the press keeps the safety step`, () => {
      for (const { platform, handle } of PLATFORMS) {
        const reporter = mention(post.text, { platform, author: { handle, verified: true, followers: 41_300 } });
        const categories: Category[] = ['safety', 'media_attention'];
        const set = phraseSetFor(post.lang, reporter, brand);
        // Whether the draft contains one of these steps, as composed for this platform.
        const uses = (text: string, steps: readonly string[] | undefined) =>
          (steps ?? []).some((v) => text.toLowerCase().includes(v.replace('{handoff}', handoffPhrase(set, brand, platform)).toLowerCase()));
        for (const previous of [[], ['an earlier draft']]) {
          const d = templateDraft({ mention: reporter, triage: triage(reporter, { lang: post.lang, categories }), brand, previous }, 'test');
          expect(uses(d.text, set.press.step), d.text).toBe(true);
          expect(uses(d.text, set.steps.safety), d.text).toBe(false);
          expect(lintReply({ text: d.text, platform, mention: reporter, brand }).ok, d.text).toBe(true);
          expect(d.lang).toBe(post.lang);
          const { length, max } = replyLengthFor(platform, d.text);
          expect(length).toBeLessThanOrEqual(max);
        }
        const customer = mention(post.text, { platform, author: { handle, followers: PRESS_REACH - 1 } });
        const c = templateDraft({ mention: customer, triage: triage(customer, { lang: post.lang, categories }), brand }, 'test');
        expect(uses(c.text, set.press.step), c.text).toBe(false);
        expect(uses(c.text, set.steps.safety), c.text).toBe(true);
      }
    });
  }

  for (const [tag, post] of Object.entries(POSTS)) {
    it(`${tag}: every kind x category x platform passes the lint, in the customer's language, within length, in the brand voice`, () => {
      let checked = 0;
      for (const kind of KINDS) {
        for (const category of [null, ...CATEGORIES] as Array<Category | null>) {
          for (const { platform, handle } of PLATFORMS) {
            const m = mention(post.text, { platform, author: { handle } });
            const t = triage(m, { kind, lang: post.lang, categories: category ? [category] : [] });
            for (const previous of [[], ['an earlier draft']]) {
              const d = templateDraft({ mention: m, triage: t, brand, previous }, 'test');
              expect(d.lint.findings.filter((f) => f.severity === 'block'), `${tag} ${kind} ${category} ${platform}: ${d.text}`).toEqual([]);
              // The lint with nothing but the post (as `glasshouse lint` sees it) agrees.
              expect(lintReply({ text: d.text, platform, mention: m, brand }).ok, d.text).toBe(true);
              expect(d.lang).toBe(post.lang);
              expect(d.template).toBe(true);
              expect(d.model).toBe('template');
              expect(d.promptId).toBe(OFFLINE_TEMPLATES_ID);
              const { length, max } = replyLengthFor(platform, d.text);
              expect(length).toBeLessThanOrEqual(max);
              expect(d.text.startsWith(`@${handle} `)).toBe(true);
              expect(d.text.endsWith(brand.voice.signOff)).toBe(true);
              checked++;
            }
          }
        }
      }
      expect(checked).toBe(KINDS.length * (CATEGORIES.length + 1) * PLATFORMS.length * 2);
    });
  }

  it('writes Hindi in the script the customer used', () => {
    const deva = templateDraft({ mention: mention(POSTS.hi!.text), triage: triage(mention(POSTS.hi!.text), { lang: 'hi' }), brand }, 't');
    const latn = templateDraft({ mention: mention(POSTS['hi-Latn']!.text), triage: triage(mention(POSTS['hi-Latn']!.text), { lang: 'hi' }), brand }, 't');
    expect(deva.text).toMatch(/[\u0900-\u097f]/);
    expect(latn.text).not.toMatch(/[\u0900-\u097f]/);
    expect(latn.text).toMatch(/kripya|humein/i);
  });

  it("moves personal details to the brand's private channel for the platform", () => {
    const m = mention('@kestrelmobile.bsky.social I was charged twice', { platform: 'bluesky' });
    const d = templateDraft({ mention: m, triage: triage(m, { categories: ['fraud_billing'] }), brand }, 't');
    expect(d.text).toContain(brand.policies.privateChannel.bluesky);
    expect(d.privateHandoff).toBe(true);
    // In another language the channel is localized, and a URL is kept.
    const de = mention('@kestrelmobile.bsky.social Ich wurde doppelt belastet', { platform: 'bluesky' });
    const dd = templateDraft({ mention: de, triage: triage(de, { lang: 'de', categories: ['fraud_billing'] }), brand }, 't');
    expect(dd.text).toContain('help.kestrel.example/contact');
    expect(dd.text).toContain('schreiben Sie uns');
  });

  it('answers in the brand default language when the brand does not speak the customer language', () => {
    const m = mention('@KestrelMobile mijn telefoon doet het niet', { lang: 'nl' });
    const d = templateDraft({ mention: m, triage: triage(m, { lang: 'nl' }), brand }, 't');
    expect(d.lang).toBe(brand.defaultLanguage);
    expect(d.lint.ok).toBe(true);
    expect(phraseSetFor('nl', m, brand).tag).toBe('en');
  });

  it('does not address the customer by handle when the brand voice says so', () => {
    const noHandle = { ...brand, voice: { ...brand.voice, addressCustomerByHandle: false } };
    const m = mention('@KestrelMobile thanks for the quick fix!');
    const d = templateDraft({ mention: m, triage: triage(m, { kind: 'praise' }), brand: noHandle }, 't');
    expect(d.text.startsWith('@')).toBe(false);
    expect(d.privateHandoff).toBe(false);
  });

  it('is what the drafter returns with no OpenAI key, marked as a template', async () => {
    const drafter = createDrafter({ openai: null });
    const m = mention('@KestrelMobile la app no funciona', { lang: 'es' });
    const d = await drafter.draft({ mention: m, triage: triage(m, { lang: 'es' }), brand });
    expect(d.template).toBe(true);
    expect(d.lang).toBe('es');
    expect(d.notes).toContain('no OpenAI key');
    expect(d.tokensIn).toBeNull();
    expect(d.costUsd).toBeNull();
  });
});
