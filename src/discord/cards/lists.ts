/** Pure: queue, escalation list, stats and timeline embeds for the slash commands and the queue channel. */
import type { APIEmbed } from 'discord.js';
import type { CaseView } from '../../db/repos/case-views.js';
import type { CaseStats } from '../../db/repos/case-locks.js';
import type { AuditRow } from '../../db/repos/audit.js';
import { BAND_COLOURS } from './review-card.js';
import { escapeAndTruncate, escapeText, truncate, userMention } from './text.js';

const BAND_ICON: Record<string, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟩' };

export interface LinkOptions {
  guildId?: string | undefined;
  webUrl: (caseId: string) => string;
}

function cardLink(v: CaseView, o: LinkOptions): string | null {
  const c = v.case;
  return o.guildId && c.discordChannelId && c.discordMessageId ? `https://discord.com/channels/${o.guildId}/${c.discordChannelId}/${c.discordMessageId}` : null;
}

function line(v: CaseView, o: LinkOptions, link: 'card' | 'web'): string {
  const c = v.case;
  const url = link === 'web' ? o.webUrl(c.id) : cardLink(v, o);
  const id = url ? `[\`${c.id}\`](${url})` : `\`${c.id}\``;
  const who = c.claimedBy ? ` · ${userMention(c.claimedBy)}` : '';
  return `${BAND_ICON[c.band ?? 'low'] ?? '⬜'} **${c.risk ?? 0}** ${id} ${escapeText(v.mention.platform)} @${escapeAndTruncate(v.mention.author.handle, 40)} · ${c.state.replace(/_/g, ' ')}${who} — ${escapeAndTruncate(v.mention.text, 80)}`;
}

/** Lines until the 4096-character description is full. */
function fit(lines: string[], max = 4000): string {
  let out = '';
  for (const [n, l] of lines.entries()) {
    if (out.length + l.length + 1 > max) return `${out}\n… and ${lines.length - n} more`;
    out += (out ? '\n' : '') + l;
  }
  return out;
}

export function buildQueueEmbed(views: CaseView[], o: LinkOptions, title = 'Open cases by risk'): APIEmbed {
  const top = views[0]?.case.band ?? 'low';
  return {
    title: `${title} (${views.length})`,
    description: views.length ? fit(views.map((v) => line(v, o, 'card'))) : 'Nothing waiting. 🎉',
    color: BAND_COLOURS[top] ?? BAND_COLOURS.low,
  };
}

export function buildEscalationsEmbed(views: CaseView[], o: LinkOptions): APIEmbed {
  return {
    title: `Open escalations (${views.length})`,
    description: views.length ? fit(views.map((v) => line(v, o, 'web'))) : 'No open escalations.',
    color: BAND_COLOURS.critical,
    footer: { text: 'Links open the escalation log (full timeline, CSV export).' },
  };
}

const mins = (m: number | null) => (m === null ? '—' : m < 120 ? `${Math.round(m)} min` : `${(m / 60).toFixed(1)} h`);

export function buildStatsEmbed(s: CaseStats, days: number): APIEmbed {
  const decided = s.approved + s.rejected;
  const rate = decided ? `${Math.round((100 * s.approved) / decided)}% (${s.approved} approved, ${s.rejected} rejected)` : '—';
  const states = Object.entries(s.byState).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k.replace(/_/g, ' ')}: ${n}`).join(' · ');
  return {
    title: `Stats, last ${days} day${days === 1 ? '' : 's'}`,
    color: 0x5865f2,
    fields: [
      { name: 'Volume', value: truncate(`${s.created} cases${states ? `\n${states}` : ''}`, 1024) },
      { name: 'Response time', value: `median ${mins(s.medianResponseMinutes)} · p90 ${mins(s.p90ResponseMinutes)} (${s.answered} answered)`, inline: false },
      { name: 'Approval rate', value: rate, inline: false },
    ],
    footer: { text: `since ${s.since.toISOString().slice(0, 16).replace('T', ' ')} UTC` },
  };
}

export function buildTimelineEmbed(caseId: string, rows: AuditRow[], webUrl: string): APIEmbed {
  const lines = rows.map((r) => `<t:${Math.floor(r.at.getTime() / 1000)}:f> ${escapeText(r.action.replace(/_/g, ' '))}${r.toState && r.toState !== r.fromState ? ` → ${r.toState}` : ''} · ${r.actor === 'system' ? 'system' : userMention(r.actor)}`);
  return { title: `Timeline of ${caseId}`, url: webUrl, description: fit(lines.slice(-40)) || '—', color: 0x99aab5 };
}
