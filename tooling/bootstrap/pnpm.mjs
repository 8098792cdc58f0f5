// Gets the pinned pnpm with nothing but Node and npm: the one on PATH when it is the pinned
// version, otherwise a private copy under .cache/pnpm (no root, no corepack needed).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
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

/** The absolute path of `command` as the PATH resolves it, or null. */
function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || !isAbsolute(dir)) continue;
    const candidate = join(dir, command);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/**
 * Puts the directory of the chosen pnpm first on this process's PATH, so every child process —
 * turbo (which looks its package manager up on the PATH, not through its parent), the stack,
 * the test runners, Playwright's web server — finds the very same pnpm, on a machine that has
 * no global one. Children inherit process.env, so this is the one place that decides it.
 */
function exposeOnPath(pnpmPath) {
  const dir = dirname(pnpmPath);
  const rest = (process.env.PATH ?? '').split(delimiter).filter((d) => d && d !== dir);
  process.env.PATH = [dir, ...rest].join(delimiter);
  // turbo's anonymous telemetry would try the network on every run; this machine's is closed.
  process.env.TURBO_TELEMETRY_DISABLED ??= '1';
}

/** Returns the absolute path of the pinned pnpm, installing it when needed, and exposes it on the PATH. */
export function ensurePnpm() {
  const global = onPath('pnpm');
  let chosen = null;
  if (global && version(global) === pinned) chosen = global;
  const local = join(ROOT, '.cache/pnpm/node_modules/.bin/pnpm');
  if (!chosen && existsSync(local) && version(local) === pinned) chosen = local;
  if (!chosen) {
    step(`Installing pnpm ${pinned} into .cache/pnpm`);
    run('npm', ['install', '--prefix', join(ROOT, '.cache/pnpm'), '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${pinned}`]);
    if (version(local) !== pinned) fail(`pnpm ${pinned} did not install under .cache/pnpm`);
    chosen = local;
  }
  exposeOnPath(chosen);
  // Sanity check of the promise above: what a child process resolves as `pnpm` is the chosen one.
  const seen = onPath('pnpm');
  if (!seen || realpathSync(seen) !== realpathSync(chosen)) fail(`pnpm on the PATH (${seen}) is not the chosen ${chosen}`);
  return chosen;
}

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) fail(`ParkFlow needs Node ≥ 20.19 (this is ${process.versions.node})`);
}
