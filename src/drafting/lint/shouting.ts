/**
 * Shouting: runs of all-caps words (Latin, Greek, any cased script). Acronyms such as
 * DM, FAQ, SMS and the brand's own name are not shouting. Devanagari has no case.
 */
import type { LintFinding, RuleContext } from './types.js';

const ACRONYMS = new Set(
  'DM DMS PM FAQ SMS MMS SIM ESIM IMEI URL OK USA EU UK ID PIN PUK APN GPS USB NFC TV HD ETA IT VIP AM PM GDPR CEO API iOS IOS MB GB TB KB PDF WIFI WI-FI LTE 4G 5G 3G APP ASAP DSGVO RGPD ΑΦΜ ΦΠΑ'.split(' '),
);
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'-]*/gu;

function isCapsWord(w: string): boolean {
  return w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
}

export function checkShouting(ctx: RuleContext): LintFinding[] {
  const brandWords = new Set(
    [ctx.brand.name, ...Object.values(ctx.brand.handles)]
      .filter((s): s is string => !!s)
      .flatMap((s) => s.toUpperCase().split(/[^\p{L}\p{N}]+/u)),
  );
  // caps: counts toward a shouted run; neutral: short or known capitals ("A", "DM") neither count nor break it.
  const words: Array<{ start: number; end: number; caps: boolean; neutral: boolean }> = [];
  // Handles and links are not prose.
  const prose = ctx.text.replace(/(?:https?:\/\/|www\.)\S+|@\S+/gu, (m) => ' '.repeat(m.length));
  for (const m of prose.matchAll(WORD)) {
    const w = m[0];
    const upper = isCapsWord(w) || (w.length === 1 && w !== w.toLowerCase());
    const skip = ACRONYMS.has(w.toUpperCase()) || brandWords.has(w.toUpperCase()) || w.length < 3;
    // Uncased scripts (Devanagari) have no capitals: neutral too.
    const uncased = w === w.toLowerCase() && w === w.toUpperCase();
    words.push({ start: m.index, end: m.index + w.length, caps: !skip && upper, neutral: (skip && upper) || uncased });
  }
  const out: LintFinding[] = [];
  let run: typeof words = [];
  const flush = () => {
    if (run.length >= 2) {
      out.push({
        rule: 'shouting',
        severity: 'block',
        start: run[0]!.start,
        end: run[run.length - 1]!.end,
        message: 'all caps reads as shouting',
      });
    } else if (run.length === 1) {
      out.push({ rule: 'shouting', severity: 'warn', start: run[0]!.start, end: run[0]!.end, message: 'a word in capitals reads as raised voice' });
    }
    run = [];
  };
  for (const w of words) {
    if (w.caps) run.push(w);
    else if (!w.neutral) flush();
  }
  flush();
  return out;
}
