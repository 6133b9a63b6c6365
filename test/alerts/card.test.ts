/** The alert card (pure): discord.js payload, evidence, Acknowledge button id, console text. */
import { describe, expect, it } from 'vitest';
import { buildAlertMessage, formatAlertText, parseAckCustomId, type AlertCardInput } from '../../src/alerts/alert-card.js';
import { ConsoleAlertSink } from '../../src/alerts/sink.js';

const base: AlertCardInput = {
  id: 'a0123456789a',
  kind: 'incident',
  level: null,
  mentionIds: ['x:1', 'x:2', 'x:3', 'x:4', 'x:5'],
  caseIds: ['c1', 'c2'],
  incidentId: 'i42',
  dueAt: null,
  reasons: [{ factor: 'members', weight: 0.5, evidence: '5 complaints from 5 authors in 13 min' }],
  raisedAt: new Date('2026-11-20T08:20:00Z'),
};

describe('alert card', () => {
  it('builds an embed with the evidence, case links and an Acknowledge button gh:ack:<id>', () => {
    const m = buildAlertMessage(base, { roleId: '777', pageUrl: 'https://gh.example/' });
    expect(m.content).toBe('<@&777> Incident: 5 similar complaints');
    expect(m.allowedMentions.roles).toEqual(['777']);
    const fields = m.embeds[0]!.fields!;
    expect(fields.find((f) => f.name === 'members')?.value).toContain('5 authors');
    expect(fields.find((f) => f.name === 'cases')?.value).toContain('(https://gh.example/cases/c1)');
    const button = m.components[0]!.components[0]!;
    expect(button).toMatchObject({ type: 2, style: 1, custom_id: 'gh:ack:a0123456789a', label: 'Acknowledge', disabled: false });
    expect(parseAckCustomId(button.custom_id)).toBe('a0123456789a');
    expect(parseAckCustomId('gh:approve:c1')).toBeNull();
  });

  it('shows SLA due time and, once acknowledged, who did it with the button disabled and no ping', () => {
    const m = buildAlertMessage({ ...base, kind: 'sla', dueAt: new Date('2026-11-20T08:15:00Z'), acknowledgedBy: '123', acknowledgedAt: new Date('2026-11-20T08:30:00Z') }, { roleId: '777' });
    expect(m.content).toBe('Response time breached (SLA)');
    expect(m.allowedMentions.roles).toEqual([]);
    expect(m.embeds[0]!.fields!.find((f) => f.name === 'due')?.value).toBe(`<t:${Date.parse('2026-11-20T08:15:00Z') / 1000}:R>`);
    expect(m.components[0]!.components[0]).toMatchObject({ disabled: true, label: 'Acknowledged' });
  });

  it('prints in console mode', async () => {
    const lines: string[] = [];
    const d = await new ConsoleAlertSink((t) => lines.push(t)).deliver(base);
    expect(d.channel).toBe('console');
    expect(lines[0]).toBe(formatAlertText(base));
    expect(lines[0]).toContain('incident: i42');
  });
});
