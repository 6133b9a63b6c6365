/** SLA: due time from the response-time policy by band; a breach alerts once; a reply in time stops the clock. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertEngine } from '../../src/alerts/engine.js';
import { alertSettingsFromBrand } from '../../src/alerts/settings.js';
import { isBreached, slaDue } from '../../src/alerts/sla.js';
import { slaStage } from '../../src/alerts/stages.js';
import { createTriageEngine, triageOptionsFromBrand } from '../../src/triage/index.js';
import { ManualClock } from '../../src/core/clock.js';
import type { Mention } from '../../src/core/mention.js';
import { ReplayAdapter } from '../../adapters/replay/index.js';
import { ingestAll } from '../../src/pipeline/ingest.js';
import { triageNewCases } from '../../src/pipeline/triage-stage.js';
import { listAlerts } from '../../src/db/repos/alerts.js';
import { listCases, transitionCase } from '../../src/db/repos/cases.js';
import type { Database } from '../../src/db/client.js';
import { describeDb } from '../helpers/db.js';
import { alertCtx, brand, feedFile, pipelineCtx } from './helpers.js';

const MIN = 60_000;
const T0 = Date.parse('2026-11-20T10:00:00Z');

const severe = (id: string, minute = 0): Mention => ({
  id,
  platform: 'x',
  text: '@KestrelMobile my Aero 3 battery caught fire and smoke filled my kid\'s room. This is dangerous, I am talking to my lawyer',
  createdAt: new Date(T0 + minute * MIN).toISOString(),
  lang: 'en',
  author: { id: `u${id}`, handle: `u${id.replace(/\W/g, '')}`, followers: 40_000, verified: true },
  metrics: { likes: 300, reposts: 120, replies: 40, quotes: 10 },
});

describe('SLA (pure)', () => {
  it('due time follows the band policy; answered late still counts as a breach', () => {
    const p = brand.policies.responseMinutes;
    const due = slaDue(new Date(T0), 'critical', p);
    expect(due.getTime() - T0).toBe(p.critical * MIN);
    expect(isBreached(due, null, new Date(due.getTime() - 1))).toBe(false);
    expect(isBreached(due, null, due)).toBe(true);
    expect(isBreached(due, new Date(due.getTime() - MIN), new Date(due.getTime() + MIN))).toBe(false);
    expect(isBreached(due, new Date(due.getTime() + MIN), new Date(due.getTime() + 2 * MIN))).toBe(true);
  });

  it('the engine raises one breach per unanswered complaint at its due time, none for one answered in time', () => {
    const e = new AlertEngine({ settings: alertSettingsFromBrand(brand), triage: createTriageEngine(triageOptionsFromBrand(brand)) });
    e.mention(severe('x:1'), new Date(T0 + MIN));
    e.mention(severe('x:2'), new Date(T0 + MIN));
    const band = e.triageOf('x:1')!.band;
    const dueMin = brand.policies.responseMinutes[band];
    e.reply('x:2', new Date(T0 + 5 * MIN));
    const raised = [];
    for (let m = 2; m <= dueMin + 120; m++) raised.push(...e.tick(new Date(T0 + m * MIN)).filter((a) => a.kind === 'sla'));
    expect(raised).toHaveLength(1);
    expect(raised[0]!.mentionIds).toEqual(['x:1']);
    expect(raised[0]!.at.getTime()).toBe(T0 + dueMin * MIN);
    expect(raised[0]!.due!.getTime()).toBe(T0 + dueMin * MIN);
  });
});

describeDb('SLA stage', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(async () => {
    await database.close();
  });

  it('alerts once when an open case passes its due time, and never for a case answered in time', async () => {
    const clock = new ManualClock(T0 + MIN);
    const adapters = new Map([['replay', new ReplayAdapter({ file: feedFile([severe('x:10'), severe('x:11')]), clock })]]);
    const pctx = pipelineCtx(database.db, clock, adapters);
    await ingestAll(pctx);
    await triageNewCases(pctx);
    const cases = await listCases(database.db, ['triaged']);
    expect(cases).toHaveLength(2);
    const [open, answered] = [cases.find((c) => c.mentionId === 'x:10')!, cases.find((c) => c.mentionId === 'x:11')!];
    // The second is answered by hand in time (firstResponseAt set, state final).
    await transitionCase(database.db, { caseId: answered.id, from: 'triaged', to: 'in_review', actor: 'system', action: 'in_review', at: clock.now() });
    await transitionCase(database.db, { caseId: answered.id, from: 'in_review', to: 'replied_by_hand', actor: 'u-7', action: 'replied_by_hand', patch: { firstResponseAt: clock.now(), repliedBy: 'u-7' }, at: clock.now() });
    const actx = alertCtx(database.db, clock, adapters);
    clock.set(open.dueAt!.getTime() - MIN);
    expect(await slaStage(actx)).toBe(0);
    clock.set(open.dueAt!.getTime() + MIN);
    expect(await slaStage(actx)).toBe(1);
    clock.advance(30 * MIN);
    expect(await slaStage(actx)).toBe(0);
    const alerts = await listAlerts(database.db, { kind: 'sla' });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.caseIds).toEqual([open.id]);
    expect(alerts[0]!.dueAt!.getTime()).toBe(open.dueAt!.getTime());
    expect(actx.sink.delivered).toHaveLength(1);
  });
});
