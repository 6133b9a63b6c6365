/**
 * Public text in Discord: escaped (markdown and mention syntax shown literally) and
 * truncated on grapheme boundaries, never inside an escape. Pings are prevented by
 * allowed_mentions on every message; escaping also keeps "<@id>" from rendering as a mention.
 */
export { safeUrl } from '../../core/safe-url.js';
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Markdown and mention syntax escaped; @everyone/@here broken with a zero-width space. */
export function escapeText(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(/([\\*_~`|<>#[\]()])/g, '\\$1')
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

/** Cuts to at most `max` UTF-16 units on a grapheme boundary, adding "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    if (out.length + segment.length > max - 1) break;
    out += segment;
  }
  // A trailing lone backslash would escape the ellipsis and break the escape that followed.
  const trailing = /\\+$/.exec(out)?.[0].length ?? 0;
  if (trailing % 2 === 1) out = out.slice(0, -1);
  return out + '…';
}

export const escapeAndTruncate = (text: string, max: number) => truncate(escapeText(text), max);

/** Text shown in a code block for copying: only the fence needs breaking. */
export function codeBlock(text: string, max: number): string {
  const inner = truncate(text.replace(CONTROL, '').replace(/```/g, '`\u200b``'), max - 8);
  return '```\n' + inner + '\n```';
}


export const userMention = (id: string) => (/^\d{5,25}$/.test(id) ? `<@${id}>` : escapeText(id));
