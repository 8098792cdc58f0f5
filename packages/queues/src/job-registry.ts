import type { JobsOptions } from 'bullmq';
import { QUEUE_NAMES, type QueueName } from './queue-names.js';

type StageName = 'assign' | 'handle' | 'feedback' | 'close';

/** Payloads carry ids and the stage-entry sequence, never copies of the item: processors reload it. */
export interface StageJobPayload {
  itemId: string;
  stageSeq: number;
}

/** One deadline check of one deadline revision; a timer whose deadline moved or whose stage was left does nothing. */
export interface DeadlineCheckPayload {
  itemId: string;
  stage: StageName;
  stageSeq: number;
  deadlineRev: number;
  check: 'warn' | 'overdue' | 'escalate' | 'timeout';
  level?: number;
}

/** A notification to deliver; the audience is resolved to users by the worker. */
export interface NotifyPayload {
  itemId: string;
  userIds: string[];
  message: string;
  topic: string;
  audience?: string;
  departmentId?: string;
  enterpriseId?: string;
  /** The user who acted; never notified of their own action. */
  excludeUserId?: string;
}

export interface CancelTimersPayload {
  itemId: string;
  timerIds: string[];
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
  'deadline.check': DeadlineCheckPayload;
  'notify.deliver': NotifyPayload;
  'timers.cancel': CancelTimersPayload;
  'timers.reconcile': MaintenancePayload;
}
export type JobName = keyof JobPayloads;

export const JOB_QUEUES: { readonly [J in JobName]: QueueName } = {
  'stage.assign': QUEUE_NAMES.assign,
  'stage.handle': QUEUE_NAMES.handle,
  'stage.feedback': QUEUE_NAMES.feedback,
  'stage.close': QUEUE_NAMES.close,
  'deadline.check': QUEUE_NAMES.deadlines,
  'notify.deliver': QUEUE_NAMES.notifications,
  'timers.cancel': QUEUE_NAMES.maintenance,
  'timers.reconcile': QUEUE_NAMES.maintenance,
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

/** BullMQ reserves ':' in custom job ids (it separates key parts). */
export function safeJobId(id: string): string {
  return id.replace(/:/g, '_');
}
