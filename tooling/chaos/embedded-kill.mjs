// Fault script for the embedded database: kill -9 it during committed writes, start it again on
// the same data directory, and check that it opens, is consistent, and kept every acknowledged
// write. Bounded (rounds and a time cap) and stops by itself.
//
//   node tooling/chaos/embedded-kill.mjs [--rounds 5] [--writers 4]   (after `pnpm build`)
//
// The server runs as its own process (this file with --serve), started as tooling/scripts/stack.mjs
// starts it (startEmbeddedPostgres from packages/db/dist, a generated password), in its own
// process group, which is what gets the SIGKILL.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { freePort, ROOT } from '../scripts/stack.mjs';

const SELF = fileURLToPath(import.meta.url);
const TIME_CAP_MS = 240_000;
const BATCH = 5;

if (process.argv[2] === '--serve') await serve(process.argv[3], Number(process.argv[4]));
else await main();

/** The server process: the embedded database, until killed. */
async function serve(dataDir, port) {
  const { startEmbeddedPostgres } = await import(pathToFileURL(join(ROOT, 'packages/db/dist/index.js')).href);
  const embedded = await startEmbeddedPostgres({ dataDir, port, password: process.env.CHAOS_DB_PASSWORD });
  process.stdout.write(`READY ${embedded.url}\n`);
  process.on('SIGTERM', () => void embedded.stop().then(() => process.exit(0)));
}

function option(name, fallback, max) {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`--${name} must be 1..${max}`);
  return value;
}

