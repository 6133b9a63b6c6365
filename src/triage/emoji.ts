/** Emoji and emoticon cues (data in ./lexicons/emoji.json). */
import data from './lexicons/emoji.json' with { type: 'json' };

export interface EmojiCues {
  positive: number;
  negative: number;
  sarcasm: number;
  found: string[];
}

const POS = new Set(data.positive.map((e) => e.codePointAt(0)!));
const NEG = new Set(data.negative.map((e) => e.codePointAt(0)!));
const SARC = new Set(data.sarcasm.map((e) => e.codePointAt(0)!));
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EMOTICON_POS = new Set(data.emoticonsPositive);
const EMOTICON = new RegExp(
  `(?:^|\\s)(${[...data.emoticonsPositive, ...data.emoticonsNegative].sort((a, b) => b.length - a.length).map(esc).join('|')})(?=\\s|$|[.,!?])`,
  'g',
);
const MAYBE_EMOTICON = /[:;=<>]/;

export function emojiCues(text: string): EmojiCues {
  const out: EmojiCues = { positive: 0, negative: 0, sarcasm: 0, found: [] };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2600) continue;
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (POS.has(cp)) out.positive++;
    else if (NEG.has(cp)) out.negative++;
    else if (SARC.has(cp)) out.sarcasm++;
    else continue;
    if (out.found.length < 3) out.found.push(String.fromCodePoint(cp));
  }
  if (MAYBE_EMOTICON.test(text)) {
    for (const m of text.matchAll(EMOTICON)) {
      const e = m[1]!;
      if (EMOTICON_POS.has(e)) out.positive++;
      else out.negative++;
      if (out.found.length < 3) out.found.push(e);
    }
  }
  return out;
}
