import type { ThrottlerStorage } from '@nestjs/throttler';
import { nextThrottleState, throttleStoreUnavailable, type ThrottlerStorageRecord } from './throttle-window.js';
import { RateLimitEntity } from '@parkflow/db';
import type { DataSource } from 'typeorm';

/** Throttling counters in PostgreSQL (no Redis): one row per key, read and written under a row lock. */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly dataSource: DataSource) {}

  increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const id = `${throttlerName}:${key}`;
    return this.count(id, ttl, limit, blockDuration).catch((error: unknown) => {
      throw throttleStoreUnavailable(error);
    });
  }

  private count(id: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(RateLimitEntity);
      await repo.createQueryBuilder().insert().values({ key: id, hits: 0, windowEndsAt: new Date(0), blockedUntil: null }).orIgnore().execute();
      const row = await repo.createQueryBuilder('r').setLock('pessimistic_write').where('r.key = :id', { id }).getOneOrFail();
      const previous = row.hits === 0 ? null : { hits: row.hits, windowEndsAt: row.windowEndsAt.getTime(), blockedUntil: row.blockedUntil?.getTime() ?? null };
      const { state, record } = nextThrottleState(previous, Date.now(), ttl, limit, blockDuration);
      await repo.update({ key: id }, { hits: state.hits, windowEndsAt: new Date(state.windowEndsAt), blockedUntil: state.blockedUntil === null ? null : new Date(state.blockedUntil) });
      return record;
    });
  }
}
