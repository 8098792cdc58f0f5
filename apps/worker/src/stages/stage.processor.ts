import { Processor, type WorkerHost } from '@nestjs/bullmq';
import { Inject, type Type } from '@nestjs/common';
import { STAGES, type Stage } from '@parkflow/domain';
import { JOB_QUEUES, stageJobName, type JobOf, type StageJobName } from '@parkflow/queues';
import { OutboxRelayService } from '../outbox/outbox-relay.service.js';
import { StageRunnerService } from './stage-runner.service.js';
import { PROCESSOR_OPTIONS } from '../config/worker-config.js';
import { OutageTolerantHost } from '../queues/outage-tolerant.host.js';

/*
 * One processor per stage queue, all made by this factory: they differ only by stage. The four
 * queues stay, because a queue name is data in Redis or PostgreSQL. Folding them into one
 * `stages` queue would strand the jobs already waiting or delayed in the old ones, so it would
 * need a migration. Separate queues also keep a slow stage from using up another's concurrency.
 * Nest needs one class per queue (@Processor is class metadata), so each call decorates a fresh
 * class.
 */
export function stageProcessor(stage: Stage): Type<WorkerHost> {
  @Processor(JOB_QUEUES[stageJobName(stage)], PROCESSOR_OPTIONS)
  class StageProcessor extends OutageTolerantHost {
    // Explicit tokens: the class is made at run time, so its injection must not rest on emitted parameter types.
    constructor(
      @Inject(StageRunnerService) private readonly stages: StageRunnerService,
      @Inject(OutboxRelayService) private readonly relay: OutboxRelayService,
    ) {
      super();
    }

    /** The stage's automatic work (assign routes by rule; every stage starts its deadline timers). */
    async work(job: JobOf<StageJobName>): Promise<string> {
      const { outcome, outbox } = await this.stages.run(stage, job.data);
      await this.relay.publish(outbox);
      return outcome;
    }
  }
  // Nest's logs and errors name a provider by its class: say which stage it is.
  Object.defineProperty(StageProcessor, 'name', { value: `StageProcessor(${stage})` });
  return StageProcessor;
}

/** One processor per domain stage: a stage the domain adds gets one (and must get a queue in JOB_QUEUES). */
export const STAGE_PROCESSORS: readonly Type<WorkerHost>[] = STAGES.map(stageProcessor);
