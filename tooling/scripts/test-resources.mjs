// Throwaway resources for one test run: a database of its own on the test PostgreSQL server and
// a queue prefix of its own on Redis, both removed afterwards.
import { Redis } from 'ioredis';
import pg from 'pg';

const RUN = process.env.PARKFLOW_TEST_RUN ?? `${Date.now().toString(36)}`;

export function runScopedName(purpose) {
  return `pf_${purpose}_${RUN}`.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 63);
}

export async function createDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Deletes every key under a BullMQ prefix (`{prefix}:queue:…`). */
export async function clearRedisPrefix(redisUrl, prefix) {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
