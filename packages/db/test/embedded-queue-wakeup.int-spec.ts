import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createQueueBackend, migrateQueueSchema } from '@parkflow/queues';
import { Queue, Worker } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../tooling/scripts/stack.mjs';
import { EMBEDDED_QUEUE_SCHEMA, startEmbeddedPostgres, type EmbeddedPostgres } from '../src/index.js';
import { withoutComments } from '../src/embedded/atomic-query-queue.js';

/*
 * The embedded database shares one PGlite session between every client and routes NOTIFY to the
 * clients that LISTEN. BullMQ's workers sleep until the next delayed job (up to an hour) and rely
 * on that NOTIFY to hear of a job added meanwhile: a deadline timer added while the worker waits
 * for a later one must still run on time.
 */
describe('BullMQ on the embedded database', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  });

  it('reads a LISTEN behind comments, as BullMQ sends it', () => {
    expect(withoutComments('-- Subscribe to the shared channel\n-- (a worker filters)\nLISTEN bullmq_jobs;\n').trim()).toBe('LISTEN bullmq_jobs;');
    expect(withoutComments('/* a */ LISTEN x').trim()).toBe('LISTEN x');
  });

  it('wakes a worker waiting for a far delayed job when a nearer one is added', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'parkflow-pglite-queue-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const embedded: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir, port: await freePort(0) });
    cleanups.push(() => embedded.stop());
    await migrateQueueSchema(embedded.url, EMBEDDED_QUEUE_SCHEMA);
    const backend = createQueueBackend({ kind: 'postgres', url: embedded.url, schema: EMBEDDED_QUEUE_SCHEMA });
    const queue = new Queue('wakeup', { connection: backend.producerConnection() });
    cleanups.push(() => queue.close());
    await queue.add('far', {}, { delay: 3_600_000 });
    const ran: { name: string; at: number }[] = [];
    const worker = new Worker('wakeup', async (job) => void ran.push({ name: job.name, at: Date.now() }), { connection: backend.workerConnection() });
    cleanups.push(() => worker.close(true));
    await worker.waitUntilReady();
    // Let the worker settle into its wait for the far job.
    await new Promise((r) => setTimeout(r, 1_500));
    const added = Date.now();
    await queue.add('near', {}, { delay: 1_000 });
    const deadline = Date.now() + 15_000;
    while (!ran.some((r) => r.name === 'near') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const near = ran.find((r) => r.name === 'near');
    expect(near, 'the near job ran').toBeDefined();
    // Due one second after it was added; the wait it broke would have lasted an hour.
    expect(near!.at - added).toBeGreaterThanOrEqual(900);
    expect(ran.map((r) => r.name)).toEqual(['near']);
  }, 60_000);
});
