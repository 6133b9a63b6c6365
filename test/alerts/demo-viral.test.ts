/**
 * The demo feed's viral complaint (line 24: battery smoking on the charger) replayed
 * through the bot's stages with a controlled clock: re-polls every minute the schedule
 * asks for, one alert per level, climbing only, then acknowledged (idempotently).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb } from '../helpers/db.js';
import type { Database } from '../../src/db/client.js';
import { ManualClock } from '../../src/core/clock.js';
import { ReplayAdapter } from '../../adapters/replay/index.js';
import { ingestAll } from '../../src/pipeline/ingest.js';
import { triageNewCases } from '../../src/pipeline/triage-stage.js';
import { repollStage } from '../../src/alerts/stages.js';
import { acknowledgeAlert } from '../../src/alerts/acknowledge.js';
import { buildAlertMessage } from '../../src/alerts/alert-card.js';
import { listAlerts } from '../../src/db/repos/alerts.js';
import { caseTimeline } from '../../src/db/repos/audit.js';
import { listSnapshots } from '../../src/db/repos/snapshots.js';
import { alertCtx, demoLines, feedFile, pipelineCtx } from './helpers.js';

const VIRAL_ID = 'x:2123706080496793288';

describeDb('demo feed viral complaint', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(async () => {
    await database.close();
  });

  it('alerts once per level at the re-poll that shows it, climbs, and is acknowledged once', async () => {
    const line = demoLines().find((l) => l.id === VIRAL_ID)!;
    expect(line.replay?.metrics.length).toBe(6);
    const created = Date.parse(line.createdAt);
    const clock = new ManualClock(created + 60_000);
    const adapter = new ReplayAdapter({ file: feedFile([line]), clock });
    const adapters = new Map([['replay', adapter]]);
    const pctx = pipelineCtx(database.db, clock, adapters);
    expect(await ingestAll(pctx)).toBe(1);
    await triageNewCases(pctx);
    const actx = alertCtx(database.db, clock, adapters);

    // One minute at a time for 20 minutes: the stage decides which minutes poll.
    const pollsAt: number[] = [];
    const raisedAtPoll: Array<{ poll: number; level: string | null }> = [];
    for (let minute = 1; minute <= 20; minute++) {
      const before = actx.sink.delivered.length;
      if ((await repollStage(actx)) > 0) pollsAt.push(minute);
      for (const a of actx.sink.delivered.slice(before)) raisedAtPoll.push({ poll: pollsAt.length, level: a.level });
      clock.advance(60_000);
    }
    const snaps = (await listSnapshots(database.db, [VIRAL_ID])).get(VIRAL_ID)!;
    const engagement = snaps.map((s) => s.engagement);
    // Ingest stores 20; the re-polls return 30, 150, 600, 1,800, 4,500, 9,000, then stay.
    expect(engagement.slice(0, 7)).toEqual([20, 30, 150, 600, 1800, 4500, 9000]);
    // Accelerating: re-polled every minute while it grows.
    expect(pollsAt.slice(0, 6)).toEqual([1, 2, 3, 4, 5, 6]);

    // Poll 1 (30): one observation. Poll 2 (150): projection past 200, agreeing with
    // poll 1: "watch". Poll 3 (600): too young (3 min) to tell acceleration from a dying
    // spike, so at most "watch". Poll 4 (1,800): the count itself is "viral"; the
    // projection (accelerating ×11) says critical but poll 3 did not agree yet. Poll 5
    // (4,500): both agree: "critical". One alert per level, climbing only.
    expect(raisedAtPoll).toEqual([
      { poll: 2, level: 'watch' },
      { poll: 4, level: 'viral' },
      { poll: 5, level: 'critical' },
    ]);
    const alerts = await listAlerts(database.db, { kind: 'viral' });
    expect(alerts).toHaveLength(3);
    // Later re-polls (9,000, then flat) raise nothing more.
    expect(raisedAtPoll.every((r) => r.poll <= 5)).toBe(true);
    const critical = alerts.find((a) => a.level === 'critical')!;
    expect(critical.reasons.map((r) => r.factor)).toEqual(['projection', 'engagement', 'velocity', 'trend', 'complaint']);

    // The card Discord sends: evidence, sparkline, and the Acknowledge button id.
    const card = buildAlertMessage(critical, { roleId: '42' });
    expect(card.components[0]!.components[0]!.custom_id).toBe(`gh:ack:${critical.id}`);
    expect(card.content).toContain('<@&42>');
    expect(JSON.stringify(card.embeds)).toMatch(/[▁▂▃▄▅▆▇█]{3,}/);

    const at = clock.now();
    const first = await acknowledgeAlert(database.db, critical.id, 'u-111', at);
    expect(first.changed).toBe(true);
    expect(first.alert.acknowledgedBy).toBe('u-111');
    const again = await acknowledgeAlert(database.db, critical.id, 'u-222', new Date(at.getTime() + 5000));
    expect(again.changed).toBe(false);
    expect(again.alert.acknowledgedBy).toBe('u-111');
    const acked = buildAlertMessage(again.alert);
    expect(acked.components[0]!.components[0]!.disabled).toBe(true);

    const timeline = await caseTimeline(database.db, critical.caseIds[0]!);
    const actions = timeline.map((t) => t.action);
    expect(actions.filter((a) => a === 'alerted')).toHaveLength(3);
    expect(actions.filter((a) => a === 'alert_acknowledged')).toHaveLength(1);
    expect(timeline.find((t) => t.action === 'alert_acknowledged')?.alertId).toBe(critical.id);
  });
});
