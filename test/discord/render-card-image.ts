/**
 * Renders a sample review card to docs/img/review-card.png (headless Chromium via
 * playwright-core) and prints a text mock-up, from the real card builder's payload.
 * Run: npx tsx test/discord/render-card-image.ts [/usr/bin/chromium]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ButtonStyle, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { CaseView } from '../../src/db/repos/case-views.js';
import { buildReviewCard } from '../../src/discord/cards/review-card.js';

const now = new Date('2026-11-20T10:02:00Z');
export const SAMPLE: CaseView = {
  case: {
    id: 'c7k2m9q4x1', mentionId: 'x:1790000000000000001', platform: 'x', state: 'in_review', kind: 'complaint', risk: 87, band: 'critical', categories: ['safety'], escalate: false,
    manualOnly: false, claimedBy: '100000000000000001', approvals: [{ by: '100000000000000001', at: now.toISOString() }], approvalsNeeded: 2, rejectReason: null, dueAt: null, firstResponseAt: null,
    replyId: null, replyUrl: null, repliedBy: null, incidentId: null, discordChannelId: null, discordMessageId: null, discordCardVersion: null, version: 6, createdAt: now, updatedAt: now,
  },
  mention: {
    id: 'x:1790000000000000001', platform: 'x', source: 'x', externalId: '1790000000000000001', url: 'https://x.com/jane/status/1790000000000000001',
    text: '@KestrelMobile my phone caught fire while charging last night. Nobody answers the hotline. @everyone should know this **before** buying', lang: 'en', postedAt: new Date('2026-11-20T10:00:00Z'),
    author: { handle: 'jane', name: 'Jane Doe', followers: 48200 }, authorHandle: 'jane', metrics: null, engagement: 0, inReplyToId: null, conversationId: null, replyAllowed: true, extra: null, ingestedAt: now,
  },
  triage: {
    id: 'x:1790000000000000001', kind: 'complaint', sentiment: 'negative', lang: 'en', risk: 87, band: 'critical', categories: ['safety'], escalate: true,
    reasons: [
      { factor: 'severity:safety', weight: 0.41, evidence: '"caught fire"' },
      { factor: 'reach', weight: 0.22, evidence: '48k followers' },
      { factor: 'velocity', weight: 0.12, evidence: '52 interactions in 20 min' },
    ],
  },
  draft: {
    id: 3, caseId: 'c7k2m9q4x1', text: "@jane We're so sorry, and glad you're safe. Please stop using the charger and send us a DM with your order number so our safety team can call you today. – Kestrel Care",
    lang: 'en', author: 'system', promptId: 'reply', promptVersion: '3', model: 'gpt-4o-mini', template: false, privateHandoff: true, confidence: 0.82, notes: null,
    lint: { ok: true, findings: [{ rule: 'tone', severity: 'warn', start: 6, end: 20, message: 'apology stacked twice; consider one' }] }, lintOverriddenBy: null,
    tokensIn: null, tokensOut: null, costUsd: null, createdAt: now,
  },
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const NAMES: Record<string, string> = { '100000000000000001': 'alice' };

/** Just enough Discord markdown for the card: escapes, bold, code, links, mentions, timestamps. */
function md(text: string): string {
  const slots: string[] = [];
  const keep = (html: string) => `\u0000${slots.push(html) - 1}\u0000`;
  let s = text
    .replace(/\\([\\*_~`|<>#[\]()-])/g, (_, c: string) => keep(esc(c)))
    .replace(/<@(\d+)>/g, (_, id: string) => keep(`<span class="mention">@${NAMES[id] ?? id}</span>`))
    .replace(/<t:(\d+):\w>/g, () => keep('<span class="ts">today at 10:02</span>'))
    .replace(/```\n?([\s\S]*?)\n?```/g, (_, c: string) => keep(`<pre>${esc(c)}</pre>`));
  s = esc(s)
    .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '<a>$1</a>')
    .replace(/\n/g, '<br>');
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => slots[Number(i)]!);
}

const STYLE: Record<number, string> = { 1: '#5865f2', 2: '#4e5058', 3: '#248046', 4: '#da373c', 5: '#4e5058' };

export function cardHtml(embed: APIEmbed, rows: APIActionRowComponent<APIButtonComponent>[]): string {
  const colour = `#${(embed.color ?? 0).toString(16).padStart(6, '0')}`;
  const fields = (embed.fields ?? []).map((f) => `<div class="field ${f.inline ? 'inline' : ''}"><div class="fname">${md(f.name)}</div><div class="fval">${md(f.value)}</div></div>`).join('');
  const buttons = rows.map((r) => `<div class="row">${r.components.map((b) => `<span class="btn" style="background:${STYLE[b.style]}">${esc('label' in b ? (b.label ?? '') : '')}${b.style === ButtonStyle.Link ? ' ↗' : ''}</span>`).join('')}</div>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body{margin:0;background:#313338;font-family:"gg sans","Noto Sans","DejaVu Sans",sans-serif;color:#dbdee1;font-size:15px}
  .msg{display:flex;padding:16px 20px;width:640px}.avatar{width:40px;height:40px;border-radius:50%;background:#5865f2;margin-right:16px;flex:none;color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center}
  .name{color:#fff;font-weight:600}.bot{background:#5865f2;color:#fff;font-size:10px;padding:1px 4px;border-radius:3px;margin-left:4px;vertical-align:middle}.time{color:#949ba4;font-size:12px;margin-left:6px}
  .embed{margin-top:6px;background:#2b2d31;border-left:4px solid ${colour};border-radius:4px;padding:10px 16px 14px 12px;max-width:520px}
  .author{font-size:13px;font-weight:600;color:#fff;margin-bottom:6px}.title{color:#00a8fc;font-weight:600;margin-bottom:6px}.desc{font-size:14px;line-height:1.35;margin-bottom:6px}
  .fields{display:flex;flex-wrap:wrap}.field{flex:1 1 100%;margin-top:8px;font-size:14px}.field.inline{flex:1 1 45%}.fname{font-weight:600;color:#fff;margin-bottom:2px}.fval{line-height:1.35}
  .footer{font-size:12px;color:#949ba4;margin-top:10px}a{color:#00a8fc}code{background:#1e1f22;padding:1px 3px;border-radius:3px;font-size:13px}pre{background:#1e1f22;padding:8px;border-radius:4px;white-space:pre-wrap;margin:4px 0}
  .mention{background:rgba(88,101,242,.3);color:#c9cdfb;border-radius:3px;padding:0 2px}.ts{background:#3f4147;border-radius:3px;padding:0 2px}
  .row{display:flex;gap:8px;margin-top:8px}.btn{color:#fff;font-size:14px;font-weight:500;padding:5px 16px;border-radius:3px}
  </style></head><body><div class="msg"><div class="avatar">G</div><div><span class="name">Glasshouse</span><span class="bot">APP</span><span class="time">Today at 10:02</span>
  <div class="embed"><div class="author">${md(embed.author?.name ?? '')}</div><div class="title">${md(embed.title ?? '')}</div><div class="desc">${md(embed.description ?? '')}</div>
  <div class="fields">${fields}</div><div class="footer">${esc(embed.footer?.text ?? '')} • Today at 10:00</div></div>${buttons}</div></div></body></html>`;
}

/** Plain text mock-up of the same payload (for the README). */
export function cardText(embed: APIEmbed, rows: APIActionRowComponent<APIButtonComponent>[]): string {
  const plain = (s: string) => s.replace(/\\(.)/g, '$1').replace(/<@(\d+)>/g, (_, id: string) => `@${NAMES[id] ?? id}`).replace(/<t:\d+:\w>/g, 'today 10:02').replace(/\u200b/g, '');
  const out = [`▌ ${plain(embed.author?.name ?? '')}`, `▌ ${plain(embed.title ?? '')}`, `▌ ${plain(embed.description ?? '')}`];
  for (const f of embed.fields ?? []) out.push('▌', `▌ ${plain(f.name)}`, ...plain(f.value).split('\n').map((l) => `▌   ${l}`));
  out.push('▌', `▌ ${embed.footer?.text ?? ''}`);
  for (const r of rows) out.push(r.components.map((b) => `[ ${'label' in b ? b.label : ''} ]`).join(' '));
  return out.join('\n');
}

async function main(): Promise<void> {
  const card = buildReviewCard(SAMPLE, { lastAction: { actor: '100000000000000001', action: 'approval', at: now }, webUrl: 'https://glasshouse.example/cases/c7k2m9q4x1' });
  const embed = card.embeds![0]!;
  const rows = card.components as APIActionRowComponent<APIButtonComponent>[];
  process.stdout.write(cardText(embed, rows) + '\n');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.argv[2] ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 680, height: 400 }, deviceScaleFactor: 2 });
    await page.setContent(cardHtml(embed, rows));
    const out = resolve(import.meta.dirname, '../../docs/img/review-card.png');
    await page.locator('.msg').screenshot({ path: out });
    writeFileSync(resolve(import.meta.dirname, '../../docs/img/review-card.txt'), cardText(embed, rows) + '\n');
    process.stderr.write(`wrote ${out}\n`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) void main();
