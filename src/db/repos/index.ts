export * from './mentions.js';
export * from './snapshots.js';
export * from './cursors.js';
export * from './audit.js';
export * from './triage.js';
export * from './drafts.js';
export * from './cases.js';
export * from './case-views.js';
