// Benchmark 1, ParkFlow side: the real api and worker on a throwaway PostgreSQL database and Redis
// prefix (mode `redis`), or on the embedded stack (mode `embedded`, benchmark 4: PGlite in a
// launcher process of its own, BullMQ's PostgreSQL backend on it, as `npm start` runs). Per
// concurrency level, (i) registrations — POST /api/work-items, done when the worker has recorded
// the routing (its stage_job_processed event, seen by polling work_item_events) — and (ii) actions
// on existing items — accept on each item just routed, with its current version, done when the api
// answered 200 (the api commits, then publishes the outbox row to the queue).
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { freePort, startStack } from '../scripts/stack.mjs';
import { clearRedisPrefix, createDatabase, dropDatabase, runScopedName } from '../scripts/test-resources.mjs';
import { closedLoop, pause, phaseFigures, startEventPoller } from './bench-stats.helper.mjs';

const PRELOAD = pathToFileURL(join(import.meta.dirname, 'cpu-profile.preload.mjs')).href;
const LAUNCHER = join(import.meta.dirname, 'embedded-launcher.helper.mjs');

/** Keeps the last lines of a process's output (for errors) and drains it, so a full pipe never blocks it. */
function keepTail(streams, tail) {
  for (const stream of streams) stream?.on('data', (d) => tail.push(...String(d).split('\n').slice(-3)) && tail.splice(0, Math.max(0, tail.length - 20)));
}

