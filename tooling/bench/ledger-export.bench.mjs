// `pnpm bench --bench ledger [--rows 100000]`: the ledger export (台账) of a queue of that many items,
// end to end — POST /api/exports, the worker's job writing the .xlsx, the download — on a throwaway
// PostgreSQL database and Redis prefix. Prints rows/s and the worker's peak memory (the RSS
// high-water mark of the process that writes the file, reset just before the export). Figures,
// not assertions; writes .cache/bench/<stamp>-ledger.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, ROOT, startStack } from '../scripts/stack.mjs';
import { clearRedisPrefix, createDatabase, dropDatabase, runScopedName } from '../scripts/test-resources.mjs';
import { machine } from './bench-stats.helper.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const ROWS = Number(args.rows ?? 100_000);
const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const MB = 1024 * 1024;

/** VmRSS / VmHWM of a process, in bytes (Linux /proc). */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/**
 * Grows the demo park's items to `rows` by copying them (new ids and codes, a numbered title, no
 * review link), in the database: realistic rows of every kind, stage and deadline state, in seconds.
 */
async function seedItems(db, rows) {
  const { rows: columns } = await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'work_items' AND table_schema = current_schema() ORDER BY ordinal_position`);
  const have = Number((await db.query('SELECT count(*) FROM work_items')).rows[0].count);
  const copies = Math.ceil((rows - have) / have);
  const expr = { id: 'gen_random_uuid()', code: `w.code || '-' || g`, title: `w.title || '（第' || g || '件）'`, review_of_id: 'NULL' };
  const names = columns.map((c) => c.column_name);
  await db.query(
    `INSERT INTO work_items (${names.map((n) => `"${n}"`).join(', ')})
     SELECT ${names.map((n) => expr[n] ?? `w."${n}"`).join(', ')} FROM work_items w CROSS JOIN generate_series(1, $1) g LIMIT $2`,
    [copies, rows - have],
  );
  await db.query('ANALYZE work_items');
  return Number((await db.query('SELECT count(*) FROM work_items')).rows[0].count);
}

const name = runScopedName('bench_ledger');
const dataDir = mkdtempSync(join(tmpdir(), 'parkflow-bench-'));
const databaseUrl = await createDatabase(SERVER, name);
const host = await machine(SERVER, REDIS);
const env = { PARKFLOW_SEED: 'demo', PARKFLOW_TOKEN_SECRET: 'bench-secret-not-for-production', DATABASE_URL: databaseUrl, REDIS_URL: REDIS, PARKFLOW_QUEUE_PREFIX: `{${name}}` };
const stack = await startStack({ port: await freePort(0), dataDir, env, stdio: 'pipe' });
const db = new pg.Client({ connectionString: databaseUrl });
try {
  await db.connect();
  console.log(`Ledger export — ${host.cpuCount} × ${host.cpuModel}, node ${host.node}, PostgreSQL ${host.postgres}, Redis ${host.redis}`);
  const seedStart = performance.now();
  const items = await seedItems(db, ROWS);
  console.log(`seeded ${items} items in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  const api = async (method, path, body, token) => {
    const res = await fetch(`${stack.url}/api${path}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body ? JSON.stringify(body) : undefined });
    return { status: res.status, body: await res.json() };
  };
  const token = (await api('POST', '/auth/login', { username: 'dispatcher', password: 'parkflow' })).body.accessToken;

  const pid = stack.worker.pid;
  const before = memoryOf(pid);
  // Linux: writing 5 to clear_refs resets the high-water mark, so the peak is the export's, not the start-up's.
  let reset = true;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    reset = false;
  }
  let sampledPeak = before.rss;
  const sampler = setInterval(() => {
    try {
      sampledPeak = Math.max(sampledPeak, memoryOf(pid).rss);
    } catch {
      // the worker is gone; the run fails below
    }
  }, 100);

  const t0 = performance.now();
  const asked = await api('POST', '/exports', { ledger: 'work_items', filters: { view: 'all' } }, token);
  if (asked.status !== 202) throw new Error(`export refused: ${asked.status} ${JSON.stringify(asked.body)}`);
  let record;
  for (;;) {
    record = (await api('GET', `/exports/${asked.body.id}`, undefined, token)).body;
    if (record.status === 'done' || record.status === 'failed') break;
    if (performance.now() - t0 > 600_000) throw new Error('the export did not finish within 10 minutes');
    await new Promise((r) => setTimeout(r, 250));
  }
  const endToEndMs = performance.now() - t0;
  clearInterval(sampler);
  if (record.status !== 'done') throw new Error(`the export failed: ${JSON.stringify(record)}`);
  const after = memoryOf(pid);

  const d0 = performance.now();
  const file = await fetch(`${stack.url}/api/exports/${record.id}/file`, { headers: { authorization: `Bearer ${token}` } });
  const bytes = (await file.arrayBuffer()).byteLength;
  const downloadMs = performance.now() - d0;

  const jobMs = Date.parse(record.finishedAt) - Date.parse(record.startedAt);
  const result = {
    rows: record.rowsWritten,
    jobSeconds: Number((jobMs / 1000).toFixed(2)),
    rowsPerSecond: Math.round(record.rowsWritten / (jobMs / 1000)),
    endToEndSeconds: Number((endToEndMs / 1000).toFixed(2)),
    fileBytes: bytes,
    downloadMs: Math.round(downloadMs),
    worker: { rssBeforeMb: +(before.rss / MB).toFixed(1), peakRssMb: +((reset ? after.hwm : sampledPeak) / MB).toFixed(1), peakFrom: reset ? 'VmHWM after clear_refs' : 'VmRSS sampled every 100 ms', sampledPeakMb: +(sampledPeak / MB).toFixed(1), rssAfterMb: +(after.rss / MB).toFixed(1), startupHwmMb: +(before.hwm / MB).toFixed(1) },
  };
  console.log(`\nrows ${result.rows}; job ${result.jobSeconds} s → ${result.rowsPerSecond} rows/s; request to done ${result.endToEndSeconds} s; file ${(bytes / MB).toFixed(1)} MB, downloaded in ${result.downloadMs} ms`);
  console.log(`worker RSS: before ${result.worker.rssBeforeMb} MB, PEAK ${result.worker.peakRssMb} MB (${result.worker.peakFrom}; sampled ${result.worker.sampledPeakMb} MB), after ${result.worker.rssAfterMb} MB`);
  const outDir = join(ROOT, '.cache/bench');
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-ledger.json`);
  writeFileSync(out, JSON.stringify({ benchmark: 'ledger-export', date: new Date().toISOString(), machine: host, seededItems: items, result }, null, 2));
  console.log(`JSON: ${out}`);
} finally {
  await db.end().catch(() => undefined);
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
  await dropDatabase(SERVER, name).catch(() => undefined);
  await clearRedisPrefix(REDIS, `{${name}}`).catch(() => undefined);
}
