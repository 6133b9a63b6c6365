import { describe, expect, it } from 'vitest';
import { lintReply, type LintFinding, type LintInput } from '../../src/drafting/index.js';
import type { Kind } from '../../src/core/triage.js';
import { brand, mention } from './helpers.js';

// Context rules (src/drafting/lint/context.ts): the same words mock a complaint or pitch to
// praise depending on the post, and the language rule on short posts.
const COMPLAINT = '@KestrelMobile my line has been dead for days and I am furious';
const PRAISE = '@KestrelMobile the shop team in Leeds were fantastic today, thank you';

function lint(text: string, kind: Kind | undefined, post = kind === 'praise' ? PRAISE : COMPLAINT, over: Partial<LintInput> = {}) {
  return lintReply({ text, platform: 'x', mention: mention(post, { author: { handle: 'ann' } }), brand, ...(kind ? { kind } : {}), ...over });
}
const blocking = (text: string, kind?: Kind, post?: string): LintFinding[] =>
  lint(text, kind, post).findings.filter((f) => f.severity === 'block');
const spanOf = (text: string, f: LintFinding) => text.slice(f.start, f.end);

describe('sarcasm in context', () => {
  it('blocks congratulations on a complaint, with the word as the span', () => {
    const text = '@ann Félicitations, vous avez battu votre record de coupures ! – Kestrel Care';
    const f = blocking(text, 'complaint').find((x) => x.rule === 'sarcasm');
    expect(f?.severity).toBe('block');
    expect(spanOf(text, f!)).toBe('Félicitations');
  });

  it('lets congratulations through when the customer brought good news', () => {
    const text = '@ann Congratulations on the new flat! Enjoy the fibre. – Kestrel Care';
    expect(lint(text, 'praise', '@KestrelMobile just moved into my first flat and the fibre works!').ok).toBe(true);
  });

  it.each([
    ['@ann Va a ser que no lo reiniciaste jajaja – Kestrel Care', 'jajaja'],
    ['@ann Tentou desligar e ligar? kkkk – Kestrel Care', 'kkkk'],
    ['@ann On a tous nos petits soucis mdr – Kestrel Care', 'mdr'],
  ])('blocks laughter at a complaint: %s', (text, word) => {
    const f = blocking(text, 'complaint').find((x) => x.rule === 'sarcasm');
    expect(f).toBeDefined();
    expect(spanOf(text, f!)).toBe(word);
  });

  it('lets laughter through when the customer is laughing too', () => {
    const text = '@ann Haha, fair enough! Glad the call helped in the end. – Kestrel Care';
    expect(lint(text, 'complaint', '@KestrelMobile lol your hold music will haunt my dreams').ok).toBe(true);
  });

  it('blocks an evidential aimed at the customer, spanning the clause', () => {
    const text = '@ann Apparently you know better than our engineers. – Kestrel Care';
    const f = blocking(text, 'complaint').find((x) => x.rule === 'sarcasm');
    expect(f?.severity).toBe('block');
    expect(spanOf(text, f!)).toBe('Apparently you know better than our engineers');
  });

  it('lets an evidential about what we do through', () => {
    expect(lint('@ann Obviamente queremos revisarlo: ¿nos mandas tu modelo por DM? – Kestrel Care', 'complaint', '@KestrelMobile mi móvil corta las llamadas').ok).toBe(true);
    expect(lint('@ann Natürlich schauen wir uns das an, schicken Sie uns bitte eine DM. – Kestrel Care', 'complaint', '@KestrelMobile mein Handy bricht ständig Anrufe ab').ok).toBe(true);
  });

  it('blocks ironic agreement trailing off', () => {
    const text = '@ann Yeah, right... the network ate your data. – Kestrel Care';
    const spans = blocking(text, 'complaint').filter((x) => x.rule === 'sarcasm').map((f) => spanOf(text, f));
    expect(spans).toContain('Yeah, right...');
  });

  it.each([
    ['@ann Danke für Ihre „konstruktive“ Kritik. – Kestrel Care', '„konstruktive“'],
    ['@ann Merci pour ce « retour » très utile. – Kestrel Care', '« retour »'],
    ['@ann आपके "शानदार" सुझाव के लिए धन्यवाद। – Kestrel Care', '"शानदार"'],
  ])('blocks scare quotes: %s', (text, quoted) => {
    const f = blocking(text, 'complaint').find((x) => x.rule === 'sarcasm');
    expect(spanOf(text, f!)).toBe(quoted);
  });

  it('lets a quoted menu name through', () => {
    expect(lint('@ann Sorry! Tap "Network" and then "Reset". – Kestrel Care', 'complaint').ok).toBe(true);
  });
});

