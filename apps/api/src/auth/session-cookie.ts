import { timingSafeEqual } from 'node:crypto';
import { CSRF_COOKIE, CSRF_HEADER, readCookieValue, SESSION_COOKIE } from '@parkflow/contracts';
import type { Request, Response } from 'express';
import { isSecureRequest } from '../http/secure-request.js';

/**
 * The browser's session: the signed token in an HttpOnly cookie (out of JavaScript's reach), and
 * a CSRF token in a readable cookie that the client echoes in `X-CSRF-Token` on every write.
 * The CSRF token is an HMAC of the session token, so a planted cookie cannot match a session;
 * SameSite=Strict already keeps other sites' requests from carrying either.
 * API clients keep using `Authorization: Bearer`, which needs no CSRF token.
 */
export { CSRF_COOKIE, SESSION_COOKIE } from '@parkflow/contracts';

export function readCookie(req: Pick<Request, 'headers'>, name: string): string | null {
  return readCookieValue(req.headers.cookie, name);
}

/** The token of an `Authorization: Bearer` header, or null. */
export function bearerToken(req: Pick<Request, 'headers'>): string | null {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() || null : null;
}

/** The token a request carries: a bearer header (API clients) first, else the browser's session cookie. */
export function requestToken(req: Pick<Request, 'headers'>): { token: string; viaCookie: boolean } | null {
  const bearer = bearerToken(req);
  if (bearer) return { token: bearer, viaCookie: false };
  const cookie = readCookie(req, SESSION_COOKIE);
  return cookie ? { token: cookie, viaCookie: true } : null;
}

export function setSessionCookies(req: Request, res: Response, token: string, csrf: string, ttlSeconds: number): void {
  // Secure over TLS; plain HTTP on a LAN still works.
  const common = { sameSite: 'strict' as const, secure: isSecureRequest(req), maxAge: ttlSeconds * 1000 };
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
  const header = req.headers[CSRF_HEADER.toLowerCase()];
  if (typeof header !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}
