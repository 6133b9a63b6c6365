/** Over-length for the platform, counted the platform's way (src/core/reply-length.ts). */
import { replyLengthFor } from '../../core/reply-length.js';
import type { LintFinding, RuleContext } from './types.js';

/** First offset at which the text no longer fits: binary search over code-point prefixes. */
function overflowStart(platform: string, text: string, max: number): number {
  const cps = [...text];
  let lo = 0;
  let hi = cps.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (replyLengthFor(platform, cps.slice(0, mid).join('')).length <= max) lo = mid;
    else hi = mid - 1;
  }
  return cps.slice(0, lo).join('').length;
}

export function checkLength(ctx: RuleContext): LintFinding[] {
  const { length, max } = replyLengthFor(ctx.platform, ctx.text);
  if (length <= max) return [];
  return [
    {
      rule: 'length',
      severity: 'block',
      start: overflowStart(ctx.platform, ctx.text, max),
      end: ctx.text.length,
      message: `${length} characters as ${ctx.platform} counts them; the limit is ${max}`,
    },
  ];
}
