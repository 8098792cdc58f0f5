// ParkFlow on a fault run's private servers: startStack from tooling/scripts/stack.mjs with the
// env the run needs, every child's output kept in a log file (evidence for the findings), and
// extra api / worker processes for the runs that need more than one of each.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ROOT, startStack } from '../scripts/stack.mjs';
import { startPostgres, startRedis } from './chaos-servers.helper.mjs';

export const say = (line) => console.log(`[chaos] ${line}`);

/** `--name N` from the command line, a whole number 0..max. */
export function option(name, fallback, max) {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 0 || value > max) throw new Error(`--${name} must be 0..${max}`);
  return value;
}

/**
 * A work directory, a private PostgreSQL and Redis, ParkFlow on them. `lines` keeps every output
 * line of every child (with its name); `grep(re)` finds the ones a finding cites. The timers are
 * short so a run sees the relay and the reconcile act: the outbox sweep every second, the
 * reconcile every `reconcileMs`.
 */
export async function openChaosStack({ reconcileMs = 10_000, env: extra = {} } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'parkflow-chaos-'));
  const logFile = join(work, 'parkflow.log');
  const out = createWriteStream(logFile);
  const lines = [];
  const started = Date.now();
  const capture = (child, name) => {
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream?.on('data', (d) => {
        const parts = (rest + d).split('\n');
        rest = parts.pop();
        for (const text of parts) {
          const line = { t: Date.now() - started, name, text };
          lines.push(line);
          out.write(`${(line.t / 1000).toFixed(1)}s ${name}: ${text}\n`);
        }
      });
    }
    return child;
  };
  // Ctrl-C or a kill: exit, so the servers' exit handlers stop them (chaos-servers.helper.mjs).
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
  const pg = await startPostgres(work);
  const redis = await startRedis();
  const env = {
    DATABASE_URL: pg.url,
    REDIS_URL: redis.url,
    PARKFLOW_QUEUE_PREFIX: '{parkflow}',
    PARKFLOW_SEED: 'demo',
    PARKFLOW_TOKEN_SECRET: randomBytes(24).toString('base64url'),
    PARKFLOW_OUTBOX_SWEEP_MS: '1000',
    PARKFLOW_RECONCILE_MS: String(reconcileMs),
    // The load signs in a few times from one address; nothing here tests the throttle.
    PARKFLOW_SIGNIN_PER_ADDRESS: '10000',
    PARKFLOW_SIGNIN_PER_ACCOUNT: '10000',
    ...extra,
  };
  let stack;
  try {
    stack = await startStack({ port: await freePort(0), dataDir: join(work, 'data'), env, stdio: 'pipe', log: (l) => lines.push({ t: Date.now() - started, name: 'launcher', text: l }) });
  } catch (error) {
    await pg.stop('immediate').catch(() => undefined);
    await redis.stop();
    throw error;
  }
  capture(stack.api, 'api');
  capture(stack.worker, 'worker');
  const extras = [];
  const ctx = {
    work,
    logFile,
    pg,
    redis,
    stack,
    lines,
    prefix: env.PARKFLOW_QUEUE_PREFIX,
    env: stack.env,
    urls: [stack.url],
    grep: (re) => lines.filter((l) => re.test(l.text)),
    /** kill -9 (or `signal`) the stack's worker and start another; its output is kept too. */
    async restartWorker(signal = 'SIGKILL') {
      capture(await stack.restartWorker(signal), 'worker');
    },
    /** One more api (on its own port) or worker with the stack's env: several replicas on one database and Redis. */
    async addProcess(kind) {
      const port = kind === 'api' ? await freePort(0) : undefined;
      const name = `${kind}${extras.filter((e) => e.kind === kind).length + 2}`;
      const child = spawn(process.execPath, ['--enable-source-maps', join(ROOT, `apps/${kind}/dist/main.js`)], {
        env: { ...stack.env, ...(port ? { PORT: String(port) } : {}) },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      });
      child.channel?.unref();
      capture(child, name);
      extras.push({ kind, child });
      if (port) {
        const url = `http://localhost:${port}`;
        for (let i = 0; i < 480; i += 1) {
          if (child.exitCode !== null) throw new Error(`${name} exited during start-up`);
          if ((await fetch(`${url}/api/health`).catch(() => null))?.ok) break;
          await new Promise((r) => setTimeout(r, 250));
        }
        ctx.urls.push(url);
      }
      return name;
    },
    async close({ keep = false } = {}) {
      for (const { child } of extras.reverse()) {
        if (child.exitCode !== null || child.signalCode !== null) continue;
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
        await gone;
        clearTimeout(timer);
      }
      await stack.stop();
      await pg.stop('fast').catch(() => pg.stop('immediate').catch(() => undefined));
      await redis.stop();
      out.end();
      if (!keep) rmSync(work, { recursive: true, force: true });
    },
  };
  return ctx;
}
