import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { dispatchOutbox, sweepOutbox, type DispatchResult, type OutboxMessageEntity } from '@parkflow/db';
import { QUEUE_NAMES, type QueueName } from '@parkflow/queues';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config.js';
import { DATA_SOURCE } from '../worker.tokens.js';

/**
 * The outbox relay: sends rows the api committed but could not enqueue (it crashed, or the queue
 * backend was away), and the worker's own rows right after its commits. Sending is idempotent:
 * the row id is the jobId.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('outbox');
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<unknown> | null = null;
  private readonly queues: Record<QueueName, Queue>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @InjectQueue(QUEUE_NAMES.assign) assign: Queue,
    @InjectQueue(QUEUE_NAMES.handle) handle: Queue,
    @InjectQueue(QUEUE_NAMES.feedback) feedback: Queue,
    @InjectQueue(QUEUE_NAMES.close) close: Queue,
    @InjectQueue(QUEUE_NAMES.deadlines) deadlines: Queue,
    @InjectQueue(QUEUE_NAMES.notifications) notifications: Queue,
    @InjectQueue(QUEUE_NAMES.maintenance) maintenance: Queue,
    @InjectQueue(QUEUE_NAMES.reports) reports: Queue,
  ) {
    this.queues = { assign, handle, feedback, close, deadlines, notifications, maintenance, reports };
  }

  /** The producer side of one queue, for whoever sends a row's job (redis-loss-watch.service.ts). */
  queueFor(name: QueueName): Queue {
    return this.queues[name];
  }

  /** Sends the worker's own rows right after its commit; a row the queue did not take is logged and left to the sweep. */
  async publish(rows: OutboxMessageEntity[]): Promise<number> {
    if (rows.length === 0) return 0;
    return this.report(await dispatchOutbox(this.dataSource, rows, (name) => this.queues[name])).sent;
  }

  private report(result: DispatchResult): DispatchResult {
    for (const f of result.failed) this.logger.warn(`outbox row ${f.id} (${f.jobName}) not enqueued, will retry: ${f.error}`);
    return result;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.config.outboxSweepMs);
    void this.sweep();
  }

  /** One sweep at a time; an error is logged and the next tick tries again (the rows stay in the table). */
  async sweep(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = sweepOutbox(this.dataSource, (name) => this.queues[name], this.config.outboxSweepMs)
      .then((result) => {
        if (result.sent > 0) this.logger.log(`relayed ${result.sent} outbox message(s)`);
        this.report(result);
      })
      .catch((error: unknown) => this.logger.error(`outbox sweep failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (this.sweeping = null));
    await this.sweeping;
  }

  /** Stops sweeping and waits for a sweep under way. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.sweeping;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
