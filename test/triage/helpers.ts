import type { Mention } from '../../src/core/mention.js';

let n = 0;
/** A mention with sensible defaults; override what the test is about. */
export function mention(text: string, over: Partial<Mention> = {}): Mention {
  n++;
  return {
    id: `x:${n}`,
    platform: 'x',
    text,
    createdAt: '2026-11-20T10:00:00Z',
    author: { handle: 'someone', followers: 100, verified: false },
    metrics: { likes: 0, reposts: 0, replies: 0, quotes: 0 },
    ...over,
  };
}
