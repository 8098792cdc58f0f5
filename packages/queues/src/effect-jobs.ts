import type { Effect, NodeTimer } from '@parkflow/domain';
import { safeJobId, stageJobName, type JobName, type JobPayloads } from './job-registry.js';

/** One outbox row: a job name with that job's payload (a payload of another job fails to compile). */
export type OutboxJob<J extends JobName = JobName> = J extends JobName
  ? {
      jobName: J;
      payload: JobPayloads[J];
      /** When the job may run; null means now. */
      runAt: Date | null;
      /** Deterministic job id (timers), else the outbox row's id is used. */
      jobId?: string;
    }
  : never;

/**
 * Maps one domain effect (one outbox row) to the job that carries it out. Every variant of the
 * domain's `Effect` has a case: a new effect without a job fails to compile at the `never` below,
 * instead of being dropped silently at run time.
 */
export function effectToJob(effect: Effect): OutboxJob {
  switch (effect.type) {
    case 'stage_job':
      return { jobName: stageJobName(effect.stage), payload: { itemId: effect.itemId, stageSeq: effect.stageSeq }, runAt: null };
    case 'notify':
      return {
        jobName: 'notify.deliver',
        payload: {
          itemId: effect.itemId,
          userIds: effect.userIds,
          topic: effect.topic,
          params: effect.params,
          ...(effect.audience ? { audience: effect.audience } : {}),
          ...(effect.departmentId ? { departmentId: effect.departmentId } : {}),
          ...(effect.enterpriseId ? { enterpriseId: effect.enterpriseId } : {}),
        },
        runAt: null,
      };
    case 'schedule_timer':
      return {
        jobName: 'deadline.check',
        payload: {
          itemId: effect.itemId,
          stage: effect.stage,
          stageSeq: effect.stageSeq,
          deadlineRev: effect.deadlineRev,
          check: effect.check,
          ...(effect.level !== undefined ? { level: effect.level } : {}),
          ...(effect.clock !== undefined ? { clock: effect.clock } : {}),
        },
        runAt: new Date(effect.at),
        jobId: safeJobId(effect.timerId),
      };
    case 'cancel_timers':
      return { jobName: 'timers.cancel', payload: { itemId: effect.itemId, timerIds: effect.timerIds.map(safeJobId) }, runAt: null };
    default: {
      const unmapped: never = effect;
      // Reachable only past the compiler (an untyped value passed as an Effect): refuse it loudly.
      throw new Error(`no job for effect ${JSON.stringify(unmapped)}`);
    }
  }
}

/** A key-project node's timer as its delayed job: the timer id is the job id, so it is added once. */
export function nodeTimerToJob(timer: NodeTimer): OutboxJob<'project.node_check'> {
  return {
    jobName: 'project.node_check',
    payload: { projectId: timer.projectId, nodeKey: timer.nodeKey, plannedFinish: timer.plannedFinish, check: timer.check },
    runAt: new Date(timer.at),
    jobId: safeJobId(timer.timerId),
  };
}
