import type { Mention } from '../core/mention.js';
import type { BrandConfig } from '../config.js';

const norm = (h: string) => h.replace(/^@/, '').toLowerCase();

/** The brand's own posts (and so the bot's own replies) are never cases. */
export function isOwnPost(m: Mention, brand: BrandConfig): boolean {
  const author = norm(m.author.handle);
  const handles = Object.values(brand.handles).filter((h): h is string => !!h).map(norm);
  // Mastodon handles may be "user" or "user@instance".
  return handles.some((h) => h === author || h.split('@')[0] === author || author.split('@')[0] === h);
}
