import { randomUUID } from 'node:crypto';
import type { OutboxJob } from '@parkflow/queues';
import { OutboxMessageEntity } from '../entities/outbox-message.entity.js';

/** A new, undispatched outbox row carrying `job`, written in the caller's transaction (the relay sends it after commit). */
export function outboxRow(job: OutboxJob, now: Date): OutboxMessageEntity {
  return Object.assign(new OutboxMessageEntity(), {
    id: randomUUID(),
    jobName: job.jobName,
    jobId: job.jobId ?? null,
    payload: job.payload as unknown as Record<string, unknown>,
    runAt: job.runAt,
    createdAt: now,
    dispatchedAt: null,
    attempts: 0,
    lastError: null,
  });
}
