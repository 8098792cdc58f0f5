import type { WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { OutboxRelayService } from '../outbox/outbox-relay.service.js';
import { WORKER_PROCESSORS } from '../worker.processors.js';

/**
 * Stops in a safe order before the framework closes the queues: the relay stops sweeping, then
 * every BullMQ worker stops taking jobs and finishes its active ones. (Left to the framework, the
 * queues could close under a worker still finishing a job, and on the PostgreSQL backend the
 * close then never returned.)
 */
@Injectable()
export class GracefulShutdownService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('shutdown');

  constructor(
    private readonly relay: OutboxRelayService,
    // The processors come from the one list the module registers (the stage ones are made per stage), not one parameter each.
    private readonly moduleRef: ModuleRef,
  ) {}

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    const hosts = WORKER_PROCESSORS.map((processor) => this.moduleRef.get<WorkerHost>(processor));
    const started = Date.now();
    await Promise.all(hosts.map((host) => host.worker.close()));
    this.logger.log(`workers finished their active jobs and stopped in ${Date.now() - started} ms`);
  }
}
