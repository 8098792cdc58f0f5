import { createDataSource } from '@parkflow/db';
import { Queue, QueueEvents, Worker, type Job } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../../tooling/scripts/stack.mjs';
import { clearRedisPrefix, runScopedName } from '../../../../tooling/scripts/test-resources.mjs';
import { OutageTolerantHost } from './outage-tolerant.host.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const { hostname, port } = new URL(REDIS_URL);
const connection = { host: hostname, port: Number(port || 6379) };

/** The error the real driver raises with the database away: a connection refused on a closed port. */
async function databaseAwayError(): Promise<unknown> {
  const away = createDataSource({ url: `postgres://postgres@127.0.0.1:${await freePort(0)}/postgres`, poolSize: 1 });
  return away.initialize().then(
    () => new Error('expected no database there'),
    (error: unknown) => error,
  );
}

/** Fails with `error` the first `times` runs, then answers 'done'; counts its runs. */
class FlakyHost extends OutageTolerantHost {
  runs = 0;
  constructor(
    private readonly times: number,
    private readonly error: unknown,
  ) {
    super();
    this.outageRetryMs = 50;
  }
  async work(): Promise<string> {
    this.runs += 1;
    if (this.runs <= this.times) throw this.error;
    return 'done';
  }
}

/** On real BullMQ and Redis: the outage is waited out without spending attempts; a bug still spends them. */
describe('a job while the database is away', () => {
  const prefix = `{${runScopedName('outage')}}`;
  const closers: { close(): Promise<unknown> }[] = [];
  afterAll(async () => {
    for (const c of closers.reverse()) await c.close();
    await clearRedisPrefix(REDIS_URL, prefix);
  });

  async function run(name: string, host: FlakyHost): Promise<{ job: Job; state: string }> {
    const queue = new Queue(name, { connection, prefix });
    const events = new QueueEvents(name, { connection, prefix });
    const worker = new Worker(name, (job, token) => host.process(job, token), { connection, prefix });
    closers.push(queue, events, worker);
    await events.waitUntilReady();
    // The same retry budget as ParkFlow's jobs: 3 attempts here, backoff 10 ms.
    const job = await queue.add('x', {}, { attempts: 3, backoff: { type: 'fixed', delay: 10 } });
    const state = await new Promise<string>((resolve) => {
      events.on('completed', ({ jobId }) => jobId === job.id && resolve('completed'));
      events.on('failed', ({ jobId }) => jobId === job.id && resolve('failed'));
    });
    return { job: (await queue.getJob(job.id!))!, state };
  }

  it('puts the job back until the database answers, however many times, without spending an attempt', async () => {
    const host = new FlakyHost(8, await databaseAwayError());
    const { job, state } = await run('away', host);
    expect(state).toBe('completed');
    expect(job.returnvalue).toBe('done');
    expect(host.runs).toBe(9);
    // Nine runs on a budget of three: only the run that succeeded counted as an attempt.
    expect(job.attemptsMade).toBe(1);
  });

  it('spends the attempts on any other error, as before', async () => {
    const host = new FlakyHost(8, new Error('a bug'));
    const { job, state } = await run('bug', host);
    expect(state).toBe('failed');
    expect(host.runs).toBe(3);
    expect(job.failedReason).toBe('a bug');
    expect(job.attemptsMade).toBe(3);
  });
});
