/**
 * Adaptive re-poll interval (pure): 1 minute while a post accelerates, doubling up to
 * 30 minutes while it is flat, so rate limits go to the posts that move.
 */
import type { Projection } from './projection.js';
import type { Velocity } from './velocity.js';

export const MIN_POLL_MIN = 1;
export const MAX_POLL_MIN = 30;
/** After this age the 24-hour projection is moot: stop re-polling. */
export const MAX_TRACK_MIN = 24 * 60;

export function nextPollMinutes(prevMin: number, v: Velocity | null, p: Projection | null): number {
  if (!v || !p) return 2;
  const accelerating = p.acceleration === null ? v.v1 >= 1 : p.acceleration > 1.1 && v.v1 > 0.2;
  if (accelerating) return MIN_POLL_MIN;
  if (v.v1 < 0.05) return Math.min(MAX_POLL_MIN, Math.max(MIN_POLL_MIN, prevMin * 2));
  // Moving but not accelerating: ease off gently.
  return Math.min(MAX_POLL_MIN, Math.max(MIN_POLL_MIN, Math.ceil(prevMin * 1.5)));
}
