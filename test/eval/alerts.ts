/**
 * `npm run eval:alerts`: replays generated scenarios through the alert engine (the code
 * the bot and `glasshouse alerts` run) and reports the figures of issue 11. Seed set
 * "tune" was used to choose the parameters; set "report" (other seeds, other wording)
 * is what the docs quote. Usage: tsx test/eval/alerts.ts [--set tune|report|both|tune3|check3|check4|check5|check6|tune4|heldout2|heldout3|heldout3-new|heldout4|heldout4-new] [--json]. Set "tune3"
 * (incidents only) is the tuning bank of fixtures/alerts/tune3.ts. Set "heldout2"
 * (incidents only) is the wording bank of fixtures/alerts/heldout2.ts.
 */
import { parseArgs } from 'node:util';
import { loadEngineConfig } from '../../src/config.js';
import { createAlertEngine } from '../../src/alerts/settings.js';
import type { RaisedAlert } from '../../src/alerts/types.js';
import type { Mention } from '../../src/core/mention.js';
import { INCIDENT_TEMPLATES, LOOKALIKES } from '../fixtures/alerts/templates.js';
import { HELDOUT2_BACKGROUND, HELDOUT2_LOOKALIKES, HELDOUT2_TEMPLATES, type WordingBank } from '../fixtures/alerts/heldout2.js';
import { TUNE3_BACKGROUND, TUNE3_LOOKALIKES, TUNE3_TEMPLATES } from '../fixtures/alerts/tune3.js';
import { CHECK3_BACKGROUND, CHECK3_LOOKALIKES, CHECK3_TEMPLATES } from '../fixtures/alerts/check3.js';
import { CHECK4_BACKGROUND, CHECK4_LOOKALIKES, CHECK4_TEMPLATES } from '../fixtures/alerts/check4.js';
import { CHECK5_BACKGROUND, CHECK5_LOOKALIKES, CHECK5_TEMPLATES } from '../fixtures/alerts/check5.js';
import { CHECK6_BACKGROUND, CHECK6_LOOKALIKES, CHECK6_TEMPLATES } from '../fixtures/alerts/check6.js';
import { TUNE4_BACKGROUND, TUNE4_LOOKALIKES, TUNE4_TEMPLATES } from '../fixtures/alerts/tune4.js';
import { HELDOUT3_BACKGROUND, HELDOUT3_LOOKALIKES, HELDOUT3_NEW_TEMPLATES, HELDOUT3_TEMPLATES } from '../fixtures/alerts/heldout3.js';
import { HELDOUT4_BACKGROUND, HELDOUT4_LOOKALIKES, HELDOUT4_NEW_TEMPLATES, HELDOUT4_TEMPLATES } from '../fixtures/alerts/heldout4.js';
import { TOPICS, topicsOf } from '../../src/alerts/topics.js';
import { incidentCandidateOf } from '../../src/alerts/engine.js';
import { seededRandom } from '../../src/core/random.js';

const MIN = 60_000;
const { brand } = loadEngineConfig();
const BASE = Date.parse('2026-11-20T00:00:00Z');

// ---------------------------------------------------------------- seeded randomness
const rng = seededRandom;
type R = () => number;
const uni = (r: R, a: number, b: number) => a + (b - a) * r();
const logUni = (r: R, a: number, b: number) => Math.exp(uni(r, Math.log(a), Math.log(b)));
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const gauss = (r: R) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());

function mention(id: string, text: string, createdAt: number, author: string, lang: string, engagement = 0): Mention {
  return {
    id,
    platform: 'x',
    url: `https://x.com/${author}/status/${id}`,
    text: `@${brand.handles.x ?? 'brand'} ${text}`,
    createdAt: new Date(createdAt).toISOString(),
    lang,
    author: { id: author, handle: author, followers: 500 },
    metrics: { likes: engagement, reposts: 0, replies: 0, quotes: 0 },
    inReplyToId: null,
    conversationId: id,
  };
}

