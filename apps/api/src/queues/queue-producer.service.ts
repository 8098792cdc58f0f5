import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { dispatchOutbox, type OutboxMessageEntity } from '@parkflow/db';
import type { QueueBackend, QueueName } from '@parkflow/queues';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.module.js';

export const QUEUE_BACKEND = Symbol('QUEUE_BACKEND');

/** A connection error repeats on every reconnect attempt; one line per queue per this long is enough. */
const QUEUE_ERROR_LOG_INTERVAL_MS = 30_000;

/** What this api process has seen go wrong since it started; /api/health reports it. */
export interface ProducerFailureCounts {
  publishFailures: number;
  queueErrors: number;
  lastPublishError: string | null;
}

/** The api's side of the queues: it only produces (outbox rows right after commit) and reports health. */
@Injectable()
export class QueueProducerService implements OnApplicationShutdown {
  private readonly logger = new Logger('outbox');
  private readonly queues = new Map<QueueName, Queue>();
  private readonly lastQueueErrorLog = new Map<QueueName, number>();
  private readonly failures: ProducerFailureCounts = { publishFailures: 0, queueErrors: 0, lastPublishError: null };

  constructor(
    @Inject(QUEUE_BACKEND) readonly backend: QueueBackend,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.backend.producerConnection(), ...(this.backend.prefix ? { prefix: this.backend.prefix } : {}) });
      // Without a listener an 'error' event would crash the process; with one that ignored it, a
      // queue backend gone away would be invisible. Count every one, log one a while per queue.
      queue.on('error', (error: Error) => this.onQueueError(name, error));
      this.queues.set(name, queue);
    }
    return queue;
  }

  private onQueueError(name: QueueName, error: Error): void {
    this.failures.queueErrors += 1;
    const last = this.lastQueueErrorLog.get(name) ?? 0;
    if (Date.now() - last < QUEUE_ERROR_LOG_INTERVAL_MS) return;
    this.lastQueueErrorLog.set(name, Date.now());
    this.logger.error(`queue ${name}: ${error.message} (${this.failures.queueErrors} queue error(s) since start)`);
  }

  /**
   * Sends committed outbox rows now. It never rejects, because the commit already happened and
   * the caller's answer must not turn into an error: a row the queue did not take stays
   * undispatched (with its reason on the row) and the worker's relay sends it on its next sweep.
   * Each failure is logged with the row ids and counted for /api/health.
   */
  async publishAfterCommit(rows: OutboxMessageEntity[]): Promise<void> {
    if (rows.length === 0) return;
    try {
      const { failed } = await dispatchOutbox(this.dataSource, rows, (name) => this.queue(name));
      if (failed.length === 0) return;
      this.failures.publishFailures += failed.length;
      this.failures.lastPublishError = failed[0]!.error;
      for (const f of failed) this.logger.warn(`outbox row ${f.id} (${f.jobName}) not enqueued, the relay will retry it: ${f.error}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.failures.publishFailures += rows.length;
      this.failures.lastPublishError = message;
      this.logger.warn(`outbox rows ${rows.map((r) => r.id).join(', ')} not enqueued, the relay will retry them: ${message}`);
    }
  }

  failureCounts(): ProducerFailureCounts {
    return { ...this.failures };
  }

  async ping(): Promise<void> {
    await this.queue('assign').getJobCounts('waiting');
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(
      [...this.queues.values()].map((q) => q.close().catch((error: Error) => this.logger.warn(`closing queue ${q.name}: ${error.message}`))),
    );
    await this.backend.close();
  }
}
