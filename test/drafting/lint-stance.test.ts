import { describe, expect, it } from 'vitest';
import { lintReply, type LintFinding } from '../../src/drafting/index.js';
import type { Kind } from '../../src/core/triage.js';
import { brand, mention } from './helpers.js';

// Tone structures (src/drafting/lint/grammar/stance.ts), zero-cost gifts and mock delight:
// each case gives the post in the reply's language so the language rule stays quiet.
function blocking(post: string, text: string, kind: Kind = 'complaint'): LintFinding[] {
  return lintReply({ text, platform: 'x', mention: mention(post, { author: { handle: 'ann' } }), brand, kind }).findings.filter((f) => f.severity === 'block');
}
/** Every blocking finding names `rule`; returns their spans. */
function only(post: string, text: string, rule: LintFinding['rule'], kind: Kind = 'complaint'): string[] {
  const found = blocking(post, text, kind);
  expect(found.length).toBeGreaterThan(0);
  expect(new Set(found.map((f) => f.rule))).toEqual(new Set([rule]));
  expect(found.every((f) => f.severity === 'block')).toBe(true);
  return found.map((f) => text.slice(f.start, f.end));
}

describe('tone: defensive structures in every language', () => {
  it.each([
    // retort: we told / explained × again, already, several times
    ['@KestrelMobile charged twice again', "@ann As we've already explained several times, the second charge is correct. – Kestrel Care", "As we've already explained several times"],
    ['@KestrelMobile μου χρεώσατε διπλό λογαριασμό πάλι', '@ann Σας το έχουμε πει ήδη δύο φορές. – Kestrel Care', 'Σας το έχουμε πει ήδη δύο φορές'],
    ['@KestrelMobile megint kétszer terheltek meg', '@ann Ahogy már többször elmagyaráztuk, a második terhelés helyes. – Kestrel Care', 'már többször elmagyaráztuk'],
    ['@KestrelMobile cobraram duas vezes outra vez', '@ann Já lhe dissemos: está com a transportadora. – Kestrel Care', 'Já lhe dissemos'],
    // comparison with other customers
    ['@KestrelMobile no signal at home since Monday', '@ann Nobody else in your area has reported this. – Kestrel Care', 'Nobody else'],
    ['@KestrelMobile sin cobertura en casa desde el lunes', '@ann Ningún otro cliente de su zona ha reportado nada. – Kestrel Care', 'Ningún otro cliente'],
    // the problem on the customer's side, or denied on ours
    ['@KestrelMobile no signal at home since Monday', "@ann The issue is on your end, not ours. – Kestrel Care", 'issue is on your end'],
    ['@KestrelMobile Leitung ohne Vorwarnung gesperrt', '@ann Das Problem liegt nicht bei uns. – Kestrel Care', 'Problem liegt nicht bei uns'],
    ['@KestrelMobile bina bataye line kaat di', '@ann Problem hum mein nahi hai. – Kestrel Care', 'Problem hum mein'],
    // an assumed customer error
    ['@KestrelMobile l\'appli plante sans arrêt', "@ann Vous avez dû faire une erreur lors de l'installation. – Kestrel Care", 'Vous avez dû faire une erreur'],
    ['@KestrelMobile app baar baar crash ho raha hai', '@ann Aapne zaroor kuch galat install kiya hoga. – Kestrel Care', 'zaroor kuch galat'],
    // closers, orders, lectures by clarity, counterfactual duties
    ['@KestrelMobile Kündigungsgebühr, eine Frechheit', '@ann Laut unseren Richtlinien fällt die Gebühr an. Punkt. – Kestrel Care', 'Laut unseren Richtlinien'],
    ['@KestrelMobile OTRA VEZ sin internet, sois un chiste', '@ann Tranquilícese, a gritos no vamos a solucionar nada. – Kestrel Care', 'Tranquilícese'],
    ['@KestrelMobile οι χρεώσεις περιαγωγής είναι απάτη', '@ann Δεν είναι απάτη, γράφεται καθαρά στο site μας. – Kestrel Care', 'γράφεται καθαρά'],
    ['@KestrelMobile 40 percet vártam a vonalban', '@ann Csúcsidőn kívül kellett volna hívnia. – Kestrel Care', 'kellett volna hívnia'],
    ['@KestrelMobile कीमत बढ़ने के बारे में बताया क्यों नहीं', '@ann अगर आपने शर्तें पढ़ी होतीं तो आपको पता होता। – Kestrel Care', 'अगर आपने शर्तें पढ़ी होतीं'],
    ['@KestrelMobile internet down again, useless', "@ann Rules are rules, I'm afraid. – Kestrel Care", 'Rules are rules'],
    ['@KestrelMobile otra vez sin internet', '@ann No hace falta ese tono. – Kestrel Care', 'No hace falta ese tono'],
    // the customer's repetition counted at them, "the answer hasn't changed", other customers as the yardstick
    ['@KestrelMobile why did my bill go up??', "@ann This is the third time you've asked. – Kestrel Care", "third time you've asked"],
    ['@KestrelMobile warum ist meine Rechnung gestiegen?', '@ann Die Antwort hat sich nicht geändert. – Kestrel Care', 'Die Antwort hat sich nicht geändert'],
    ["@KestrelMobile l'appli a supprimé mes cartes", "@ann Les autres clients n'ont aucun souci avec l'appli. – Kestrel Care", 'Les autres clients'],
  ])('blocks %s → %s', (post, text, expected) => {
    expect(only(post, text, 'tone').some((s) => s.includes(expected))).toBe(true);
  });

  it.each([
    ['@KestrelMobile so frustrated, no internet all day', "@ann We understand your frustration and we're sorry. Could you DM us your account number? – Kestrel Care"],
    ['@KestrelMobile I already explained this to 3 agents', "@ann We're sorry you've had to explain it several times. Please DM us and one person will stay with it. – Kestrel Care"],
    ['@KestrelMobile is it only me with slow speeds?', "@ann You're not the only one: other customers in your area reported it too and we're on it. – Kestrel Care"],
    ['@KestrelMobile did I do something wrong? my SIM says not registered', '@ann Not at all, this can happen after a swap. Restarting the phone usually helps. – Kestrel Care'],
    ['@KestrelMobile the line keeps dropping', "@ann The problem isn't on your side, it's a network fault and we're fixing it. – Kestrel Care"],
    ['@KestrelMobile the line keeps dropping', "@ann We've already passed this to the engineers and will update you here. – Kestrel Care"],
    ['@KestrelMobile I never got the code', '@ann You should have received a text with the code; if not, DM us. – Kestrel Care'],
    ['@KestrelMobile Preiserhöhung ohne Info?', '@ann Es tut uns leid, Sie hätten informiert werden sollen. Schreiben Sie uns per DM. – Kestrel Care'],
    ['@KestrelMobile ¿por qué no me llegó el SMS?', '@ann Lo sentimos, debería haber recibido un SMS. Escríbanos por DM. – Kestrel Care'],
    ['@KestrelMobile je veux un remboursement pour la panne', '@ann Désolés pour la gêne. Nous ne pouvons pas proposer de remboursement ici, mais écrivez-nous en DM. – Kestrel Care'],
    ['@KestrelMobile roaming is confusing', "@ann Per our policy we can't discuss accounts publicly, sorry. Please DM us. – Kestrel Care"],
    ['@KestrelMobile doppelt abgebucht!!', '@ann Entschuldigung! Keine Sorge, wir prüfen das mit Ihnen per DM. – Kestrel Care'],
    ['@KestrelMobile schon wieder kein Internet', '@ann Das tut uns leid, es ist nicht Ihre Schuld: Es gibt eine Störung, wir arbeiten daran. – Kestrel Care'],
    ['@KestrelMobile this is the third time I am writing to you', "@ann We're sorry it has taken three messages. We've picked it up now, please check your DMs. – Kestrel Care"],
    ['@KestrelMobile la ligne coupe tout le temps', "@ann Désolés ! D'autres clients du secteur sont aussi touchés, nous y travaillons. – Kestrel Care"],
  ])('lets a sincere reply through: %s', (post, text) => {
    expect(blocking(post, text)).toEqual([]);
  });
});

