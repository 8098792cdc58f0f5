import type { Request } from 'express';

/** Whether the request came over TLS, directly or as the proxy in front says (X-Forwarded-Proto). */
export function isSecureRequest(req: Pick<Request, 'secure' | 'headers'>): boolean {
  return req.secure || req.headers['x-forwarded-proto'] === 'https';
}