// ---------------------------------------------------------------- viral curves
type Curve = (tMin: number) => number;
interface Shape {
  name: string;
  curve: Curve;
}

function makeShape(r: R): Shape {
  const kind = r();
  if (kind < 0.25) {
    const A = logUni(r, 20, 30_000);
    const tau = logUni(r, 20, 400);
    return { name: 'saturating', curve: (t) => A * (1 - Math.exp(-t / tau)) };
  }
  if (kind < 0.45) {
    const A = logUni(r, 100, 30_000);
    const t0 = uni(r, 60, 600);
    const s = uni(r, 15, 90);
    const off = A / (1 + Math.exp(t0 / s));
    return { name: 'logistic', curve: (t) => Math.max(0, A / (1 + Math.exp(-(t - t0) / s)) - off) };
  }
  if (kind < 0.7) {
    const A = logUni(r, 50, 450);
    const tau = uni(r, 3, 15);
    const tail = logUni(r, 0.005, 0.15);
    return { name: 'early-spike', curve: (t) => A * (1 - Math.exp(-t / tau)) + tail * t };
  }
  if (kind < 0.9) {
    const A0 = logUni(r, 5, 60);
    const tp = uni(r, 120, 900);
    const A2 = logUni(r, 200, 20_000);
    const tau2 = uni(r, 30, 200);
    return { name: 'late-pickup', curve: (t) => A0 * (1 - Math.exp(-t / 30)) + (t > tp ? A2 * (1 - Math.exp(-(t - tp) / tau2)) : 0) };
  }
  const rate = logUni(r, 0.05, 2);
  return { name: 'slow-burner', curve: (t) => rate * t };
}

interface ViralOutcome {
  shape: string;
  final: number;
  crossAt: number | null;
  alerts: RaisedAlert[];
  polls: number;
}

function runViralPost(r: R, i: number, seed: number): ViralOutcome {
  const shape = makeShape(r);
  const created = BASE + Math.floor(uni(r, 0, 600)) * MIN;
  const seen = created + uni(r, 0.5, 5) * MIN;
  // Noise has its own stream, so the scenario set does not depend on how often the detector polls.
  const nr = rng(seed * 7919 + i);
  const noise = (t: number) => Math.max(0, Math.round(shape.curve(t) * (1 + 0.04 * gauss(nr))));
  const engine = createAlertEngine(brand);
  const id = `x:${i}`;
  let last = 0;
  const observe = (at: number) => (last = Math.max(last, noise((at - created) / MIN)));
  const alerts: RaisedAlert[] = [...engine.mention(mention(id, 'my phone battery swelled and started smoking on the charger, this is dangerous', created, `u${i}`, 'en', observe(seen)), new Date(seen))];
  let polls = 0;
  for (let next = engine.nextPollAt(id); next && next.getTime() <= created + 1440 * MIN; next = engine.nextPollAt(id)) {
    polls++;
    alerts.push(...engine.metrics(id, { likes: observe(next.getTime()) }, next));
  }
  let crossAt: number | null = null;
  for (let t = 0; t <= 1440; t += 0.25) {
    if (shape.curve(t) >= 1000) {
      crossAt = created + t * MIN;
      break;
    }
  }
  return { shape: shape.name, final: shape.curve(1440), crossAt, alerts: alerts.filter((a) => a.kind === 'viral'), polls };
}

