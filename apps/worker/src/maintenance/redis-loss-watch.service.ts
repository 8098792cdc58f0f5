import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { resendDispatchedOutbox } from '@parkflow/db';
import type { QueueBackend } from '@parkflow/queues';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config.js';
import { OutboxRelayService } from '../outbox/outbox-relay.service.js';
import { DATA_SOURCE, QUEUE_BACKEND } from '../worker.tokens.js';
import { MaintenanceProcessor } from './maintenance.processor.js';

/** What this needs of the producer's ioredis client: two commands, and whether it is connected yet. */
interface MarkerStore {
  status: string;
  once(event: 'ready', listener: () => void): unknown;
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<unknown>;
}

/** Jobs BullMQ keeps after they complete (DEFAULT_JOB_OPTIONS): a row dispatched before that ran long ago. */
const RESEND_WINDOW_MS = 24 * 3600 * 1000;

/**
 * Notices that Redis lost its data — a FLUSHALL, or a restart of a Redis that keeps nothing on
 * disk — and rebuilds what lived only there from the database, the truth:
 * - the periodic jobs (the reconcile itself is one, so without this it would never run again);
 * - the jobs the outbox had handed over but that may not have run (resendDispatchedOutbox);
 * - every deadline timer, by running the reconcile at once.
 * It knows by a marker key it writes next to the queues: gone means the data went with it. The
 * marker is written back only after the rebuild succeeded, so a rebuild cut short is tried again
 * on the next check. A start that finds no marker rebuilds too (Redis may have been lost while no
 * worker ran); on a new install that finds nothing to do. Only for the Redis backend: BullMQ's
 * PostgreSQL backend keeps its jobs in the database with everything else.
 */
@Injectable()
export class RedisLossWatchService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('redis-watch');
  private timer: NodeJS.Timeout | undefined;
  private known: string | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(QUEUE_BACKEND) private readonly backend: QueueBackend,
    private readonly maintenance: MaintenanceProcessor,
    private readonly relay: OutboxRelayService,
  ) {}

  private get redis(): MarkerStore {
    return this.backend.producerConnection() as unknown as MarkerStore;
  }

  private get key(): string {
    return `${this.backend.prefix ?? 'bull'}:parkflow:data-marker`;
  }

  onApplicationBootstrap(): void {
    if (this.backend.kind !== 'redis') return;
    this.timer = setInterval(() => void this.check(), this.config.redisWatchMs);
    // The producer connects lazily: checking before it is ready only failed (no offline queue) and waited a period.
    if (this.redis.status === 'ready') void this.check();
    else this.redis.once('ready', () => void this.check());
  }

  /** One check at a time; Redis away is not a loss (the next check, once it answers, tells). */
  check(): Promise<void> {
    this.running ??= this.checkOnce()
      .catch((error: unknown) => this.logger.warn(`check failed, will try again: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (this.running = null));
    return this.running;
  }

  private async checkOnce(): Promise<void> {
    const marker = await this.redis.get(this.key);
    if (marker !== null) {
      // Present: as this process left it, or rebuilt by another worker that saw the loss first.
      this.known = marker;
      return;
    }
    const started = Date.now();
    this.logger.warn(this.known === null ? 'no data marker in Redis at start: rebuilding its jobs from the database' : 'Redis lost its data: rebuilding its jobs from the database');
    await this.maintenance.ensureSchedulers();
    const resent = await resendDispatchedOutbox(this.dataSource, (name) => this.relay.queueFor(name), new Date(Date.now() - RESEND_WINDOW_MS));
    const timers = await this.maintenance.reconcile();
    const written = `${new Date().toISOString()} ${randomUUID()}`;
    await this.redis.set(this.key, written);
    this.known = written;
    this.logger.warn(`rebuilt in ${Date.now() - started} ms: ${resent.resent} outbox job(s) re-sent${resent.skipped ? `, ${resent.skipped} skipped` : ''}, ${timers} timer(s) re-created`);
  }

  /** Before the queues close: no check starts, and one under way finishes. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
