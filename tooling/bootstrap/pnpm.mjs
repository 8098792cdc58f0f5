// Gets the pinned pnpm with nothing but Node and npm: the one on PATH when it is the pinned
// version, otherwise a private copy under .cache/pnpm (no root, no corepack needed).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../scripts/stack.mjs';

// Pinned in package.json devEngines.packageManager (not packageManager: pnpm 12 would then want the pnpm
// package itself in the lockfile, which this registry's native pnpm build cannot satisfy).
const pinned = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devEngines.packageManager.version;

/** Runs a command, streaming its output; stops the process with one line when it fails. */
export function run(command, args, options = {}) {
  const { allowFailure, ...spawnOptions } = options;
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...spawnOptions });
  if (result.error) fail(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0 && !allowFailure) fail(`\`${[command, ...args].join(' ')}\` failed (exit ${result.status ?? result.signal})`, result.status ?? 1);
  return result;
}

export function fail(message, code = 1) {
  console.error(`\n✖ ${message}`);
  process.exit(code);
}

export function step(message) {
  console.log(`\n▶ ${message}`);
}

function version(command) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

export function ensurePnpm() {
  if (version('pnpm') === pinned) return 'pnpm';
  const local = join(ROOT, '.cache/pnpm/node_modules/.bin/pnpm');
  if (existsSync(local) && version(local) === pinned) return local;
  step(`Installing pnpm ${pinned} into .cache/pnpm`);
  run('npm', ['install', '--prefix', join(ROOT, '.cache/pnpm'), '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${pinned}`]);
  if (version(local) !== pinned) fail(`pnpm ${pinned} did not install under .cache/pnpm`);
  return local;
}

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) fail(`ParkFlow needs Node ≥ 20.19 (this is ${process.versions.node})`);
}
