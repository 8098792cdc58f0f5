import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UnauthorizedException, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../config/api-config.js';
import { clearSessionCookies, requestToken, setSessionCookies } from './session-cookie.js';
import { AuditLogService } from './audit-log.service.js';
import { SignInThrottleGuard } from './throttle/sign-in-throttle.guard.js';
import { LoginRequestSchema, type LoginResponse, type Me } from '@parkflow/contracts';
import { ZodBody } from '../http/zod-validation.pipe.js';
import { CurrentUser, type CurrentUserContext } from './current-user.js';
import { Public } from './public.decorator.js';
import { TokenService } from './token.service.js';
import { presentUser } from './user.presenter.js';
import { UsersService } from './users.service.js';

@Controller()
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly audit: AuditLogService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** Throttled per account and per address (429 with Retry-After); every outcome is in the audit log. */
  @Public()
  @UseGuards(SignInThrottleGuard)
  @Post('auth/login')
  @HttpCode(200)
  async login(@Body(ZodBody(LoginRequestSchema)) body: z.output<typeof LoginRequestSchema>, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    const { user, accountId } = await this.users.authenticate(body.username, body.password);
    const entry = { username: body.username.trim(), address: req.ip ?? null };
    if (!user) {
      await this.audit.record('sign_in_failed', { ...entry, userId: accountId });
      throw new UnauthorizedException('Wrong username or password');
    }
    await this.audit.record('sign_in_succeeded', { ...entry, userId: user.id, detail: { session: body.session } });
    const issued = this.tokens.issue(user.id);
    const token = issued.token;
    const expiresAt = new Date(issued.expiresAt).toISOString();
    if (body.session === 'cookie') {
      setSessionCookies(req, res, token, this.tokens.csrfFor(token), this.config.tokenTtlSeconds);
      return { expiresAt, user: presentUser(user) };
    }
    return { accessToken: token, expiresAt, user: presentUser(user) };
  }

  /**
   * Signs the account out everywhere: every token issued to it until now (this browser's session
   * cookie, other browsers, bearer tokens) stops working on every replica; the cookies are cleared.
   * Without a valid session it only clears the cookies.
   */
  @Public()
  @Post('auth/logout')
  @HttpCode(200)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<{ signedOut: true }> {
    const carried = requestToken(req);
    const claims = carried ? this.tokens.verifyClaims(carried.token) : null;
    if (claims) await this.users.signOutEverywhere(claims.userId);
    clearSessionCookies(res);
    return { signedOut: true };
  }

  @Get('me')
  me(@CurrentUser() current: CurrentUserContext): Me {
    return { ...presentUser(current.user), leadsDepartmentIds: [...current.actor.leadsDepartmentIds], liaisonEnterpriseIds: [...current.actor.liaisonEnterpriseIds] };
  }
}
