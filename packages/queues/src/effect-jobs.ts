import type { JobName, JobPayloads } from './job-registry.js';

/** The effects of the domain that become jobs (structurally the domain's `Effect`, kept local so queues imports no domain). */
export type JobEffect =
  | { type: 'stage_job'; stage: 'assign' | 'handle' | 'feedback' | 'close'; itemId: string; stageSeq: number }
  | { type: 'notify'; userIds: string[]; itemId: string; message: string };

export interface OutboxJob<J extends JobName = JobName> {
  jobName: J;
  payload: JobPayloads[J];
  /** When the job may run; null means now. */
  runAt: Date | null;
}

function isStageJob(effect: { type: string }): effect is Extract<JobEffect, { type: 'stage_job' }> {
  return effect.type === 'stage_job';
}

/** Maps one effect to the job that carries it out, or null for effects no queue handles (yet). */
export function effectToJob(effect: { type: string }): OutboxJob | null {
  if (isStageJob(effect)) {
    return { jobName: `stage.${effect.stage}`, payload: { itemId: effect.itemId, stageSeq: effect.stageSeq }, runAt: null };
  }
  return null;
}
