// `pnpm bench --bench queue-pages [--items 1000000] [--clients 50] [--seconds 20] [--raw-pool 10] [--profile mine|department] [--no-parallel 1] [--keep 1]`:
// the queue screen's first page (GET /api/work-items?view=mine, ?view=department: page 1, 20
// rows, newest first, as the web asks by default) over N items, with `clients` closed-loop
// clients (autocannon), against the same page's SQL run straight from pg at the same
// concurrency. The SQL is the api's own, captured from PostgreSQL's log (sql-capture.helper.mjs);
// the raw runner gets the api's pool size (10) by default, so both sides queue for the same
// connections and the ratio is what the api adds. Figures, not assertions.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort, ROOT, startStack } from '../scripts/stack.mjs';
import { clearRedisPrefix, createDatabase, dropDatabase, runScopedName } from '../scripts/test-resources.mjs';
import { machine, pause, percentile } from './bench-stats.helper.mjs';
import { seedQueueItems } from './queue-pages-seed.helper.mjs';
import { backendPidsOf, capturedStatements, logOffset } from './sql-capture.helper.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const ITEMS = Number(args.items ?? 1_000_000);
const CLIENTS = Number(args.clients ?? 50);
const SECONDS = Number(args.seconds ?? 20);
const RAW_POOL = Number(args['raw-pool'] ?? 10);
const WARM_SECONDS = 3;
const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PRELOAD = pathToFileURL(join(import.meta.dirname, 'cpu-profile.preload.mjs')).href;
// Who looks at which page: the demo's handler at 我的待办, the head of the same department at 部门事项.
const PAGES = [
  { view: 'mine', user: 'handler', path: '/api/work-items?view=mine' },
  { view: 'department', user: 'head', path: '/api/work-items?view=department' },
];

const figures = (ms, extra = {}) => ({
  requests: ms.length,
  p50: Number(percentile(ms, 50).toFixed(1)),
  p95: Number(percentile(ms, 95).toFixed(1)),
  p99: Number(percentile(ms, 99).toFixed(1)),
  max: Number(Math.max(...ms).toFixed(1)),
  ...extra,
});

/** `clients` autocannon connections for `seconds`; every response's time, not autocannon's buckets (it has no p95). */
async function loadApi(url, token, seconds) {
  const ms = [];
  let bad = 0;
  const instance = autocannon({ url, connections: CLIENTS, duration: seconds, headers: { authorization: `Bearer ${token}` } });
  instance.on('response', (_client, status, _bytes, time) => (status === 200 ? ms.push(time) : bad++));
  const result = await instance;
  // autocannon gives up on a request after 10 s (a timeout, counted with the errors).
  return { ms, bad: bad + result.errors + result.timeouts, perSecond: Number((ms.length / seconds).toFixed(1)) };
}

/** The same statements from pg: `clients` closed-loop clients over a pool of RAW_POOL, each page's statements in order on one connection (as TypeORM's getManyAndCount). */
async function loadRaw(pool, statements, seconds) {
  const ms = [];
  const until = performance.now() + seconds * 1000;
  const client = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      const connection = await pool.connect();
      try {
        for (const s of statements) await connection.query(s.sql, s.params);
      } finally {
        connection.release();
      }
      ms.push(performance.now() - started);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  // Over the wall time: a client's last page may end well after `seconds` when pages take long.
  return { ms, bad: 0, perSecond: Number((ms.length / ((performance.now() - t0) / 1000)).toFixed(1)) };
}

