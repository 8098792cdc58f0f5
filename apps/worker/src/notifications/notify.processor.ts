import { randomUUID } from 'node:crypto';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { NotificationEntity } from '@parkflow/db';
import { NOTIFICATION_CHANNEL, QUEUE_NAMES, type JobOf } from '@parkflow/queues';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../worker.tokens.js';
import { resolveAudience } from './audience-resolver.js';
import { PROCESSOR_OPTIONS } from '../config/worker-config.js';

/**
 * Delivers a notification: one row per recipient (unique per job and user, so a retry inserts
 * nothing twice), then a NOTIFY that every api replica relays to the recipients' open streams.
 */
@Processor(QUEUE_NAMES.notifications, PROCESSOR_OPTIONS)
export class NotifyProcessor extends WorkerHost {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {
    super();
  }

  async process(job: JobOf<'notify.deliver'>): Promise<number> {
    const sourceId = job.id ?? `${job.name}-${job.timestamp}`;
    const delivered = await this.dataSource.transaction(async (manager) => {
      const userIds = await resolveAudience(manager, job.data);
      if (userIds.length === 0) return [];
      const now = new Date();
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(NotificationEntity)
        .values(userIds.map((userId) => ({ id: randomUUID(), userId, itemId: job.data.itemId, sourceId, topic: job.data.topic, params: job.data.params ?? null, message: job.data.message ?? null, createdAt: now, readAt: null })))
        .orIgnore()
        .returning(['userId'])
        .execute();
      return (result.raw as { user_id: string }[]).map((r) => r.user_id);
    });
    if (delivered.length > 0) {
      await this.dataSource.query('SELECT pg_notify($1, $2)', [NOTIFICATION_CHANNEL, JSON.stringify({ userIds: delivered })]);
    }
    return delivered.length;
  }
}
