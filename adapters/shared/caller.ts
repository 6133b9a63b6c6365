/**
 * Every platform request goes through `PlatformCaller.call`: the endpoint's Bottleneck
 * limiter, rate-limit bookkeeping, a wait until reset on 429 (never a hammer), retries
 * with exponential backoff for Transient failures only, and AuthFailed logged once.
 */
import type { Clock } from '../../src/core/clock.js';
import { AuthFailed, GlasshouseError, RateLimited, Transient } from '../../src/core/errors.js';
import type { Logger } from '../../src/logger.js';
import type { RateLimitInfo } from './http.js';
import type { LimiterSettings, Limiters } from './limiter.js';

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** What every adapter factory receives besides its config block. */
export interface AdapterRuntime {
  logger: Logger;
  clock: Clock;
  limiters: Limiters;
  /** Injectable so tests never wait for real. */
  sleep?: Sleep;
  /** Transient retries after the first attempt (default 3). */
  retries?: number;
  /** First backoff delay; doubles per retry, with jitter (default 500 ms). */
  backoffMs?: number;
  /** A 429 whose reset is at most this far away is waited out in place (default 60 s); beyond, RateLimited is thrown. */
  maxRateLimitWaitMs?: number;
  /** Base poll interval the adaptive delay never goes below (default 60 s). */
  pollIntervalMs?: number;
  /** Called by the adapter's close(): releases its hold on shared limiters. */
  release?: () => Promise<void>;
}

export interface CallerOptions {
  platform: string;
  /** Identifies the credential for the limiter id (hashed there). */
  credential: string;
  /** Maps whatever the SDK threw to a typed error. */
  toError: (e: unknown) => GlasshouseError;
  /** Limiter settings per endpoint (documented platform quotas). */
  limits?: (endpoint: string) => LimiterSettings;
}

export class PlatformCaller {
  readonly platform: string;
  private readonly rate = new Map<string, RateLimitInfo>();
  private readonly blockedUntil = new Map<string, Date>();
  private readonly authFailed = new Map<string, AuthFailed>();
  private readonly sleep: Sleep;
  private authLogged = false;

  constructor(
    private readonly opts: CallerOptions,
    private readonly rt: AdapterRuntime,
  ) {
    this.platform = opts.platform;
    this.sleep = rt.sleep ?? realSleep;
  }

  /** Runs one request for `endpoint` under its limiter and the retry policy. */
  async call<T>(endpoint: string, fn: () => Promise<T>, opts: { retries?: number } = {}): Promise<T> {
    const known = this.authFailed.get(endpoint);
    // Same credentials, same answer: do not ask again, do not log again.
    if (known) throw known;
    const limiter = this.rt.limiters.get(
      { platform: this.platform, credential: this.opts.credential, endpoint },
      this.opts.limits?.(endpoint),
    );
    const retries = opts.retries ?? this.rt.retries ?? 3;
    const maxWait = this.rt.maxRateLimitWaitMs ?? 60_000;
    let transientTries = 0;
    let rateWaits = 0;
    for (;;) {
      const blocked = this.blockedUntil.get(endpoint);
      if (blocked) {
        const wait = blocked.getTime() - this.rt.clock.now().getTime();
        if (wait > 0) {
          if (wait > maxWait || rateWaits > 1) throw new RateLimited(this.platform, blocked);
          this.rt.logger.info({ platform: this.platform, endpoint, waitMs: wait }, 'rate limited: waiting for the window to reset');
          await this.sleep(wait);
        }
        this.blockedUntil.delete(endpoint);
      }
      try {
        return await limiter.schedule(fn);
      } catch (e) {
        const err = e instanceof GlasshouseError ? e : this.opts.toError(e);
        if (err instanceof RateLimited) {
          this.blockedUntil.set(endpoint, err.resetAt);
          this.rt.logger.warn({ platform: this.platform, endpoint, resetAt: err.resetAt.toISOString() }, 'rate limited');
          rateWaits++;
          if (rateWaits > 1 || err.resetAt.getTime() - this.rt.clock.now().getTime() > maxWait) throw err;
          continue;
        }
        if (err instanceof AuthFailed) {
          this.authFailed.set(endpoint, err);
          if (this.authLogged) throw err;
          this.authLogged = true;
          this.rt.logger.error({ platform: this.platform, endpoint, err: err.message }, 'authentication failed: check the credentials and their scopes');
          throw err;
        }
        if (err instanceof Transient && transientTries < retries) {
          const delay = this.backoff(transientTries++);
          this.rt.logger.debug({ platform: this.platform, endpoint, delay, err: err.message }, 'transient failure: retrying');
          await this.sleep(delay);
          continue;
        }
        throw err;
      }
    }
  }

  private backoff(attempt: number): number {
    const base = (this.rt.backoffMs ?? 500) * 2 ** attempt;
    return Math.round(base * (0.8 + Math.random() * 0.4));
  }

  /** Records the rate-limit headers of a response for the adaptive poll delay. */
  note(endpoint: string, info: RateLimitInfo | null): void {
    if (info) this.rate.set(endpoint, info);
  }

  rateState(endpoint: string): RateLimitInfo | undefined {
    return this.rate.get(endpoint);
  }

  /**
   * How long to wait before the next poll so the tightest endpoint's remaining budget
   * lasts until its window resets (never less than `baseMs`).
   */
  nextDelayMs(baseMs: number, endpoints?: string[]): number {
    const now = this.rt.clock.now().getTime();
    let delay = baseMs;
    for (const [ep, until] of this.blockedUntil) {
      if (!endpoints || endpoints.includes(ep)) delay = Math.max(delay, until.getTime() - now);
    }
    for (const [ep, info] of this.rate) {
      if (endpoints && !endpoints.includes(ep)) continue;
      if (info.remaining === null || !info.resetAt) continue;
      const left = info.resetAt.getTime() - now;
      if (left <= 0) continue;
      delay = Math.max(delay, info.remaining <= 0 ? left : Math.ceil(left / info.remaining));
    }
    return delay;
  }
}

/** Turns a zod failure on platform data into a non-retryable error naming the endpoint. */
export function unexpectedShape(platform: string, what: string, issues: string): GlasshouseError {
  return new GlasshouseError(`${platform}: unexpected ${what} response: ${issues}`);
}