async function main() {
  const rounds = option('rounds', 5, 20);
  const writers = option('writers', 4, 16);
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'parkflow-chaos-'));
  const dataDir = join(work, 'pglite');
  const password = randomBytes(16).toString('base64url');
  const acked = new Set(); // "writer:seq" of every write whose INSERT or COMMIT returned
  const findings = [];
  let server = null;
  const timer = setTimeout(() => {
    console.error(`[chaos] time cap of ${TIME_CAP_MS / 1000} s reached: stopping`);
    if (server) process.kill(-server.child.pid, 'SIGKILL');
    process.exit(2);
  }, TIME_CAP_MS);
  console.log(`[chaos] embedded-kill: ${rounds} rounds, ${writers} writers, data dir ${dataDir}`);
  try {
    for (let round = 1; round <= rounds + 1; round += 1) {
      const t0 = Date.now();
      server = await startServer(dataDir, password);
      const openMs = Date.now() - t0;
      const check = await verify(server.url, acked, round === 1);
      const line = `[chaos] start ${round}: opened in ${openMs} ms; ${check.rows} rows, ${check.acked} acknowledged, ${check.missing} missing, ${check.problems.length} problems`;
      console.log(line);
      if (check.missing > 0 || check.problems.length > 0) findings.push(`${line}: ${check.problems.join('; ')}`);
      if (round > rounds) break;
      // Write, and kill the whole process group at a random moment in the middle of it.
      const killAfter = 300 + Math.floor(Math.random() * 1200);
      const result = await writeUntilKilled(server, writers, round, killAfter, acked);
      console.log(`[chaos] round ${round}: kill -9 after ${killAfter} ms; ${result.acked} writes acknowledged (${result.perSecond}/s), ${result.inFlight} in flight at the kill`);
      server = null;
    }
    await stopServer(server);
    server = null;
    const structural = await amcheck(dataDir);
    console.log(`[chaos] amcheck on ${structural.indexes} indexes (heapallindexed): ${structural.problems.length === 0 ? 'clean' : structural.problems.join('; ')}`);
    findings.push(...structural.problems);
  } finally {
    clearTimeout(timer);
    if (server) process.kill(-server.child.pid, 'SIGKILL');
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`[chaos] ${findings.length === 0 ? 'OK' : 'FOUND PROBLEMS'}: ${acked.size} acknowledged writes over ${rounds} kills, all checked after each restart; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const f of findings) console.log(`[chaos]   ${f}`);
  process.exit(findings.length === 0 ? 0 : 1);
}

async function startServer(dataDir, password) {
  const port = await freePort(0);
  const child = spawn(process.execPath, [SELF, '--serve', dataDir, String(port)], {
    env: { ...process.env, CHAOS_DB_PASSWORD: password },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const fail = setTimeout(() => reject(new Error('the embedded database did not start within 60 s')), 60_000);
    child.stdout.on('data', (d) => {
      out += d;
      const ready = /READY (\S+)/.exec(out);
      if (ready) {
        clearTimeout(fail);
        resolve(ready[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(fail);
      reject(new Error(`the embedded database exited during start-up (${signal ?? code})`));
    });
  });
  const exited = new Promise((r) => child.once('exit', r));
  return { child, url, exited };
}

async function stopServer(server) {
  if (!server) return;
  process.kill(server.child.pid, 'SIGTERM');
  await server.exited;
}

async function client(url) {
  const c = new pg.Client({ connectionString: url });
  c.on('error', () => undefined);
  await c.connect();
  return c;
}

/** Writers insert rows, alone or in transactions of BATCH, and record each one acknowledged. */
async function writeUntilKilled(server, writers, round, killAfter, acked) {
  let inFlight = 0;
  let count = 0;
  let killed = false;
  const writer = async (w) => {
    const c = await client(server.url);
    for (let seq = 0; !killed; ) {
      const id = `r${round}w${w}`;
      const rows = Array.from({ length: seq % 3 === 0 ? BATCH : 1 }, (_, k) => ({ key: `${id}:${seq + k}`, payload: randomBytes(512 + Math.floor(Math.random() * 1536)).toString('hex') }));
      const batch = rows.length > 1 ? `${id}:${seq}` : null;
      inFlight += rows.length;
      try {
        if (batch) await c.query('BEGIN');
        for (const r of rows) await c.query('INSERT INTO chaos_rows (key, batch, payload, digest) VALUES ($1, $2, $3, md5($3))', [r.key, batch, r.payload]);
        if (batch) await c.query('COMMIT');
      } catch {
        break; // the connection died with the server
      }
      inFlight -= rows.length;
      for (const r of rows) acked.add(r.key);
      count += rows.length;
      seq += rows.length;
    }
    await c.end().catch(() => undefined);
  };
  const running = Array.from({ length: writers }, (_, w) => writer(w));
  const t0 = Date.now();
  await new Promise((r) => setTimeout(r, killAfter));
  killed = true;
  process.kill(-server.child.pid, 'SIGKILL');
  await server.exited;
  await Promise.all(running);
  return { acked: count, inFlight, perSecond: Math.round((count * 1000) / (Date.now() - t0)) };
}

/** Opens the restarted database and checks it: every acknowledged write there, rows intact, no half batch, index agrees with heap. */
async function verify(url, acked, first) {
  const c = await client(url);
  const problems = [];
  try {
    if (first) await c.query('CREATE TABLE chaos_rows (id bigserial PRIMARY KEY, key text NOT NULL UNIQUE, batch text, payload text NOT NULL, digest text NOT NULL)');
    const { rows } = await c.query('SELECT key FROM chaos_rows');
    const present = new Set(rows.map((r) => r.key));
    const missing = [...acked].filter((k) => !present.has(k));
    if (missing.length > 0) problems.push(`acknowledged writes missing: ${missing.slice(0, 5).join(', ')}`);
    const torn = await c.query('SELECT count(*)::int AS n FROM chaos_rows WHERE digest <> md5(payload)');
    if (torn.rows[0].n > 0) problems.push(`${torn.rows[0].n} rows whose payload does not match its digest`);
    const half = await c.query(`SELECT batch FROM chaos_rows WHERE batch IS NOT NULL GROUP BY batch HAVING count(*) <> ${BATCH}`);
    if (half.rowCount > 0) problems.push(`${half.rowCount} transactions only partly there`);
    // The same count through the heap and through each index (SET LOCAL: the session is shared).
    await c.query('BEGIN');
    const heap = await c.query('SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off; SELECT count(*)::int AS n FROM chaos_rows');
    const viaPk = await c.query('SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = on; SELECT count(id)::int AS n FROM chaos_rows WHERE id > 0');
    const viaKey = await c.query("SELECT count(key)::int AS n FROM chaos_rows WHERE key > ''");
    await c.query('COMMIT');
    const counts = [heap, viaPk, viaKey].map((r) => (Array.isArray(r) ? r.at(-1) : r).rows[0].n);
    if (new Set(counts).size !== 1) problems.push(`heap and index counts differ: ${counts.join(' / ')}`);
    return { rows: present.size, acked: acked.size, missing: missing.length, problems };
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** After a clean stop, amcheck's structural check of every index, heap entries included. */
async function amcheck(dataDir) {
  const require = createRequire(join(ROOT, 'packages/db/package.json'));
  const { PGlite } = await import(pathToFileURL(require.resolve('@electric-sql/pglite')).href);
  const { amcheck: extension } = await import(pathToFileURL(require.resolve('@electric-sql/pglite/contrib/amcheck')).href);
  const db = await PGlite.create(dataDir, { extensions: { amcheck: extension } });
  const problems = [];
  try {
    await db.exec('CREATE EXTENSION IF NOT EXISTS amcheck');
    const { rows } = await db.query("SELECT indexrelid::regclass::text AS name FROM pg_index JOIN pg_class c ON c.oid = indrelid WHERE c.relname = 'chaos_rows'");
    for (const { name } of rows) {
      try {
        await db.query('SELECT bt_index_check($1::regclass, true)', [name]);
      } catch (error) {
        problems.push(`${name}: ${error.message}`);
      }
    }
    return { indexes: rows.length, problems };
  } finally {
    await db.close();
  }
}
