/** Builds the real bot (createApp) on a test database, with a silent logger and a manual clock. */
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createApp, type App } from '../../src/app/create-app.js';
import type { Database } from '../../src/db/client.js';
import type { ChannelAdapter } from '../../src/core/channel.js';
import { ManualClock } from '../../src/core/clock.js';
import type { Reviewer } from '../../src/review/reviewer.js';
import { ConsoleReviewer } from '../../src/review/console-reviewer.js';

export const silentLogger = () => createLogger({ level: 'silent', format: 'json', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ DATA_DIR: 'memory://', ...env }, { dotenv: false });
}

export class CapturingStream extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

export async function buildTestApp(
  database: Database,
  opts: { env?: Record<string, string>; adapters?: Map<string, ChannelAdapter>; reviewer?: Reviewer; clock?: ManualClock } = {},
): Promise<App & { clock: ManualClock; out: CapturingStream }> {
  const out = new CapturingStream();
  const clock = opts.clock ?? new ManualClock('2026-11-20T12:00:00Z');
  const app = await createApp(testConfig(opts.env), {
    logger: silentLogger(),
    clock,
    database,
    reviewer: opts.reviewer ?? new ConsoleReviewer(out),
    ...(opts.adapters ? { adapters: opts.adapters } : {}),
  });
  return Object.assign(app, { clock, out });
}
