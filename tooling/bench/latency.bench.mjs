// `pnpm bench -- --bench latency`: starts ParkFlow on a throwaway database and prints figures — request latency of
// registration, listing and an action, and how long the pipeline (api → outbox → queue → worker)
// takes to route a new item. Figures, not assertions: compare runs on the same machine.
// Usage: node tooling/bench/latency.bench.mjs [--items 200] [--mode redis|pg-queues|embedded]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startStack } from '../scripts/stack.mjs';
import { clearRedisPrefix, createDatabase, dropDatabase, runScopedName } from '../scripts/test-resources.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const ITEMS = Number(args.items ?? 200);
const MODE = args.mode ?? 'redis';
const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const summary = (label, ms) =>
  console.log(`${label.padEnd(34)} n=${String(ms.length).padStart(4)}  p50 ${percentile(ms, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(ms, 95).toFixed(1).padStart(7)} ms  max ${Math.max(...ms).toFixed(1).padStart(7)} ms`);

async function timed(fn) {
  const t = performance.now();
  const result = await fn();
  return [performance.now() - t, result];
}

const name = runScopedName('bench');
const dataDir = mkdtempSync(join(tmpdir(), 'parkflow-bench-'));
const env = { PARKFLOW_SEED: 'demo', PARKFLOW_TOKEN_SECRET: 'bench-secret-not-for-production', DATABASE_URL: undefined, REDIS_URL: undefined, PARKFLOW_OUTBOX_SWEEP_MS: '1000' };
if (MODE !== 'embedded') env.DATABASE_URL = await createDatabase(SERVER, name);
if (MODE === 'redis') Object.assign(env, { REDIS_URL: REDIS, PARKFLOW_QUEUE_PREFIX: `{${name}}` });
const port = await freePort(0);
const [startMs, stack] = await timed(() => startStack({ port, dataDir, env, stdio: 'pipe' }));
try {
  const api = async (method, path, body, token) => {
    const res = await fetch(`${stack.url}/api${path}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body ? JSON.stringify(body) : undefined });
    return { status: res.status, body: await res.json() };
  };
  const login = async (u) => (await api('POST', '/auth/login', { username: u, password: 'parkflow' })).body.accessToken;
  const dispatcher = await login('dispatcher');
  const handler = await login('handler');
  const enterpriseId = (await api('GET', '/enterprises', undefined, dispatcher)).body[0].id;
  console.log(`ParkFlow bench — mode ${MODE}, ${ITEMS} items, started in ${(startMs / 1000).toFixed(1)} s\n`);

  const register = [];
  const created = [];
  const t0 = performance.now();
  for (let i = 0; i < ITEMS; i += 1) {
    const [ms, res] = await timed(() => api('POST', '/work-items', { kind: 'appeal', title: `压测 ${i}`, description: '性能测试', channel: 'online', category: 'utilities', enterpriseId }, dispatcher));
    if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
    register.push(ms);
    created.push({ id: res.body.id, at: performance.now() });
  }
  const registerSeconds = (performance.now() - t0) / 1000;
  summary('POST /work-items (register)', register);
  console.log(`${'  sequential throughput'.padEnd(34)} ${(ITEMS / registerSeconds).toFixed(1)} items/s`);

  // Pipeline: poll until every item is routed by the worker; latency = first poll that saw it routed.
  const routedAt = new Map();
  const deadline = performance.now() + 120_000;
  while (routedAt.size < created.length && performance.now() < deadline) {
    const list = (await api('GET', `/work-items?view=all&status=pending_acceptance&q=${encodeURIComponent('压测')}&pageSize=100&page=1`, undefined, dispatcher)).body;
    const pages = Math.ceil(list.total / 100);
    const items = [...list.items];
    for (let p = 2; p <= pages; p += 1) items.push(...(await api('GET', `/work-items?view=all&status=pending_acceptance&q=${encodeURIComponent('压测')}&pageSize=100&page=${p}`, undefined, dispatcher)).body.items);
    const now = performance.now();
    for (const item of items) if (!routedAt.has(item.id)) routedAt.set(item.id, now);
    await new Promise((r) => setTimeout(r, 50));
  }
  const pipeline = created.filter((c) => routedAt.has(c.id)).map((c) => routedAt.get(c.id) - c.at);
  summary('register → routed by worker', pipeline);
  if (pipeline.length < created.length) console.log(`  ${created.length - pipeline.length} items not routed within 120 s`);

  const list = [];
  for (let i = 0; i < 50; i += 1) list.push((await timed(() => api('GET', '/work-items?view=all&pageSize=20', undefined, dispatcher)))[0]);
  summary('GET /work-items (20 per page)', list);
  const detail = [];
  for (const { id } of created.slice(0, 50)) detail.push((await timed(() => api('GET', `/work-items/${id}`, undefined, handler)))[0]);
  summary('GET /work-items/:id', detail);
  const accept = [];
  for (const { id } of created.slice(0, 50)) {
    const version = (await api('GET', `/work-items/${id}`, undefined, handler)).body.item.version;
    const [ms, res] = await timed(() => api('POST', `/work-items/${id}/actions`, { action: 'accept', version }, handler));
    if (res.status === 200) accept.push(ms);
  }
  summary('POST actions (accept)', accept);
} finally {
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
  if (MODE !== 'embedded') await dropDatabase(SERVER, name).catch(() => undefined);
  if (MODE === 'redis') await clearRedisPrefix(REDIS, `{${name}}`).catch(() => undefined);
}
