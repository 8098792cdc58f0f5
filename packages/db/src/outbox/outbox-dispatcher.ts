import { DEFAULT_JOB_OPTIONS, JOB_QUEUES, isJobName, type QueueName } from '@parkflow/queues';
import type { JobsOptions, Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { OutboxMessageEntity } from '../entities/outbox-message.entity.js';

export type QueueLookup = (name: QueueName) => Queue;

/** One row the queue did not take, with why; the row stays undispatched for the relay. */
export interface OutboxFailure {
  id: string;
  jobName: string;
  error: string;
}

/** What one dispatch did: how many rows the queue took, and each row it did not take. */
export interface DispatchResult {
  sent: number;
  failed: OutboxFailure[];
}

/** The BullMQ job a row stands for: its queue, its id (the row's jobId, else the row id) and the delay until its run_at. */
export function outboxJobOf(row: OutboxMessageEntity, now = Date.now()): { queue: QueueName; name: string; data: unknown; opts: JobsOptions } {
  if (!isJobName(row.jobName)) throw new Error(`Unknown job name ${row.jobName}`);
  const delay = row.runAt ? Math.max(0, row.runAt.getTime() - now) : 0;
  return { queue: JOB_QUEUES[row.jobName], name: row.jobName, data: row.payload, opts: { ...DEFAULT_JOB_OPTIONS, jobId: row.jobId ?? row.id, delay } };
}

const reason = (error: unknown) => String(error instanceof Error ? error.message : error).slice(0, 1000);

/**
 * Turns outbox rows into BullMQ jobs. The row id is the jobId, so a row sent twice (the api
 * after commit, then the relay after a crash) is enqueued once. A row is marked dispatched only
 * after the queue accepted it; a failure is recorded on the row, returned to the caller (which
 * logs and counts it) and left for the next sweep.
 */
export async function dispatchOutbox(dataSource: DataSource, rows: OutboxMessageEntity[], queueFor: QueueLookup): Promise<DispatchResult> {
  const result: DispatchResult = { sent: 0, failed: [] };
  for (const row of rows) {
    try {
      const job = outboxJobOf(row);
      await queueFor(job.queue).add(job.name, job.data, job.opts);
      await dataSource
        .createQueryBuilder()
        .update(OutboxMessageEntity)
        .set({ dispatchedAt: new Date() })
        .where('id = :id AND dispatched_at IS NULL', { id: row.id })
        .execute();
      result.sent += 1;
    } catch (error) {
      const failure: OutboxFailure = { id: row.id, jobName: row.jobName, error: reason(error) };
      try {
        await dataSource
          .createQueryBuilder()
          .update(OutboxMessageEntity)
          .set({ attempts: () => 'attempts + 1', lastError: failure.error })
          .where('id = :id', { id: row.id })
          .execute();
      } catch (recordError) {
        // The database is away too: the row is still undispatched, so the relay retries it;
        // the caller learns both reasons.
        failure.error = `${failure.error} (and recording it failed: ${reason(recordError)})`;
      }
      result.failed.push(failure);
    }
  }
  return result;
}

/** The relay's sweep: rows older than `graceMs` still not dispatched (the api crashed, or the queue was away). */
export async function sweepOutbox(dataSource: DataSource, queueFor: QueueLookup, graceMs = 5_000, batch = 200): Promise<DispatchResult> {
  const rows = await dataSource
    .getRepository(OutboxMessageEntity)
    .createQueryBuilder('o')
    .where('o.dispatched_at IS NULL')
    .andWhere('o.created_at < :cutoff', { cutoff: new Date(Date.now() - graceMs) })
    .orderBy('o.created_at', 'ASC')
    .limit(batch)
    .getMany();
  return rows.length === 0 ? { sent: 0, failed: [] } : dispatchOutbox(dataSource, rows, queueFor);
}

/** The outbox as an operator watches it: rows not yet on a queue, those that failed at least once, and the oldest one's age. */
export interface OutboxBacklog {
  pending: number;
  failing: number;
  oldestPendingAgeSeconds: number | null;
}

export async function readOutboxBacklog(dataSource: DataSource, now = new Date()): Promise<OutboxBacklog> {
  // Reads only the partial index outbox_pending_idx (dispatched_at IS NULL): cheap however big the table grows.
  const [row] = (await dataSource.query(
    `SELECT count(*)::int AS pending, count(*) FILTER (WHERE attempts > 0)::int AS failing, min(created_at) AS oldest
       FROM outbox WHERE dispatched_at IS NULL`,
  )) as { pending: number; failing: number; oldest: Date | string | null }[];
  const oldest = row?.oldest ? new Date(row.oldest) : null;
  return {
    pending: row?.pending ?? 0,
    failing: row?.failing ?? 0,
    oldestPendingAgeSeconds: oldest ? Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000)) : null,
  };
}
