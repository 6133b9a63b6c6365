/**
 * Platform counting rules for reply length, in one place: adapters report them through
 * `replyLength`, the lint checks drafts with them, and neither needs the network.
 */
import twitterText from 'twitter-text';

export interface LengthRule {
  length: number;
  max: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** X: weighted length (CJK and emoji count double, URLs count 23). */
export function xLength(text: string): LengthRule {
  const r = twitterText.parseTweet(text);
  return { length: r.weightedLength, max: 280 };
}

/** Bluesky: 300 graphemes. */
export function blueskyLength(text: string): LengthRule {
  return { length: graphemeCount(text), max: 300 };
}

/** Mastodon: characters, every URL counts 23, remote mentions count only the username. */
export function mastodonLength(text: string, max = 500): LengthRule {
  const counted = text
    .replace(/https?:\/\/\S+/g, 'x'.repeat(23))
    .replace(/(^|\s)@([a-z0-9_]+)@[a-z0-9.-]+/gi, '$1@$2');
  return { length: [...counted].length, max };
}

export function replyLengthFor(platform: string, text: string, opts: { mastodonMax?: number } = {}): LengthRule {
  switch (platform) {
    case 'x':
      return xLength(text);
    case 'bluesky':
      return blueskyLength(text);
    case 'mastodon':
      return mastodonLength(text, opts.mastodonMax);
    default:
      // The replay feed mimics X's rule so demo drafts fit everywhere.
      return xLength(text);
  }
}