describe('sales pitch in context', () => {
  it.each([
    ['@ann Thank you! Meet our newest bundle, Unlimited Family. – Kestrel Care', 'our newest bundle'],
    ['@ann Merci ! Découvrez aussi nos nouvelles offres mobiles. – Kestrel Care', 'Découvrez aussi nos nouvelles offres'],
    ['@ann Köszönjük! Próbálja ki a Premium csomagot is. – Kestrel Care', 'Próbálja ki a Premium csomag'],
  ])('blocks a nudge towards a product after praise: %s', (text, span) => {
    const f = blocking(text, 'praise').find((x) => x.rule === 'sales_pitch');
    expect(f?.severity).toBe('block');
    expect(spanOf(text, f!)).toContain(span.split(' ')[0]);
    expect(spanOf(text, f!)).toContain(span.split(' ').at(-1)!.replace(/[.!]$/, ''));
  });

  it('blocks a price in reply to praise, spanning the amount', () => {
    const text = '@ann Danke! Premium gibt es schon ab 9,99 € im Monat. – Kestrel Care';
    const f = blocking(text, 'praise').find((x) => x.rule === 'sales_pitch');
    expect(spanOf(text, f!)).toBe('9,99 €');
  });

  it('blocks a referral scheme', () => {
    const text = '@ann Obrigado! Convide um amigo e ganhem os dois. – Kestrel Care';
    const f = blocking(text, 'praise').find((x) => x.rule === 'sales_pitch');
    expect(spanOf(text, f!)).toBe('Convide um amigo');
  });

  it('only warns when the customer asked about the product', () => {
    const r = lint('@ann Premium is £15 a month; all plans are at https://kestrel.example/plans – Kestrel Care', 'question', '@KestrelMobile how much is Premium?');
    expect(r.ok).toBe(true);
  });

  it('lets sincere thanks that mention something new through', () => {
    expect(lint('@ann Glad the new update works well for you, thanks for telling us! – Kestrel Care', 'praise').ok).toBe(true);
  });

  it('does not read a plan comparison offered to an unhappy customer as a pitch', () => {
    const r = lint("@ann We understand. If you'd like to look at plans that suit you better, DM us. – Kestrel Care", 'other', '@KestrelMobile the price rise is a joke');
    expect(r.findings.filter((f) => f.rule === 'sales_pitch' && f.severity === 'block')).toEqual([]);
  });
});

describe('tone: minimising the problem and lecturing', () => {
  it.each([
    "@ann It's honestly not that hard if you follow the steps. – Kestrel Care",
    '@ann No es tan complicado si te lees la guía. – Kestrel Care',
    "@ann Ce n'est pas si difficile si vous lisez la notice. – Kestrel Care",
  ])('blocks %s', (text) => {
    expect(blocking(text, 'complaint').map((f) => f.rule)).toContain('tone');
  });
});

describe('language on a short post', () => {
  it('blocks a whole reply in another language even when the post is short', () => {
    const text = '@ann Es tut uns leid! Bitte schicken Sie uns eine DM mit Ihrer Kundennummer. – Kestrel Care';
    const r = lintReply({ text, platform: 'x', mention: mention('@KestrelMobile my bill is wrong', { author: { handle: 'ann' } }), brand });
    const f = r.findings.find((x) => x.rule === 'language');
    expect(f?.severity).toBe('block');
    expect(spanOf(text, f!)).toBe('Es tut uns leid! Bitte schicken Sie uns eine DM mit Ihrer Kundennummer.');
  });

  it('blocks a short reply in another language when both detectors agree on it', () => {
    const text = "@ann Désolés ! Vérifiez que l'itinérance est activée dans vos réglages. – Kestrel Care";
    const r = lintReply({ text, platform: 'x', mention: mention('@KestrelMobile my data stopped working abroad', { author: { handle: 'ann' } }), brand });
    const f = r.findings.find((x) => x.rule === 'language');
    expect(f?.severity).toBe('block');
    expect(spanOf(text, f!)).toBe("Désolés ! Vérifiez que l'itinérance est activée dans vos réglages.");
  });

  it('only warns when a three-word post may itself be in the reply language', () => {
    const text = '@ann Vielen Dank, das freut uns! Wir sagen es dem Chat-Team. – Kestrel Care';
    const r = lintReply({ text, platform: 'x', mention: mention('@KestrelMobile bester Support-Chat ever', { author: { handle: 'ann' } }), brand });
    expect(r.ok).toBe(true);
  });

  it('tells Portuguese from Spanish by the words they do not share', () => {
    const text = '@ann Lamentamos! Por favor envie-nos uma mensagem privada com o seu número de cliente. – Kestrel Care';
    const r = lintReply({ text, platform: 'x', mention: mention('@KestrelMobile mi factura está mal', { author: { handle: 'ann' } }), brand });
    expect(r.findings.find((x) => x.rule === 'language')?.severity).toBe('block');
  });

  it('lets a reply in the customer language with an English product name through', () => {
    const text = '@ann ¡Lo sentimos! Reinicia el Kestrel Home Router y, si no funciona, escríbenos por DM. – Kestrel Care';
    const r = lintReply({ text, platform: 'x', mention: mention('@KestrelMobile mi Kestrel Home Router no conecta', { author: { handle: 'ann' } }), brand });
    expect(r.ok).toBe(true);
  });
});

