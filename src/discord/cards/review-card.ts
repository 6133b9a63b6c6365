/**
 * Pure: a case as a Discord message (embed + buttons). Everything public is escaped and
 * truncated within Discord's embed limits; the message never pings anyone.
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type APIEmbedField, type RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import type { CaseView } from '../../db/repos/case-views.js';
import { formatReach } from '../../review/console-card.js';
import { caseButtonId } from '../custom-id.js';
import { codeBlock, escapeAndTruncate, escapeText, safeUrl, truncate, userMention } from './text.js';
import { ACTIONABLE_STATES } from '../../cases/states.js';

export const BAND_COLOURS: Record<string, number> = { low: 0x2ecc71, medium: 0xf1c40f, high: 0xe67e22, critical: 0xe74c3c };
/** Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = { title: 256, description: 4096, fieldName: 256, fieldValue: 1024, footer: 2048, author: 256, fields: 25, total: 6000 } as const;

/** Nobody is pinged by a card: not @everyone, not a user named in public text, not a role. */
export const NO_PINGS = { parse: [] as never[] };

export interface CardContext {
  /** The last thing someone did to the case (from the audit log). */
  lastAction?: { actor: string; action: string; at: Date } | null;
  /** Why posting failed, when it did. */
  postError?: string | null;
  /** Escalation log page of the case. */
  webUrl?: string | null;
}

const STATE_LABEL: Record<string, string> = {
  in_review: 'In review', escalated: 'Escalated to brand managers', approved: 'Approved', posting: 'Posting…', posted: 'Posted',
  failed: 'Posting failed', rejected: 'Rejected', ignored: 'Ignored', replied_by_hand: 'Replied by hand', new: 'New', triaged: 'Triaged', drafted: 'Drafted',
};

const field = (name: string, value: string, inline = false): APIEmbedField => ({ name: truncate(name, LIMITS.fieldName), value: truncate(value || '—', LIMITS.fieldValue), inline });

function stateText(v: CaseView, ctx: CardContext): string {
  const c = v.case;
  const lines = [`**${STATE_LABEL[c.state] ?? c.state}**`];
  if (c.claimedBy) lines.push(`Claimed by ${userMention(c.claimedBy)}`);
  if (c.approvalsNeeded > 1 && ACTIONABLE_STATES.includes(c.state)) {
    const first = c.approvals[0];
    lines.push(
      first
        ? `Four eyes: approved 1/${c.approvalsNeeded} by ${userMention(first.by)}; the second approval may come from any other ${c.state === 'escalated' ? 'brand manager' : 'responder or brand manager'} (not ${userMention(first.by)}).`
        : `Four eyes: needs ${c.approvalsNeeded} approvals by different members.`,
    );
  } else if (c.approvals.length) {
    lines.push(`Approved by ${c.approvals.map((a) => userMention(a.by)).join(', ')}`);
  }
  if (c.state === 'rejected' && c.rejectReason) lines.push(`Reason: ${escapeAndTruncate(c.rejectReason, 300)}`);
  if (c.state === 'replied_by_hand' && c.repliedBy) lines.push(`By ${userMention(c.repliedBy)}${c.firstResponseAt ? ` <t:${Math.floor(c.firstResponseAt.getTime() / 1000)}:f>` : ''}`);
  const reply = safeUrl(c.replyUrl);
  if (reply) lines.push(`Public reply: ${reply}`);
  if (c.state === 'failed' && ctx.postError) lines.push(`Error: ${escapeAndTruncate(ctx.postError, 300)}`);
  if (ctx.lastAction && ctx.lastAction.actor !== 'system') {
    lines.push(`Last: ${escapeText(ctx.lastAction.action.replace(/_/g, ' '))} by ${userMention(ctx.lastAction.actor)} <t:${Math.floor(ctx.lastAction.at.getTime() / 1000)}:R>`);
  }
  return lines.join('\n');
}

function lintText(v: CaseView): string {
  const d = v.draft;
  if (!d) return '—';
  const f = d.lint.findings;
  if (f.length === 0) return '✅ clean';
  const lines = f.slice(0, 8).map((x) => `${x.severity === 'block' ? '⛔ **block**' : '⚠️ warn'} \`${x.rule}\`: ${escapeAndTruncate(x.message, 160)}`);
  if (f.length > 8) lines.push(`… and ${f.length - 8} more`);
  if (d.lintOverriddenBy) lines.push(`Blocking findings overridden by ${userMention(d.lintOverriddenBy)}`);
  return lines.join('\n');
}

function embedSize(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((a, f) => a + f.name.length + f.value.length, 0);
}

