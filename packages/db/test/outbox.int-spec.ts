import { randomUUID } from 'node:crypto';
import { createQueueBackend, JOB_QUEUES, type QueueName } from '@parkflow/queues';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearRedisPrefix, createDatabase, dropDatabase, runScopedName } from '../../../tooling/scripts/test-resources.mjs';
import { createDataSource, dispatchOutbox, migrateDatabase, OutboxMessageEntity, outboxJobOf, readOutboxBacklog, sweepOutbox } from '../src/index.js';

const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The outbox relay on real PostgreSQL and Redis: rows left behind are sent once, failures are kept and retried. */
describe('the outbox relay', () => {
  const name = runScopedName('outbox');
  const prefix = `{${name}}`;
  let dataSource: ReturnType<typeof createDataSource>;
  let queues: Map<QueueName, Queue>;
  const backend = createQueueBackend({ kind: 'redis', url: REDIS, prefix });
  const queueFor = (q: QueueName) => {
    let queue = queues.get(q);
    if (!queue) queues.set(q, (queue = new Queue(q, { connection: backend.producerConnection(), prefix })));
    return queue;
  };

  beforeAll(async () => {
    dataSource = createDataSource({ url: await createDatabase(SERVER, name), poolSize: 2 });
    await dataSource.initialize();
    await migrateDatabase(dataSource);
    queues = new Map();
  });

  afterAll(async () => {
    for (const q of queues.values()) await q.close();
    await backend.close();
    await dataSource?.destroy();
    await dropDatabase(SERVER, name);
    await clearRedisPrefix(REDIS, prefix);
  });

  async function pendingRow(jobName: string, ageMs: number, jobId: string | null = null): Promise<OutboxMessageEntity> {
    const row = Object.assign(new OutboxMessageEntity(), {
      id: randomUUID(),
      jobName,
      jobId,
      payload: { itemId: randomUUID(), stageSeq: 1 },
      runAt: null,
      createdAt: new Date(Date.now() - ageMs),
      dispatchedAt: null,
      attempts: 0,
      lastError: null,
    });
    await dataSource.getRepository(OutboxMessageEntity).insert(row as never);
    return row;
  }

  it('sends rows a crash left behind exactly once, with the row id as job id', async () => {
    const left = await pendingRow('stage.assign', 60_000);
    const fresh = await pendingRow('stage.assign', 0);
    expect((await sweepOutbox(dataSource, queueFor, 5_000)).sent).toBe(1);
    const job = await queueFor(JOB_QUEUES['stage.assign']).getJob(left.id);
    expect(job?.data).toEqual(left.payload);
    const rows = await dataSource.getRepository(OutboxMessageEntity).findBy({});
    expect(rows.find((r) => r.id === left.id)?.dispatchedAt).not.toBeNull();
    // A fresh row is the api's to send right after its commit; the sweep leaves it alone.
    expect(rows.find((r) => r.id === fresh.id)?.dispatchedAt).toBeNull();
    // Sending the same row again (api and relay racing) enqueues nothing new.
    await dispatchOutbox(dataSource, [left], queueFor);
    expect(await queueFor(JOB_QUEUES['stage.assign']).getJobCounts('waiting', 'prioritized')).toMatchObject({ waiting: 1 });
    expect((await sweepOutbox(dataSource, queueFor, 5_000)).sent).toBe(0);
  });

  it('keeps a row it could not send, with the reason, and sends it on a later sweep', async () => {
    const row = await pendingRow('stage.nowhere', 60_000);
    const result = await sweepOutbox(dataSource, queueFor, 5_000);
    // The caller learns which row failed and why, so it can log and count it.
    expect(result).toEqual({ sent: 0, failed: [{ id: row.id, jobName: 'stage.nowhere', error: 'Unknown job name stage.nowhere' }] });
    // What /api/health reports: the failing row, and the oldest undispatched row's age (this one, 60 s old).
    const backlog = await readOutboxBacklog(dataSource);
    expect(backlog.failing).toBe(1);
    expect(backlog.pending).toBeGreaterThanOrEqual(1);
    expect(backlog.oldestPendingAgeSeconds).toBeGreaterThanOrEqual(60);
    const kept = await dataSource.getRepository(OutboxMessageEntity).findOneByOrFail({ id: row.id });
    expect(kept).toMatchObject({ dispatchedAt: null, attempts: 1 });
    expect(kept.lastError).toMatch(/Unknown job name stage.nowhere/);
    // Once the queue exists for it (here: the row is corrected), the next sweep sends it.
    await dataSource.getRepository(OutboxMessageEntity).update({ id: row.id }, { jobName: 'stage.handle' });
    expect((await sweepOutbox(dataSource, queueFor, 5_000)).sent).toBe(1);
    expect((await readOutboxBacklog(dataSource)).failing).toBe(0);
  });

  it('uses a timer\'s deterministic id, so re-scheduling it never doubles it', async () => {
    const timerId = `dl-${randomUUID()}-s1-r0-warn`;
    const a = await pendingRow('deadline.check', 60_000, timerId);
    const b = await pendingRow('deadline.check', 60_000, timerId);
    expect(await dispatchOutbox(dataSource, [a, b], queueFor)).toEqual({ sent: 2, failed: [] });
    const deadlines = queueFor(JOB_QUEUES['deadline.check']);
    expect(await deadlines.getJob(timerId)).toBeTruthy();
    expect((await deadlines.getJobs(['waiting', 'delayed', 'prioritized'])).filter((j) => j.id === timerId)).toHaveLength(1);
  });
  it('queues a timer due at its run_at to the millisecond: the job\'s timestamp is the instant its delay was counted from', async () => {
    // The deadline processor reads a timer's due instant as timestamp + delay; with BullMQ's own
    // Date.now() as timestamp that came out a millisecond late now and then (a CI failure).
    const runAt = new Date(1_000_000 + 3_600_000);
    const probe = Object.assign(new OutboxMessageEntity(), { id: randomUUID(), jobName: 'deadline.check', jobId: 'probe', payload: {}, runAt });
    const { opts } = outboxJobOf(probe, 1_000_000);
    expect((opts.timestamp ?? Number.NaN) + (opts.delay ?? 0)).toBe(runAt.getTime());
    const rows = [];
    for (let i = 0; i < 40; i++) {
      const row = await pendingRow('deadline.check', 60_000, `dl-${randomUUID()}-s1-r0-overdue`);
      row.runAt = new Date(Date.now() + 3_600_000 + i);
      await dataSource.getRepository(OutboxMessageEntity).update({ id: row.id }, { runAt: row.runAt });
      rows.push(row);
    }
    expect(await dispatchOutbox(dataSource, rows, queueFor)).toEqual({ sent: 40, failed: [] });
    const deadlines = queueFor(JOB_QUEUES['deadline.check']);
    for (const row of rows) {
      const job = await deadlines.getJob(row.jobId!);
      expect(job!.timestamp + (job!.opts.delay ?? 0), row.jobId!).toBe(row.runAt!.getTime());
    }
  });

  it('sends the rows of several queues in one dispatch; a queue that refuses its bulk fails only its own rows', async () => {
    const stage = await pendingRow('stage.assign', 0);
    const timer = await pendingRow('deadline.check', 0, `dl-${randomUUID()}-s1-r0-due`);
    const notice = await pendingRow('notify.deliver', 0);
    // notify.deliver's queue on a connection that has been closed: a real refusal, not a stand-in.
    const closed = createQueueBackend({ kind: 'redis', url: REDIS, prefix });
    const refusing = new Queue(JOB_QUEUES['notify.deliver'], { connection: closed.producerConnection(), prefix });
    refusing.on('error', () => undefined);
    await refusing.waitUntilReady();
    await closed.close();
    try {
      const result = await dispatchOutbox(dataSource, [stage, timer, notice], (q) => (q === JOB_QUEUES['notify.deliver'] ? refusing : queueFor(q)));
      expect(result.sent).toBe(2);
      expect(result.failed.map((f) => f.id)).toEqual([notice.id]);
      const rows = new Map((await dataSource.getRepository(OutboxMessageEntity).findBy({})).map((r) => [r.id, r]));
      expect(rows.get(stage.id)?.dispatchedAt).not.toBeNull();
      expect(rows.get(timer.id)?.dispatchedAt).not.toBeNull();
      expect(rows.get(notice.id)).toMatchObject({ dispatchedAt: null, attempts: 1 });
      expect(rows.get(notice.id)?.lastError).toBeTruthy();
      expect(await queueFor(JOB_QUEUES['stage.assign']).getJob(stage.id)).toBeTruthy();
      expect(await queueFor(JOB_QUEUES['deadline.check']).getJob(timer.jobId!)).toBeTruthy();
    } finally {
      await refusing.close().catch(() => undefined);
    }
  });
});
