// `pnpm bench --bench timers [--items 400000] [--due-items 600] [--due-seconds 60] [--flushes 1] [--profile]`:
// deadline timers at scale. ParkFlow (api + worker) on a throwaway database and a PRIVATE
// redis-server (so its memory and FLUSHALL are this run's alone):
//   1. N open items: the demo park's open petitions and appeals whose timers are all an hour or more away, cloned by SQL (new id and code,
//      the same stage, deadlines and history), so their timers are exactly what the domain gives;
//   2. the worker's rebuild at start (no data marker yet: redis-loss-watch.service.ts) creates
//      every timer — the time it takes is the rebuild time, and Redis's used_memory before and
//      after gives the bytes per timer;
//   3. while they wait, appeals registered at a steady rate under a policy in seconds bring
//      timers due soon; lateness = BullMQ's processedOn − (timestamp + delay) of each one fired;
//   4. FLUSHALL, and the time until the worker has rebuilt every timer again.
// --profile: the worker's CPU profile over the first rebuild (step 2), beside the JSON; summarise it with
// cpu-profile.summary.mjs. Figures, not assertions; JSON under .cache/bench/.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Queue } from 'bullmq';
import pg from 'pg';
import { freePort, ROOT, startStack } from '../scripts/stack.mjs';
import { createDatabase, dropDatabase, runScopedName } from '../scripts/test-resources.mjs';
import { startRedis } from '../chaos/chaos-servers.helper.mjs';
import { machine, pause, percentile } from './bench-stats.helper.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const ITEMS = Number(args.items ?? 400_000);
const DUE_ITEMS = Number(args['due-items'] ?? 600);
const DUE_SECONDS = Number(args['due-seconds'] ?? 60);
const FLUSHES = Number(args.flushes ?? 1);
const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TIME_CAP_MS = Number(args['cap-minutes'] ?? 60) * 60_000;
const PREFIX = '{bench}';
const OUT_DIR = join(ROOT, '.cache/bench');
const STAMP = new Date().toISOString().replace(/[:.]/g, '-');
// The worker's profile over the first rebuild; started and stopped by files (cpu-profile.preload.mjs).
const PROFILE = 'profile' in args ? join(OUT_DIR, `${STAMP}-timers-worker.cpuprofile`) : null;
// Appeals wait 30 s to be accepted: a warning at 15 s, overdue at 30 s, escalations 2 s and 4 s later.
const SECONDS_POLICY = JSON.stringify({
  appeal: { stages: { assign: { amount: 30, unit: 'seconds' } }, warnShare: 0.5, escalation: [{ after: { amount: 2, unit: 'seconds' }, audience: 'department_head' }, { after: { amount: 4, unit: 'seconds' }, audience: 'leader' }] },
});

const cap = setTimeout(() => {
  console.error(`[timers] time cap of ${TIME_CAP_MS / 60_000} min reached: stopping`);
  process.exit(2);
}, TIME_CAP_MS);

const usedMemory = async (redis) => Number(/used_memory:(\d+)/.exec(await redis.cli('INFO', 'memory'))[1]);

/**
 * The open demo items whose every timer is more than an hour away: their clones wait, as most of a
 * real park's timers do, instead of all firing at once after the rebuild (the demo has overdue items).
 */
async function waitingSeeds(deadlines) {
  const soon = Date.now() + 3600_000;
  const jobs = [...(await deadlines.getDelayed(0, -1)), ...(await deadlines.getWaiting(0, -1)), ...(await deadlines.getActive(0, -1)), ...(await deadlines.getCompleted(0, -1)), ...(await deadlines.getFailed(0, -1))];
  const near = new Set(jobs.filter((j) => j.timestamp + (j.opts.delay ?? 0) <= soon).map((j) => j.data?.itemId));
  return [...new Set(jobs.map((j) => j.data?.itemId).filter((id) => id && !near.has(id)))];
}

