/** Seeds a database with escalations for the web tests: every step of a timeline, an incident, alerts, hostile text. */
import type { Db } from '../../src/db/client.js';
import type { Mention } from '../../src/core/mention.js';
import type { TriageResult, RiskBand, Category } from '../../src/core/triage.js';
import { insertMentions } from '../../src/db/repos/mentions.js';
import { createCases, transitionCase } from '../../src/db/repos/cases.js';
import { insertTriageResult } from '../../src/db/repos/triage.js';
import { insertDraft } from '../../src/db/repos/drafts.js';
import { appendAudit } from '../../src/db/repos/audit.js';
import { createIncident } from '../../src/db/repos/incidents.js';
import { acknowledgeAlert } from '../../src/alerts/acknowledge.js';
import { raiseAlert } from '../../src/alerts/stages.js';
import { MemoryAlertSink } from '../../src/alerts/sink.js';
import { alertIdFor, viralKey, incidentKey } from '../../src/alerts/types.js';
import { alertSettingsFromBrand } from '../../src/alerts/settings.js';
import { ManualClock } from '../../src/core/clock.js';
import { loadEngineConfig } from '../../src/config.js';
import pino from 'pino';

const MIN = 60_000;
export const SEED_T0 = Date.parse('2026-11-20T08:00:00Z');
export const XSS = '<script>alert("pwned")</script><img src=x onerror=alert(1)>';
export const FORMULA = '=HYPERLINK("http://evil.example","click")';

interface SeedPost {
  id: string;
  platform: string;
  lang: string;
  text: string;
  minute: number;
  band: RiskBand;
  risk: number;
  categories: Category[];
  handle: string;
}

const POSTS: SeedPost[] = [
  { id: 'x:100', platform: 'x', lang: 'en', text: 'My Aero 3 swelled and started SMOKING on the charger. This is NOT ok', minute: 0, band: 'critical', risk: 93, categories: ['safety'], handle: 'paige' },
  { id: 'x:101', platform: 'x', lang: 'en', text: XSS, minute: 20, band: 'high', risk: 78, categories: ['privacy'], handle: 'mallory' },
  { id: 'mastodon:102', platform: 'mastodon', lang: 'el', text: 'από το πρωί δεν έχω καθόλου ίντερνετ στο κινητό', minute: 35, band: 'high', risk: 70, categories: ['outage'], handle: 'eleni' },
  { id: 'bluesky:103', platform: 'bluesky', lang: 'de', text: 'seit 8 Uhr kein mobiles Internet', minute: 38, band: 'high', risk: 68, categories: ['outage'], handle: 'jonas' },
  { id: 'x:104', platform: 'x', lang: 'es', text: FORMULA, minute: 60, band: 'critical', risk: 88, categories: ['legal', 'fraud_billing'], handle: 'marta' },
  { id: 'x:105', platform: 'x', lang: 'hu', text: 'reggel óta nincs mobilnet', minute: 90, band: 'medium', risk: 50, categories: ['outage'], handle: 'gergo' },
];

