/**
 * Personal data in a public reply: e-mails, phone numbers, order/account/ticket numbers,
 * postal addresses. The brand's own addresses (its domains) are not personal data.
 */
import { allLanguages, compileCues, findAll, type Span } from './match.js';
import { CUES } from './cues/index.js';
import type { LintFinding, RuleContext } from './types.js';

const EMAIL = /(?<![@\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// 8+ digits with the usual separators, optionally +country: phone, card and IMEI numbers.
const PHONE = /(?<![\p{L}\p{N}])\+?\(?\d[\d\s().-]{6,}\d(?![\p{L}\p{N}])/gu;
const ID_WORDS = allLanguages((c) => c.idWords);
// An identifier: 4+ chars with at least 4 digits, optionally after # or a colon.
// A few short words may sit between ("PIN on your account to 4821"); dates of birth count too.
const ID_TOKEN = /^(?:[\s:#.,-]|\p{L}{1,4}\s){0,6}?[:#]?\s*([A-Z\p{L}]{0,4}[-_]?\d[\d./-]{3,}[A-Z\p{L}\d]*)/iu;
const HASH_ID = /(?<![\p{L}\p{N}&])#\d{5,}(?![\p{L}\p{N}])/gu;
const STREET = compileCues(Object.values(CUES).flatMap((c) => c.streetWords));
const HOUSE_NO = /(?<![\p{L}\p{N}])\d{1,4}[a-z]?(?![\p{L}\p{N}])/giu;
const STORE_CONTEXT = /(?<![\p{L}])(?:shop|store|stores|tienda|laden|filiale|boutique|loja|üzlet\p{L}*|κατάστημα\p{L}*|स्टोर|dukaan|open until|abierta|geöffnet|ouverte|aberta|nyitva|ανοιχτό)/iu;
// "within 24 hours" is not a house number.
const UNIT_AFTER = /^\s*(?:%|h\b|hrs?|hours?|days?|minutes?|mins?|weeks?|horas?|días?|dias|minutos?|semanas?|stunden?|tagen?|tage|minuten?|wochen?|heures?|jours?|semaines?|órá\p{L}*|nap\p{L}*|perc\p{L}*|hét\p{L}*|ώρ\p{L}*|μέρ\p{L}*|ημέρ\p{L}*|λεπτ\p{L}*|घंट\p{L}*|दिन\p{L}*|मिनट|ghant\p{L}*|din\p{L}*)/iu;

// Free-phone service numbers (0800, 1800, 900, 06 80...) belong to businesses, not to people.
const TOLL_FREE = /^\+?\(?(?:0 ?800|0808|800|1 ?800|900|06 ?80)[\s.-]/;

function digits(s: string): number {
  return (s.match(/\d/g) ?? []).length;
}

function isBrandEmail(email: string, domains: string[]): boolean {
  const host = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return domains.some((d) => host === d.toLowerCase() || host.endsWith('.' + d.toLowerCase()));
}

/** Dates and times look like numbers but are not personal. */
function looksLikeDateOrTime(s: string): boolean {
  return /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(s.trim()) || /^\d{1,2}[:.]\d{2}$/.test(s.trim());
}

export function checkPersonalData(ctx: RuleContext): LintFinding[] {
  const text = ctx.norm;
  const spans: Array<Span & { what: string }> = [];
  for (const m of text.matchAll(EMAIL)) {
    if (isBrandEmail(m[0], ctx.brand.domains)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, text: m[0], what: 'an e-mail address' });
  }
  for (const m of text.matchAll(PHONE)) {
    const s = m[0].trim();
    if (digits(s) < 8 || looksLikeDateOrTime(s) || TOLL_FREE.test(s)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, text: s, what: 'a phone or card number' });
  }
  for (const w of findAll(ID_WORDS, text)) {
    const m = ID_TOKEN.exec(text.slice(w.end, w.end + 30));
    const birth = /birth|dob|nacim|geburt|naissance|nascim|születés|γέννησ|जन्म|janm/i.test(w.text);
    if (!m || digits(m[1]!) < 4 || (!birth && looksLikeDateOrTime(m[1]!))) continue;
    const at = text.indexOf(m[1]!, w.end);
    spans.push({ start: w.start, end: at + m[1]!.length, text: text.slice(w.start, at + m[1]!.length), what: 'an order, account or ticket number' });
  }
  for (const m of text.matchAll(HASH_ID)) spans.push({ start: m.index, end: m.index + m[0].length, text: m[0], what: 'an order or ticket number' });
  for (const st of findAll(STREET, text)) {
    // A shop's address is the brand's, not the customer's.
    const sentence = text.slice(Math.max(0, text.lastIndexOf('.', st.start - 1) + 1), text.indexOf('.', st.end) === -1 ? text.length : text.indexOf('.', st.end));
    if (STORE_CONTEXT.test(sentence) || STORE_CONTEXT.test(ctx.mention.text)) continue;
    // A house number within a few words of a street word: "12 Main Street", "Calle Mayor 12", "Kossuth utca 3".
    const from = Math.max(0, st.start - 25);
    const to = Math.min(text.length, st.end + 25);
    const nums = findAll(HOUSE_NO, text, from, to).filter((n) => !UNIT_AFTER.test(text.slice(n.end, n.end + 12)));
    if (!nums.length) continue;
    const start = Math.min(st.start, ...nums.map((n) => n.start));
    const end = Math.max(st.end, ...nums.map((n) => n.end));
    spans.push({ start, end, text: text.slice(start, end), what: 'a postal address' });
  }
  return dedupe(spans).map((s) => ({
    rule: 'personal_data',
    severity: 'block',
    start: s.start,
    end: s.end,
    message: `${s.what} in public: move personal details to a private channel`,
  }));
}

/** Overlapping detections (a phone inside an "order no." span) become one finding. */
function dedupe<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}