/** Clones the seed items to `count` items in total, in batches. */
async function cloneOpenItems(db, count, seedIds) {
  const { rows: cols } = await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'work_items' ORDER BY ordinal_position`);
  const names = cols.map((c) => c.column_name);
  const value = (c) => ({ id: 'gen_random_uuid()', code: `w.code || '-B' || g`, review_of_id: 'NULL', repeat_of_id: 'NULL' })[c] ?? `w.${c}`;
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM work_items WHERE id = ANY($1::uuid[]) AND status <> 'closed' AND kind IN ('petition', 'appeal') AND clock_paused_at IS NULL`, [seedIds]);
  const seeds = rows[0].n;
  if (seeds === 0) throw new Error('no open demo item has all its timers an hour away');
  const copies = Math.ceil(count / seeds);
  for (let from = 1; from <= copies; from += 200) {
    const to = Math.min(copies, from + 199);
    await db.query(`INSERT INTO work_items (${names.join(', ')}) SELECT ${names.map(value).join(', ')} FROM work_items w, generate_series($1::int, $2::int) g
      WHERE w.id = ANY($3::uuid[]) AND w.status <> 'closed' AND w.kind IN ('petition', 'appeal') AND w.clock_paused_at IS NULL`, [from, to, seedIds]);
  }
  await db.query('VACUUM ANALYZE work_items');
  return { seeds, copies, items: seeds * copies };
}

