/**
 * For `glasshouse doctor` and the start-up log: which network adapters are on, and
 * for the ones that are off, exactly which settings turn them on. Pure: reads config only.
 */
import type { Config } from '../../src/config.js';

export interface AdapterStatus {
  platform: 'x' | 'mastodon' | 'bluesky';
  enabled: boolean;
  /** One line: what it does when on, what to set when off. */
  detail: string;
}

export function networkAdapterStatus(config: Config): AdapterStatus[] {
  const out: AdapterStatus[] = [];
  const x = config.x;
  out.push(
    x
      ? {
          platform: 'x',
          enabled: true,
          detail: [
            `reads with ${x.bearerToken ? 'the app bearer token' : 'user context'}`,
            x.user ? 'posting on' : 'posting off (set X_API_KEY, X_API_SECRET, X_ACCESS_TOKEN, X_ACCESS_SECRET)',
            x.searchQuery ? `search: ${x.searchQuery}` : 'search off (X_SEARCH_QUERY)',
            x.enterprise ? 'enterprise: may reply to any post' : 'self-serve: replies only to posts that mention or quote the brand',
            `budget $${config.brand.costs.x.dailyBudgetUsd}/day`,
          ].join('; '),
        }
      : { platform: 'x', enabled: false, detail: 'off: set X_BEARER_TOKEN (read-only) and/or X_API_KEY, X_API_SECRET, X_ACCESS_TOKEN, X_ACCESS_SECRET' },
  );
  const m = config.mastodon;
  out.push(
    m
      ? {
          platform: 'mastodon',
          enabled: true,
          detail: `${m.url}; hashtags: ${m.hashtags.length ? m.hashtags.join(', ') : 'none (MASTODON_HASHTAGS)'}; reply visibility ${m.visibility}`,
        }
      : { platform: 'mastodon', enabled: false, detail: 'off: set MASTODON_URL and MASTODON_ACCESS_TOKEN (scopes read:accounts read:notifications read:statuses write:statuses)' },
  );
  const b = config.bluesky;
  out.push(
    b
      ? {
          platform: 'bluesky',
          enabled: true,
          detail: `@${b.handle} on ${b.service}; search: ${b.searchTerms.length ? b.searchTerms.join(', ') : 'off (BLUESKY_SEARCH_TERMS)'}`,
        }
      : { platform: 'bluesky', enabled: false, detail: 'off: set BLUESKY_HANDLE and BLUESKY_APP_PASSWORD (BLUESKY_SERVICE for a self-hosted PDS)' },
  );
  return out;
}
