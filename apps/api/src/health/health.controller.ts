import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Health } from '@parkflow/contracts';
import { readOutboxBacklog } from '@parkflow/db';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/public.decorator.js';
import { API_CONFIG, type ApiConfig } from '../config/api-config.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { QueueProducerService } from '../queues/queue-producer.service.js';

const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);

@Controller('health')
export class HealthController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly producer: QueueProducerService,
  ) {}

  /** 200 when the database and the queue backend answer, 503 otherwise, with each one's state. */
  @Public()
  @Get()
  async health(@Res({ passthrough: true }) res: Response): Promise<Health> {
    const [db, queue, backlog] = await Promise.allSettled([
      withTimeout(this.dataSource.query('SELECT 1'), 3_000),
      withTimeout(this.producer.ping(), 3_000),
      withTimeout(readOutboxBacklog(this.dataSource), 3_000),
    ]);
    const error = (r: PromiseSettledResult<unknown>) => (r.status === 'rejected' ? { error: String((r.reason as Error)?.message ?? r.reason) } : {});
    const outbox = backlog.status === 'fulfilled' ? backlog.value : { pending: 0, failing: 0, oldestPendingAgeSeconds: null };
    const body: Health = {
      // A backlog alone does not make the api unhealthy (the relay drains it); the database or the queue backend away does.
      status: db.status === 'fulfilled' && queue.status === 'fulfilled' ? 'ok' : 'degraded',
      database: { ok: db.status === 'fulfilled', mode: this.config.databaseMode, ...error(db) },
      queue: { ok: queue.status === 'fulfilled', backend: this.config.queue.kind, ...error(queue) },
      outbox: { ...outbox, ...this.producer.failureCounts(), ...error(backlog) },
    };
    res.status(body.status === 'ok' ? 200 : 503);
    return body;
  }
}
