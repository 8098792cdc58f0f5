import { timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';

/**
 * The browser's session: the signed token in an HttpOnly cookie (out of JavaScript's reach), and
 * a CSRF token in a readable cookie that the client echoes in `X-CSRF-Token` on every write.
 * The CSRF token is an HMAC of the session token, so a planted cookie cannot match a session;
 * SameSite=Strict already keeps other sites' requests from carrying either.
 * API clients keep using `Authorization: Bearer`, which needs no CSRF token.
 */
export const SESSION_COOKIE = 'parkflow_session';
export const CSRF_COOKIE = 'parkflow_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function readCookie(req: Pick<Request, 'headers'>, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** Over TLS (directly or as the proxy says) the cookies are Secure; plain HTTP on a LAN still works. */
function isSecure(req: Pick<Request, 'secure' | 'headers'>): boolean {
  return req.secure || req.headers['x-forwarded-proto'] === 'https';
}

export function setSessionCookies(req: Request, res: Response, token: string, csrf: string, ttlSeconds: number): void {
  const common = { sameSite: 'strict' as const, secure: isSecure(req), maxAge: ttlSeconds * 1000 };
  res.cookie(SESSION_COOKIE, token, { ...common, httpOnly: true, path: '/api' });
  res.cookie(CSRF_COOKIE, csrf, { ...common, httpOnly: false, path: '/' });
}

export function clearSessionCookies(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/api' });
  res.clearCookie(CSRF_COOKIE, { path: '/' });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A cookie-authenticated write must carry its session's CSRF token (`expected`, derived from the session token) in its header. */
export function csrfHolds(req: Pick<Request, 'method' | 'headers'>, expected: string): boolean {
  if (SAFE_METHODS.has(req.method)) return true;
  const header = req.headers[CSRF_HEADER];
  if (typeof header !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}
