import type { DataSource } from 'typeorm';
import { OutboxMessageEntity } from '../entities/outbox-message.entity.js';
import { outboxJobOf, type QueueLookup } from './outbox-dispatcher.js';

/** What a resend did: rows put back on their queues, and rows skipped (an unknown job name). */
export interface ResendResult {
  resent: number;
  skipped: number;
}

/**
 * After the queue backend lost its data (Redis flushed or restarted without persistence), puts
 * back every job the outbox had already handed over that may not have run: rows dispatched since
 * `since`, and every row still due later (a delayed job). A job that did run runs again and finds
 * its work done — every processor checks that (the stage's stage_job_processed event, a
 * notification unique per source and user, a timer refused once its deadline moved on) — so
 * erring towards more is safe. Pages by id; one addBulk per queue and page.
 */
export async function resendDispatchedOutbox(dataSource: DataSource, queueFor: QueueLookup, since: Date, batch = 500): Promise<ResendResult> {
  const result: ResendResult = { resent: 0, skipped: 0 };
  // Keyset on the id alone: a uuid orders totally, and a JS Date would cut created_at's microseconds.
  let after: string | null = null;
  for (;;) {
    const query = dataSource
      .getRepository(OutboxMessageEntity)
      .createQueryBuilder('o')
      .where('o.dispatched_at IS NOT NULL')
      .andWhere('(o.dispatched_at >= :since OR o.run_at > now())', { since })
      .orderBy('o.id', 'ASC')
      .limit(batch);
    if (after) query.andWhere('o.id > :after', { after });
    const rows = await query.getMany();
    const byQueue = new Map<string, { name: string; data: unknown; opts: ReturnType<typeof outboxJobOf>['opts'] }[]>();
    const now = Date.now();
    for (const row of rows) {
      try {
        const job = outboxJobOf(row, now);
        const jobs = byQueue.get(job.queue) ?? [];
        jobs.push(job);
        byQueue.set(job.queue, jobs);
      } catch {
        result.skipped += 1;
      }
    }
    for (const [queue, jobs] of byQueue) {
      await queueFor(queue as Parameters<QueueLookup>[0]).addBulk(jobs);
      result.resent += jobs.length;
    }
    if (rows.length < batch) return result;
    after = rows[rows.length - 1]!.id;
  }
}
