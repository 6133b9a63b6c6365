/** Alert level from the projection (pure): watch ≥ 200, viral ≥ 1,000, critical ≥ 10,000 by default. */
import { levelRank, type AlertLevel, type ViralThresholds } from './types.js';

export function levelFor(value: number, t: ViralThresholds): AlertLevel | null {
  if (value >= t.critical) return 'critical';
  if (value >= t.viral) return 'viral';
  if (value >= t.watch) return 'watch';
  return null;
}

/** The level to raise now, if any: only a climb above everything raised before. */
export function levelToRaise(level: AlertLevel | null, raised: readonly AlertLevel[]): AlertLevel | null {
  if (level === null) return null;
  const top = Math.max(-1, ...raised.map(levelRank));
  return levelRank(level) > top ? level : null;
}
