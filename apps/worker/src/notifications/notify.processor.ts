import { Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { QUEUE_NAMES, type JobOf } from '@parkflow/queues';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../worker.tokens.js';
import { resolveAudience } from './audience-resolver.js';
import { announceNotifications, insertNotifications } from './notification-rows.writer.js';
import { PROCESSOR_OPTIONS } from '../config/worker-config.js';
import { OutageTolerantHost } from '../queues/outage-tolerant.host.js';

/**
 * Delivers a notification: one row per recipient (unique per job and user, so a retry inserts
 * nothing twice), then a NOTIFY that every api replica relays to the recipients' open streams.
 */
@Processor(QUEUE_NAMES.notifications, PROCESSOR_OPTIONS)
export class NotifyProcessor extends OutageTolerantHost {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {
    super();
  }

  async work(job: JobOf<'notify.deliver'>): Promise<number> {
    const sourceId = job.id ?? `${job.name}-${job.timestamp}`;
    const delivered = await this.dataSource.transaction(async (manager) => {
      const userIds = await resolveAudience(manager, job.data);
      const rows = { sourceId, itemId: job.data.itemId, topic: job.data.topic, params: job.data.params ?? null, message: job.data.message ?? null };
      return insertNotifications(manager, rows, userIds, new Date());
    });
    await announceNotifications(this.dataSource, delivered);
    return delivered.length;
  }
}
