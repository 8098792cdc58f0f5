// Shared pieces of the throughput benchmark: a closed-loop load runner, percentiles, a poller that
// sees when the worker has recorded an effect, and the machine description for the JSON report.
import os from 'node:os';
import { Redis } from 'ioredis';
import pg from 'pg';

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/**
 * Runs `count` actions with `concurrency` clients, each starting its next action as soon as the
 * previous one answered. `action(i)` resolves when the action is committed (its answer came back).
 * Returns the commit latencies and when each action started (performance.now()).
 */
export async function closedLoop(count, concurrency, action) {
  let next = 0;
  const commitMs = new Array(count);
  const startedAt = new Array(count);
  const errors = [];
  const client = async () => {
    while (next < count) {
      const i = next++;
      startedAt[i] = performance.now();
      try {
        await action(i);
        commitMs[i] = performance.now() - startedAt[i];
      } catch (error) {
        errors.push(String(error?.message ?? error));
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, client));
  const answeredAt = startedAt.map((at, i) => (commitMs[i] === undefined ? undefined : at + commitMs[i]));
  return { commitMs: commitMs.filter((v) => v !== undefined), startedAt, answeredAt, errors, t0, t1: performance.now() };
}

/**
 * Polls an events table for recent rows (`id > $1`, a primary-key range scan) and notes when each
 * key was first seen. Ids are taken at insert but become visible at commit, so out of order: each
 * poll looks again at the last `overlap` ids before the highest seen. One small query every
 * `everyMs`, cheap next to the load. `sql` takes the lowest id to look past and returns `{ id, key }`.
 */
export function startEventPoller(connectionString, sql, everyMs = 10, overlap = 1000n) {
  const client = new pg.Client({ connectionString });
  const seenAt = new Map();
  let lastId = '0';
  let running = true;
  const waiters = [];
  // What the polling costs (embedded mode: every poll takes PGlite's one session from the app).
  const cost = { polls: 0, rows: 0, roundTripMs: [] };
  const loop = (async () => {
    await client.connect();
    while (running) {
      const from = BigInt(lastId) > overlap ? BigInt(lastId) - overlap : 0n;
      const asked = performance.now();
      const { rows } = await client.query(sql, [String(from)]);
      const now = performance.now();
      cost.polls += 1;
      cost.rows += rows.length;
      cost.roundTripMs.push(now - asked);
      for (const row of rows) {
        if (!seenAt.has(row.key)) seenAt.set(row.key, now);
        if (BigInt(row.id) > BigInt(lastId)) lastId = String(row.id);
      }
      for (const w of [...waiters]) if (w.test()) waiters.splice(waiters.indexOf(w), 1) && w.resolve(true);
      await new Promise((r) => setTimeout(r, everyMs));
    }
    await client.end();
  })();
  return {
    seenAt,
    /** Resolves true once every key is seen, false after `timeoutMs`. */
    waitFor(keys, timeoutMs = 120_000) {
      return new Promise((resolve) => {
        const test = () => keys.every((k) => seenAt.has(k));
        if (test()) return resolve(true);
        const w = { test, resolve };
        waiters.push(w);
        setTimeout(() => {
          const at = waiters.indexOf(w);
          if (at >= 0) waiters.splice(at, 1);
          resolve(false);
        }, timeoutMs).unref();
      });
    },
    async stop() {
      running = false;
      await loop;
    },
    /** Polls made, rows read, and their round trips (queueing behind the app's statements included). */
    cost() {
      const sum = cost.roundTripMs.reduce((a, b) => a + b, 0);
      return { polls: cost.polls, rows: cost.rows, roundTripTotalMs: Math.round(sum), roundTripP50Ms: Number(percentile(cost.roundTripMs, 50).toFixed(2)), roundTripP95Ms: Number(percentile(cost.roundTripMs, 95).toFixed(2)) };
    },
  };
}

/**
 * One row of figures for one phase at one concurrency. An action is done once it is answered and
 * its effect seen (`seenAt`; the worker may record it before the client has its answer).
 */
export function phaseFigures({ count, concurrency, commitMs, errors, t0, seenAt, startedAt, answeredAt }) {
  const doneAt = answeredAt.map((at, i) => (at === undefined || seenAt[i] === undefined ? undefined : Math.max(at, seenAt[i])));
  const done = doneAt.filter((v) => v !== undefined);
  const end = done.length > 0 ? Math.max(...done) : t0;
  const e2e = doneAt.map((at, i) => (at === undefined ? undefined : at - startedAt[i])).filter((v) => v !== undefined);
  return {
    concurrency,
    count,
    done: done.length,
    errors: errors.length,
    firstError: errors[0] ?? null,
    seconds: Number(((end - t0) / 1000).toFixed(3)),
    actionsPerSecond: Number((done.length / ((end - t0) / 1000)).toFixed(1)),
    commitP50Ms: Number(percentile(commitMs, 50).toFixed(1)),
    commitP95Ms: Number(percentile(commitMs, 95).toFixed(1)),
    doneP50Ms: Number(percentile(e2e, 50).toFixed(1)),
    doneP95Ms: Number(percentile(e2e, 95).toFixed(1)),
  };
}

export async function machine(databaseUrl, redisUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const postgres = (await client.query('SHOW server_version')).rows[0].server_version;
  await client.end();
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  const info = await redis.info('server');
  redis.disconnect();
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cpuCount: cpus.length,
    availableParallelism: os.availableParallelism?.() ?? cpus.length,
    totalMemGb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres,
    redis: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown',
  };
}

export const pause = (ms) => new Promise((r) => setTimeout(r, ms));
