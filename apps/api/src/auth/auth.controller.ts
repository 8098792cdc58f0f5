import { Body, Controller, Get, HttpCode, Post, UnauthorizedException } from '@nestjs/common';
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
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  async login(@Body(ZodBody(LoginRequestSchema)) body: LoginRequest): Promise<LoginResponse> {
    const user = await this.users.authenticate(body.username, body.password);
    if (!user) throw new UnauthorizedException('Wrong username or password');
    return { accessToken: this.tokens.issue(user.id), user: presentUser(user) };
  }

  @Get('me')
  me(@CurrentUser() current: CurrentUserContext): Me {
    return { ...presentUser(current.user), leadsDepartmentIds: [...current.actor.leadsDepartmentIds], liaisonEnterpriseIds: [...current.actor.liaisonEnterpriseIds] };
  }
}
