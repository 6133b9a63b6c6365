export * from './mention.js';
export * from './triage.js';
export * from './errors.js';
export * from './channel.js';
export * from './clock.js';
export * from './ids.js';
