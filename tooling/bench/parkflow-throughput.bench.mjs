// Benchmark 1, ParkFlow side: the real api and worker on a throwaway PostgreSQL database and Redis
// prefix. Per concurrency level, (i) registrations — POST /api/work-items, done when the worker
// has recorded the routing (its stage_job_processed event, seen by polling work_item_events) — and
// (ii) actions on existing items — accept on each item just routed, with its current version, done
// when the api answered 200 (the api commits, then publishes the outbox row to the queue).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { freePort, startStack } from '../scripts/stack.mjs';
import { clearRedisPrefix, createDatabase, dropDatabase, runScopedName } from '../scripts/test-resources.mjs';
import { closedLoop, pause, phaseFigures, startEventPoller } from './bench-stats.helper.mjs';

const PRELOAD = pathToFileURL(join(import.meta.dirname, 'cpu-profile.preload.mjs')).href;

/** Waits until the outbox holds nothing due and undispatched, then a moment for the last jobs to finish. */
async function drain(db) {
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline) {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL AND (run_at IS NULL OR run_at <= now())`);
    if (rows[0].n === 0) break;
    await pause(100);
  }
  await pause(1000);
}

/**
 * @param {{ server: string, redis: string, levels: {concurrency:number,count:number}[], phases: string[], profile?: { level: number, phase: string, file: string } }} options
 */
export async function benchParkflow({ server, redis, levels, phases, profile }) {
  const name = runScopedName('bench_tp');
  const prefix = `{${name}}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'parkflow-bench-'));
  const url = await createDatabase(server, name);
  const env = { PARKFLOW_SEED: 'demo', PARKFLOW_TOKEN_SECRET: 'bench-secret-not-for-production', DATABASE_URL: url, REDIS_URL: redis, PARKFLOW_QUEUE_PREFIX: prefix, PARKFLOW_OUTBOX_SWEEP_MS: '1000' };
  const nodeArgs = {};
  if (profile) {
    env.PARKFLOW_CPU_PROFILE = profile.file;
    nodeArgs.api = ['--import', PRELOAD];
  }
  let stack = null;
  const db = new pg.Client({ connectionString: url });
  const results = [];
  try {
    stack = await startStack({ port: await freePort(0), dataDir, env, stdio: 'pipe', nodeArgs });
    // Drain the children's output so a full pipe never blocks them; keep the last lines for errors.
    const tail = [];
    for (const child of [stack.api, stack.worker]) {
      for (const stream of [child.stdout, child.stderr]) stream?.on('data', (d) => tail.push(...String(d).split('\n').slice(-3)) && tail.splice(0, Math.max(0, tail.length - 20)));
    }
    await db.connect();
    const api = async (method, path, body, token) => {
      const res = await fetch(`${stack.url}/api${path}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body ? JSON.stringify(body) : undefined });
      return { status: res.status, body: await res.json() };
    };
    const login = async (u) => (await api('POST', '/auth/login', { username: u, password: 'parkflow' })).body.accessToken;
    const dispatcher = await login('dispatcher');
    const handler = await login('handler');
    const enterpriseId = (await api('GET', '/enterprises', undefined, dispatcher)).body[0].id;
    const poller = startEventPoller(url, `SELECT id, item_id::text AS key FROM work_item_events WHERE id > $1 AND type = 'stage_job_processed'`);
    // Warm-up: the first requests pay for lazy initialisation (JIT, pools, prepared metadata).
    const warm = await closedLoop(20, 4, async (i) => {
      const res = await api('POST', '/work-items', { kind: 'appeal', title: `预热 ${i}`, description: '性能测试', channel: 'online', category: 'utilities', enterpriseId }, dispatcher);
      if (res.status !== 201) throw new Error(`register ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    });
    if (warm.errors.length > 0) throw new Error(`warm-up failed: ${warm.errors[0]}`);
    await drain(db);

    for (const { concurrency, count } of levels) {
      const profiled = (phase) => profile && profile.level === concurrency && profile.phase === phase;
      // Start: ask, and wait until the preload took the request. Stop: ask, and wait for the file.
      const toggleProfile = async (phase) => {
        if (!profiled(phase)) return;
        const request = existsSync(`${profile.file}.requested`) ? 'stop' : 'start';
        writeFileSync(`${profile.file}.${request}`, '');
        writeFileSync(`${profile.file}.requested`, '');
        const ready = () => (request === 'start' ? !existsSync(`${profile.file}.start`) : existsSync(profile.file));
        for (let i = 0; i < 100 && !ready(); i += 1) await pause(20);
        if (request === 'stop') rmSync(`${profile.file}.requested`, { force: true });
        await pause(50);
      };
      const ids = new Array(count);
      if (phases.includes('register')) {
        await toggleProfile('register');
        const run = await closedLoop(count, concurrency, async (i) => {
          const res = await api('POST', '/work-items', { kind: 'appeal', title: `压测 ${concurrency}-${i}`, description: '性能测试', channel: 'online', category: 'utilities', enterpriseId }, dispatcher);
          if (res.status !== 201) throw new Error(`register ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
          ids[i] = res.body.id;
        });
        const created = ids.filter(Boolean);
        await poller.waitFor(created, 120_000);
        await toggleProfile('register');
        const doneAt = ids.map((id) => (id ? poller.seenAt.get(id) : undefined));
        results.push({ system: 'parkflow', phase: 'register', ...phaseFigures({ count, concurrency, ...run, seenAt: doneAt }) });
        await drain(db);
      }
      if (phases.includes('action')) {
        // Items to act on: the ones just registered and routed, topped up (untimed) when short.
        let targets = ids.filter((id) => id && poller.seenAt.has(id));
        if (targets.length < count) {
          await closedLoop(count - targets.length, 8, async (i) => {
            const res = await api('POST', '/work-items', { kind: 'appeal', title: `备用 ${i}`, description: '性能测试', channel: 'online', category: 'utilities', enterpriseId }, dispatcher);
            if (res.status === 201) targets.push(res.body.id);
          });
          await poller.waitFor(targets, 120_000);
          await drain(db);
        }
        targets = targets.slice(0, count);
        const { rows } = await db.query('SELECT id::text AS id, version FROM work_items WHERE id = ANY($1::uuid[])', [targets]);
        const version = new Map(rows.map((r) => [r.id, r.version]));
        await toggleProfile('action');
        const doneAt = new Array(count);
        const run = await closedLoop(count, concurrency, async (i) => {
          const res = await api('POST', `/work-items/${targets[i]}/actions`, { action: 'accept', version: version.get(targets[i]) }, handler);
          if (res.status !== 200) throw new Error(`accept ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
          doneAt[i] = performance.now();
        });
        await toggleProfile('action');
        results.push({ system: 'parkflow', phase: 'action', ...phaseFigures({ count, concurrency, ...run, seenAt: doneAt }) });
        await drain(db);
      }
      const last = results.at(-1);
      console.log(`  parkflow c=${concurrency}: ${results.filter((r) => r.concurrency === concurrency).map((r) => `${r.phase} ${r.actionsPerSecond}/s (${r.errors} errors)`).join(', ')}`);
      if (last?.errors > 0) console.log(`    first error: ${last.firstError}\n    ${tail.join('\n    ')}`);
    }
    await poller.stop();
  } finally {
    await db.end().catch(() => undefined);
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    await dropDatabase(server, name).catch(() => undefined);
    await clearRedisPrefix(redis, prefix).catch(() => undefined);
  }
  return results;
}
