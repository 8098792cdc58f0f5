import type { JobsOptions } from 'bullmq';
import { QUEUE_NAMES, type QueueName } from './queue-names.js';

/** Payloads carry ids and the stage-entry sequence, never copies of the item: processors reload it. */
export interface StageJobPayload {
  itemId: string;
  stageSeq: number;
}

export interface MaintenancePayload {
  reason: string;
}

/**
 * Every job: its queue and its payload. A job name missing from JOB_QUEUES below fails to
 * compile, so no job can be produced without a queue that consumes it.
 */
export interface JobPayloads {
  'stage.assign': StageJobPayload;
  'stage.handle': StageJobPayload;
  'stage.feedback': StageJobPayload;
  'stage.close': StageJobPayload;
  'outbox.sweep': MaintenancePayload;
}
export type JobName = keyof JobPayloads;

export const JOB_QUEUES: { readonly [J in JobName]: QueueName } = {
  'stage.assign': QUEUE_NAMES.assign,
  'stage.handle': QUEUE_NAMES.handle,
  'stage.feedback': QUEUE_NAMES.feedback,
  'stage.close': QUEUE_NAMES.close,
  'outbox.sweep': QUEUE_NAMES.maintenance,
};

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOB_QUEUES, name);
}

/** Retries with backoff; finished jobs kept long enough that a re-sent outbox row is still de-duplicated by its id. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};
