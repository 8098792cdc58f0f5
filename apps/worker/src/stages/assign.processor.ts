import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QUEUE_NAMES, type StageJobPayload } from '@parkflow/queues';
import type { Job } from 'bullmq';
import { OutboxRelayService } from '../outbox/outbox-relay.service.js';
import { StageRunnerService } from './stage-runner.service.js';

/** The assign stage: route an item nobody routed by its category's rule. */
@Processor(QUEUE_NAMES.assign)
export class AssignProcessor extends WorkerHost {
  constructor(
    private readonly stages: StageRunnerService,
    private readonly relay: OutboxRelayService,
  ) {
    super();
  }

  async process(job: Job<StageJobPayload>): Promise<string> {
    const { outcome, outbox } = await this.stages.runAssign(job.data);
    await this.relay.publish(outbox);
    return outcome;
  }
}
