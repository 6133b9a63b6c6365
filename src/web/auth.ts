/**
 * Access to the escalation log. With a token: `Authorization: Bearer <token>`, or once
 * `?token=<token>`, which sets an HttpOnly cookie (holding a hash, not the token) and
 * redirects to the same URL without it. Without a token the server binds to 127.0.0.1.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const COOKIE = 'gh_session';

export function sessionValue(token: string): string {
  return createHash('sha256').update(`glasshouse-web:${token}`).digest('base64url');
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function cookieOf(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return null;
}

export type AuthDecision = { ok: true } | { ok: true; setCookie: string; redirect: string } | { ok: false };

export function authorize(req: IncomingMessage, url: URL, token: string | null): AuthDecision {
  if (!token) return { ok: true };
  const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
  if (bearer && same(bearer, token)) return { ok: true };
  const cookie = cookieOf(req, COOKIE);
  if (cookie && same(cookie, sessionValue(token))) return { ok: true };
  const q = url.searchParams.get('token');
  if (q && same(q, token)) {
    const clean = new URL(url);
    clean.searchParams.delete('token');
    return {
      ok: true,
      setCookie: `${COOKIE}=${sessionValue(token)}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${12 * 3600}`,
      redirect: clean.pathname + clean.search,
    };
  }
  return { ok: false };
}
