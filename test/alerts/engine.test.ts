/** The pure detection: projection, levels, confirmation, climbing-only, curve shapes. */
import { describe, expect, it } from 'vitest';
import { AlertEngine } from '../../src/alerts/engine.js';
import { alertSettingsFromBrand } from '../../src/alerts/settings.js';
import { assessViral } from '../../src/alerts/viral.js';
import { levelFor, levelToRaise } from '../../src/alerts/levels.js';
import { sparkline } from '../../src/alerts/sparkline.js';
import { velocityOf } from '../../src/alerts/velocity.js';
import { nextPollMinutes } from '../../src/alerts/polling.js';
import { createTriageEngine, triageOptionsFromBrand } from '../../src/triage/index.js';
import type { Mention } from '../../src/core/mention.js';
import type { RaisedAlert } from '../../src/alerts/types.js';
import { brand } from './helpers.js';

const MIN = 60_000;
const T0 = Date.parse('2026-11-20T10:00:00Z');
const TH = brand.thresholds.viral;

function engine(): AlertEngine {
  return new AlertEngine({ settings: alertSettingsFromBrand(brand), triage: createTriageEngine(triageOptionsFromBrand(brand)) });
}

function complaint(id: string, createdAt = T0): Mention {
  return { id, platform: 'x', text: '@KestrelMobile my phone battery swelled and started smoking on the charger', createdAt: new Date(createdAt).toISOString(), lang: 'en', author: { id: id, handle: `h${id}`, followers: 300 }, metrics: { likes: 0 } };
}

/** Drives one post through the engine's own re-poll schedule for `hours`. */
function drive(curve: (min: number) => number, hours = 24): { alerts: RaisedAlert[]; polls: number[] } {
  const e = engine();
  const id = 'x:1';
  const alerts = e.mention({ ...complaint(id), metrics: { likes: Math.round(curve(1)) } }, new Date(T0 + MIN));
  const polls: number[] = [];
  for (let next = e.nextPollAt(id); next && next.getTime() <= T0 + hours * 60 * MIN; next = e.nextPollAt(id)) {
    const m = (next.getTime() - T0) / MIN;
    polls.push(m);
    alerts.push(...e.metrics(id, { likes: Math.round(curve(m)) }, next));
  }
  return { alerts, polls };
}

describe('levels', () => {
  it('maps projections to watch, viral, critical at 200, 1,000, 10,000', () => {
    expect([199, 200, 999, 1000, 9999, 10_000].map((v) => levelFor(v, TH))).toEqual([null, 'watch', 'watch', 'viral', 'viral', 'critical']);
  });
  it('raises only a climb above everything raised before', () => {
    expect(levelToRaise('viral', ['watch'])).toBe('viral');
    expect(levelToRaise('watch', ['viral'])).toBeNull();
    expect(levelToRaise('viral', ['viral'])).toBeNull();
  });
});

describe('velocity and projection', () => {
  it('measures the recent window against the one before it', () => {
    const v = velocityOf([{ t: T0 + 10 * MIN, e: 100 }, { t: T0 + 20 * MIN, e: 300 }, { t: T0 + 30 * MIN, e: 700 }], T0)!;
    expect(v.now).toBe(700);
    expect(v.v1).toBeGreaterThan(v.v0!);
  });

  it('projects a dying spike low even when its count is already high', () => {
    // 180 in the first 10 minutes, then almost nothing.
    const pts = [5, 10, 15, 20, 30, 40, 60].map((m) => ({ t: T0 + m * MIN, e: Math.round(200 * (1 - Math.exp(-m / 5))) }));
    const a = assessViral(pts, T0, TH, []);
    expect(a.projection!.projected).toBeLessThan(300);
    expect(a.raise === null || a.raise === 'watch').toBe(true);
  });

  it('projects an accelerating post past the viral threshold while its count is still low', () => {
    const pts = [10, 20, 30, 40].map((m) => ({ t: T0 + m * MIN, e: Math.round(2 ** (m / 10) * 20) }));
    const a = assessViral(pts, T0, TH, []);
    expect(pts[pts.length - 1]!.e).toBeLessThan(1000);
    expect(a.projection!.projected).toBeGreaterThanOrEqual(1000);
    expect(a.raise).toBe('viral');
  });

  it('polls every minute while accelerating and backs off to 30 minutes when flat', () => {
    const acc = velocityOf([{ t: T0 + 10 * MIN, e: 10 }, { t: T0 + 20 * MIN, e: 40 }, { t: T0 + 30 * MIN, e: 120 }], T0)!;
    expect(nextPollMinutes(8, acc, { projected: 999, acceleration: 2.6, tau: 150 })).toBe(1);
    const flat = velocityOf([{ t: T0 + 100 * MIN, e: 50 }, { t: T0 + 120 * MIN, e: 50 }], T0)!;
    expect(nextPollMinutes(16, flat, { projected: 50, acceleration: 0, tau: 5 })).toBe(30);
    expect(nextPollMinutes(30, flat, { projected: 50, acceleration: 0, tau: 5 })).toBe(30);
  });
});

describe('curve shapes through the engine', () => {
  it('an early spike that dies raises no viral alert', () => {
    const { alerts } = drive((m) => 400 * (1 - Math.exp(-m / 6)) + 0.02 * m);
    expect(alerts.filter((a) => a.level === 'viral' || a.level === 'critical')).toEqual([]);
  });

  it('a quiet post picked up hours later by a big account is alerted before it crosses 1,000', () => {
    const pickup = 300;
    const curve = (m: number) => 12 + (m > pickup ? 6000 * (1 - Math.exp(-(m - pickup) / 120)) : 0);
    const { alerts, polls } = drive(curve);
    const crossAt = pickup + -120 * Math.log(1 - (1000 - 12) / 6000);
    const viral = alerts.find((a) => a.level === 'viral' || a.level === 'critical')!;
    expect(viral).toBeDefined();
    expect((viral.at.getTime() - T0) / MIN).toBeLessThan(crossAt);
    // Backed off while quiet: few polls before the pick-up.
    expect(polls.filter((m) => m < pickup).length).toBeLessThan(40);
  });

  it('raises each level once, climbing only, even when the projection wobbles', () => {
    const { alerts } = drive((m) => (m < 60 ? 30 * m : m < 90 ? 1800 : 1800 + 200 * (m - 90)), 6);
    const levels = alerts.filter((a) => a.kind === 'viral').map((a) => a.level);
    expect(new Set(levels).size).toBe(levels.length);
    expect(levels).toEqual([...levels].sort((a, b) => ['watch', 'viral', 'critical'].indexOf(a!) - ['watch', 'viral', 'critical'].indexOf(b!)));
    expect(levels).toContain('critical');
  });
});

describe('sparkline', () => {
  it('draws engagement over time with the newest points', () => {
    expect(sparkline([20, 30, 150, 600, 1800, 4500, 9000])).toBe('▁▁▁▁▂▄█');
    expect(sparkline([5, 5, 5])).toBe('▁▁▁');
    expect(sparkline(Array.from({ length: 40 }, (_, i) => i))).toHaveLength(16);
  });
});
