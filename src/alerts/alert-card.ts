/**
 * The alert card as a discord.js message payload (pure). The Discord sink sends it;
 * the Acknowledge button's custom id is exactly `gh:ack:<alertId>`.
 */
import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed } from 'discord.js';
import type { Reason } from '../core/triage.js';
import type { AlertKind } from './types.js';

/** What the card needs: an alert row (src/db/repos/alerts.ts AlertRow satisfies it). */
export interface AlertCardInput {
  id: string;
  kind: AlertKind;
  level: string | null;
  mentionIds: string[];
  caseIds: string[];
  incidentId: string | null;
  dueAt: Date | null;
  reasons: Reason[];
  raisedAt: Date;
  acknowledgedBy?: string | null;
  acknowledgedAt?: Date | null;
}

export interface AlertCardOptions {
  /** Role to ping (brand.discord.managerRoleId); no ping when absent. */
  roleId?: string | null;
  /** Escalation log base URL, for links to the cases. */
  pageUrl?: string | null;
}

export interface AlertMessage {
  content: string;
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIButtonComponentWithCustomId>>;
  allowedMentions: { roles: string[]; users: string[]; parse: [] };
}

export const ACK_PREFIX = 'gh:ack:';
export const ackCustomId = (alertId: string): string => `${ACK_PREFIX}${alertId}`;
/** The alert id in an Acknowledge button's custom id, or null when it is not one. */
export function parseAckCustomId(customId: string): string | null {
  return customId.startsWith(ACK_PREFIX) && customId.length > ACK_PREFIX.length ? customId.slice(ACK_PREFIX.length) : null;
}

const COLORS: Record<string, number> = { watch: 0xf1c40f, viral: 0xe67e22, critical: 0xe74c3c, incident: 0x9b59b6, sla: 0x3498db };

function title(a: AlertCardInput): string {
  if (a.kind === 'viral') return `Complaint going viral: ${(a.level ?? 'watch').toUpperCase()}`;
  if (a.kind === 'incident') return `Incident: ${a.mentionIds.length} similar complaints`;
  return 'Response time breached (SLA)';
}

/** Discord caps: 25 fields, 1024 characters a value, 256 a name. */
const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

export function buildAlertMessage(alert: AlertCardInput, opts: AlertCardOptions = {}): AlertMessage {
  const acked = Boolean(alert.acknowledgedBy);
  const fields = alert.reasons.slice(0, 20).map((r) => ({ name: clip(r.factor, 256), value: clip(r.evidence || '-', 1024), inline: r.factor !== 'trend' }));
  if (alert.dueAt) fields.push({ name: 'due', value: `<t:${Math.floor(alert.dueAt.getTime() / 1000)}:R>`, inline: true });
  if (alert.incidentId) fields.push({ name: 'incident', value: alert.incidentId, inline: true });
  const links = opts.pageUrl ? alert.caseIds.slice(0, 10).map((c) => `[${c}](${opts.pageUrl!.replace(/\/$/, '')}/cases/${encodeURIComponent(c)})`) : alert.caseIds.slice(0, 10);
  if (links.length) fields.push({ name: 'cases', value: clip(links.join(' · '), 1024), inline: false });
  fields.push({ name: 'posts', value: clip(alert.mentionIds.slice(0, 10).join('\n'), 1024), inline: false });
  if (acked) fields.push({ name: 'acknowledged', value: `<@${alert.acknowledgedBy}>${alert.acknowledgedAt ? ` <t:${Math.floor(alert.acknowledgedAt.getTime() / 1000)}:R>` : ''}`, inline: false });
  const embed: APIEmbed = {
    title: clip(title(alert), 256),
    color: COLORS[alert.kind === 'viral' ? (alert.level ?? 'watch') : alert.kind],
    fields: fields.slice(0, 25),
    footer: { text: `alert ${alert.id}` },
    timestamp: alert.raisedAt.toISOString(),
  };
  const button: APIButtonComponentWithCustomId = {
    type: 2, // ComponentType.Button
    style: acked ? 2 : 1, // Secondary once acknowledged, Primary before
    custom_id: ackCustomId(alert.id),
    label: acked ? 'Acknowledged' : 'Acknowledge',
    disabled: acked,
  };
  const ping = opts.roleId && !acked ? `<@&${opts.roleId}> ` : '';
  return {
    content: `${ping}${title(alert)}`,
    embeds: [embed],
    components: [{ type: 1, components: [button] }],
    allowedMentions: { roles: opts.roleId && !acked ? [opts.roleId] : [], users: [], parse: [] },
  };
}

/** Plain-text rendering for console mode. */
export function formatAlertText(alert: AlertCardInput): string {
  const lines = [`[alert ${alert.id}] ${title(alert)}${alert.acknowledgedBy ? ` (acknowledged by ${alert.acknowledgedBy})` : ''}`];
  for (const r of alert.reasons) lines.push(`  ${r.factor}: ${r.evidence}`);
  if (alert.dueAt) lines.push(`  due: ${alert.dueAt.toISOString()}`);
  if (alert.incidentId) lines.push(`  incident: ${alert.incidentId}`);
  lines.push(`  posts: ${alert.mentionIds.join(', ')}`);
  return lines.join('\n');
}
