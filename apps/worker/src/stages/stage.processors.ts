import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Stage } from '@parkflow/domain';
import { QUEUE_NAMES, type StageJobPayload } from '@parkflow/queues';
import type { Job } from 'bullmq';
import { OutboxRelayService } from '../outbox/outbox-relay.service.js';
import { StageRunnerService } from './stage-runner.service.js';
import { PROCESSOR_OPTIONS } from '../config/worker-config.js';

/** One processor class per stage queue, all running the stage's automatic work through the runner. */
abstract class StageProcessor extends WorkerHost {
  protected abstract readonly stage: Stage;

  constructor(
    private readonly stages: StageRunnerService,
    private readonly relay: OutboxRelayService,
  ) {
    super();
  }

  async process(job: Job<StageJobPayload>): Promise<string> {
    const { outcome, outbox } = await this.stages.run(this.stage, job.data);
    await this.relay.publish(outbox);
    return outcome;
  }
}

/** 交办: route an item nobody routed by its category's rule; start its timers. */
@Processor(QUEUE_NAMES.assign, PROCESSOR_OPTIONS)
export class AssignProcessor extends StageProcessor {
  protected readonly stage = 'assign' as const;

  // Nest reads constructor parameter types from each class's own metadata: declare it here.
  constructor(stages: StageRunnerService, relay: OutboxRelayService) {
    super(stages, relay);
  }
}

/** 办理: start the handle deadline's timers. */
@Processor(QUEUE_NAMES.handle, PROCESSOR_OPTIONS)
export class HandleProcessor extends StageProcessor {
  protected readonly stage = 'handle' as const;

  // Nest reads constructor parameter types from each class's own metadata: declare it here.
  constructor(stages: StageRunnerService, relay: OutboxRelayService) {
    super(stages, relay);
  }
}

/** 回访: start the feedback timeout. */
@Processor(QUEUE_NAMES.feedback, PROCESSOR_OPTIONS)
export class FeedbackProcessor extends StageProcessor {
  protected readonly stage = 'feedback' as const;

  // Nest reads constructor parameter types from each class's own metadata: declare it here.
  constructor(stages: StageRunnerService, relay: OutboxRelayService) {
    super(stages, relay);
  }
}

/** 办结审批: start the approval deadline's timers (the approver was notified by the transition). */
@Processor(QUEUE_NAMES.close, PROCESSOR_OPTIONS)
export class CloseProcessor extends StageProcessor {
  protected readonly stage = 'close' as const;

  // Nest reads constructor parameter types from each class's own metadata: declare it here.
  constructor(stages: StageRunnerService, relay: OutboxRelayService) {
    super(stages, relay);
  }
}