const name = runScopedName('bench_timers');
const dataDir = mkdtempSync(join(tmpdir(), 'parkflow-bench-'));
const databaseUrl = await createDatabase(SERVER, name);
const redis = await startRedis();
const db = new pg.Client({ connectionString: databaseUrl });
let stack = null;
const report = { benchmark: 'deadline-timers', date: new Date().toISOString(), items: ITEMS };
const log = [];
try {
  report.machine = await machine(SERVER, redis.url);
  const env = { PARKFLOW_SEED: 'demo', PARKFLOW_TOKEN_SECRET: 'bench-secret-not-for-production', DATABASE_URL: databaseUrl, REDIS_URL: redis.url, PARKFLOW_QUEUE_PREFIX: PREFIX, PARKFLOW_SIGNIN_PER_ACCOUNT: '100000', PARKFLOW_KIND_CONFIG: SECONDS_POLICY, PARKFLOW_REDIS_WATCH_MS: '1000' };
  // The api first, alone: it migrates and seeds; the items are cloned before any worker runs.
  if (PROFILE) {
    mkdirSync(OUT_DIR, { recursive: true });
    env.PARKFLOW_CPU_PROFILE = PROFILE;
  }
  const nodeArgs = PROFILE ? { worker: ['--import', pathToFileURL(join(import.meta.dirname, 'cpu-profile.preload.mjs')).href] } : {};
  stack = await startStack({ port: await freePort(0), dataDir, env, stdio: 'pipe', nodeArgs });
  const rebuilt = [];
  const watch = (child) => {
    for (const stream of [child.stdout, child.stderr])
      stream?.on('data', (d) => {
        for (const line of String(d).split('\n')) {
          if (line.includes('[redis-watch]') || line.includes('reconcile')) log.push(`${new Date().toISOString()} ${line}`);
          const m = /rebuilt in (\d+) ms: (\d+) outbox job\(s\) re-sent.*?(\d+) timer\(s\) re-created/.exec(line);
          if (m) rebuilt.push({ at: Date.now(), ms: Number(m[1]), resent: Number(m[2]), timers: Number(m[3]) });
        }
      });
  };
  watch(stack.api);
  watch(stack.worker);
  await db.connect();
  const deadlines = new Queue('deadlines', { connection: { port: redis.port }, prefix: PREFIX });
  // Wait for the worker's first rebuild (the demo's own timers), then stop it, clone, and FLUSHALL so the next start rebuilds all.
  for (let i = 0; i < 600 && rebuilt.length === 0; i += 1) await pause(100);
  await pause(3000);
  const seedIds = await waitingSeeds(deadlines);
  let t = performance.now();
  const cloned = await cloneOpenItems(db, ITEMS, seedIds);
  report.clone = { ...cloned, seconds: Number(((performance.now() - t) / 1000).toFixed(1)) };
  console.log(`[timers] cloned ${cloned.seeds} open demo items ×${cloned.copies} = ${cloned.items} items in ${report.clone.seconds} s`);
  if (PROFILE) writeFileSync(`${PROFILE}.start`, '');
  const started = Date.now();
  await redis.flushAll();
  const before = await usedMemory(redis);
  const count = rebuilt.length;
  for (let i = 0; rebuilt.length === count && Date.now() - started < TIME_CAP_MS - 60_000; i += 1) await pause(200);
  const first = rebuilt.at(-1);
  if (PROFILE) {
    writeFileSync(`${PROFILE}.stop`, '');
    for (let i = 0; i < 100 && !existsSync(PROFILE); i += 1) await pause(100);
    report.profile = PROFILE;
    console.log(`[timers] the worker's CPU profile over the rebuild: ${PROFILE}`);
  }
  const pending = await deadlines.getDelayedCount();
  const after = await usedMemory(redis);
  report.build = { seconds: Number(((first.at - started) / 1000).toFixed(1)), rebuildMs: first.ms, timersCreated: first.timers, delayedTimers: pending, bytesPerTimer: Math.round((after - before) / Math.max(1, pending)), usedMemoryMB: Math.round(after / 2 ** 20) };
  console.log(`[timers] rebuilt ${first.timers} timers in ${report.build.seconds} s (${pending} delayed); Redis ${report.build.usedMemoryMB} MB, ${report.build.bytesPerTimer} bytes per timer`);

  // The clones of overdue demo items fire at once after a rebuild: let that burst pass first.
  const notifications = new Queue('notifications', { connection: { port: redis.port }, prefix: PREFIX });
  t = Date.now();
  while (Date.now() - t < 600_000) {
    const busy = (await deadlines.getWaitingCount()) + (await deadlines.getActiveCount()) + (await notifications.getWaitingCount());
    if (busy === 0) break;
    await pause(500);
  }
  report.burst = { seconds: Number(((Date.now() - t) / 1000).toFixed(1)), delayedAfter: await deadlines.getDelayedCount() };
  console.log(`[timers] the timers already due fired in ${report.burst.seconds} s; ${report.burst.delayedAfter} still waiting`);
  await notifications.close();

  // Timers due soon while the others wait: appeals at a steady rate, each with four timers within ~35 s.
  const api = async (method, path, body, token) => {
    const res = await fetch(`${stack.url}/api${path}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body ? JSON.stringify(body) : undefined });
    return { status: res.status, body: await res.json() };
  };
  const dispatcher = (await api('POST', '/auth/login', { username: 'dispatcher', password: 'parkflow' })).body.accessToken;
  const enterpriseId = (await api('GET', '/enterprises', undefined, dispatcher)).body[0].id;
  const ids = new Set();
  t = Date.now();
  for (let i = 0; i < DUE_ITEMS; i += 1) {
    const res = await api('POST', '/work-items', { kind: 'appeal', title: `计时 ${i}`, description: '计时器测试', channel: 'online', category: 'utilities', enterpriseId }, dispatcher);
    if (res.status === 201) ids.add(res.body.id);
    const wait = t + ((i + 1) * DUE_SECONDS * 1000) / DUE_ITEMS - Date.now();
    if (wait > 0) await pause(wait);
  }
  await pause(45_000); // the last ones' four timers
  const fired = (await deadlines.getCompleted(0, 20_000)).filter((j) => ids.has(j.data?.itemId) && j.processedOn && (j.opts.delay ?? 0) > 0);
  const lateness = fired.map((j) => j.processedOn - (j.timestamp + j.opts.delay));
  report.lateness = { fired: fired.length, items: ids.size, p50Ms: percentile(lateness, 50), p99Ms: percentile(lateness, 99), maxMs: Math.max(...lateness) };
  console.log(`[timers] ${fired.length} timers of ${ids.size} appeals fired beside ${pending} waiting: lateness p50 ${report.lateness.p50Ms} ms, p99 ${report.lateness.p99Ms} ms, max ${report.lateness.maxMs} ms`);

  report.flushes = [];
  for (let f = 0; f < FLUSHES; f += 1) {
    const n = rebuilt.length;
    const at = Date.now();
    await redis.flushAll();
    while (rebuilt.length === n && Date.now() - at < TIME_CAP_MS - 60_000) await pause(200);
    const r = rebuilt.at(-1);
    const back = await deadlines.getDelayedCount();
    report.flushes.push({ seconds: Number(((r.at - at) / 1000).toFixed(1)), rebuildMs: r.ms, timers: r.timers, resent: r.resent, delayedAfter: back });
    console.log(`[timers] FLUSHALL ${f + 1}: every timer back after ${report.flushes.at(-1).seconds} s (${r.timers} re-created, ${r.resent} outbox jobs re-sent; ${back} delayed)`);
  }
  await deadlines.close();
} finally {
  clearTimeout(cap);
  await db.end().catch(() => undefined);
  await stack?.stop().catch(() => undefined);
  await redis.stop();
  rmSync(dataDir, { recursive: true, force: true });
  await dropDatabase(SERVER, name).catch(() => undefined);
}
mkdirSync(OUT_DIR, { recursive: true });
const file = join(OUT_DIR, `${STAMP}-timers.json`);
writeFileSync(file, JSON.stringify({ ...report, log }, null, 2));
console.log(`JSON: ${file}`);
process.exit(0);