function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function viralReport(seed: number, n: number) {
  const r = rng(seed);
  const outs = Array.from({ length: n }, (_, i) => runViralPost(r, i, seed));
  const big = outs.filter((o) => o.final >= 1000);
  const isViral = (a: RaisedAlert) => a.level === 'viral' || a.level === 'critical';
  const leads: number[] = [];
  let caught = 0;
  for (const o of big) {
    const first = o.alerts.find(isViral);
    if (first && o.crossAt !== null && first.at.getTime() < o.crossAt) {
      caught++;
      leads.push((o.crossAt - first.at.getTime()) / MIN);
    }
  }
  const small = outs.filter((o) => o.final < 500);
  const falseAlarms = small.filter((o) => o.alerts.some(isViral)).length;
  let duplicates = 0;
  let nonClimbing = 0;
  for (const o of outs) {
    const keys = o.alerts.map((a) => a.dedupeKey);
    duplicates += keys.length - new Set(keys).size;
    const ranks = o.alerts.map((a) => ['watch', 'viral', 'critical'].indexOf(a.level!));
    for (let k = 1; k < ranks.length; k++) if (ranks[k]! <= ranks[k - 1]!) nonClimbing++;
  }
  const byShape: Record<string, { posts: number; over1000: number; caught: number; under500: number; falseAlarms: number }> = {};
  for (const o of outs) {
    const s = (byShape[o.shape] ??= { posts: 0, over1000: 0, caught: 0, under500: 0, falseAlarms: 0 });
    s.posts++;
    if (o.final >= 1000) {
      s.over1000++;
      const first = o.alerts.find(isViral);
      if (first && o.crossAt !== null && first.at.getTime() < o.crossAt) s.caught++;
    }
    if (o.final < 500) {
      s.under500++;
      if (o.alerts.some(isViral)) s.falseAlarms++;
    }
  }
  return {
    posts: n,
    over1000: big.length,
    alertedBeforeCrossing: caught,
    recall: big.length ? caught / big.length : NaN,
    medianLeadMin: median(leads),
    under500: small.length,
    falseAlarms,
    falseAlarmRate: small.length ? falseAlarms / small.length : NaN,
    duplicates,
    nonClimbing,
    pollsPerPost: outs.reduce((s, o) => s + o.polls, 0) / n,
    byShape,
  };
}

// ---------------------------------------------------------------- incidents
interface IncidentScenario {
  kind: 'planted' | 'too-few' | 'same-authors' | 'spread-out' | 'lookalike';
  topic: string;
  posts: Array<{ m: Mention; seenAt: number; planted: boolean }>;
}

const KNOWN_TOPICS = new Set(TOPICS.map((t) => t.id));
const LANGS = ['en', 'es', 'de', 'fr', 'pt', 'el', 'hu', 'hi'];

/** A wording bank: planted complaints by topic and language, look-alikes, unrelated complaints. */
interface Bank {
  templates: WordingBank | Record<string, Record<string, readonly string[]>>;
  lookalikes: Record<string, readonly string[]>;
  background: readonly string[];
}
const ORIGINAL: Bank = { templates: INCIDENT_TEMPLATES, lookalikes: LOOKALIKES, background: ['my delivery is late again', 'support never called me back', 'the shop was rude to me', 'why is my contract so expensive'] };
const TUNE3: Bank = { templates: TUNE3_TEMPLATES, lookalikes: TUNE3_LOOKALIKES, background: TUNE3_BACKGROUND };
const CHECK3: Bank = { templates: CHECK3_TEMPLATES, lookalikes: CHECK3_LOOKALIKES, background: CHECK3_BACKGROUND };
const CHECK4: Bank = { templates: CHECK4_TEMPLATES, lookalikes: CHECK4_LOOKALIKES, background: CHECK4_BACKGROUND };
const CHECK5: Bank = { templates: CHECK5_TEMPLATES, lookalikes: CHECK5_LOOKALIKES, background: CHECK5_BACKGROUND };
const CHECK6: Bank = { templates: CHECK6_TEMPLATES, lookalikes: CHECK6_LOOKALIKES, background: CHECK6_BACKGROUND };
const TUNE4: Bank = { templates: TUNE4_TEMPLATES, lookalikes: TUNE4_LOOKALIKES, background: TUNE4_BACKGROUND };
const HELDOUT2: Bank = { templates: HELDOUT2_TEMPLATES, lookalikes: HELDOUT2_LOOKALIKES, background: HELDOUT2_BACKGROUND };
const HELDOUT3: Bank = { templates: HELDOUT3_TEMPLATES, lookalikes: HELDOUT3_LOOKALIKES, background: HELDOUT3_BACKGROUND };
const HELDOUT3_NEW: Bank = { templates: HELDOUT3_NEW_TEMPLATES, lookalikes: HELDOUT3_LOOKALIKES, background: HELDOUT3_BACKGROUND };
const HELDOUT4: Bank = { templates: HELDOUT4_TEMPLATES, lookalikes: HELDOUT4_LOOKALIKES, background: HELDOUT4_BACKGROUND };
const HELDOUT4_NEW: Bank = { templates: HELDOUT4_NEW_TEMPLATES, lookalikes: HELDOUT4_LOOKALIKES, background: HELDOUT4_BACKGROUND };