export function buildCardEmbed(v: CaseView, ctx: CardContext = {}): APIEmbed {
  const c = v.case;
  const m = v.mention;
  const t = v.triage;
  const band = c.band ?? t?.band ?? 'low';
  const author = m.author;
  const who = `@${author.handle}${author.name ? ` (${author.name})` : ''} · ${formatReach(author.followers)}${author.verified ? ' · verified' : ''}`;
  const postUrl = safeUrl(m.url);
  const fields: APIEmbedField[] = [
    field('Platform', `${escapeText(m.platform)}${postUrl ? ` · [open post](${postUrl})` : ''}${c.manualOnly ? ' · **manual reply only**' : ''}`, true),
    field('Risk', `**${c.risk ?? t?.risk ?? 0}** · ${band}${c.categories.length ? ` · ${c.categories.join(', ')}` : ''}${c.escalate ? ' · ▲ escalate' : ''}`, true),
  ];
  if (t?.reasons.length) {
    fields.push(field('Why', t.reasons.slice(0, 3).map((r) => `\`${r.weight >= 0 ? '+' : ''}${r.weight.toFixed(2)}\` ${escapeText(r.factor)} — ${escapeAndTruncate(r.evidence, 120)}`).join('\n')));
  }
  if (v.draft) {
    const d = v.draft;
    const by = d.author === 'system' ? (d.template ? 'offline template' : escapeText(d.model)) : `edited by ${userMention(d.author)}`;
    if (c.manualOnly && ['approved', 'failed'].includes(c.state)) {
      fields.push(field(`Approved reply — copy and post it by hand (${by})`, codeBlock(d.text, LIMITS.fieldValue)));
    } else {
      fields.push(field(`Draft (${by}, ${escapeText(d.lang)})`, escapeAndTruncate(d.text, LIMITS.fieldValue)));
    }
    fields.push(field('Lint', lintText(v)));
  }
  fields.push(field('State', stateText(v, ctx)));
  const web = safeUrl(ctx.webUrl);
  if (web && (c.state === 'escalated' || c.escalate)) fields.push(field('Escalation log', web, true));
  const embed: APIEmbed = {
    author: { name: truncate(escapeText(who), LIMITS.author), ...(postUrl ? { url: postUrl } : {}) },
    title: truncate(`Risk ${c.risk ?? t?.risk ?? 0} · ${band.toUpperCase()} · ${t?.kind ?? c.kind ?? 'mention'}${t?.sentiment ? ` · ${t.sentiment}` : ''}`, LIMITS.title),
    ...(postUrl ? { url: postUrl } : {}),
    description: escapeAndTruncate(m.text, 2000),
    color: BAND_COLOURS[band] ?? BAND_COLOURS.low,
    fields,
    footer: { text: `case ${c.id} · v${c.version}` },
    ...(m.postedAt ? { timestamp: m.postedAt.toISOString() } : {}),
  };
  // Stay inside the 6000-character budget: the post text gives way first.
  const over = embedSize(embed) - LIMITS.total;
  if (over > 0) embed.description = truncate(embed.description ?? '', Math.max(200, (embed.description?.length ?? 0) - over - 10));
  return embed;
}

const button = (label: string, style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger, customId: string): APIButtonComponent => ({
  type: ComponentType.Button, style, label, custom_id: customId,
});
const linkButton = (label: string, url: string): APIButtonComponent => ({ type: ComponentType.Button, style: ButtonStyle.Link, label, url });

export function buildCardComponents(v: CaseView): APIActionRowComponent<APIButtonComponent>[] {
  const c = v.case;
  const id = c.id;
  const ver = c.version;
  const rows: APIButtonComponent[][] = [];
  const postUrl = safeUrl(v.mention.url);
  const blocked = !!v.draft && v.draft.lint.findings.some((f) => f.severity === 'block') && !v.draft.lintOverriddenBy;
  if (c.state === 'in_review' || c.state === 'escalated') {
    const approveLabel = c.approvalsNeeded > 1 ? `Approve (${c.approvals.length}/${c.approvalsNeeded})` : 'Approve';
    rows.push([
      button(approveLabel, ButtonStyle.Success, caseButtonId('approve', id, ver)),
      button('Edit', ButtonStyle.Primary, caseButtonId('edit', id, ver)),
      button('Regenerate', ButtonStyle.Secondary, caseButtonId('regen', id, ver)),
      button('Reject', ButtonStyle.Danger, caseButtonId('reject', id, ver)),
      ...(c.state === 'in_review' ? [button('Escalate', ButtonStyle.Secondary, caseButtonId('escalate', id, ver))] : []),
    ]);
    const second: APIButtonComponent[] = [button('Claim', ButtonStyle.Secondary, caseButtonId('claim', id, ver))];
    if (blocked) second.push(button('Override lint (managers)', ButtonStyle.Danger, caseButtonId('override', id, ver)));
    if (c.manualOnly) second.push(button('Mark replied by hand', ButtonStyle.Primary, caseButtonId('byhand', id, ver)));
    if (c.manualOnly && postUrl) second.push(linkButton('Open post', postUrl));
    rows.push(second);
  } else if (c.state === 'approved' && c.manualOnly) {
    rows.push([button('Mark replied by hand', ButtonStyle.Primary, caseButtonId('byhand', id, ver)), ...(postUrl ? [linkButton('Open post', postUrl)] : [])]);
  } else if (c.state === 'failed') {
    rows.push([
      ...(c.manualOnly ? [] : [button('Retry', ButtonStyle.Primary, caseButtonId('retry', id, ver))]),
      button('Mark replied by hand', ButtonStyle.Secondary, caseButtonId('byhand', id, ver)),
      button('Reject', ButtonStyle.Danger, caseButtonId('reject', id, ver)),
      ...(postUrl ? [linkButton('Open post', postUrl)] : []),
    ]);
  } else if (c.state === 'posted' || c.state === 'replied_by_hand') {
    const reply = safeUrl(c.replyUrl);
    if (reply) rows.push([linkButton('View public reply', reply)]);
  }
  return rows.filter((r) => r.length > 0).map((components) => ({ type: ComponentType.ActionRow, components }));
}

export function buildReviewCard(v: CaseView, ctx: CardContext = {}): RESTPostAPIChannelMessageJSONBody {
  return { content: '', embeds: [buildCardEmbed(v, ctx)], components: buildCardComponents(v), allowed_mentions: NO_PINGS };
}
