// Benchmark 1, bare baseline: the same work as ParkFlow's with no framework — `pg` and BullMQ
// only, on a throwaway database and Redis prefix of its own. Per action one transaction (a
// versioned UPDATE of the item, or its INSERT for a registration; an event row; an outbox row),
// then a BullMQ `add` with the outbox id as jobId and the outbox row marked dispatched. A worker
// in a process of its own (as ParkFlow's is) with the same concurrency (4) locks and reloads the
// row, checks it has not processed this job already and records the effect (an event, a version).
// Registrations are done when the worker's event is seen (the same poller as for ParkFlow);
// actions are done when committed and queued. No HTTP, no auth, no validation: the floor.
// Standalone: node tooling/bench/bare-baseline.bench.mjs [--levels 1:200,4:400]
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { clearRedisPrefix, createDatabase, dropDatabase, runScopedName } from '../scripts/test-resources.mjs';
import { closedLoop, pause, phaseFigures, startEventPoller } from './bench-stats.helper.mjs';

const QUEUE = 'bare-stage';
const SCHEMA = `
  CREATE TABLE items (id uuid PRIMARY KEY, version int NOT NULL, status text NOT NULL, data jsonb NOT NULL, updated_at timestamptz NOT NULL);
  CREATE TABLE events (id bigserial PRIMARY KEY, item_id uuid NOT NULL REFERENCES items(id), type text NOT NULL, seq int NOT NULL, at timestamptz NOT NULL, data jsonb NOT NULL);
  CREATE INDEX events_item ON events (item_id, type, seq);
  CREATE TABLE outbox (id uuid PRIMARY KEY, job_name text NOT NULL, payload jsonb NOT NULL, created_at timestamptz NOT NULL, dispatched_at timestamptz);
`;

async function inTransaction(pool, work) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The worker process: reloads the row under a lock and records the effect, once per job. */
async function runWorker({ url, redis, prefix }) {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  const connection = new Redis(redis, { maxRetriesPerRequest: null });
  const worker = new Worker(
    QUEUE,
    async (job) =>
      inTransaction(pool, async (db) => {
        const { rows } = await db.query('SELECT id, version, status, data FROM items WHERE id = $1 FOR UPDATE', [job.data.itemId]);
        if (rows.length === 0) return 'missing';
        const done = await db.query('SELECT 1 FROM events WHERE item_id = $1 AND type = $2 AND seq = $3', [job.data.itemId, 'processed', job.data.seq]);
        if (done.rowCount > 0) return 'duplicate';
        await db.query('UPDATE items SET version = version + 1, status = $2, updated_at = now() WHERE id = $1', [job.data.itemId, job.data.next]);
        await db.query('INSERT INTO events (item_id, type, seq, at, data) VALUES ($1, $2, $3, now(), $4)', [job.data.itemId, 'processed', job.data.seq, { result: 'routed', department: 'utilities' }]);
        return 'done';
      }),
    { connection, prefix, concurrency: 4 },
  );
  process.on('disconnect', () => process.exit(1));
  process.on('message', async (m) => {
    if (m !== 'stop') return;
    await worker.close();
    connection.disconnect();
    await pool.end();
    process.exit(0);
  });
  await worker.waitUntilReady();
  process.send?.('ready');
}

