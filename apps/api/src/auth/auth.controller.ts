import { Body, Controller, Get, HttpCode, Post, Req, UnauthorizedException, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { AuditLogService } from './audit-log.service.js';
import { SignInThrottleGuard } from './throttle/sign-in-throttle.guard.js';
import { LoginRequestSchema, type LoginRequest, type LoginResponse, type Me } from '@parkflow/contracts';
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
  ) {}

  /** Throttled per account and per address (429 with Retry-After); every outcome is in the audit log. */
  @Public()
  @UseGuards(SignInThrottleGuard)
  @Post('auth/login')
  @HttpCode(200)
  async login(@Body(ZodBody(LoginRequestSchema)) body: LoginRequest, @Req() req: Request): Promise<LoginResponse> {
    const user = await this.users.authenticate(body.username, body.password);
    const entry = { username: body.username.trim().slice(0, 64), address: req.ip ?? null };
    if (!user) {
      await this.audit.record('sign_in_failed', entry);
      throw new UnauthorizedException('Wrong username or password');
    }
    await this.audit.record('sign_in_succeeded', { ...entry, userId: user.id });
    return { accessToken: this.tokens.issue(user.id), user: presentUser(user) };
  }

  @Get('me')
  me(@CurrentUser() current: CurrentUserContext): Me {
    return { ...presentUser(current.user), leadsDepartmentIds: [...current.actor.leadsDepartmentIds], liaisonEnterpriseIds: [...current.actor.liaisonEnterpriseIds] };
  }
}
