import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { DeadlineProcessor } from '../deadlines/deadline.processor.js';
import { MaintenanceProcessor } from '../maintenance/maintenance.processor.js';
import { NotifyProcessor } from '../notifications/notify.processor.js';
import { OutboxRelayService } from '../outbox/outbox-relay.service.js';
import { AssignProcessor, CloseProcessor, FeedbackProcessor, HandleProcessor } from '../stages/stage.processors.js';

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
    private readonly assign: AssignProcessor,
    private readonly handle: HandleProcessor,
    private readonly feedback: FeedbackProcessor,
    private readonly close: CloseProcessor,
    private readonly deadlines: DeadlineProcessor,
    private readonly notify: NotifyProcessor,
    private readonly maintenance: MaintenanceProcessor,
  ) {}

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    const hosts = [this.assign, this.handle, this.feedback, this.close, this.deadlines, this.notify, this.maintenance];
    const started = Date.now();
    await Promise.all(hosts.map((host) => host.worker.close()));
    this.logger.log(`workers finished their active jobs and stopped in ${Date.now() - started} ms`);
  }
}
