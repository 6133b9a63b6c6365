/** Shared test scaffolding for the adapter suites: a manual clock, a recording sleep, fixtures. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pino from 'pino';
import { ManualClock } from '../../src/core/clock.js';
import { BrandSchema, type BrandConfig } from '../../src/config.js';
import { createLimiters } from '../../adapters/shared/index.js';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export function fixture<T = unknown>(platform: string, name: string): T {
  return JSON.parse(readFileSync(resolve(FIXTURES, platform, name), 'utf8')) as T;
}

/** Everything an adapter factory needs, with time under the test's control. */
export function testRuntime(start = '2026-11-20T12:00:00Z') {
  const clock = new ManualClock(start);
  const sleeps: number[] = [];
  const logger = pino({ level: 'silent' });
  const limiters = createLimiters();
  return {
    clock,
    sleeps,
    logger,
    limiters,
    backoffMs: 100,
    // Sleeping moves the manual clock: a 429 wait "passes" instantly and is recorded.
    sleep: (ms: number) => {
      sleeps.push(ms);
      clock.advance(ms);
      return Promise.resolve();
    },
  };
}

export function testBrand(over: Record<string, unknown> = {}): BrandConfig {
  return BrandSchema.parse({
    name: 'Acme',
    handles: { x: 'AcmeCare', mastodon: 'acme@social.example', bluesky: 'acme.test' },
    domains: ['acme.example'],
    ...over,
  });
}
