export * from './http.js';
export * from './limiter.js';
export * from './caller.js';
export * from './text.js';
export * from './deps.js';
export * from './status.js';
