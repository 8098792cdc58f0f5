import { DEFAULT_JOB_OPTIONS, JOB_QUEUES, isJobName, type QueueName } from '@parkflow/queues';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { OutboxMessageEntity } from '../entities/outbox-message.entity.js';

export type QueueLookup = (name: QueueName) => Queue;

/**
 * Turns outbox rows into BullMQ jobs. The row id is the jobId, so a row sent twice (the api
 * after commit, then the relay after a crash) is enqueued once. A row is marked dispatched only
 * after the queue accepted it; a failure is recorded on the row and left for the next sweep.
 */
export async function dispatchOutbox(dataSource: DataSource, rows: OutboxMessageEntity[], queueFor: QueueLookup): Promise<number> {
  let sent = 0;
  for (const row of rows) {
    try {
      if (!isJobName(row.jobName)) throw new Error(`Unknown job name ${row.jobName}`);
      const delay = row.runAt ? Math.max(0, row.runAt.getTime() - Date.now()) : 0;
      await queueFor(JOB_QUEUES[row.jobName]).add(row.jobName, row.payload, { ...DEFAULT_JOB_OPTIONS, jobId: row.jobId ?? row.id, delay });
      await dataSource
        .createQueryBuilder()
        .update(OutboxMessageEntity)
        .set({ dispatchedAt: new Date() })
        .where('id = :id AND dispatched_at IS NULL', { id: row.id })
        .execute();
      sent += 1;
    } catch (error) {
      await dataSource
        .createQueryBuilder()
        .update(OutboxMessageEntity)
        .set({ attempts: () => 'attempts + 1', lastError: String(error instanceof Error ? error.message : error).slice(0, 1000) })
        .where('id = :id', { id: row.id })
        .execute()
        .catch(() => undefined);
    }
  }
  return sent;
}

/** The relay's sweep: rows older than `graceMs` still not dispatched (the api crashed, or the queue was away). */
export async function sweepOutbox(dataSource: DataSource, queueFor: QueueLookup, graceMs = 5_000, batch = 200): Promise<number> {
  const rows = await dataSource
    .getRepository(OutboxMessageEntity)
    .createQueryBuilder('o')
    .where('o.dispatched_at IS NULL')
    .andWhere('o.created_at < :cutoff', { cutoff: new Date(Date.now() - graceMs) })
    .orderBy('o.created_at', 'ASC')
    .limit(batch)
    .getMany();
  return rows.length === 0 ? 0 : dispatchOutbox(dataSource, rows, queueFor);
}
