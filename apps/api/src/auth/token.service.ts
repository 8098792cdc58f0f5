import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from '../config/api-config.js';

interface TokenClaims {
  sub: string;
  exp: number;
  /** Issued at, in ms: compared with the account's sign-out time. */
  iat?: number;
}

/** Signed bearer tokens (HMAC-SHA256 over the claims): stateless, so api replicas need only share the secret. */
@Injectable()
export class TokenService {
  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {}

  /** A new token for the user, and when it expires (ms since the epoch). */
  issue(userId: string, now = Date.now()): { token: string; expiresAt: number } {
    const claims: TokenClaims = { sub: userId, exp: Math.floor(now / 1000) + this.config.tokenTtlSeconds, iat: now };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { token: `${body}.${this.sign(body)}`, expiresAt: claims.exp * 1000 };
  }

  /** The user id, or null for a forged, malformed or expired token. */
  verify(token: string, now = Date.now()): string | null {
    return this.verifyClaims(token, now)?.userId ?? null;
  }

  /** The user id and when the token expires (ms), or null for a forged, malformed or expired token. */
  verifyClaims(token: string, now = Date.now()): { userId: string; expiresAt: number; issuedAt: number } | null {
    const [body, signature] = token.split('.');
    if (!body || !signature) return null;
    const expected = Buffer.from(this.sign(body));
    const actual = Buffer.from(signature);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenClaims;
      if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number' || claims.exp * 1000 < now) return null;
      return { userId: claims.sub, expiresAt: claims.exp * 1000, issuedAt: typeof claims.iat === 'number' ? claims.iat : 0 };
    } catch {
      return null;
    }
  }

  /**
   * The CSRF token of a browser session, derived from its session token: an attacker who can
   * plant cookies cannot choose one that matches a session they do not hold.
   */
  csrfFor(token: string): string {
    return createHmac('sha256', this.config.tokenSecret).update(`csrf:${token}`).digest('base64url');
  }

  private sign(body: string): string {
    return createHmac('sha256', this.config.tokenSecret).update(body).digest('base64url');
  }
}
