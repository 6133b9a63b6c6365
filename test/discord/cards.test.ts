import { describe, expect, it } from 'vitest';
import type { CaseView } from '../../src/db/repos/case-views.js';
import { buildReviewCard, BAND_COLOURS, LIMITS } from '../../src/discord/cards/review-card.js';
import { escapeText, truncate } from '../../src/discord/cards/text.js';
import { caseButtonId, modalId, parseCustomId } from '../../src/discord/custom-id.js';
import type { APIEmbed } from 'discord.js';

function view(over: { text?: string; draft?: string; state?: CaseView['case']['state']; band?: string; manualOnly?: boolean; approvals?: Array<{ by: string; at: string }>; approvalsNeeded?: number; replyUrl?: string | null; url?: string | null; block?: boolean } = {}): CaseView {
  const now = new Date('2026-11-20T12:00:00Z');
  return {
    case: {
      id: 'cabc123456', mentionId: 'x:1', platform: 'x', state: over.state ?? 'in_review', kind: 'complaint', risk: 87, band: over.band ?? 'critical', categories: ['safety'], escalate: false,
      manualOnly: over.manualOnly ?? false, claimedBy: null, approvals: over.approvals ?? [], approvalsNeeded: over.approvalsNeeded ?? 1, rejectReason: null, dueAt: null, firstResponseAt: null,
      replyId: null, replyUrl: over.replyUrl ?? null, repliedBy: null, incidentId: null, discordChannelId: null, discordMessageId: null, discordCardVersion: null, version: 4, createdAt: now, updatedAt: now,
    },
    mention: {
      id: 'x:1', platform: 'x', source: 'replay', externalId: '1', url: over.url === undefined ? 'https://x.com/jane/status/1' : over.url, text: over.text ?? 'my phone caught fire', lang: 'en', postedAt: now,
      author: { handle: 'jane', name: 'Jane', followers: 48000 }, authorHandle: 'jane', metrics: null, engagement: 0, inReplyToId: null, conversationId: null, replyAllowed: true, extra: null, ingestedAt: now,
    },
    triage: { id: 'x:1', kind: 'complaint', sentiment: 'negative', lang: 'en', risk: 87, band: 'critical', categories: ['safety'], escalate: true, reasons: [
      { factor: 'severity:safety', weight: 0.41, evidence: '"caught fire"' }, { factor: 'reach', weight: 0.22, evidence: '48k followers' }, { factor: 'velocity', weight: 0.1, evidence: '40 likes/h' }, { factor: 'fourth', weight: 0.01, evidence: 'hidden' },
    ] },
    draft: {
      id: 1, caseId: 'cabc123456', text: over.draft ?? '@jane We are so sorry. Please send us a DM.', lang: 'en', author: 'system', promptId: null, promptVersion: null, model: 'template', template: true, privateHandoff: true,
      confidence: null, notes: null, lint: { ok: !over.block, findings: over.block ? [{ rule: 'length', severity: 'block', start: 0, end: 3, message: '300 > 280' }] : [] }, lintOverriddenBy: null,
      tokensIn: null, tokensOut: null, costUsd: null, createdAt: now,
    },
  };
}

function size(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0) + (e.fields ?? []).reduce((a, f) => a + f.name.length + f.value.length, 0);
}

