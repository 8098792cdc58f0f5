import type { ThrottlerStorage } from '@nestjs/throttler';
import { throttleRecord, throttleStoreUnavailable, type ThrottlerStorageRecord } from './throttle-window.js';
import { openRedisClient } from '@parkflow/queues';

/*
 * nextThrottleState (throttle-window.ts) as one atomic Redis script, so concurrent sign-ins on any
 * replica count exactly: the state is a hash {hits, win, blk} (ms), kept as long as it matters.
 * The two stores are checked against the same sequence in throttler-storage.int-spec.ts.
 */
const SCRIPT = `
local now = tonumber(ARGV[1]); local ttl = tonumber(ARGV[2]); local limit = tonumber(ARGV[3]); local block = tonumber(ARGV[4])
local s = redis.call('HMGET', KEYS[1], 'hits', 'win', 'blk')
local hits = tonumber(s[1]); local win = tonumber(s[2]); local blk = tonumber(s[3])
if hits and blk and blk > now then
  -- blocked: not counted
elseif (not hits) or win <= now or blk then
  hits = 1; win = now + ttl; blk = nil
else
  hits = hits + 1
end
if (not blk) and hits > limit then blk = now + block end
redis.call('DEL', KEYS[1])
if blk then redis.call('HSET', KEYS[1], 'hits', hits, 'win', win, 'blk', blk) else redis.call('HSET', KEYS[1], 'hits', hits, 'win', win) end
local keep = math.max(win, blk or 0) - now + 1000
redis.call('PEXPIRE', KEYS[1], keep)
return {hits, win, blk or 0}
`;

/** Throttling counters in Redis, shared by every api replica. */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly client: ReturnType<typeof openRedisClient>;

  constructor(url: string, private readonly prefix: string) {
    this.client = openRedisClient(url);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const id = `${this.prefix}:throttle:${throttlerName}:${key}`;
    let result: [number, number, number];
    const now = Date.now();
    try {
      await this.ready();
      result = (await this.client.eval(SCRIPT, 1, id, now, ttl, limit, blockDuration)) as [number, number, number];
    } catch (error) {
      throw throttleStoreUnavailable(error);
    }
    const [hits, win, blk] = result;
    return throttleRecord({ hits, windowEndsAt: win, blockedUntil: blk > 0 ? blk : null }, now);
  }

  /** The client connects in the background; the first sign-ins after start wait for it (briefly) instead of failing. */
  private async ready(timeoutMs = 3_000): Promise<void> {
    if (this.client.status === 'ready') return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.client.off('ready', onReady);
        reject(new Error(`Redis not ready within ${timeoutMs} ms`));
      }, timeoutMs);
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      this.client.once('ready', onReady);
    });
  }

  async close(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
