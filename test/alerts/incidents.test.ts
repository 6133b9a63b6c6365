/** Incidents: one problem in many languages is one incident; shared words or near-misses are not. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertEngine } from '../../src/alerts/engine.js';
import { alertSettingsFromBrand } from '../../src/alerts/settings.js';
import { topicsOf } from '../../src/alerts/topics.js';
import { incidentStage } from '../../src/alerts/stages.js';
import { createTriageEngine, triageOptionsFromBrand } from '../../src/triage/index.js';
import { ManualClock } from '../../src/core/clock.js';
import { MentionSchema, type Mention } from '../../src/core/mention.js';
import type { RaisedAlert } from '../../src/alerts/types.js';
import { ReplayAdapter } from '../../adapters/replay/index.js';
import { ingestAll } from '../../src/pipeline/ingest.js';
import { triageNewCases } from '../../src/pipeline/triage-stage.js';
import { listAlerts } from '../../src/db/repos/alerts.js';
import { listIncidents } from '../../src/db/repos/incidents.js';
import { getCaseView } from '../../src/db/repos/case-views.js';
import { caseTimeline } from '../../src/db/repos/audit.js';
import type { Database } from '../../src/db/client.js';
import { describeDb } from '../helpers/db.js';
import { alertCtx, brand, demoLines, feedFile, pipelineCtx } from './helpers.js';

const MIN = 60_000;
const T0 = Date.parse('2026-11-20T08:00:00Z');

function engine(): AlertEngine {
  return new AlertEngine({ settings: alertSettingsFromBrand(brand), triage: createTriageEngine(triageOptionsFromBrand(brand)) });
}

function post(i: number, text: string, minute: number, lang: string, author = `a${i}`): Mention {
  return { id: `x:${i}`, platform: 'x', text: `@KestrelMobile ${text}`, createdAt: new Date(T0 + minute * MIN).toISOString(), lang, author: { id: author, handle: author, followers: 200 } };
}

function run(posts: Mention[]): { e: AlertEngine; alerts: RaisedAlert[] } {
  const e = engine();
  const alerts: RaisedAlert[] = [];
  for (const m of [...posts].sort((a, b) => a.createdAt!.localeCompare(b.createdAt!))) alerts.push(...e.mention(m, new Date(Date.parse(m.createdAt!) + MIN)).filter((a) => a.kind === 'incident'));
  return { e, alerts };
}

const APP_DOWN = [
  ['the app is down, login just shows an error', 'en'],
  ['la aplicación no funciona desde esta mañana', 'es'],
  ['die App stürzt ständig ab', 'de'],
  ["l'application plante à chaque ouverture", 'fr'],
  ['η εφαρμογή δεν λειτουργεί καθόλου', 'el'],
  ['az alkalmazás nem működik, csak hiba', 'hu'],
] as const;

describe('topic signatures', () => {
  it('tells a problem from a shared word', () => {
    expect(topicsOf('the network is down again')).toEqual(['connectivity']);
    expect(topicsOf('love your network of shops, no appointment needed')).toEqual([]);
    expect(topicsOf('finally found the per-app data usage screen. turns out one video app ate 11GB. I will not be deleting it')).toEqual([]);
    expect(topicsOf('सुबह से इंटरनेट नहीं चल रहा')).toEqual(['connectivity']);
  });
});

describe('incident clustering (engine)', () => {
  it('"app down" in six languages from six authors within 30 minutes is one incident; the sixth attaches', () => {
    const posts = APP_DOWN.map(([t, l], i) => post(i, t, i * 4, l));
    const { e, alerts } = run(posts);
    expect(alerts).toHaveLength(1);
    const a = alerts[0]!;
    expect(a.mentionIds).toEqual(posts.slice(0, 5).map((p) => p.id));
    expect(a.reasons.find((r) => r.factor === 'members')?.evidence).toMatch(/^5 complaints from 5 authors/);
    expect(a.reasons.find((r) => r.factor === 'languages')?.evidence).toBe('de, el, en, es, fr');
    expect(e.incidentOf(posts[5]!.id)).toBe(a.incidentId);
  });

  it('raises nothing for near-misses: four posts, one author twice, or spread over an hour', () => {
    expect(run(APP_DOWN.slice(0, 4).map(([t, l], i) => post(i, t, i * 3, l))).alerts).toEqual([]);
    expect(run(APP_DOWN.slice(0, 5).map(([t, l], i) => post(i, t, i * 3, l, i === 4 ? 'a0' : `a${i}`))).alerts).toEqual([]);
    expect(run(APP_DOWN.slice(0, 5).map(([t, l], i) => post(i, t, i * 16, l))).alerts).toEqual([]);
  });

  it('raises nothing for look-alikes that share words but state no problem', () => {
    const texts = ['love your network of shops', 'the new app design looks clean', 'euer Netz an Läden ist super', 'votre réseau de boutiques est top', 'adoro a vossa rede de lojas', 'szuper a bolthálózatotok'];
    expect(run(texts.map((t, i) => post(i, t, i * 2, 'en'))).alerts).toEqual([]);
  });

  it('keeps two problems in one window apart', () => {
    const data = ['no mobile data since this morning', 'internet down on my phone', 'kein mobiles Internet seit 8 Uhr', 'sin datos móviles desde las 8', 'nincs mobilnet reggel óta'];
    const posts = [...APP_DOWN.slice(0, 5).map(([t, l], i) => post(i, t, i * 2, l)), ...data.map((t, i) => post(10 + i, t, i * 2 + 1, 'en'))];
    const { alerts } = run(posts);
    expect(alerts).toHaveLength(2);
    for (const a of alerts) expect(new Set(a.mentionIds.map((id) => Number(id.slice(2)) >= 10)).size).toBe(1);
  });
});

describeDb('incident stage on the demo outage burst', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(async () => {
    await database.close();
  });

  it('makes one incident with its members and one alert, and does not alert again', async () => {
    // Lines 10–17: six "mobile data down" complaints in six languages, plus two near-misses.
    const lines = demoLines().slice(9, 17).map((l) => MentionSchema.parse(l));
    const clock = new ManualClock(Date.parse(lines[lines.length - 1]!.createdAt!) + 2 * MIN);
    const adapters = new Map([['replay', new ReplayAdapter({ file: feedFile(lines), clock })]]);
    const pctx = pipelineCtx(database.db, clock, adapters);
    await ingestAll(pctx);
    await triageNewCases(pctx);
    const actx = alertCtx(database.db, clock, adapters);
    expect(await incidentStage(actx)).toBeGreaterThan(0);
    clock.advance(MIN);
    await incidentStage(actx);
    const incidents = await listIncidents(database.db);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.memberCount).toBe(6);
    const alerts = await listAlerts(database.db, { kind: 'incident' });
    expect(alerts).toHaveLength(1);
    expect(actx.sink.delivered).toHaveLength(1);
    const near = ['bluesky:at://did:plc:xfd6agedwr7sclff4gbhkob2/app.bsky.feed.post/3n2q53s2ihphe', 'bluesky:at://did:plc:4yq7gnowyxk4eyz2ipocr2wf/app.bsky.feed.post/3n2q5fyatrqko'];
    expect(alerts[0]!.mentionIds.some((id) => near.includes(id))).toBe(false);
    const caseView = await getCaseView(database.db, alerts[0]!.caseIds[0]!);
    expect(caseView!.case.incidentId).toBe(incidents[0]!.id);
    const tl = await caseTimeline(database.db, alerts[0]!.caseIds[0]!);
    expect(tl.some((t) => t.action === 'alerted' && t.alertId === alerts[0]!.id)).toBe(true);
  });
});