export async function benchBare({ server, redis, levels, phases }) {
  const name = runScopedName('bench_bare');
  const prefix = `{${name}}`;
  const url = await createDatabase(server, name);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const connection = new Redis(redis, { maxRetriesPerRequest: null });
  const queue = new Queue(QUEUE, { connection, prefix });
  const child = fork(fileURLToPath(import.meta.url), ['--worker'], { env: { ...process.env, BARE_URL: url, BARE_REDIS: redis, BARE_PREFIX: prefix } });
  const results = [];
  try {
    await pool.query(SCHEMA);
    await new Promise((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new Error(`bare worker exited (${code})`)));
    });
    const poller = startEventPoller(url, `SELECT id, item_id::text AS key FROM events WHERE id > $1 AND type = 'processed' AND seq = 1`);
    /** One action: the transaction, then the queue add and the outbox row marked sent. */
    const act = async (itemId, write, seq, next) => {
      const outboxId = randomUUID();
      const payload = { itemId, seq, next };
      await inTransaction(pool, async (db) => {
        await write(db);
        await db.query('INSERT INTO outbox (id, job_name, payload, created_at) VALUES ($1, $2, $3, now())', [outboxId, 'stage', payload]);
      });
      await queue.add('stage', payload, { jobId: outboxId, removeOnComplete: 1000, removeOnFail: 1000 });
      await pool.query('UPDATE outbox SET dispatched_at = now() WHERE id = $1', [outboxId]);
    };
    const register = (id, i) =>
      act(id, async (db) => {
        await db.query('INSERT INTO items (id, version, status, data, updated_at) VALUES ($1, 1, $2, $3, now())', [id, 'pending_assignment', { title: `压测 ${i}`, category: 'utilities' }]);
        await db.query('INSERT INTO events (item_id, type, seq, at, data) VALUES ($1, $2, 1, now(), $3)', [id, 'registered', { channel: 'online' }]);
      }, 1, 'pending_acceptance');
    const accept = (id, version) =>
      act(id, async (db) => {
        const res = await db.query('UPDATE items SET version = version + 1, status = $3, updated_at = now() WHERE id = $1 AND version = $2', [id, version, 'in_progress']);
        if (res.rowCount !== 1) throw new Error(`stale version for ${id}`);
        await db.query('INSERT INTO events (item_id, type, seq, at, data) VALUES ($1, $2, 2, now(), $3)', [id, 'accepted', { action: 'accept' }]);
      }, 2, 'in_progress');
    const drain = async () => {
      while ((await queue.getJobCountByTypes('waiting', 'active', 'delayed')) > 0) await pause(50);
      await pause(500);
    };
    const warm = Array.from({ length: 20 }, () => randomUUID());
    await closedLoop(warm.length, 4, (i) => register(warm[i], i));
    await poller.waitFor(warm, 30_000);

    for (const { concurrency, count } of levels) {
      const ids = Array.from({ length: count }, () => randomUUID());
      if (phases.includes('register')) {
        const run = await closedLoop(count, concurrency, (i) => register(ids[i], i));
        await poller.waitFor(ids, 120_000);
        results.push({ system: 'bare', phase: 'register', ...phaseFigures({ count, concurrency, ...run, seenAt: ids.map((id) => poller.seenAt.get(id)) }) });
        await drain();
      }
      if (phases.includes('action')) {
        if (!phases.includes('register')) {
          await closedLoop(count, 8, (i) => register(ids[i], i));
          await poller.waitFor(ids, 120_000);
          await drain();
        }
        const { rows } = await pool.query('SELECT id::text AS id, version FROM items WHERE id = ANY($1::uuid[])', [ids]);
        const version = new Map(rows.map((r) => [r.id, r.version]));
        const doneAt = new Array(count);
        const run = await closedLoop(count, concurrency, async (i) => {
          await accept(ids[i], version.get(ids[i]));
          doneAt[i] = performance.now();
        });
        results.push({ system: 'bare', phase: 'action', ...phaseFigures({ count, concurrency, ...run, seenAt: doneAt }) });
        await drain();
      }
      console.log(`  bare     c=${concurrency}: ${results.filter((r) => r.concurrency === concurrency).map((r) => `${r.phase} ${r.actionsPerSecond}/s (${r.errors} errors)`).join(', ')}`);
    }
    await poller.stop();
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await queue.close().catch(() => undefined);
    connection.disconnect();
    await pool.end().catch(() => undefined);
    await dropDatabase(server, name).catch(() => undefined);
    await clearRedisPrefix(redis, prefix).catch(() => undefined);
  }
  return results;
}

if (process.argv.includes('--worker')) {
  await runWorker({ url: process.env.BARE_URL, redis: process.env.BARE_REDIS, prefix: process.env.BARE_PREFIX });
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = process.argv.indexOf('--levels');
  const levels = (arg > 0 ? process.argv[arg + 1] : '1:200,4:400,16:800,64:800').split(',').map((l) => ({ concurrency: Number(l.split(':')[0]), count: Number(l.split(':')[1]) }));
  const results = await benchBare({ server: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', redis: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', levels, phases: ['register', 'action'] });
  console.table(results.map(({ firstError, ...r }) => r));
}