describe('mock admiration and winks', () => {
  it.each([
    ['@ann Six dropped calls? What dedication, honestly. – Kestrel Care', 'What dedication'],
    ['@ann ¿Seis cortes? Qué aguante tienes. – Kestrel Care', 'Qué aguante'],
  ])('blocks admiration of a customer who has a problem: %s', (text, span) => {
    const f = blocking(text, 'complaint').find((x) => x.rule === 'sarcasm');
    expect(f?.severity).toBe('block');
    expect(spanOf(text, f!)).toBe(span);
  });

  it('blocks a wink at a complaint, with the emoji as the span', () => {
    const text = '@ann Patience is a virtue 😉 – Kestrel Care';
    const f = blocking(text, 'complaint').find((x) => x.rule === 'sarcasm');
    expect(spanOf(text, f!)).toBe('😉');
  });

  it('lets sincere thanks for patience and a wink at praise through', () => {
    expect(lint('@ann Thank you for your patience while we sorted this out. – Kestrel Care', 'complaint').ok).toBe(true);
    expect(lint('@ann Thanks Ann, see you in the shop 😉 – Kestrel Care', 'praise').ok).toBe(true);
  });
});

describe('astonishment and teasers', () => {
  it('blocks "wow" at a complaint when the reply does not apologise', () => {
    const text = '@ann Wow, a whole two hours without Netflix. – Kestrel Care';
    const f = blocking(text, 'complaint').find((x) => x.rule === 'sarcasm');
    expect(f?.severity).toBe('block');
    expect(spanOf(text, f!)).toBe('Wow');
  });

  it('lets "wow" through next to an apology, and at praise', () => {
    expect(lint('@ann Wow, two hours is far too long, sorry. Please DM us. – Kestrel Care', 'complaint').ok).toBe(true);
    expect(lint('@ann Wow, thank you so much! We will tell the team. – Kestrel Care', 'praise').ok).toBe(true);
  });

  it('blocks a "did you know" teaser about a product after praise', () => {
    const text = '@ann Thanks! Did you know our Unlimited plan now has EU roaming? – Kestrel Care';
    const f = blocking(text, 'praise').find((x) => x.rule === 'sales_pitch');
    expect(spanOf(text, f!)).toBe('Did you know our Unlimited');
  });
});

describe('guards against false blocks', () => {
  it('lets a lowercase menu label in quotes through after an interface verb', () => {
    expect(lint('@ann Sorry about that! Tap "forgot password" on the login screen. – Kestrel Care', 'complaint').ok).toBe(true);
    expect(lint('@ann Lo sentimos. Pulsa «restablecer ajustes de red» y prueba de nuevo. – Kestrel Care', 'complaint', '@KestrelMobile no tengo datos').ok).toBe(true);
  });

  it('lets an evidential through when the reply apologises', () => {
    const text = '@ann Apparently you were sent the wrong SIM, sorry about that. Please DM us. – Kestrel Care';
    expect(lint(text, 'complaint').findings.filter((f) => f.rule === 'sarcasm')).toEqual([]);
  });

  it('does not read "apparently your order…" as mockery', () => {
    const text = '@ann Apparently your order went to a neighbour. Please DM us the details. – Kestrel Care';
    expect(lint(text, 'complaint').findings.filter((f) => f.rule === 'sarcasm')).toEqual([]);
  });
});

describe('pitching at a complaint', () => {
  it('blocks "our new …" shown off to a customer with a problem', () => {
    const text = '@ann Sorry about the outage! Meanwhile, our new Unlimited 5G plan is out. – Kestrel Care';
    const f = blocking(text, 'complaint').find((x) => x.rule === 'sales_pitch');
    expect(f?.severity).toBe('block');
    expect(spanOf(text, f!)).toBe('our new Unlimited');
  });

  it('lets a fee under discussion and a sincere mention of a new router through', () => {
    expect(lint('@ann Sorry! The €5 fee was a mistake on the bill; please DM us so we can look at it. – Kestrel Care', 'complaint').findings.filter((f) => f.rule === 'sales_pitch')).toEqual([]);
    expect(lint('@ann Sorry! The new router firmware can cause this; please DM us your model. – Kestrel Care', 'complaint').findings.filter((f) => f.rule === 'sales_pitch')).toEqual([]);
  });
});
