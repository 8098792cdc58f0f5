import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { CurrentUserContext } from './current-user.js';
import { IS_PUBLIC } from './public.decorator.js';
import { csrfHolds, requestToken } from './session-cookie.js';
import { TokenService } from './token.service.js';
import { UsersService } from './users.service.js';

/**
 * Every route needs a signed-in user unless marked @Public(): a bearer token (API clients), or
 * the browser's HttpOnly session cookie, whose writes must also pass the CSRF check. A token is
 * never read from the URL, where proxies and browser history would keep it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<Request & { currentUser?: CurrentUserContext }>();
    const carried = requestToken(request);
    const claims = carried ? this.tokens.verifyClaims(carried.token) : null;
    if (!carried || !claims) throw new UnauthorizedException('Sign in first: the session is missing, invalid or expired');
    if (carried.viaCookie && !csrfHolds(request, this.tokens.csrfFor(carried.token))) throw new ForbiddenException('The CSRF check failed: reload the page and try again');
    const current = await this.users.load(claims.userId, claims.issuedAt);
    if (!current) throw new UnauthorizedException('This account no longer exists, is disabled, or has signed out');
    request.currentUser = { ...current, tokenExpiresAt: claims.expiresAt, tokenIssuedAt: claims.issuedAt };
    return true;
  }
}
