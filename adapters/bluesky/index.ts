export { BlueskyAdapter, postToMention, postUrl, toBlueskyError, type BlueskyAdapterOptions, type BlueskyConfig } from './bluesky-adapter.js';
export { createBlueskyAdapter } from './factory.js';
