export { MastodonAdapter, statusToMention, nextMaxId, stricter, type MastodonAdapterOptions, type MastodonConfig } from './mastodon-adapter.js';
export { createMastodonAdapter } from './factory.js';
