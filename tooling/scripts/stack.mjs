// Starts a whole ParkFlow: the embedded database when no DATABASE_URL is given, then the api
// (serving the built web client) and the worker as child processes. Used by `npm start`, the
// browser tests and the integration tests, so all three run ParkFlow the same way.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A free TCP port on 127.0.0.1, starting the search at `preferred`. */
export async function freePort(preferred = 0) {
  for (let port = preferred; port < preferred + 50 || preferred === 0; port += 1) {
    const ok = await new Promise((done) => {
      const server = net.createServer();
      server.once('error', () => done(null));
      server.listen(port, '127.0.0.1', () => {
        const actual = server.address().port;
        server.close(() => done(actual));
      });
    });
    if (ok) return ok;
    if (preferred === 0) break;
  }
  throw new Error(`no free port near ${preferred}`);
}

/** A secret generated once into the data directory (token secret, embedded database password). */
function generatedSecret(dataDir, name) {
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/**
 * @param {object} options
 * @param {number} [options.port] api port (default PORT or 3000)
 * @param {string} [options.dataDir] embedded database and secrets (default .data)
 * @param {Record<string,string|undefined>} [options.env] environment for api and worker
 * @param {'inherit'|'pipe'} [options.stdio]
 * @param {(line: string) => void} [options.log]
 * @param {{ api?: string[], worker?: string[] }} [options.nodeArgs] extra node flags per process (the benchmark's profiler)
 */
export async function startStack(options = {}) {
  const env = { ...process.env, ...(options.env ?? {}) };
  const log = options.log ?? ((line) => console.log(line));
  const dataDir = resolve(options.dataDir ?? env.PARKFLOW_DATA_DIR ?? join(ROOT, '.data'));
  const port = options.port ?? Number(env.PORT ?? 3000);
  let embedded = null;
  if (!env.DATABASE_URL) {
    const { startEmbeddedPostgres } = await import(pathToFileURL(join(ROOT, 'packages/db/dist/index.js')).href);
    const dbPort = await freePort(Number(env.PARKFLOW_EMBEDDED_DB_PORT ?? 54329));
    // Not a passwordless superuser: every client, api and worker alike, gives the generated password.
    embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pglite'), port: dbPort, password: generatedSecret(dataDir, 'db-password') });
    env.DATABASE_URL = embedded.url;
    env.PARKFLOW_DB_MODE = 'embedded';
    env.PARKFLOW_TOKEN_SECRET ??= generatedSecret(dataDir, 'token-secret');
  }
  env.PORT = String(port);
  env.PARKFLOW_WEB_DIST ??= join(ROOT, 'apps/web/dist');
  // The api and the worker find the ledger exports under it (PARKFLOW_EXPORT_DIR defaults there).
  env.PARKFLOW_DATA_DIR = dataDir;
  const children = [];
  const run = (name, script) => {
    // Own process group: a terminal's Ctrl-C reaches only the launcher, which stops them in order.
    // The IPC channel carries nothing; its closing tells the child that the launcher is gone (a
    // crash, kill -9), so it stops itself instead of living on without its database.
    const stdio = options.stdio ?? 'inherit';
    const child = spawn(process.execPath, ['--enable-source-maps', ...(options.nodeArgs?.[name] ?? []), join(ROOT, script)], { env, stdio: [stdio, stdio, stdio, 'ipc'], detached: true });
    child.channel?.unref();
    child.name = name;
    children.push(child);
    return child;
  };
  let stopping = null;
  const stop = () =>
    (stopping ??= (async () => {
      // The worker first: it finishes its active jobs, then the api, then the database they share.
      for (const child of [...children].reverse()) {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGTERM');
          // Each child bounds its own close (20 s, STOP_GRACE_MS); this is for one that hangs harder.
          const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
          await exited;
          clearTimeout(timer);
        }
      }
      await embedded?.stop();
    })());

  const api = run('api', 'apps/api/dist/main.js');
  const url = `http://localhost:${port}`;
  const healthy = await waitForHealth(url, api, 120_000);
  if (!healthy) {
    await stop();
    throw new Error(api.exitCode !== null ? 'the api stopped during start-up (see the line above)' : 'the api did not become healthy within 120 s');
  }
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  const watch = (child) =>
    child.once('exit', (code, signal) => {
      if (stopping || child.replaced) return;
      log(`[parkflow] the ${child.name} exited unexpectedly (${signal ?? `code ${code}`})`);
      resolveExit({ name: child.name, code, signal });
    });
  watch(api);
  const stack = { url, env, api, worker: watch(run('worker', 'apps/worker/dist/main.js')), embedded: Boolean(embedded), stop, exited };
  /** Kills the worker with a signal (SIGKILL: a crash mid-job) and starts a new one (tests of recovery). */
  stack.restartWorker = async (signal = 'SIGKILL') => {
    const old = stack.worker;
    old.replaced = true;
    const gone = new Promise((r) => old.once('exit', r));
    old.kill(signal);
    await gone;
    children.splice(children.indexOf(old), 1);
    stack.worker = watch(run('worker', 'apps/worker/dist/main.js'));
    return stack.worker;
  };
  return stack;
}
