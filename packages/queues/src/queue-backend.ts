import { createPostgresBackend, createRedisBackend, runMigrations, setDefaultBackendFactory, type ConnectionOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import pg from 'pg';

export type QueueBackendConfig =
  | { kind: 'redis'; url: string; prefix: string }
  | { kind: 'postgres'; url: string; schema: string };

export interface QueueBackend {
  kind: QueueBackendConfig['kind'];
  /** For producers (Queue): fail fast instead of buffering when Redis is away. */
  producerConnection(): ConnectionOptions;
  /** For consumers (Worker): block and retry forever. */
  workerConnection(): ConnectionOptions;
  /** Redis key prefix (carries a hash tag for Cluster); undefined for PostgreSQL, which uses a schema. */
  prefix: string | undefined;
  close(): Promise<void>;
}

/**
 * Chooses BullMQ's datastore for the whole process. PostgreSQL is set as the process-wide default
 * backend, so every Queue and Worker (including those @nestjs/bullmq creates) uses it.
 */
export function createQueueBackend(config: QueueBackendConfig): QueueBackend {
  if (config.kind === 'postgres') {
    setDefaultBackendFactory(createPostgresBackend);
    // Each queue object gets a small pool pinned to the schema. (Embedded PGlite ignores the
    // pinned search_path; its server puts BullMQ's schema on the shared session's path instead.)
    const connection = { connectionString: config.url, schema: config.schema, max: 2 } as unknown as ConnectionOptions;
    return {
      kind: 'postgres',
      prefix: undefined,
      producerConnection: () => connection,
      workerConnection: () => connection,
      close: async () => undefined,
    };
  }
  setDefaultBackendFactory(createRedisBackend);
  const clients: Redis[] = [];
  const make = (opts: RedisOptions) => {
    const client = new Redis(config.url, { lazyConnect: false, ...opts });
    // An unhandled 'error' event would crash the process; the health check reports the state instead.
    client.on('error', () => undefined);
    clients.push(client);
    return client;
  };
  let producer: Redis | undefined;
  return {
    kind: 'redis',
    prefix: config.prefix,
    // Auto-pipelining: the adds of concurrent requests issued in one tick leave in one socket
    // write (a third of the api's CPU was one write per command; docs/benchmarks.md).
    producerConnection: () => (producer ??= make({ enableOfflineQueue: false, maxRetriesPerRequest: 3, enableAutoPipelining: true })) as unknown as ConnectionOptions,
    workerConnection: () => make({ maxRetriesPerRequest: null }) as unknown as ConnectionOptions,
    close: async () => {
      await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}

/** Creates or upgrades BullMQ's tables in PostgreSQL (idempotent, serialised by an advisory lock). */
export async function migrateQueueSchema(url: string, schema: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await runMigrations(client, schema);
  } finally {
    await client.end();
  }
}

/**
 * A plain Redis client for the api's own small uses of the queue Redis (sign-in throttle
 * counters): fails fast when Redis is away instead of buffering, and never crashes the process
 * on a connection error (the caller's command fails instead).
 */
export function openRedisClient(url: string): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: false });
  client.on('error', () => undefined);
  return client;
}

/** Start-up check that Redis answers, with a short timeout and no retries. */
export async function pingRedis(url: string, timeoutMs = 3_000): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.disconnect();
  }
}
