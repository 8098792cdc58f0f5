// Makes sure the services the tests need are there: reachable at the configured address, or
// started when installed, or installed with apt-get when missing and running as root — and
// otherwise one line naming what is missing. Never a silent skip.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';
import { fail, step } from './pnpm.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

function reachable(host, port, timeoutMs = 1500) {
  return new Promise((done) => {
    const socket = net.connect({ host, port: Number(port) });
    const finish = (ok) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

async function waitReachable(host, port, seconds) {
  for (let i = 0; i < seconds * 4; i += 1) {
    if (await reachable(host, port)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

let aptUpdated = false;
function aptInstall(what, packages) {
  if (!isRoot || !has('apt-get')) fail(`${what} is missing and cannot be installed here (needs root and apt-get): install ${packages.join(' ')}`);
  step(`Installing ${packages.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    aptUpdated = true;
  }
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

function pgClusters() {
  return existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql') : [];
}

/** Debian's fresh cluster wants a password on TCP; the tests' throwaway cluster trusts loopback instead. */
function trustLoopback() {
  const hba = execFileSync('su', ['postgres', '-c', `psql -tAc 'SHOW hba_file'`], { encoding: 'utf8' }).trim();
  execFileSync('sh', ['-c', `grep -q '^host all all 127.0.0.1/32 trust' ${hba} || sed -i '1i host all all 127.0.0.1/32 trust' ${hba}`]);
  execFileSync('su', ['postgres', '-c', `psql -tAc 'SELECT pg_reload_conf()'`]);
}

export async function ensurePostgres(url) {
  const { hostname, port } = new URL(url);
  const p = port || '5432';
  if (await reachable(hostname, p)) return;
  const local = ['127.0.0.1', 'localhost', '::1'].includes(hostname);
  if (!local) fail(`PostgreSQL is not reachable at ${hostname}:${p} (TEST_DATABASE_URL)`);
  let installedNow = false;
  if (pgClusters().length === 0) {
    aptInstall('PostgreSQL', ['postgresql']);
    installedNow = true;
  }
  const version = pgClusters()[0];
  if (!version) fail('PostgreSQL was installed but has no cluster under /etc/postgresql');
  step(`Starting PostgreSQL ${version}`);
  spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
  if (!(await waitReachable(hostname, p, 30))) fail(`PostgreSQL ${version} did not start on port ${p}`);
  if (installedNow && isRoot) trustLoopback();
}

export async function ensureRedis(url) {
  const { hostname, port } = new URL(url);
  const p = port || '6379';
  if (await reachable(hostname, p)) return;
  const local = ['127.0.0.1', 'localhost', '::1'].includes(hostname);
  if (!local) fail(`Redis is not reachable at ${hostname}:${p} (TEST_REDIS_URL)`);
  if (!has('redis-server')) aptInstall('Redis', ['redis-server']);
  step(`Starting redis-server on port ${p}`);
  spawnSync('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', p, '--save', '', '--appendonly', 'no'], { stdio: 'inherit' });
  if (!(await waitReachable(hostname, p, 15))) fail(`redis-server did not start on port ${p}`);
}

export function ensureChromium(path) {
  if (existsSync(path)) return;
  if (path !== '/usr/bin/chromium') fail(`Chromium is missing at ${path} (CHROMIUM_PATH)`);
  aptInstall('Chromium (/usr/bin/chromium)', ['chromium']);
  if (!existsSync(path)) fail('Chromium was installed but /usr/bin/chromium is still missing');
}