describe('promises stated through a negation or a paraphrase', () => {
  it.each([
    ['@KestrelMobile outage ruined my work day', "@ann We're sorry. Next month won't cost you a penny. – Kestrel Care", "month won't cost you a penny"],
    ['@KestrelMobile a falha estragou-me o dia', '@ann Lamentamos. O próximo mês não lhe vai custar um cêntimo. – Kestrel Care', 'mês não lhe vai custar um'],
    ['@KestrelMobile charged twice', "@ann Sorry! You'll get every cent back. – Kestrel Care", 'every cent back'],
    ['@KestrelMobile three days with no internet', "@ann We're so sorry. We'll make it up to you on your next bill. – Kestrel Care", "We'll make it up to you"],
    ['@KestrelMobile drei Tage ohne Internet', '@ann Das tut uns sehr leid. Wir machen das mit der nächsten Rechnung wieder gut. – Kestrel Care', 'wieder gut'],
  ])('blocks %s → %s', (post, text, expected) => {
    const spans = only(post, text, 'promise');
    expect(spans).toHaveLength(1);
    expect(spans[0]).toContain(expected);
  });

  it('does not read a free support line as a promise', () => {
    expect(blocking('@KestrelMobile how much is it to call you?', "@ann Calling us won't cost you anything: the number is free. – Kestrel Care", 'question')).toEqual([]);
  });
});

describe('mock delight and superlative luck at a complaint', () => {
  it('blocks "glad you are enjoying" said to a complaint, not to praise', () => {
    const text = "@ann Glad you're enjoying our playlist so much. – Kestrel Care";
    expect(only('@KestrelMobile the hold music is driving me mad', text, 'sarcasm')).toEqual(["Glad you're enjoying"]);
    expect(blocking('@KestrelMobile love the new hold playlist, great taste!', text, 'praise')).toEqual([]);
  });

  it('blocks mock admiration of a talent for misfortune at a complaint', () => {
    const text = '@ann ¿Otra vez? ¡Tiene usted un don para esto! – Kestrel Care';
    expect(only('@KestrelMobile el paquete ha ido otra vez a otra dirección', text, 'sarcasm')).toContain('un don para');
  });

  it('blocks "our luckiest customer" at a complaint', () => {
    const text = '@ann Drei in einem Jahr? Sie sind wohl unser glücklichster Kunde! – Kestrel Care';
    expect(only('@KestrelMobile dritter Rechnungsfehler dieses Jahr', text, 'sarcasm')).toContain('glücklichster');
  });
});
