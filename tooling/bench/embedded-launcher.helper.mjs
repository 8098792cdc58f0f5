// Run as a child process by the throughput benchmark in embedded mode: `startStack` without
// DATABASE_URL or REDIS_URL, as `npm start` does — PGlite in this process, served on a socket,
// the api and the worker as its children, BullMQ on PostgreSQL. In its own process, not in the
// benchmark's: PGlite is WASM on this process's one thread, and the load generator sharing it
// would slow the database and be slowed by it. Told what to start over IPC; answers
// `{ url, databaseUrl }`, then stops everything on `stop` or when the benchmark goes away.
import { startStack } from '../scripts/stack.mjs';

let stack = null;
let stopping = null;
const stop = () =>
  (stopping ??= (async () => {
    await stack?.stop();
    process.exit(0);
  })());

process.once('message', async ({ port, dataDir, env, nodeArgs }) => {
  try {
    stack = await startStack({ port, dataDir, env: { ...env, DATABASE_URL: undefined, REDIS_URL: undefined }, stdio: 'pipe', nodeArgs, log: (line) => console.error(line) });
    // The children's output goes to ours, which the benchmark drains (a full pipe would block them).
    for (const child of [stack.api, stack.worker]) for (const stream of [child.stdout, child.stderr]) stream?.pipe(process.stderr, { end: false });
    process.send({ url: stack.url, databaseUrl: stack.env.DATABASE_URL });
    process.on('message', (m) => m === 'stop' && void stop());
  } catch (error) {
    process.send({ error: String(error?.stack ?? error) });
    await stop();
  }
});
// The IPC channel closing means the benchmark stopped (or crashed): do not outlive it.
process.on('disconnect', () => void stop());
