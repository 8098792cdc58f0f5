import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startStack, type Stack } from '../../../../tooling/scripts/stack.mjs';
import { clearRedisPrefix, createDatabase, dropDatabase, runScopedName } from '../../../../tooling/scripts/test-resources.mjs';

/** The three ways ParkFlow runs: Redis queues on PostgreSQL, PostgreSQL queues on PostgreSQL, and embedded PGlite. */
export type StackMode = 'postgres+redis' | 'postgres+pg-queues' | 'embedded';

export interface RunningStack {
  url: string;
  stack: Stack;
  output: () => string;
  /** Kills the worker (SIGKILL by default: a crash) and starts a fresh one. */
  restartWorker(signal?: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
}

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Starts a whole stack (api + worker child processes) on resources of its own; `stop` removes them. */
export async function startTestStack(mode: StackMode, extraEnv: Record<string, string> = {}): Promise<RunningStack> {
  const name = runScopedName(`it_${mode.replace(/[^a-z]/g, '')}_${Math.random().toString(36).slice(2, 6)}`);
  const cleanups: (() => Promise<void>)[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'parkflow-it-'));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const env: Record<string, string | undefined> = {
    PARKFLOW_SEED: 'demo',
    PARKFLOW_TOKEN_SECRET: 'integration-test-secret',
    PARKFLOW_OUTBOX_SWEEP_MS: '500',
    // The suites sign the same demo users in hundreds of times from 127.0.0.1; sign-in-throttle.int-spec.ts tests the real limits.
    PARKFLOW_SIGNIN_PER_ACCOUNT: '100000',
    PARKFLOW_SIGNIN_PER_ADDRESS: '100000',
    DATABASE_URL: undefined,
    REDIS_URL: undefined,
    PARKFLOW_WEB_DIST: join(dataDir, 'no-web'),
    ...extraEnv,
  };
  if (mode !== 'embedded') {
    env.DATABASE_URL = await createDatabase(TEST_DATABASE_URL, name);
    cleanups.push(() => dropDatabase(TEST_DATABASE_URL, name));
  }
  if (mode === 'postgres+redis') {
    // A test may route Redis through a proxy of its own (to cut it); the prefix is this stack's either way.
    env.REDIS_URL = extraEnv.REDIS_URL ?? TEST_REDIS_URL;
    env.PARKFLOW_QUEUE_PREFIX = `{${name}}`;
    cleanups.push(() => clearRedisPrefix(TEST_REDIS_URL, `{${name}}`));
  }
  let output = '';
  const port = await freePort(0);
  let stack: Stack;
  try {
    stack = await startStack({ port, dataDir, env, stdio: 'pipe', log: (line) => (output += `${line}\n`) });
  } catch (error) {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    throw error;
  }
  const capture = (child: Stack['api']) => {
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  };
  capture(stack.api);
  capture(stack.worker);
  return {
    url: stack.url,
    stack,
    output: () => output,
    restartWorker: async (signal) => capture(await stack.restartWorker(signal)),
    stop: async () => {
      await stack.stop();
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    },
  };
}
