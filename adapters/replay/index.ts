export { ReplayAdapter, type ReplayAdapterOptions } from './replay-adapter.js';
