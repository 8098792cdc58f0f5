import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@parkflow/domain';
import type { UserEntity } from '@parkflow/db';

/** An active user with the domain's view of them. */
export interface SignedInUser {
  user: UserEntity;
  actor: Actor;
}

/** The signed-in user as loaded by the guard, and the token the request came with. */
export interface CurrentUserContext extends SignedInUser {
  /** When the token this request came with expires (ms since the epoch); long-lived streams end then. */
  tokenExpiresAt: number;
  /** When it was issued (ms): a sign-out of the account ends streams opened with it. */
  tokenIssuedAt: number;
}

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): CurrentUserContext => {
  const request = ctx.switchToHttp().getRequest<{ currentUser?: CurrentUserContext }>();
  if (!request.currentUser) throw new Error('CurrentUser used on a public route');
  return request.currentUser;
});
