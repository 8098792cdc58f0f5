import { Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { CurrentUserContext } from './current-user.js';
import { IS_PUBLIC, TOKEN_IN_QUERY } from './public.decorator.js';
import { TokenService } from './token.service.js';
import { UsersService } from './users.service.js';

/** Every route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; query: Record<string, unknown>; currentUser?: CurrentUserContext }>();
    const header = request.headers.authorization ?? '';
    let token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const queryToken = request.query?.access_token;
    if (!token && typeof queryToken === 'string' && this.reflector.getAllAndOverride<boolean>(TOKEN_IN_QUERY, [context.getHandler(), context.getClass()])) {
      token = queryToken;
    }
    const userId = token ? this.tokens.verify(token) : null;
    if (!userId) throw new UnauthorizedException('Sign in first: the bearer token is missing, invalid or expired');
    const current = await this.users.load(userId);
    if (!current) throw new UnauthorizedException('This account no longer exists or is disabled');
    request.currentUser = current;
    return true;
  }
}
