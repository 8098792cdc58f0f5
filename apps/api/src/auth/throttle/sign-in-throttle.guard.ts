import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerException,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { AuditLogService } from '../audit-log.service.js';

/** The account name a sign-in tries, as the throttle and the audit log count it. */
export function signInAccount(req: Pick<Request, 'body'>): string {
  const name = (req.body as { username?: unknown } | undefined)?.username;
  return typeof name === 'string' ? name.trim().toLowerCase().slice(0, 64) : '';
}

/**
 * @nestjs/throttler's guard on the sign-in route, per account and per client address (the two
 * named throttlers of sign-in-throttle.options.ts). A blocked attempt answers 429 with a plain
 * `Retry-After` in seconds and is written to the audit log.
 */
@Injectable()
export class SignInThrottleGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly audit: AuditLogService,
  ) {
    super(options, storage, reflector);
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const wait = Math.max(1, detail.timeToBlockExpire);
    res.setHeader('Retry-After', String(wait));
    const typed = (req.body as { username?: unknown } | undefined)?.username;
    await this.audit.record('sign_in_throttled', { username: typeof typed === 'string' ? typed.trim() : null, address: req.ip ?? null, detail: { by: detail.tracker.startsWith('account:') ? 'account' : 'address', retryAfterSeconds: wait } });
    throw new ThrottlerException(`Too many sign-in attempts: try again in ${wait} s`);
  }
}
