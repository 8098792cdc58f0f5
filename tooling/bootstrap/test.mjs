// `npm test`: does its own setup — pnpm, install, PostgreSQL, Redis and Chromium — then builds,
// typechecks, lints and runs the unit, integration and browser tests, and prints one summary line.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, ROOT } from '../scripts/stack.mjs';
import { checkNode, ensurePnpm, run, step } from './pnpm.mjs';
import { ensureChromium, ensurePostgres, ensureRedis } from './services.mjs';

checkNode();
const pnpm = ensurePnpm();
step('Installing dependencies');
run(pnpm, ['install', '--frozen-lockfile', '--reporter=append-only']);

const env = {
  ...process.env,
  TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  TEST_REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // Every run gets its own databases and queue prefixes, so runs never collide.
  PARKFLOW_TEST_RUN: process.env.PARKFLOW_TEST_RUN ?? `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`,
};
// The browser tests' stack listens on a free port, so a ParkFlow already running here does not collide.
env.PARKFLOW_E2E_PORT ??= String(await freePort(3100));
step('Checking PostgreSQL, Redis and Chromium');
await ensurePostgres(env.TEST_DATABASE_URL);
await ensureRedis(env.TEST_REDIS_URL);
ensureChromium(env.CHROMIUM_PATH);

const reportDirs = [...['apps', 'packages'].flatMap((top) => readdirSync(join(ROOT, top)).map((p) => join(ROOT, top, p, 'test-reports'))), join(ROOT, 'tooling/test-reports')];
for (const dir of reportDirs) rmSync(dir, { recursive: true, force: true });

step(`Build, typecheck, lint, unit, integration and browser tests (run ${env.PARKFLOW_TEST_RUN})`);
const tasks = ['build', 'typecheck', 'lint', 'test', 'test:int', 'test:e2e'];
// --continue: one failure does not hide the others; the summary below counts them all.
const result = run(pnpm, ['exec', 'turbo', 'run', ...tasks, '--concurrency=2', '--continue', '--output-logs=new-only'], { env, allowFailure: true });

// One closing line over every runner's JSON report (vitest and Playwright).
let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of reportDirs) {
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (report.stats) {
      passed += report.stats.expected + report.stats.flaky;
      failed += report.stats.unexpected;
      skipped += report.stats.skipped;
    } else {
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
      skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    }
  }
}
console.log(`\nParkFlow: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (result.status !== 0 || failed > 0 || passed === 0) process.exit(result.status || 1);
