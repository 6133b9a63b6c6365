/**
 * HTTP error classification and rate-limit header reading, shared by every platform so
 * a 401 means the same thing on X, Mastodon and Bluesky.
 */
import { AuthFailed, GlasshouseError, NotFound, RateLimited, Transient } from '../../src/core/errors.js';

/** Header shapes the SDKs hand us: fetch `Headers`, Node's IncomingHttpHeaders, or a plain record. */
export type HeaderSource = Headers | Record<string, string | string[] | number | undefined> | null | undefined;

export function header(h: HeaderSource, name: string): string | undefined {
  if (!h) return undefined;
  if (typeof (h as Headers).get === 'function') return (h as Headers).get(name) ?? undefined;
  const rec = h as Record<string, string | string[] | number | undefined>;
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(rec)) {
    if (k.toLowerCase() !== lower || v === undefined) continue;
    return Array.isArray(v) ? v[0] : String(v);
  }
  return undefined;
}

export interface RateLimitInfo {
  limit: number | null;
  remaining: number | null;
  /** When the window resets; null when the platform did not say. */
  resetAt: Date | null;
}

/**
 * Reads `<prefix>-limit/-remaining/-reset`. The reset is epoch seconds on X and Bluesky
 * and an ISO timestamp on Mastodon; both are accepted.
 */
export function readRateLimit(h: HeaderSource, prefix: string): RateLimitInfo | null {
  const limit = header(h, `${prefix}-limit`);
  const remaining = header(h, `${prefix}-remaining`);
  const reset = header(h, `${prefix}-reset`);
  if (limit === undefined && remaining === undefined && reset === undefined) return null;
  const num = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s.trim()) ? Number(s) : null);
  let resetAt: Date | null = null;
  if (reset !== undefined) {
    const n = num(reset);
    const d = n !== null ? new Date(n * 1000) : new Date(reset);
    resetAt = Number.isNaN(d.getTime()) ? null : d;
  }
  return { limit: num(limit), remaining: num(remaining), resetAt };
}

/** `Retry-After` as seconds or an HTTP date. */
export function retryAfter(h: HeaderSource, now: Date): Date | null {
  const v = header(h, 'retry-after');
  if (!v) return null;
  if (/^\d+$/.test(v.trim())) return new Date(now.getTime() + Number(v) * 1000);
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A platform refused the request for a reason retrying will not fix (400, 422, ...). */
export class PlatformRejected extends GlasshouseError {
  constructor(
    readonly platform: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface HttpFailure {
  platform: string;
  /** HTTP status; 0 or undefined for network failures (no response). */
  status: number | undefined;
  headers?: HeaderSource;
  message: string;
  /** Rate-limit header prefix of the platform ("x-rate-limit", "x-ratelimit", "ratelimit"). */
  rateLimitPrefix: string;
  now: Date;
  cause?: unknown;
}

/** One table for every platform: status -> typed error. */
export function classifyHttp(f: HttpFailure): GlasshouseError {
  const s = f.status ?? 0;
  const msg = `${f.platform}: ${s ? `HTTP ${s}: ` : ''}${f.message}`;
  if (s === 401 || s === 403) return new AuthFailed(f.platform, msg, { cause: f.cause });
  if (s === 404 || s === 410) return new NotFound(f.platform, msg, { cause: f.cause });
  if (s === 429) {
    const rl = readRateLimit(f.headers, f.rateLimitPrefix);
    // No reset header: a minute is the common window granularity.
    const resetAt = rl?.resetAt ?? retryAfter(f.headers, f.now) ?? new Date(f.now.getTime() + 60_000);
    return new RateLimited(f.platform, resetAt);
  }
  if (s === 0 || s === 408 || s >= 500) return new Transient(f.platform, msg, { cause: f.cause });
  return new PlatformRejected(f.platform, s, msg);
}

/** The reply is longer than the platform accepts; the draft must be shortened. */
export class ReplyTooLong extends GlasshouseError {
  constructor(
    readonly platform: string,
    readonly length: number,
    readonly max: number,
  ) {
    super(`${platform}: reply is ${length} long, the limit is ${max}`);
  }
}
