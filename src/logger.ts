/**
 * pino, readable in a terminal and JSON otherwise. Secrets are redacted by key name
 * wherever they appear, and token-like strings are scrubbed from error messages.
 */
import pino, { type Logger } from 'pino';
import { SECRET_SETTINGS } from './config.js';

export type { Logger };

/** Field names that hold credentials in SDK objects and our config, plus every secret setting's name. */
const REDACT_KEYS = [
  'token', 'accessToken', 'access_token', 'refreshToken', 'refresh_token', 'accessJwt', 'refreshJwt',
  'apiKey', 'api_key', 'appKey', 'appSecret', 'accessSecret', 'secret', 'password', 'appPassword',
  'authorization', 'Authorization', 'cookie', 'bearerToken',
  ...SECRET_SETTINGS,
];

export const REDACT_PATHS = [
  ...REDACT_KEYS,
  ...REDACT_KEYS.map((k) => `*.${k}`),
  ...REDACT_KEYS.map((k) => `*.*.${k}`),
  'req.headers.authorization',
  'headers.authorization',
];

/** Scrubs bearer tokens, URL passwords and key-like strings from free text. */
export function scrubSecrets(text: string): string {
  return text
    .replace(/(Bearer|Bot)\s+[A-Za-z0-9._~+/=-]{8,}/g, '$1 [redacted]')
    .replace(/\b(sk-[A-Za-z0-9_-]{8,})/g, '[redacted]')
    .replace(/(\/\/[^:/\s]+:)[^@/\s]+@/g, '$1[redacted]@')
    .replace(/([?&](?:token|access_token|key)=)[^&\s]+/gi, '$1[redacted]');
}

export interface LoggerOptions {
  level?: string;
  format?: 'auto' | 'pretty' | 'json';
  destination?: NodeJS.WritableStream;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  const level = opts.level ?? process.env.LOG_LEVEL ?? 'info';
  const format = opts.format ?? 'auto';
  const pretty = format === 'pretty' || (format === 'auto' && !opts.destination && process.stderr.isTTY === true);
  const base = {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    formatters: { level: (label: string) => ({ level: label }) },
    hooks: {
      logMethod(this: Logger, args: Parameters<Logger['info']>, method: (...a: unknown[]) => void) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? scrubSecrets(a) : a)));
      },
    },
    serializers: {
      err: (e: unknown) => {
        const s = pino.stdSerializers.err(e as Error);
        return { ...s, message: scrubSecrets(s.message ?? ''), stack: s.stack ? scrubSecrets(s.stack) : undefined };
      },
    },
  };
  if (pretty) {
    return pino({
      ...base,
      transport: { target: 'pino-pretty', options: { destination: 2, colorize: true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' } },
    });
  }
  return pino(base, opts.destination ?? pino.destination(2));
}
