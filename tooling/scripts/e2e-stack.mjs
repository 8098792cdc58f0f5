// The stack the browser tests drive (Playwright's webServer): api + worker on port 3100 serving
// the built web client, on a fresh demo database — a database of this run's own on the test
// PostgreSQL with Redis when TEST_DATABASE_URL is set (npm test), else the embedded one in a
// temporary folder. Removes what it created when stopped.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack } from './stack.mjs';
import { clearRedisPrefix, createDatabase, dropDatabase, runScopedName } from './test-resources.mjs';

const port = Number(process.env.PARKFLOW_E2E_PORT ?? 3100);
// The browser tests sign the same demo users in many times from one address: no sign-in throttle here.
const env = {
  PARKFLOW_SEED: 'demo',
  PARKFLOW_TOKEN_SECRET: 'e2e-secret-not-for-production',
  PARKFLOW_SIGNIN_PER_ACCOUNT: '100000',
  PARKFLOW_SIGNIN_PER_ADDRESS: '100000',
  DATABASE_URL: undefined,
  REDIS_URL: undefined,
};
const cleanups = [];
const dataDir = mkdtempSync(join(tmpdir(), 'parkflow-e2e-'));
cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
if (process.env.TEST_DATABASE_URL) {
  const name = runScopedName('e2e');
  env.DATABASE_URL = await createDatabase(process.env.TEST_DATABASE_URL, name);
  cleanups.push(() => dropDatabase(process.env.TEST_DATABASE_URL, name));
  if (process.env.TEST_REDIS_URL) {
    env.REDIS_URL = process.env.TEST_REDIS_URL;
    env.PARKFLOW_QUEUE_PREFIX = `{${name}}`;
    cleanups.push(() => clearRedisPrefix(process.env.TEST_REDIS_URL, env.PARKFLOW_QUEUE_PREFIX));
  }
}
const stack = await startStack({ port, dataDir, env });
console.log(`[e2e] ParkFlow at ${stack.url} (${env.DATABASE_URL ? 'PostgreSQL + ' + (env.REDIS_URL ? 'Redis' : 'PostgreSQL queues') : 'embedded'})`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await stack.stop();
  for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => console.error(`[e2e] cleanup: ${e.message}`));
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
await stack.exited;
await shutdown();
