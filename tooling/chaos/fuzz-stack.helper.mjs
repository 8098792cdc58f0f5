// The ParkFlow the fuzz run attacks: api + worker (startStack) on a throwaway PostgreSQL database
// and a Redis prefix of their own, with the demo seed. Everything is removed again by `stop`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startStack } from '../scripts/stack.mjs';
import { clearRedisPrefix, createDatabase, dropDatabase, runScopedName } from '../scripts/test-resources.mjs';

const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** The fuzz run signs tokens of its own (a validly signed but expired one), so it chooses the secret. */
export const TOKEN_SECRET = 'fuzz-secret-not-for-production';
const LOG_KEEP = 4000;

export async function startFuzzStack() {
  const name = runScopedName(`fuzz_${Math.random().toString(36).slice(2, 6)}`);
  const prefix = `{${name}}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'parkflow-fuzz-'));
  const databaseUrl = await createDatabase(SERVER, name);
  const env = {
    PARKFLOW_SEED: 'demo',
    PARKFLOW_TOKEN_SECRET: TOKEN_SECRET,
    DATABASE_URL: databaseUrl,
    REDIS_URL: REDIS,
    PARKFLOW_QUEUE_PREFIX: prefix,
    PARKFLOW_OUTBOX_SWEEP_MS: '1000',
    // Every role signs in again after each sign-out the fuzz run provokes; the limits are tested elsewhere (sign-in-throttle.int-spec.ts).
    PARKFLOW_SIGNIN_PER_ACCOUNT: '1000000',
    PARKFLOW_SIGNIN_PER_ADDRESS: '1000000',
    PARKFLOW_WEB_DIST: join(dataDir, 'no-web'),
  };
  // The api's and the worker's last lines, kept so a 5xx can be shown with the stack trace it logged.
  const lines = [];
  let total = 0;
  const push = (line) => {
    lines.push(line);
    total += 1;
    if (lines.length > LOG_KEEP) lines.splice(0, lines.length - LOG_KEEP);
  };
  const keep = (who) => (chunk) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) push(`[${who}] ${line}`);
  };
  const cleanup = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await dropDatabase(SERVER, name).catch(() => undefined);
    await clearRedisPrefix(REDIS, prefix).catch(() => undefined);
  };
  let stack;
  try {
    stack = await startStack({ port: await freePort(0), dataDir, env, stdio: 'pipe', log: push });
  } catch (error) {
    await cleanup();
    throw error;
  }
  const attach = (child) => {
    child.stdout?.on('data', keep(child.name));
    child.stderr?.on('data', keep(child.name));
  };
  attach(stack.api);
  attach(stack.worker);
  return {
    url: stack.url,
    databaseUrl,
    name,
    /** Log lines written since `mark` (a count from `logMark`). */
    logMark: () => total,
    logSince: (mark) => lines.slice(Math.max(0, lines.length - (total - mark))),
    exited: stack.exited,
    stop: async () => {
      await stack.stop();
      await cleanup();
    },
  };
}