/** Redis mode: api + worker on a throwaway database and Redis prefix; only the api profiled. */
async function startRedisStack({ server, redis, env, profile, tail }) {
  const name = runScopedName('bench_tp');
  const prefix = `{${name}}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'parkflow-bench-'));
  const databaseUrl = await createDatabase(server, name);
  const nodeArgs = {};
  const files = [];
  if (profile) {
    files.push(join(profile.dir, `${profile.stamp}-api.cpuprofile`));
    Object.assign(env, { PARKFLOW_CPU_PROFILE: files[0] });
    nodeArgs.api = ['--import', PRELOAD];
  }
  let stack = null;
  const cleanUp = async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    await dropDatabase(server, name).catch(() => undefined);
    await clearRedisPrefix(redis, prefix).catch(() => undefined);
  };
  try {
    stack = await startStack({ port: await freePort(0), dataDir, env: { ...env, DATABASE_URL: databaseUrl, REDIS_URL: redis, PARKFLOW_QUEUE_PREFIX: prefix }, stdio: 'pipe', nodeArgs });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  keepTail([stack.api.stdout, stack.api.stderr, stack.worker.stdout, stack.worker.stderr], tail);
  return { url: stack.url, databaseUrl, profiles: files, stop: cleanUp };
}

/** Embedded mode: the launcher process (PGlite) with the api and worker; all three profiled. */
async function startEmbeddedStack({ env, profile, tail }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'parkflow-bench-embedded-'));
  const template = profile ? join(profile.dir, `${profile.stamp}-embedded-{process}.cpuprofile`) : undefined;
  const preload = profile ? ['--import', PRELOAD] : [];
  const launcher = fork(LAUNCHER, [], { execArgv: ['--enable-source-maps', ...preload], env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', ...(template ? { PARKFLOW_CPU_PROFILE: template } : {}) }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  keepTail([launcher.stdout, launcher.stderr], tail);
  const exited = new Promise((r) => launcher.once('exit', r));
  const stop = async () => {
    if (launcher.exitCode === null && launcher.signalCode === null) {
      launcher.send('stop');
      const timer = setTimeout(() => launcher.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const answer = new Promise((resolve) => {
    launcher.once('message', resolve);
    void exited.then(() => resolve({ error: `the launcher exited during start-up:\n${tail.join('\n')}` }));
  });
  launcher.send({ port: await freePort(0), dataDir, env: { ...env, ...(template ? { PARKFLOW_CPU_PROFILE: template } : {}) }, nodeArgs: profile ? { api: preload, worker: preload } : {} });
  const { url, databaseUrl, error } = await answer;
  if (error) {
    await stop();
    throw new Error(error);
  }
  const profiles = template ? ['launcher', 'api', 'worker'].map((p) => template.replace('{process}', p)) : [];
  return { url, databaseUrl, profiles, stop };
}

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
 * @param {{ server: string, redis: string, levels: {concurrency:number,count:number}[], phases: string[], mode?: 'redis'|'embedded', pollMs?: number, profile?: { level: number, phase: string, dir: string, stamp: string } }} options
 */
export async function benchParkflow({ server, redis, levels, phases, mode = 'redis', pollMs = 10, profile }) {
  const system = mode === 'embedded' ? 'embedded' : 'parkflow';
  const env = { PARKFLOW_SEED: 'demo', PARKFLOW_TOKEN_SECRET: 'bench-secret-not-for-production', PARKFLOW_OUTBOX_SWEEP_MS: '1000' };
  const tail = [];
  const stack = await (mode === 'embedded' ? startEmbeddedStack({ env, profile, tail }) : startRedisStack({ server, redis, env, profile, tail }));
  const db = new pg.Client({ connectionString: stack.databaseUrl });
  const results = [];
  let pollerCost;
  try {
    await db.connect();
    const api = async (method, path, body, token) => {
      const res = await fetch(`${stack.url}/api${path}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body ? JSON.stringify(body) : undefined });
      return { status: res.status, body: await res.json() };
    };
    const login = async (u) => (await api('POST', '/auth/login', { username: u, password: 'parkflow' })).body.accessToken;
    const dispatcher = await login('dispatcher');
    const handler = await login('handler');
    const enterpriseId = (await api('GET', '/enterprises', undefined, dispatcher)).body[0].id;
    // Embedded: the poll goes through PGlite's one session, between the app's own statements; its
    // transactions run one at a time, so ids become visible in order and a small overlap will do.
    const poller = startEventPoller(stack.databaseUrl, `SELECT id, item_id::text AS key FROM work_item_events WHERE id > $1 AND type = 'stage_job_processed'`, pollMs, mode === 'embedded' ? 100n : 1000n);
    // Warm-up: the first requests pay for lazy initialisation (JIT, pools, prepared metadata).
    const warm = await closedLoop(20, 4, async (i) => {
      const res = await api('POST', '/work-items', { kind: 'appeal', title: `预热 ${i}`, description: '性能测试', channel: 'online', category: 'utilities', enterpriseId }, dispatcher);
      if (res.status !== 201) throw new Error(`register ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    });
    if (warm.errors.length > 0) throw new Error(`warm-up failed: ${warm.errors[0]}`);
    await drain(db);

    let profiling = false;
    for (const { concurrency, count } of levels) {
      const profiled = (phase) => profile && profile.level === concurrency && profile.phase === phase;
      // Start: ask each process, and wait until its preload took the request. Stop: ask, and wait for the files.
      const toggleProfile = async (phase) => {
        if (!profiled(phase)) return;
        const request = profiling ? 'stop' : 'start';
        profiling = !profiling;
        for (const file of stack.profiles) writeFileSync(`${file}.${request}`, '');
        const ready = () => stack.profiles.every((file) => (request === 'start' ? !existsSync(`${file}.start`) : existsSync(file)));
        for (let i = 0; i < 250 && !ready(); i += 1) await pause(20);
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
        results.push({ system, phase: 'register', ...phaseFigures({ count, concurrency, ...run, seenAt: doneAt }) });
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
        results.push({ system, phase: 'action', ...phaseFigures({ count, concurrency, ...run, seenAt: doneAt }) });
        await drain(db);
      }
      const last = results.at(-1);
      console.log(`  ${system} c=${concurrency}: ${results.filter((r) => r.concurrency === concurrency).map((r) => `${r.phase} ${r.actionsPerSecond}/s (${r.errors} errors)`).join(', ')}`);
      if (last?.errors > 0) console.log(`    first error: ${last.firstError}\n    ${tail.join('\n    ')}`);
    }
    await poller.stop();
    // The same poll on the quiet stack, 50 times: what one poll costs the database by itself,
    // without the wait behind the app's statements that its round trips under load include.
    const quiet = [];
    for (let i = 0; i < 50; i += 1) {
      const t = performance.now();
      await db.query(`SELECT id, item_id::text AS key FROM work_item_events WHERE id > (SELECT max(id) - ${mode === 'embedded' ? 100 : 1000} FROM work_item_events) AND type = 'stage_job_processed'`);
      quiet.push(performance.now() - t);
    }
    pollerCost = { system, everyMs: pollMs, ...poller.cost(), quietPollMeanMs: Number((quiet.reduce((a, b) => a + b, 0) / quiet.length).toFixed(2)) };
  } finally {
    await db.end().catch(() => undefined);
    await stack.stop();
  }
  return { results, poller: pollerCost, profiles: stack.profiles };
}