/** Returns the case id of each post by mention id. */
export async function seedEscalations(db: Db): Promise<Map<string, string>> {
  const { brand } = loadEngineConfig();
  const at = (m: number) => new Date(SEED_T0 + m * MIN);
  const mentions: Mention[] = POSTS.map((p) => ({
    id: p.id,
    platform: p.platform,
    url: `https://example.social/${p.handle}/${p.id.split(':')[1]}`,
    text: p.text,
    createdAt: at(p.minute).toISOString(),
    lang: p.lang,
    author: { id: p.handle, handle: p.handle, followers: 1000 },
    metrics: { likes: 10 },
  }));
  const ids = new Map<string, string>();
  for (const [i, m] of mentions.entries()) {
    const p = POSTS[i]!;
    const heard = at(p.minute + 1);
    await insertMentions(db, 'replay', [m], heard);
    const [caseId] = await createCases(db, [{ mentionId: m.id, platform: m.platform, manualOnly: false }], heard);
    ids.set(m.id, caseId!);
    const r: TriageResult = { id: m.id, kind: 'complaint', sentiment: 'negative', lang: p.lang, risk: p.risk, band: p.band, categories: p.categories, escalate: p.band === 'critical', reasons: [] };
    await insertTriageResult(db, m.id, r);
    const dueAt = new Date(SEED_T0 + (p.minute + brand.policies.responseMinutes[p.band]) * MIN);
    await transitionCase(db, { caseId: caseId!, from: 'new', to: 'triaged', actor: 'system', action: 'triaged', detail: { risk: p.risk, band: p.band }, patch: { kind: 'complaint', risk: p.risk, band: p.band, categories: p.categories, escalate: r.escalate, dueAt }, at: at(p.minute + 2) });
  }
  // The viral complaint's full life: drafted, edited, approved by two people, posted with a link.
  const c = ids.get('x:100')!;
  await insertDraft(db, { caseId: c, text: 'We are so sorry, please DM us.', lang: 'en', model: 'offline', lint: { ok: true, findings: [] }, createdAt: at(3) });
  await transitionCase(db, { caseId: c, from: 'triaged', to: 'drafted', actor: 'system', action: 'drafted', at: at(3) });
  await transitionCase(db, { caseId: c, from: 'drafted', to: 'in_review', actor: 'system', action: 'in_review', at: at(3) });
  await insertDraft(db, { caseId: c, text: 'We are very sorry. Please stop using the charger and DM us your order number.', lang: 'en', author: 'u-ana', model: 'human', lint: { ok: true, findings: [] }, createdAt: at(5) });
  await transitionCase(db, { caseId: c, from: 'in_review', to: 'in_review', actor: 'u-ana', action: 'edited', at: at(5) });
  await transitionCase(db, { caseId: c, from: 'in_review', to: 'in_review', actor: 'u-ana', action: 'approved', detail: { approval: 1 }, at: at(6) });
  await transitionCase(db, { caseId: c, from: 'in_review', to: 'approved', actor: 'u-ben', action: 'approved', detail: { approval: 2 }, at: at(7) });
  await transitionCase(db, { caseId: c, from: 'approved', to: 'posting', actor: 'system', action: 'posting', at: at(8) });
  await transitionCase(db, { caseId: c, from: 'posting', to: 'posted', actor: 'system', action: 'posted', detail: { url: 'https://x.com/KestrelMobile/status/999' }, patch: { firstResponseAt: at(9), replyId: '999', replyUrl: 'https://x.com/KestrelMobile/status/999' }, at: at(9) });
  // The XSS post was escalated by hand.
  await transitionCase(db, { caseId: ids.get('x:101')!, from: 'triaged', to: 'escalated', actor: 'u-ana', action: 'escalated', detail: { note: XSS }, at: at(25) });

  const clock = new ManualClock(at(10));
  const ctx = { db, clock, logger: pino({ level: 'silent' }), adapters: new Map(), settings: alertSettingsFromBrand(brand), sink: new MemoryAlertSink() };
  const vk = viralKey('x:100', 'viral');
  await raiseAlert(ctx, { id: alertIdFor(vk), dedupeKey: vk, at: at(4), kind: 'viral', level: 'viral', mentionIds: ['x:100'], incidentId: null, due: null, reasons: [{ factor: 'projection', weight: 0.5, evidence: '≈4,800 engagements 24 h after posting' }, { factor: 'trend', weight: 0, evidence: '▁▂▃▅▇ 20 → 1,800' }] }, [c]);
  await acknowledgeAlert(db, alertIdFor(vk), 'u-ana', at(5));
  const members = ['mastodon:102', 'bluesky:103', 'x:105'];
  await createIncident(db, { id: 'i-seed-1', topic: 'connectivity', firstAt: at(35), lastAt: at(90), members: members.map((m, i) => ({ mentionId: m, at: at(35 + i) })), createdAt: at(40) });
  const ik = incidentKey('i-seed-1');
  await raiseAlert(ctx, { id: alertIdFor(ik), dedupeKey: ik, at: at(40), kind: 'incident', level: null, mentionIds: members, incidentId: 'i-seed-1', due: null, reasons: [{ factor: 'topic', weight: 1, evidence: 'connectivity' }] }, members.map((m) => ids.get(m)!));
  await appendAudit(db, { caseId: ids.get('x:104')!, actor: 'system', action: 'note', detail: { text: FORMULA }, at: at(61) });
  return ids;
}
