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

/**
 * The BullMQ job a row stands for: its queue, its id (the row's jobId, else the row id) and the
 * delay until its run_at. The job's timestamp is the same `now` the delay was counted from, so
 * timestamp + delay is run_at to the millisecond (the deadline processor reads its due instant
 * that way; BullMQ's own Date.now() could be a millisecond later).
 */
export function outboxJobOf(row: OutboxMessageEntity, now = Date.now()): { queue: QueueName; name: string; data: unknown; opts: JobsOptions } {
  if (!isJobName(row.jobName)) throw new Error(`Unknown job name ${row.jobName}`);
  const delay = row.runAt ? Math.max(0, row.runAt.getTime() - now) : 0;
  return { queue: JOB_QUEUES[row.jobName], name: row.jobName, data: row.payload, opts: { ...DEFAULT_JOB_OPTIONS, jobId: row.jobId ?? row.id, delay, timestamp: now } };
}

const reason = (error: unknown) => String(error instanceof Error ? error.message : error).slice(0, 1000);

/**
 * Turns outbox rows into BullMQ jobs. The row id is the jobId, so a row sent twice (the api
 * after commit, then the relay after a crash) is enqueued once. A row is marked dispatched only
 * after the queue accepted it; a failure is recorded on the row, returned to the caller (which
 * logs and counts it) and left for the next sweep.
 *
 * Round trips are what an action pays for here (docs/benchmarks.md, "statements per action"):
 * the rows of one queue go in one `addBulk` (one pipelined write to Redis; the queues' bulks run
 * side by side), and the rows sent are marked in one UPDATE, not one add and one UPDATE a row.
 * A queue that refuses its bulk fails all of that bulk's rows; the other queues' still count.
 */
export async function dispatchOutbox(dataSource: DataSource, rows: OutboxMessageEntity[], queueFor: QueueLookup): Promise<DispatchResult> {
  const failed: OutboxFailure[] = [];
  const byQueue = new Map<QueueName, { row: OutboxMessageEntity; job: ReturnType<typeof outboxJobOf> }[]>();
  for (const row of rows) {
    try {
      const job = outboxJobOf(row);
      byQueue.set(job.queue, [...(byQueue.get(job.queue) ?? []), { row, job }]);
    } catch (error) {
      failed.push({ id: row.id, jobName: row.jobName, error: reason(error) });
    }
  }
  const sent: OutboxMessageEntity[] = [];
  await Promise.all(
    [...byQueue].map(async ([queue, entries]) => {
      try {
        await queueFor(queue).addBulk(entries.map(({ job }) => ({ name: job.name, data: job.data, opts: job.opts })));
        sent.push(...entries.map((e) => e.row));
      } catch (error) {
        for (const { row } of entries) failed.push({ id: row.id, jobName: row.jobName, error: reason(error) });
      }
    }),
  );
  if (sent.length > 0) {
    try {
      await dataSource.query('UPDATE outbox SET dispatched_at = now() WHERE id = ANY($1::uuid[]) AND dispatched_at IS NULL', [sent.map((r) => r.id)]);
    } catch (error) {
      // On the queue but not marked: the relay sends them again, and their job ids make that a no-op.
      for (const row of sent.splice(0)) failed.push({ id: row.id, jobName: row.jobName, error: reason(error) });
    }
  }
  await recordFailures(dataSource, failed);
  return { sent: sent.length, failed };
}

/** One UPDATE per distinct reason: attempts + 1 and the reason on each failed row. */
async function recordFailures(dataSource: DataSource, failed: OutboxFailure[]): Promise<void> {
  const byReason = new Map<string, OutboxFailure[]>();
  for (const f of failed) byReason.set(f.error, [...(byReason.get(f.error) ?? []), f]);
  for (const [error, group] of byReason) {
    try {
      await dataSource.query('UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::uuid[])', [group.map((f) => f.id), error]);
    } catch (recordError) {
      // The database is away too: the rows are still undispatched, so the relay retries them;
      // the caller learns both reasons.
      for (const f of group) f.error = `${f.error} (and recording it failed: ${reason(recordError)})`;
    }
  }
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
