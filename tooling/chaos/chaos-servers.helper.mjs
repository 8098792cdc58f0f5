// The private servers of a fault run: a PostgreSQL of its own (initdb into a temp directory as the
// postgres user, pg_ctl on a free port of 127.0.0.1) and a redis-server of its own (nothing kept on
// disk), so a run may stop, crash or FLUSHALL them without touching the shared servers.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from '../scripts/stack.mjs';

const run = promisify(execFile);
const PG_BIN = '/usr/lib/postgresql/15/bin';
export const pause = (ms) => new Promise((r) => setTimeout(r, ms));

function asPostgres(tool, args) {
  return run('runuser', ['-u', 'postgres', '--', join(PG_BIN, tool), ...args], { timeout: 120_000 });
}

/**
 * A PostgreSQL cluster in `work`/pg. fsync is off: the faults here crash PostgreSQL, never the
 * machine, so the operating system keeps every write it was given and crash recovery is the
 * same; it only spares the shared disk.
 */
export async function startPostgres(work) {
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  const home = join(work, 'pg');
  chmodSync(work, 0o711); // the postgres user passes through the (root's) work directory
  mkdirSync(home, { mode: 0o700 });
  chownSync(home, uid, gid);
  const dataDir = join(home, 'data');
  const logFile = join(home, 'postgres.log');
  await asPostgres('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
  const port = await freePort(0);
  const opts = `-p ${port} -c listen_addresses=127.0.0.1 -k ${home} -c fsync=off -c max_connections=200`;
  const start = () => asPostgres('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', opts, 'start']);
  const stop = (mode = 'fast') => asPostgres('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
  await start();
  // A run that ends abruptly (its time cap, an error) still stops its server.
  process.once('exit', () => {
    try {
      execFileSync('runuser', ['-u', 'postgres', '--', join(PG_BIN, 'pg_ctl'), '-D', dataDir, '-m', 'immediate', 'stop'], { stdio: 'ignore' });
    } catch {
      // already stopped
    }
  });
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query('CREATE DATABASE parkflow');
  await c.end();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/parkflow`,
    port,
    logFile,
    start,
    stop,
    /** Stops with `mode` (fast: clean shutdown; immediate: a crash, recovery at start), stays down `downMs`, starts again. */
    async restart(mode, downMs) {
      await stop(mode);
      await pause(downMs);
      await start();
    },
  };
}

async function redisCli(port, ...args) {
  const { stdout } = await run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], { timeout: 10_000 });
  return stdout.trim();
}

/** A redis-server that keeps nothing on disk: a restart loses every key, as FLUSHALL does. */
export async function startRedis() {
  const port = await freePort(0);
  let child = null;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i += 1) {
      if ((await redisCli(port, 'PING').catch(() => '')) === 'PONG') return;
      await pause(100);
    }
    throw new Error(`redis-server on ${port} did not answer within 10 s`);
  };
  const kill = async () => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await gone;
  };
  await start();
  process.once('exit', () => child?.kill('SIGKILL'));
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    cli: (...args) => redisCli(port, ...args),
    flushAll: () => redisCli(port, 'FLUSHALL'),
    /** kill -9 and start again on the same port, after `downMs`: everything in it is lost. */
    async restart(downMs = 0) {
      await kill();
      await pause(downMs);
      await start();
    },
    stop: kill,
  };
}
