import type { Effect, NodeTimer, Stage } from '@parkflow/domain';
import type { Job, JobsOptions } from 'bullmq';
import { QUEUE_NAMES, type QueueName } from './queue-names.js';

/*
 * Payloads are derived from the domain's effects, not restated: a field or value the domain adds
 * (a stage, a timer check) reaches the jobs without an edit here, and a field it removes breaks
 * the build where a payload still relies on it.
 */
type EffectOf<T extends Effect['type']> = Extract<Effect, { type: T }>;

/** Payloads carry ids and the stage-entry sequence, never copies of the item: processors reload it. */
export type StageJobPayload = Pick<EffectOf<'stage_job'>, 'itemId' | 'stageSeq'>;

/** One deadline check of one deadline revision; a timer whose deadline moved or whose stage was left does nothing. */
export type DeadlineCheckPayload = Omit<EffectOf<'schedule_timer'>, 'type' | 'timerId' | 'at'>;

/**
 * A notification to deliver; the audience is resolved to users by the worker. Jobs (and outbox
 * rows) queued before notices became codes carry a zh-CN `message` instead of `params`, and any
 * topic string: the worker still delivers them as they are.
 */
export type NotifyPayload = Omit<EffectOf<'notify'>, 'type' | 'topic' | 'params'> & {
  topic: string;
  params?: EffectOf<'notify'>['params'];
  /** Only in jobs queued before codes. */
  message?: string;
  /** The user who acted; never notified of their own action. */
  excludeUserId?: string;
};

/**
 * One check of one key-project node at one planned finish (its revision): the worker reloads the
 * project, and a node finished or moved since, or a project archived, makes it do nothing.
 */
export type ProjectNodeCheckPayload = Omit<NodeTimer, 'timerId' | 'at'>;

export type CancelTimersPayload = Omit<EffectOf<'cancel_timers'>, 'type'>;

/** Not from an effect: the worker schedules it itself. */
export interface MaintenancePayload {
  reason: string;
}

/**
 * Writes one ledger export (台账) to its file. Carries only the export's id: the record holds the
 * owner, the view and its filters, and the job re-reads them (and the owner's rights) when it runs.
 */
export interface ReportExportPayload {
  exportId: string;
}

/**
 * 每日清零 of one Beijing day (YYYY-MM-DD), not from an effect: the worker schedules it itself at
 * the day's close-out instant, with the id closeOutJobId(day).
 */
export interface CloseOutPayload {
  day: string;
}

/** One job per stage, named after it; the stage's queue is chosen in JOB_QUEUES. */
export type StageJobName<S extends Stage = Stage> = `stage.${S}`;

export function stageJobName<S extends Stage>(stage: S): StageJobName<S> {
  return `stage.${stage}`;
}

/**
 * Every job and its payload. A job name missing from JOB_QUEUES below fails to compile, so no job
 * (nor a stage the domain adds) can be produced without a queue that consumes it.
 */
export type JobPayloads = { [S in Stage as StageJobName<S>]: StageJobPayload } & {
  'deadline.check': DeadlineCheckPayload;
  'project.node_check': ProjectNodeCheckPayload;
  'notify.deliver': NotifyPayload;
  'timers.cancel': CancelTimersPayload;
  'timers.reconcile': MaintenancePayload;
  'report.export': ReportExportPayload;
  'exports.sweep': MaintenancePayload;
  'closeout.run': CloseOutPayload;
  'stats.fold': MaintenancePayload;
};
export type JobName = keyof JobPayloads;

/**
 * A BullMQ job typed by its name, for processors: `JobOf<'deadline.check'>`. Distributes over a
 * union of names, so a processor of several jobs narrows `job.data` by `job.name`.
 */
export type JobOf<J extends JobName> = J extends JobName ? Job<JobPayloads[J], unknown, J> : never;

// Written out, not derived from the stages: a queue name is data in Redis or PostgreSQL.
export const JOB_QUEUES: { readonly [J in JobName]: QueueName } = {
  'stage.assign': QUEUE_NAMES.assign,
  'stage.handle': QUEUE_NAMES.handle,
  'stage.feedback': QUEUE_NAMES.feedback,
  'stage.close': QUEUE_NAMES.close,
  'deadline.check': QUEUE_NAMES.deadlines,
  // Node deadlines are deadlines: the same queue, its processor tells the two jobs apart by name.
  'project.node_check': QUEUE_NAMES.deadlines,
  'notify.deliver': QUEUE_NAMES.notifications,
  'timers.cancel': QUEUE_NAMES.maintenance,
  'timers.reconcile': QUEUE_NAMES.maintenance,
  'report.export': QUEUE_NAMES.reports,
  'exports.sweep': QUEUE_NAMES.maintenance,
  // Once a day and quick: housekeeping's queue, not one of its own (a new queue is a migration of its data).
  'closeout.run': QUEUE_NAMES.maintenance,
  // Every few seconds and short: moves the statistics deltas into the day sums (packages/db stat-day-sums.store.ts).
  'stats.fold': QUEUE_NAMES.maintenance,
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

/** One close-out job per day: however many workers schedule it, and however often, the backend keeps one. */
export function closeOutJobId(day: string): string {
  return `closeout-${day}`;
}

/** BullMQ reserves ':' in custom job ids (it separates key parts). */
export function safeJobId(id: string): string {
  return id.replace(/:/g, '_');
}
