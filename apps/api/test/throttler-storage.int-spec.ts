import { randomUUID } from 'node:crypto';
import { createDataSource, migrateDatabase } from '@parkflow/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../tooling/scripts/stack.mjs';
import { clearRedisPrefix, createDatabase, dropDatabase, runScopedName } from '../../../tooling/scripts/test-resources.mjs';
import { PostgresThrottlerStorage } from '../src/auth/throttle/postgres-throttler.storage.js';
import { RedisThrottlerStorage } from '../src/auth/throttle/redis-throttler.storage.js';

const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The Redis script and the PostgreSQL store count by the same rule (throttle-window.ts): same answers for the same sequence. */
describe('the two sign-in throttle stores', () => {
  const name = runScopedName('throttle');
  const prefix = `{${name}}`;
  let dataSource: ReturnType<typeof createDataSource>;
  let postgres: PostgresThrottlerStorage;
  let redis: RedisThrottlerStorage;

  beforeAll(async () => {
    dataSource = createDataSource({ url: await createDatabase(SERVER, name), poolSize: 4 });
    await dataSource.initialize();
    await migrateDatabase(dataSource);
    postgres = new PostgresThrottlerStorage(dataSource);
    redis = new RedisThrottlerStorage(REDIS, prefix);
  });

  afterAll(async () => {
    await redis?.close();
    await dataSource?.destroy();
    await dropDatabase(SERVER, name);
    await clearRedisPrefix(REDIS, prefix);
  });

  it('count, block past the limit, hold the block, and start afresh after it, alike', async () => {
    const key = randomUUID();
    const run = async () => {
      const [p, r] = await Promise.all([postgres.increment(key, 2_000, 3, 3_000, 'account'), redis.increment(key, 2_000, 3, 3_000, 'account')]);
      expect({ hits: p.totalHits, blocked: p.isBlocked }).toEqual({ hits: r.totalHits, blocked: r.isBlocked });
      expect(Math.abs(p.timeToBlockExpire - r.timeToBlockExpire)).toBeLessThanOrEqual(1);
      return p;
    };
    expect((await run()).totalHits).toBe(1);
    await run();
    await run();
    const blocked = await run();
    expect(blocked).toMatchObject({ totalHits: 4, isBlocked: true });
    expect(blocked.timeToBlockExpire).toBe(3);
    expect(await run()).toMatchObject({ totalHits: 4, isBlocked: true });
    await new Promise((r) => setTimeout(r, 3_100));
    expect(await run()).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('refuses plainly (503) when its store cannot be reached, rather than letting sign-in through or failing with a 500', async () => {
    const away = new RedisThrottlerStorage(`redis://127.0.0.1:${await freePort(0)}`, prefix);
    try {
      await expect(away.increment(randomUUID(), 60_000, 10, 60_000, 'account')).rejects.toMatchObject({ status: 503, message: expect.stringMatching(/^Sign-in is unavailable: the throttle counters cannot be reached/) });
    } finally {
      await away.close();
    }
  });

  it('counts concurrent attempts exactly', async () => {
    const key = randomUUID();
    const many = (store: PostgresThrottlerStorage | RedisThrottlerStorage) => Promise.all(Array.from({ length: 20 }, () => store.increment(key, 60_000, 100, 60_000, 'address')));
    for (const store of [postgres, redis]) {
      const records = await many(store);
      expect(records.map((r) => r.totalHits).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    }
  });
});
