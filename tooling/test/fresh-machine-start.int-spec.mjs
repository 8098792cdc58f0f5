// `npm start` as on a new user's machine: a scratch copy of this working tree, a PATH holding only
// Node's own directory and the system directories (links to their programs, minus every pnpm,
// turbo, corepack and yarn), and a clean environment. It must install its own pnpm, build, reach
// /api/health, sign a demo user in and stop cleanly on Ctrl-C. This is the test that would have
// caught turbo failing to find a package manager on a machine without a global pnpm.
// turbo.json runs it after the api integration and browser tests: a whole stack started beside
// them on 2 cores once slowed every one of them past its timeout.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, ROOT } from '../scripts/stack.mjs';

const SYSTEM_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
const HIDDEN = new Set(['pnpm', 'pnpx', 'pn', 'pnx', 'turbo', 'corepack', 'yarn', 'yarnpkg']);
// Everything a build or a start writes; a fresh clone has none of it.
const NOT_IN_A_CLONE = new Set(['node_modules', 'dist', '.data', '.turbo', '.cache', '.git', 'test-reports', 'test-results', 'playwright-report', 'coverage']);

const run = process.env.PARKFLOW_TEST_RUN ?? Date.now().toString(36);
const scratch = join(ROOT, '.cache/fresh-machine', run);
const bin = join(scratch, '.path-bin');
const clone = join(scratch, 'parkflow');

/** A directory of links to every program of Node's directory and the system directories, minus the hidden ones. */
function bareBin() {
  mkdirSync(bin, { recursive: true });
  for (const dir of [dirname(process.execPath), ...SYSTEM_DIRS]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (HIDDEN.has(name) || existsSync(join(bin, name))) continue;
      try {
        if (statSync(join(dir, name)).isFile()) symlinkSync(join(dir, name), join(bin, name));
      } catch {
        // a dangling link: a new machine would not run it either
      }
    }
  }
  return bin;
}

/** The working tree as a clone would have it: tracked and new files (so an uncommitted change is tested too). */
function copyWorkingTree() {
  mkdirSync(clone, { recursive: true });
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status === 0) {
    for (const file of listed.stdout.split('\0').filter(Boolean)) {
      if (!existsSync(join(ROOT, file))) continue; // deleted in the working tree
      mkdirSync(dirname(join(clone, file)), { recursive: true });
      cpSync(join(ROOT, file), join(clone, file));
    }
    return;
  }
  // Not a git checkout (an unpacked archive): everything but what builds and starts write.
  cpSync(ROOT, clone, { recursive: true, filter: (src) => !NOT_IN_A_CLONE.has(src.split('/').pop() ?? '') });
}

/** The launcher's own lines (a crash's stack among them) and the last lines of everything. */
function tail(log, lines = 40) {
  const all = log.split('\n');
  const launcher = all.filter((line) => !line.includes('[Nest]')).slice(-30);
  return `--- lines not from the api or worker logger:\n${launcher.join('\n')}\n--- the last ${lines} lines:\n${all.slice(-lines).join('\n')}`;
}

let child = null;
afterAll(() => {
  try {
    if (child) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // the group is gone already: the test stopped it
  }
  if (!process.env.PARKFLOW_KEEP_SCRATCH) rmSync(scratch, { recursive: true, force: true });
});

describe('npm start on a machine with only Node and npm', () => {
  it('installs its own pnpm, builds, serves the api, signs in a demo user and stops on Ctrl-C', async () => {
    rmSync(scratch, { recursive: true, force: true });
    copyWorkingTree();
    const path = bareBin();
    expect(spawnSync('sh', ['-c', 'command -v pnpm || command -v turbo || command -v corepack'], { env: { PATH: path } }).status).not.toBe(0);

    const port = await freePort(3300);
    const env = {
      HOME: process.env.HOME, // the user's pnpm store and npm cache, so the install costs seconds, not minutes
      PATH: path,
      LANG: process.env.LANG ?? 'C.UTF-8',
      CI: process.env.CI ?? '',
      PORT: String(port),
      PARKFLOW_EMBEDDED_DB_PORT: String(await freePort(54400)),
      // This run's own builds are in the workspace's turbo cache by now (see turbo.json); the
      // scratch build replays them instead of compiling for a minute. The lookup of the package
      // manager, which is what failed, happens before any cache is read.
      TURBO_CACHE_DIR: join(ROOT, '.turbo/cache'),
    };
    for (const key of ['XDG_DATA_HOME', 'XDG_CACHE_HOME', 'npm_config_cache']) if (process.env[key]) env[key] = process.env[key];

    // Own process group, so Ctrl-C can be sent as a terminal sends it: to the whole foreground group.
    child = spawn('npm', ['start'], { cwd: clone, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (c) => (log += c.toString()));
    child.stderr.on('data', (c) => (log += c.toString()));
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    // The output pipe closes only when every process holding it has exited: npm, the launcher, and
    // the api and worker it started (they inherit it). That is "stopped cleanly", not npm's exit alone.
    const allClosed = new Promise((resolve) => child.stdout.once('close', resolve));

    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 420_000;
    let health = null;
    while (Date.now() < deadline && child.exitCode === null) {
      try {
        const res = await fetch(`${url}/api/health`);
        if (res.ok) {
          health = await res.json();
          break;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(health, `npm start did not reach /api/health:\n${tail(log)}`).not.toBeNull();
    expect(log).toContain(`Installing pnpm`);
    expect(health.status).toBe('ok');

    const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'dispatcher', password: 'parkflow' }) });
    expect(login.status).toBe(200);
    const { accessToken } = await login.json();
    const me = await fetch(`${url}/api/me`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(me.status).toBe(200);
    expect((await me.json()).username).toBe('dispatcher');

    process.kill(-child.pid, 'SIGINT');
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 60_000));
    const result = await Promise.race([exited.then(async (r) => (await allClosed, r)), timeout]);
    expect(result, `npm start did not stop within 60 s of SIGINT:\n${tail(log)}`).not.toBe('timeout');
    // npm re-raises the signal it was stopped by, as a shell expects; the launcher itself exits 0.
    expect(result.code === 0 || result.signal === 'SIGINT', `exit ${JSON.stringify(result)}\n${tail(log)}`).toBe(true);
    expect(log).toContain('SIGINT: stopping the worker');
    expect(log).toContain('ParkFlow stopped.');
    // Nothing left behind: no process of the scratch copy, and the ports are free again.
    const leftovers = spawnSync('pgrep', ['-af', clone], { encoding: 'utf8' }).stdout.trim();
    expect(leftovers, `processes left running:\n${leftovers}`).toBe('');
    expect(await freePort(port)).toBe(port);
    expect(await freePort(Number(env.PARKFLOW_EMBEDDED_DB_PORT))).toBe(Number(env.PARKFLOW_EMBEDDED_DB_PORT));
  }, 600_000);
});