const name = runScopedName('bench_queue');
const prefix = `{${name}}`;
const dataDir = mkdtempSync(join(tmpdir(), 'parkflow-bench-'));
const databaseUrl = await createDatabase(SERVER, name);
const host = await machine(SERVER, REDIS);
const env = { PARKFLOW_SEED: 'demo', PARKFLOW_TOKEN_SECRET: 'bench-secret-not-for-production', DATABASE_URL: databaseUrl, REDIS_URL: REDIS, PARKFLOW_QUEUE_PREFIX: prefix, PARKFLOW_SIGNIN_PER_ACCOUNT: '100000' };
const db = new pg.Client({ connectionString: databaseUrl });
let stack;
let pool;
try {
  await db.connect();
  // Every session of this database logs its statements while the stack that is captured runs (only this database: ALTER DATABASE).
  await db.query(`ALTER DATABASE "${name}" SET log_min_duration_statement = 0`);
  await db.query('SET log_min_duration_statement = -1');
  stack = await startStack({ port: await freePort(0), dataDir, env, stdio: 'pipe' });
  const seeded = await seedQueueItems(db, ITEMS);
  console.log(`Queue pages — ${seeded.items} items (${seeded.open} open, ${seeded.size} with indexes), seeded in ${seeded.seconds} s; ${host.cpuCount} × ${host.cpuModel}, PostgreSQL ${host.postgres}, node ${host.node}`);
  console.log(`the handler: ${seeded.handler_items} items, ${seeded.handler_open} open; the department: ${seeded.department_items} items`);

  const login = async (url, username) => (await (await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'parkflow' }) })).json()).accessToken;
  // The api's SQL for each page: the second request (the first fills the reference-data cache), between two markers.
  await db.query('SET log_min_duration_statement = 0');
  for (const page of PAGES) {
    const token = await login(stack.url, page.user);
    await fetch(`${stack.url}${page.path}`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.arrayBuffer());
    const offset = logOffset();
    await db.query(`SELECT 'qbench-${page.view}:start'`);
    const res = await fetch(`${stack.url}${page.path}`, { headers: { authorization: `Bearer ${token}` } });
    const body = await res.json();
    await db.query(`SELECT 'qbench-${page.view}:end'`);
    await pause(200);
    page.request = capturedStatements(name, offset, `qbench-${page.view}`, await backendPidsOf(db, name, stack.api.pid));
    page.sql = page.request.filter((s) => /FROM "work_items"/.test(s.sql));
    page.total = body.total;
    console.log(`\n${page.path} as ${page.user}: HTTP ${res.status}, total ${body.total}, ${body.items?.length} rows; the request ran ${page.request.length} statements, the page ${page.sql.length}:`);
    for (const s of page.request) console.log(`  ${s.ms.toFixed(2).padStart(8)} ms  ${s.sql.slice(0, 150)}${s.sql.length > 150 ? '…' : ''}`);
    if (page.sql.length === 0) throw new Error(`no work_items statement captured for ${page.view}: is ${'log_min_duration_statement'} logged to the file sql-capture.helper.mjs reads?`);
  }
  await db.query('SET log_min_duration_statement = -1');
  await db.query(`ALTER DATABASE "${name}" RESET log_min_duration_statement`);
  // Each page statement's plan, run as the api runs it (the same text, the same parameters, an unnamed statement).
  for (const page of PAGES) {
    page.explain = [];
    for (const s of page.sql) page.explain.push((await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.params)).rows.map((r) => r['QUERY PLAN']));
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS), ${page.view}:`);
    for (const plan of page.explain) console.log(plan.map((l) => `  ${l}`).join('\n'), '\n');
  }
  // --no-parallel 1: no parallel query on this database (both sides' sessions), to see what the workers' start costs a count on 2 cores.
  if (args['no-parallel'] !== undefined) await db.query(`ALTER DATABASE "${name}" SET max_parallel_workers_per_gather = 0`);
  // A fresh stack for the load, whose sessions log nothing; with the profiler preloaded if asked.
  await stack.stop();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outDir = join(ROOT, '.cache/bench');
  mkdirSync(outDir, { recursive: true });
  const profile = args.profile ? { view: args.profile, file: join(outDir, `${stamp}-queue-pages-api.cpuprofile`) } : null;
  stack = await startStack({ port: await freePort(0), dataDir, env: { ...env, ...(profile ? { PARKFLOW_CPU_PROFILE: profile.file } : {}) }, stdio: 'pipe', nodeArgs: profile ? { api: ['--import', PRELOAD] } : {} });
  pool = new pg.Pool({ connectionString: databaseUrl, max: RAW_POOL });

  const results = [];
  for (const page of PAGES) {
    const token = await login(stack.url, page.user);
    const url = `${stack.url}${page.path}`;
    await loadRaw(pool, page.sql, WARM_SECONDS);
    const raw = await loadRaw(pool, page.sql, SECONDS);
    const rawRequest = await loadRaw(pool, page.request, SECONDS);
    await loadApi(url, token, WARM_SECONDS);
    if (profile?.view === page.view) writeFileSync(`${profile.file}.start`, '');
    const api = await loadApi(url, token, SECONDS);
    if (profile?.view === page.view) {
      writeFileSync(`${profile.file}.stop`, '');
      for (let i = 0; i < 100 && !existsSync(profile.file); i++) await pause(100);
    }
    results.push({ view: page.view, user: page.user, total: page.total, system: 'api', ...figures(api.ms, { perSecond: api.perSecond, errors: api.bad }) });
    results.push({ view: page.view, user: page.user, total: page.total, system: 'raw page SQL', ...figures(raw.ms, { perSecond: raw.perSecond, errors: 0 }) });
    results.push({ view: page.view, user: page.user, total: page.total, system: 'raw request SQL', ...figures(rawRequest.ms, { perSecond: rawRequest.perSecond, errors: 0 }) });
  }

  const cell = (v, w) => String(v).padStart(w);
  console.log(`\n${CLIENTS} clients, ${SECONDS} s each (after ${WARM_SECONDS} s warm-up); raw over a pool of ${RAW_POOL} (the api's is 10)${args['no-parallel'] !== undefined ? '; max_parallel_workers_per_gather = 0' : ''}. ms.`);
  console.log(`${'view'.padEnd(11)}${'system'.padEnd(17)}${cell('total', 7)}${cell('req/s', 8)}${cell('p50', 8)}${cell('p95', 8)}${cell('p99', 8)}${cell('max', 8)}${cell('err', 5)}${cell('api/raw p95', 13)}`);
  const ratios = [];
  for (const page of PAGES) {
    const api = results.find((r) => r.view === page.view && r.system === 'api');
    for (const r of results.filter((x) => x.view === page.view)) {
      const ratio = r.system === 'api' ? '' : (api.p95 / r.p95).toFixed(2);
      if (ratio) ratios.push({ view: page.view, against: r.system, ratioP95: Number(ratio) });
      console.log(`${r.view.padEnd(11)}${r.system.padEnd(17)}${cell(r.total, 7)}${cell(r.perSecond, 8)}${cell(r.p50, 8)}${cell(r.p95, 8)}${cell(r.p99, 8)}${cell(r.max, 8)}${cell(r.errors, 5)}${cell(ratio, 13)}`);
    }
  }
  console.log('raw page SQL = the work_items statements of the request (the page and its count); raw request SQL = every statement the request ran (the signed-in user and their roles too).');
  const file = join(outDir, `${stamp}-queue-pages.json`);
  const sql = Object.fromEntries(PAGES.map((p) => [p.view, { page: p.sql, request: p.request, explain: p.explain }]));
  writeFileSync(file, JSON.stringify({ benchmark: 'queue-pages', date: new Date().toISOString(), machine: host, items: ITEMS, seeded, clients: CLIENTS, seconds: SECONDS, rawPool: RAW_POOL, parallelQuery: args['no-parallel'] === undefined, results, ratios, sql, profile: profile?.file ?? null }, null, 2));
  console.log(`JSON: ${file}`);
  if (profile) console.log(`CPU profile (${profile.view}): ${profile.file}\n  summary: node tooling/bench/cpu-profile.summary.mjs ${profile.file}`);
} finally {
  await pool?.end().catch(() => undefined);
  await db.query(`ALTER DATABASE "${name}" RESET log_min_duration_statement`).catch(() => undefined);
  await db.end().catch(() => undefined);
  await stack?.stop();
  if (args.keep === undefined) await dropDatabase(SERVER, name);
  else console.log(`kept database ${name} (--keep)`);
  await clearRedisPrefix(REDIS, prefix).catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
}