function incidentScenario(r: R, k: number, wordings: readonly number[], start: number, bank: Bank): IncidentScenario {
  const kinds: IncidentScenario['kind'][] = ['planted', 'planted', 'too-few', 'same-authors', 'spread-out', 'lookalike'];
  const kind = kinds[k % kinds.length]!;
  const topic = pick(r, Object.keys(bank.templates));
  const n = kind === 'planted' ? 5 + Math.floor(r() * 5) : kind === 'too-few' ? 4 : kind === 'lookalike' ? 7 : 5;
  const span = kind === 'spread-out' ? 75 : uni(r, 8, 28);
  const posts: IncidentScenario['posts'] = [];
  for (let j = 0; j < n; j++) {
    const lang = pick(r, LANGS);
    const w = pick(r, wordings);
    const text = kind === 'lookalike' ? bank.lookalikes[lang]![w]! : bank.templates[topic]![lang]![w]!;
    const created = start + (kind === 'spread-out' ? (j * span) / (n - 1) : (j === 0 ? 0 : uni(r, 0, span))) * MIN;
    const author = kind === 'same-authors' ? `s${k}_${j % 4}` : `a${k}_${j}`;
    posts.push({ m: mention(`x:i${k}_${j}`, `${text} ${pick(r, ['', '!!', '😡', 'please fix', '#fail'])}`, created, author, lang), seenAt: created + uni(r, 0.5, 3) * MIN, planted: kind === 'planted' });
  }
  return { kind, topic, posts };
}

