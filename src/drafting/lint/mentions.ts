/**
 * Mentions of accounts other than the customer drag bystanders into a public complaint.
 * The brand's own handles and explicitly allowed handles are fine.
 */
import type { LintFinding, RuleContext } from './types.js';

// "@jane", "@jane.bsky.social", "@jane@mastodon.social"; not the middle of an e-mail address.
const MENTION_RE = /(?<![\p{L}\p{N}_@.])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?)/gu;

/** Comparable forms of a handle: full, and local part for Mastodon/Bluesky style handles. */
function forms(handle: string): string[] {
  const h = handle.replace(/^@/, '').toLowerCase();
  const local = h.split('@')[0]!;
  return [h, local, local.replace(/\.bsky\.social$/, '')];
}

export function checkMentions(ctx: RuleContext): LintFinding[] {
  const allowed = new Set<string>();
  const add = (h: string | undefined | null) => {
    if (h) for (const f of forms(h)) allowed.add(f);
  };
  add(ctx.mention.author.handle);
  for (const h of Object.values(ctx.brand.handles)) add(h);
  for (const h of ctx.allowedHandles ?? []) add(h);
  const out: LintFinding[] = [];
  for (const m of ctx.norm.matchAll(MENTION_RE)) {
    const handle = m[1]!;
    if (forms(handle).some((f) => allowed.has(f))) continue;
    out.push({
      rule: 'mention',
      severity: 'block',
      start: m.index,
      end: m.index + m[0].length,
      message: `mentions @${handle}, who is not the customer: do not pull others into a public reply`,
    });
  }
  return out;
}
