/**
 * Tune/report split of labeled data by hashing the id: tune on one half, report on the
 * other. Stable across runs and machines; no label or text is involved.
 */
import { fnv1a } from '../../src/triage/hashing.js';

export type Split = 'tune' | 'report';

export function splitOf(id: string): Split {
  return fnv1a('split:' + id) % 2 === 0 ? 'tune' : 'report';
}