function incidentReport(seed: number, scenarios: number, wordings: readonly number[], bank: Bank = ORIGINAL) {
  const r = rng(seed);
  const engine = createAlertEngine(brand);
  const all: Array<IncidentScenario & { start: number }> = [];
  // Scenarios 3 hours apart in one stream, with unrelated complaints in between.
  for (let k = 0; k < scenarios; k++) all.push({ ...incidentScenario(r, k, wordings, BASE + k * 180 * MIN, bank), start: BASE + k * 180 * MIN });
  const background = Array.from({ length: scenarios * 6 }, (_, j) => ({
    m: mention(`x:b${j}`, pick(r, bank.background), BASE + uni(r, 0, scenarios * 180) * MIN, `b${j}`, 'en'),
    seenAt: 0,
    planted: false,
  }));
  for (const b of background) b.seenAt = Date.parse(b.m.createdAt!) + 2 * MIN;
  const stream = [...all.flatMap((s) => s.posts), ...background].sort((a, b) => a.seenAt - b.seenAt);
  const alerts: RaisedAlert[] = [];
  for (const p of stream) alerts.push(...engine.mention(p.m, new Date(p.seenAt)).filter((a) => a.kind === 'incident'));
  const planted = all.filter((s) => s.kind === 'planted');
  let found = 0;
  const delays: number[] = [];
  const purities: number[] = [];
  for (const s of planted) {
    const ids = new Set(s.posts.map((p) => p.m.id));
    const a = alerts.find((x) => x.mentionIds.some((id) => ids.has(id)));
    if (!a) continue;
    const fifth = [...s.posts].sort((x, y) => Date.parse(x.m.createdAt!) - Date.parse(y.m.createdAt!))[4]!;
    const delayFromPost = (a.at.getTime() - Date.parse(fifth.m.createdAt!)) / MIN;
    if (delayFromPost <= 10) found++;
    delays.push(delayFromPost);
    // Purity over the final membership (members attached later count too).
    const members = stream.filter((p) => engine.incidentOf(p.m.id) === a.incidentId).map((p) => p.m.id);
    purities.push(members.filter((id) => ids.has(id)).length / members.length);
  }
  // Per post: did the planted complaint become a candidate of its topic (signature + triage not praise)?
  // A topic without a hand-written signature counts as recognised under the concept topic most of its posts got.
  const topicOfPost = (p: IncidentScenario['posts'][number]) => (engine.triageOf(p.m.id)?.kind !== 'praise' || incidentCandidateOf(p.m, engine.triageOf(p.m.id)!, 0) ? topicsOf(p.m.text, engine.triageOf(p.m.id)?.categories ?? [])[0] : undefined);
  const expected = new Map<string, string>();
  for (const s of planted) {
    if (KNOWN_TOPICS.has(s.topic)) continue;
    const counts = new Map<string, number>();
    for (const p of s.posts) {
      const t = topicOfPost(p);
      if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (top) expected.set(s.posts[0]!.m.id, top[0]);
  }
  const plantedPosts = planted.flatMap((s) => s.posts.map((p) => ({ p, topic: KNOWN_TOPICS.has(s.topic) ? s.topic : expected.get(s.posts[0]!.m.id) ?? '?' })));
  const postHits = plantedPosts.filter(({ p, topic }) => topicOfPost(p) === topic).length;
  const nearMiss = all.filter((s) => s.kind !== 'planted');
  const raisedNearMisses = nearMiss.filter((s) => alerts.some((a) => a.mentionIds.some((id) => s.posts.some((p) => p.m.id === id))));
  const nearMissRaised = raisedNearMisses.length;
  const nearMissRaisedKinds: Record<string, number> = {};
  for (const s of raisedNearMisses) nearMissRaisedKinds[s.kind] = (nearMissRaisedKinds[s.kind] ?? 0) + 1;
  const byKind: Record<string, number> = {};
  const byTopic: Record<string, { planted: number; found: number }> = {};
  for (const s of planted) {
    const t = (byTopic[s.topic] ??= { planted: 0, found: 0 });
    t.planted++;
    const ids = new Set(s.posts.map((p) => p.m.id));
    const a = alerts.find((x) => x.mentionIds.some((id) => ids.has(id)));
    const fifth = [...s.posts].sort((x, y) => Date.parse(x.m.createdAt!) - Date.parse(y.m.createdAt!))[4]!;
    if (a && a.at.getTime() - Date.parse(fifth.m.createdAt!) <= 10 * MIN) t.found++;
  }
  for (const s of nearMiss) byKind[s.kind] = (byKind[s.kind] ?? 0) + 1;
  return {
    planted: planted.length,
    plantedPosts: plantedPosts.length,
    plantedPostsRecognised: postHits,
    foundWithin10MinOfFifth: found,
    medianDetectionDelayMin: median(delays),
    meanPurity: purities.length ? purities.reduce((a, b) => a + b, 0) / purities.length : NaN,
    minPurity: purities.length ? Math.min(...purities) : NaN,
    nearMisses: nearMiss.length,
    nearMissKinds: byKind,
    nearMissRaised,
    nearMissRaisedKinds,
    incidentAlerts: alerts.length,
    backgroundComplaints: background.length,
    byTopic,
  };
}

// ---------------------------------------------------------------- SLA
function slaReport(seed: number, n: number) {
  const r = rng(seed);
  const engine = createAlertEngine(brand);
  const texts = ['my phone battery caught fire and smoke filled the room', 'I was charged twice and support is terrible', 'the app is broken and keeps crashing', 'where is my refund? worst service ever', 'my delivery never arrived'];
  type Post = { m: Mention; seen: number; replyAt: number | null };
  const posts: Post[] = [];
  for (let i = 0; i < n; i++) {
    const created = BASE + uni(r, 0, 600) * MIN;
    const m = mention(`x:s${i}`, pick(r, texts), created, `c${i}`, 'en', Math.floor(logUni(r, 1, 5000)));
    m.author.followers = Math.floor(logUni(r, 10, 200_000));
    const fate = r();
    const replyAt = fate < 0.4 ? created + uni(r, 2, 14) * MIN : fate < 0.7 ? created + uni(r, 20, 2000) * MIN : null;
    posts.push({ m, seen: created + uni(r, 0.5, 2) * MIN, replyAt });
  }
  type Ev = { at: number; run: () => RaisedAlert[] };
  const events: Ev[] = [];
  for (const p of posts) {
    events.push({ at: p.seen, run: () => engine.mention(p.m, new Date(p.seen)) });
    if (p.replyAt !== null) events.push({ at: Math.max(p.replyAt, p.seen), run: () => engine.reply(p.m.id, new Date(Math.max(p.replyAt!, p.seen))) });
  }
  for (let t = BASE; t <= BASE + 3000 * MIN; t += MIN) events.push({ at: t, run: () => engine.tick(new Date(t)) });
  events.sort((a, b) => a.at - b.at);
  const alerts: RaisedAlert[] = [];
  for (const e of events) alerts.push(...e.run().filter((a) => a.kind === 'sla'));
  let owed = 0;
  let breachedOnce = 0;
  let wrongly = 0;
  let severe = 0;
  let severeInTime = 0;
  let duplicates = 0;
  const lateness: number[] = [];
  for (const p of posts) {
    const tr = engine.triageOf(p.m.id)!;
    const mine = alerts.filter((a) => a.mentionIds[0] === p.m.id);
    if (mine.length > 1) duplicates += mine.length - 1;
    const due = mine[0]?.due?.getTime() ?? Date.parse(p.m.createdAt!) + brand.policies.responseMinutes[tr.band] * MIN;
    const unanswered = p.replyAt === null || p.replyAt > due;
    if (unanswered) {
      owed++;
      if (mine.length === 1) breachedOnce++;
      if (mine[0]) lateness.push((mine[0].at.getTime() - due) / MIN);
      if (tr.band === 'critical' || tr.band === 'high') {
        severe++;
        // Raised within the band's response time after posting (+ the 1-minute tick).
        if (mine[0] && mine[0].at.getTime() - Date.parse(p.m.createdAt!) <= (brand.policies.responseMinutes[tr.band] + 1) * MIN) severeInTime++;
      }
    } else if (mine.length) wrongly++;
  }
  const bands: Record<string, number> = {};
  for (const p of posts) {
    const b = engine.triageOf(p.m.id)!.band;
    bands[b] = (bands[b] ?? 0) + 1;
  }
  return { complaints: n, bands, unanswered: owed, breachedOnce, answeredInTimeButAlerted: wrongly, duplicates, severeUnanswered: severe, severeAlertedWithinBandTime: severeInTime, maxLatenessMin: lateness.length ? Math.max(...lateness) : 0 };
}

// ---------------------------------------------------------------- main
// Report: other seeds and, for incidents, the held-out wording (templates.ts).
const SETS = { tune: { viral: 1, incident: 11, sla: 21, words: [0, 1, 2, 3, 4] }, report: { viral: 101, incident: 111, sla: 121, words: [5] } };

function runSet(name: keyof typeof SETS) {
  const s = SETS[name];
  return { set: name, viral: viralReport(s.viral, 600), incidents: incidentReport(s.incident, 72, s.words), sla: slaReport(s.sla, 300) };
}

/** "heldout2": incidents only, on the wording bank written before the method was reworked (fixtures/alerts/heldout2.ts). */
function runHeldout2() {
  return { set: 'heldout2' as const, incidents: incidentReport(211, 72, [0, 1, 2, 3], HELDOUT2) };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ok = (b: boolean) => (b ? 'ok ' : 'MISS');
function printIncidents(i: ReturnType<typeof incidentReport>): void {
  console.log(`incidents: ${i.planted} planted, ${i.nearMisses} near-misses/look-alikes (${Object.entries(i.nearMissKinds).map(([k, n]) => `${k} ${n}`).join(', ')}), ${i.backgroundComplaints} unrelated complaints`);
  console.log(`  ${ok(i.foundWithin10MinOfFifth === i.planted)} found within 10 min of the fifth member: ${i.foundWithin10MinOfFifth}/${i.planted} (median ${i.medianDetectionDelayMin.toFixed(1)} min after it was posted, hearing delay included)`);
  console.log(`       by topic: ${Object.entries(i.byTopic).sort().map(([k, t]) => `${k} ${t.found}/${t.planted}`).join(', ')}`);
  console.log(`       planted complaints recognised as their topic: ${i.plantedPostsRecognised}/${i.plantedPosts} = ${pct(i.plantedPostsRecognised / i.plantedPosts)}`);
  console.log(`  ${ok(i.minPurity === 1)} purity: mean ${pct(i.meanPurity)}, min ${pct(i.minPurity)}`);
  console.log(`  ${ok(i.nearMissRaised === 0)} near-misses or look-alikes raised: ${i.nearMissRaised}${i.nearMissRaised ? ` (${Object.entries(i.nearMissRaisedKinds).map(([k, n]) => `${k} ${n}`).join(', ')})` : ''}`);
}

function print(r: ReturnType<typeof runSet>): void {
  const v = r.viral;
  const i = r.incidents;
  const s = r.sla;
  console.log(`\n== set "${r.set}" ==`);
  console.log(`viral: ${v.posts} posts (${Object.entries(v.byShape).map(([k, x]) => `${k} ${x.posts}`).join(', ')}), ${v.pollsPerPost.toFixed(1)} re-polls per post`);
  console.log(`  ${ok(v.recall >= 0.8)} ended above 1,000 and alerted viral strictly before crossing: ${v.alertedBeforeCrossing}/${v.over1000} = ${pct(v.recall)} (goal ≥ 80%)`);
  console.log(`  ${ok(v.medianLeadMin >= 30)} median lead time: ${v.medianLeadMin.toFixed(0)} min (goal ≥ 30)`);
  console.log(`  ${ok(v.falseAlarmRate <= 0.05)} false viral alarms on posts staying under 500: ${v.falseAlarms}/${v.under500} = ${pct(v.falseAlarmRate)} (goal ≤ 5%)`);
  console.log(`  ${ok(v.duplicates === 0 && v.nonClimbing === 0)} duplicate alerts: ${v.duplicates}; re-raised without climbing: ${v.nonClimbing}`);
  for (const [k, x] of Object.entries(v.byShape)) console.log(`     ${k.padEnd(12)} caught ${x.caught}/${x.over1000}, false alarms ${x.falseAlarms}/${x.under500}`);
  printIncidents(i);
  console.log(`sla: ${s.complaints} complaints (${Object.entries(s.bands).map(([k, n]) => `${k} ${n}`).join(', ')})`);
  console.log(`  ${ok(s.breachedOnce === s.unanswered && s.duplicates === 0)} unanswered (or answered late) that breached exactly once: ${s.breachedOnce}/${s.unanswered}; duplicates ${s.duplicates}`);
  console.log(`  ${ok(s.answeredInTimeButAlerted === 0)} answered in time but alerted: ${s.answeredInTimeButAlerted}`);
  console.log(`  ${ok(s.severeAlertedWithinBandTime === s.severeUnanswered)} severe (high/critical) alerted within their band's time (+1 min tick): ${s.severeAlertedWithinBandTime}/${s.severeUnanswered}; max lateness after due ${s.maxLatenessMin.toFixed(1)} min`);
}

/** "tune3": incidents only, on the tuning bank of fixtures/alerts/tune3.ts (six known topics and five without a hand-written topic). */
function runTune3() {
  return { set: 'tune3' as const, incidents: incidentReport(311, 198, [0, 1, 2, 3], TUNE3) };
}

/** "check3": incidents only, the bank of fixtures/alerts/check3.ts (written after the tune3 round, measured before further changes). */
function runCheck3() {
  return { set: 'check3' as const, incidents: incidentReport(411, 120, [0, 1, 2], CHECK3) };
}

/** "check4": incidents only, the bank of fixtures/alerts/check4.ts (written after the check3 round, measured before changes it prompted). */
function runCheck4() {
  return { set: 'check4' as const, incidents: incidentReport(511, 120, [0, 1], CHECK4) };
}

/** "check5": incidents only, the bank of fixtures/alerts/check5.ts (written after the check4 round, measured before changes it prompted). */
function runCheck5() {
  return { set: 'check5' as const, incidents: incidentReport(611, 96, [0, 1], CHECK5) };
}

/** "check6": incidents only, the bank of fixtures/alerts/check6.ts (written after the check5 round, measured once, nothing changed after it). */
function runCheck6() {
  return { set: 'check6' as const, incidents: incidentReport(711, 96, [0, 1], CHECK6) };
}

/** "tune4": incidents only, the round-2 tuning bank of fixtures/alerts/tune4.ts (slang, typos, questions, sarcasm, unmet expectations; 3 topics outside the dictionary). */
function runTune4() {
  return { set: 'tune4' as const, incidents: incidentReport(1011, 108, [0, 1, 2, 3], TUNE4) };
}

/**
 * "heldout3" / "heldout3-new": incidents only, on fixtures/alerts/heldout3.ts, written blind by a helper that never saw
 * src/alerts, while the topic method was being reworked by another that never saw the bank: the six known topics in new
 * wording, and four topics outside the taxonomy. Reported in aggregate only; never used to tune.
 */
function runHeldout3() {
  return { set: 'heldout3', incidents: incidentReport(811, 72, [0, 1, 2, 3], HELDOUT3) };
}
function runHeldout3New() {
  return { set: 'heldout3-new', incidents: incidentReport(911, 72, [0, 1, 2, 3], HELDOUT3_NEW) };
}
/** "heldout4" / "heldout4-new": the same kind of blind bank, written later (slang, questions, problem and service in different sentences, unmet expectations, sarcasm). */
function runHeldout4() {
  return { set: 'heldout4', incidents: incidentReport(1011, 72, [0, 1, 2, 3], HELDOUT4) };
}
function runHeldout4New() {
  return { set: 'heldout4-new', incidents: incidentReport(1111, 72, [0, 1, 2, 3], HELDOUT4_NEW) };
}

const { values } = parseArgs({ options: { set: { type: 'string', default: 'both' }, json: { type: 'boolean', default: false } } });
const BANK_SETS: Record<string, () => { set: string; incidents: ReturnType<typeof incidentReport> }> = { tune3: runTune3, check3: runCheck3, check4: runCheck4, check5: runCheck5, check6: runCheck6, tune4: runTune4, heldout2: runHeldout2, heldout3: runHeldout3, 'heldout3-new': runHeldout3New, heldout4: runHeldout4, 'heldout4-new': runHeldout4New };
if (values.set && values.set in BANK_SETS) {
  const h = BANK_SETS[values.set]!();
  if (values.json) console.log(JSON.stringify(h, null, 2));
  else {
    console.log(`\n== set "${h.set}" (incidents only) ==`);
    printIncidents(h.incidents);
  }
} else {
  const names = values.set === 'both' ? (['tune', 'report'] as const) : [values.set as keyof typeof SETS];
  const results = names.map(runSet);
  if (values.json) console.log(JSON.stringify(results, null, 2));
  else results.forEach(print);
}