describe('review card (pure)', () => {
  it('shows platform and link, author and reach, risk with band colour and the top three reasons, the draft and lint, the state', () => {
    const card = buildReviewCard(view());
    const e = card.embeds![0]!;
    expect(e.color).toBe(BAND_COLOURS.critical);
    expect(e.author!.name).toContain('48k followers');
    expect(e.url).toBe('https://x.com/jane/status/1');
    const text = JSON.stringify(e);
    expect(text).toContain('severity:safety');
    expect(text).toContain('velocity');
    expect(text).not.toContain('hidden');
    expect(text).toContain('We are so sorry');
    expect(text).toContain('✅ clean');
    expect(text).toContain('In review');
    expect(card.allowed_mentions).toEqual({ parse: [] });
    const labels = card.components!.flatMap((r) => (r as { components: Array<{ label: string }> }).components.map((b) => b.label));
    expect(labels).toEqual(['Approve', 'Edit', 'Regenerate', 'Reject', 'Escalate', 'Claim']);
  });

  it('stays within the embed limits for huge public text, on grapheme boundaries', () => {
    const huge = '👩‍👩‍👧‍👦*_'.repeat(3000);
    const e = buildReviewCard(view({ text: huge, draft: huge })).embeds![0]!;
    expect(size(e)).toBeLessThanOrEqual(LIMITS.total);
    expect(e.description!.length).toBeLessThanOrEqual(LIMITS.description);
    for (const f of e.fields!) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(e.description!.endsWith('…')).toBe(true);
    // No lone surrogate: every code point is valid.
    expect(e.description).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('escapes markdown and mention syntax; never cuts an escape in half', () => {
    expect(escapeText('@everyone **hi** <@12345678> [x](http://evil)')).toBe('@\u200beveryone \\*\\*hi\\*\\* \\<@12345678\\> \\[x\\]\\(http://evil\\)');
    const cut = truncate(escapeText('a'.repeat(8) + '*' + 'b'), 10);
    expect(cut).toBe('aaaaaaaa…');
  });

  it('shows blocking findings and offers the manager override', () => {
    const card = JSON.stringify(buildReviewCard(view({ block: true })));
    expect(card).toContain('⛔ **block** `length`');
    expect(card).toContain('Override lint');
  });

  it('four eyes: shows the first approval and who may give the second', () => {
    const card = JSON.stringify(buildReviewCard(view({ approvalsNeeded: 2, approvals: [{ by: '100000000000000001', at: '2026-11-20T12:00:00Z' }] })));
    expect(card).toContain('approved 1/2 by <@100000000000000001>');
    expect(card).toContain('Approve (1/2)');
  });

  it('posted: links the public reply; failed: offers Retry; javascript: links never become links', () => {
    expect(JSON.stringify(buildReviewCard(view({ state: 'posted', replyUrl: 'https://x.com/kestrel/status/9' })))).toContain('View public reply');
    expect(JSON.stringify(buildReviewCard(view({ state: 'failed' })))).toContain('"label":"Retry"');
    const bad = JSON.stringify(buildReviewCard(view({ url: 'javascript:alert(1)' })));
    expect(bad).not.toContain('javascript:');
  });
});

describe('custom ids', () => {
  it('round-trip and reject anything malformed', () => {
    expect(parseCustomId(caseButtonId('approve', 'cabc123456', 7))).toEqual({ kind: 'case', verb: 'approve', caseId: 'cabc123456', version: 7 });
    expect(parseCustomId(modalId('reject', 'cabc123456', 3))).toEqual({ kind: 'modal', verb: 'reject', caseId: 'cabc123456', version: 3 });
    expect(parseCustomId('gh:ack:a123')).toEqual({ kind: 'ack', alertId: 'a123' });
    for (const bad of ['gh:nuke:c1:1', 'gh:approve:c1:-1', 'gh:approve:c/1:1', 'other:approve:c1:1', 'gh:approve:c1', 'gh:m:approve:c1:1']) expect(parseCustomId(bad)).toBeNull();
  });
});

describe('gateway', () => {
  it('asks for the Guilds intent only and hands raw interactions to the router', async () => {
    const { createGatewayClient, GATEWAY_INTENTS } = await import('../../src/discord/gateway.js');
    const { Events, GatewayDispatchEvents, GatewayIntentBits, IntentsBitField } = await import('discord.js');
    expect([...GATEWAY_INTENTS]).toEqual([GatewayIntentBits.Guilds]);
    const seen: unknown[] = [];
    const client = createGatewayClient({ handle: (raw) => Promise.resolve(void seen.push(raw)) });
    expect(new IntentsBitField(client.options.intents).toArray()).toEqual(['Guilds']);
    const payload = { id: 'i1', type: 3, data: { custom_id: 'gh:claim:c1:1', component_type: 2 } };
    client.emit(Events.Raw, { op: 0, s: 1, t: GatewayDispatchEvents.InteractionCreate, d: payload });
    client.emit(Events.Raw, { op: 0, s: 2, t: GatewayDispatchEvents.MessageCreate, d: {} });
    expect(seen).toEqual([payload]);
    await client.destroy();
  });
});
