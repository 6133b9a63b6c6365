import { describe, expect, it } from 'vitest';
import { ReplayAdapter } from '../../adapters/replay/index.js';
import { ManualClock } from '../../src/core/clock.js';
import { DEMO_FEED_FILE } from '../../src/config.js';

async function all(adapter: ReplayAdapter) {
  const { mentions } = await adapter.fetchMentions(null);
  return mentions;
}

describe('replay adapter: post times', () => {
  it('replays times as written by default', async () => {
    const m = await all(new ReplayAdapter({ file: DEMO_FEED_FILE, batch: 1000, repliesFile: null }));
    expect(m).toHaveLength(55);
    expect(m[0]!.createdAt).toBe('2026-11-20T07:04:12Z');
  });

  it('with shiftToNow, dates the last post "now" and keeps the gaps between posts', async () => {
    const written = await all(new ReplayAdapter({ file: DEMO_FEED_FILE, batch: 1000, repliesFile: null }));
    const clock = new ManualClock('2026-12-01T09:30:00.000Z');
    const shifted = await all(new ReplayAdapter({ file: DEMO_FEED_FILE, batch: 1000, repliesFile: null, clock, shiftToNow: true }));
    const at = (m: { createdAt?: string | null }) => Date.parse(m.createdAt ?? '');
    const times = shifted.map(at);
    expect(Math.max(...times)).toBe(clock.now().getTime());
    const delta = times[0]! - at(written[0]!);
    shifted.forEach((m, i) => {
      expect(at(m) - at(written[i]!)).toBe(delta);
      expect({ ...m, createdAt: written[i]!.createdAt }).toEqual(written[i]);
    });
  });
});
