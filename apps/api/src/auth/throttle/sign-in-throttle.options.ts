import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type { DataSource } from 'typeorm';
import type { ApiConfig } from '../../config/api-config.js';
import { PostgresThrottlerStorage } from './postgres-throttler.storage.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';
import { signInAccount } from './sign-in-throttle.guard.js';

/**
 * Two throttlers on sign-in, each blocking for one window once past its limit: per account
 * (guessing one user's password from many addresses) and per client address (trying many
 * accounts from one place). Counters live where every replica sees them: Redis when there is
 * one, else PostgreSQL (embedded mode and PostgreSQL queues).
 */
export function signInThrottleOptions(config: ApiConfig, dataSource: DataSource): ThrottlerModuleOptions {
  const { windowSeconds, perAccount, perAddress } = config.signInThrottle;
  const ttl = windowSeconds * 1000;
  return {
    storage: config.queue.kind === 'redis' ? new RedisThrottlerStorage(config.queue.url, config.queue.prefix) : new PostgresThrottlerStorage(dataSource),
    throttlers: [
      { name: 'account', ttl, limit: perAccount, blockDuration: ttl, getTracker: (req) => `account:${signInAccount(req as never)}` },
      { name: 'address', ttl, limit: perAddress, blockDuration: ttl, getTracker: (req) => `address:${(req as { ip?: string }).ip ?? 'unknown'}` },
    ],
    // The guard sets a plain Retry-After itself; the per-throttler X-RateLimit-* headers would only tell an attacker the budget.
    setHeaders: false,
  };
}
