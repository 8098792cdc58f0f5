// `npm start`: works before anything is installed. Gets pnpm, installs, builds, then runs the
// api, the worker and the web client from one address — on the embedded database and queue
// backend when DATABASE_URL / REDIS_URL are not set.
import { checkNode, ensurePnpm, fail, run, step } from './pnpm.mjs';

checkNode();
const pnpm = ensurePnpm();
step('Installing dependencies');
run(pnpm, ['install', '--frozen-lockfile', '--reporter=append-only']);
step('Building');
run(pnpm, ['exec', 'turbo', 'run', 'build', '--filter=@parkflow/api', '--filter=@parkflow/worker', '--filter=@parkflow/web', '--output-logs=errors-only']);

const { startStack } = await import('../scripts/stack.mjs');
const { DEMO_ACCOUNTS_TEXT } = await import('./banner.mjs');
step(process.env.DATABASE_URL ? 'Starting ParkFlow' : `Starting ParkFlow on the embedded database (${process.env.PARKFLOW_DATA_DIR ?? '.data'}/)`);
let stack;
try {
  stack = await startStack();
} catch (error) {
  fail(`ParkFlow did not start: ${error.message}`);
}
console.log(`\n  ParkFlow is running at ${stack.url}  (API: ${stack.url}/api, docs: ${stack.url}/api/docs)`);
const seeded = stack.embedded ? process.env.PARKFLOW_SEED !== 'none' : process.env.PARKFLOW_SEED === 'demo';
if (seeded) console.log(DEMO_ACCOUNTS_TEXT);
console.log('  Ctrl-C stops everything.\n');

let stopping = false;
const shutdown = async (signal) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the worker (it finishes its active jobs), the api, then the database…`);
  await stack.stop();
  console.log('ParkFlow stopped.');
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
await stack.exited;
if (!stopping) {
  await stack.stop();
  process.exit(1);
}
