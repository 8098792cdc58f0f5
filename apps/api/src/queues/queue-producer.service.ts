import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { dispatchOutbox, type OutboxMessageEntity } from '@parkflow/db';
import type { QueueBackend, QueueName } from '@parkflow/queues';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.module.js';

export const QUEUE_BACKEND = Symbol('QUEUE_BACKEND');

/** The api's side of the queues: it only produces (outbox rows right after commit) and reports health. */
@Injectable()
export class QueueProducerService implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    @Inject(QUEUE_BACKEND) readonly backend: QueueBackend,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.backend.producerConnection(), ...(this.backend.prefix ? { prefix: this.backend.prefix } : {}) });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  /**
   * Sends committed outbox rows now. A failure here loses nothing: the rows stay undispatched
   * and the worker's relay sends them on its next sweep.
   */
  async publish(rows: OutboxMessageEntity[]): Promise<void> {
    if (rows.length === 0) return;
    await dispatchOutbox(this.dataSource, rows, (name) => this.queue(name));
  }

  async ping(): Promise<void> {
    await this.queue('assign').getJobCounts('waiting');
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
    await this.backend.close();
  }
}
