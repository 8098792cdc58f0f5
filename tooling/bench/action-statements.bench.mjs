// `pnpm bench --bench action-statements [--samples 5]`: what one registration and one action cost
// in round trips — the SQL statements the api ran for it, as PostgreSQL logged them
// (sql-capture.helper.mjs), and the Redis commands it sent (MONITOR, on this run's key prefix
// only). The throughput profile (docs/benchmarks.md, benchmark 1) spends a third of the api's
// CPU in socket writes, one per statement or command: this counts them, request by request.
// Counts, not timings; each of `samples` requests after one warm-up, the median printed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import pg from 'pg';
import { freePort, startStack } from '../scripts/stack.mjs';
import { clearRedisPrefix, createDatabase, dropDatabase, runScopedName } from '../scripts/test-resources.mjs';
import { pause } from './bench-stats.helper.mjs';
import { backendPidsOf, capturedStatements, logOffset } from './sql-capture.helper.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const SAMPLES = Number(args.samples ?? 5);
const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Redis MONITOR on its own connection: every command whose line names `prefix`, with the client's port. */
function monitorRedis(url, prefix) {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port || 6379), hostname);
  const lines = [];
  let buffer = '';
  socket.on('data', (d) => {
    buffer += d.toString('utf8');
    const parts = buffer.split('\r\n');
    buffer = parts.pop();
    for (const l of parts) if (l.includes(prefix)) lines.push(l);
  });
  socket.write('MONITOR\r\n');
  return { take: () => lines.splice(0), stop: () => socket.destroy() };
}

/** `+1700000000.123 [0 127.0.0.1:5555] "EVALSHA" "…"` → the command, with a script's name where BullMQ gives one. */
const commandOf = (line) => {
  const words = [...line.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
  return words[0]?.toUpperCase() === 'EVALSHA' || words[0]?.toUpperCase() === 'EVAL' ? `${words[0]} (${words[2]} keys)` : (words[0] ?? '?').toUpperCase();
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const shape = (sql) => sql.replace(/\s+/g, ' ').replace(/\$\d+(, \$\d+)*/g, '$…').slice(0, 110);

const name = runScopedName('bench_sql');
const prefix = `{${name}}`;
const dataDir = mkdtempSync(join(tmpdir(), 'parkflow-bench-'));
const url = await createDatabase(SERVER, name);
const db = new pg.Client({ connectionString: url });
let stack;
let redis;
try {
  await db.connect();
  await db.query(`ALTER DATABASE "${name}" SET log_min_duration_statement = 0`);
  await db.query('SET log_min_duration_statement = -1');
  const env = { PARKFLOW_SEED: 'demo', PARKFLOW_TOKEN_SECRET: 'bench-secret-not-for-production', DATABASE_URL: url, REDIS_URL: REDIS, PARKFLOW_QUEUE_PREFIX: prefix };
  stack = await startStack({ port: await freePort(0), dataDir, env, stdio: 'pipe' });
  for (const child of [stack.api, stack.worker]) for (const s of [child.stdout, child.stderr]) s?.resume();
  const api = async (method, path, body, token) => {
    const res = await fetch(`${stack.url}/api${path}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body ? JSON.stringify(body) : undefined });
    return { status: res.status, body: await res.json() };
  };
  const login = async (u) => (await api('POST', '/auth/login', { username: u, password: 'parkflow' })).body.accessToken;
  const dispatcher = await login('dispatcher');
  const handler = await login('handler');
  const enterpriseId = (await api('GET', '/enterprises', undefined, dispatcher)).body[0].id;
  const register = () => api('POST', '/work-items', { kind: 'appeal', title: '往返计数', description: '性能测试', channel: 'online', category: 'utilities', enterpriseId }, dispatcher);
  const routed = async (id) => {
    for (let i = 0; i < 300; i++) {
      const { rows } = await db.query(`SELECT version FROM work_items WHERE id = $1 AND status = 'pending_acceptance'`, [id]);
      if (rows[0]) return rows[0].version;
      await pause(20);
    }
    throw new Error(`item ${id} was not routed`);
  };
  // Warm-up: caches (calendar, reference names, the user) filled, as in a running api.
  const warm = await register();
  await api('POST', `/work-items/${warm.body.id}/actions`, { action: 'accept', version: await routed(warm.body.id) }, handler);
  await pause(1500);

  redis = monitorRedis(REDIS, prefix);
  await db.query('SET log_min_duration_statement = 0');
  const samples = { register: [], accept: [] };
  for (let i = 0; i < SAMPLES; i++) {
    for (const phase of ['register', 'accept']) {
      await pause(300); // the worker's and the sweep's commands of the previous request are over
      redis.take();
      const offset = logOffset();
      await db.query(`SELECT 'asql-${phase}-${i}:start'`);
      let res;
      if (phase === 'register') {
        res = await register();
        samples.id = res.body.id;
      } else res = await api('POST', `/work-items/${samples.id}/actions`, { action: 'accept', version: await routed(samples.id) }, handler);
      await db.query(`SELECT 'asql-${phase}-${i}:end'`);
      if (res.status >= 300) throw new Error(`${phase} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 200)}`);
      await pause(200);
      // Redis: the api's commands only (the worker's connections are on other ports; MONITOR names the client).
      const apiPorts = new Set(redisPortsOf(stack.api.pid));
      const commands = redis.take().filter((l) => apiPorts.has(/\[\d+ [^\]]*:(\d+)\]/.exec(l)?.[1])).map(commandOf);
      // The api's sessions only, asked after the request (its pool opens connections as it needs them).
      const sql = capturedStatements(name, offset, `asql-${phase}-${i}`, await backendPidsOf(db, name, stack.api.pid));
      samples[phase].push({ sql, commands });
    }
  }
  await db.query('SET log_min_duration_statement = -1');
  for (const phase of ['register', 'accept']) {
    const runs = samples[phase];
    const last = runs.at(-1);
    console.log(`\n${phase}: ${median(runs.map((r) => r.sql.length))} SQL statements, ${median(runs.map((r) => r.commands.length))} Redis commands from the api (median of ${runs.length}); the last one:`);
    for (const s of last.sql) console.log(`  sql    ${s.ms.toFixed(2).padStart(7)} ms  ${shape(s.sql)}`);
    const counts = new Map();
    for (const c of last.commands) counts.set(c, (counts.get(c) ?? 0) + 1);
    for (const [c, n] of counts) console.log(`  redis  ${String(n).padStart(3)} × ${c}`);
  }
} finally {
  redis?.stop();
  await db.query(`ALTER DATABASE "${name}" RESET log_min_duration_statement`).catch(() => undefined);
  await db.end().catch(() => undefined);
  await stack?.stop();
  await dropDatabase(SERVER, name);
  await clearRedisPrefix(REDIS, prefix).catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
}

/** The local ports of a process's TCP connections to Redis (6379), from ss. */
function redisPortsOf(osPid) {
  return execFileSync('ss', ['-tnpH', 'state', 'established'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes(`pid=${osPid},`))
    .map((l) => /\S+:(\d+)\s+\S+:6379\b/.exec(l)?.[1])
    .filter(Boolean);
}
