import { safeJobId, type JobName, type JobPayloads } from './job-registry.js';

/*
 * The domain's effects, structurally (queues imports no domain): each becomes one outbox row,
 * and that row one job.
 */
interface StageJobEffect {
  type: 'stage_job';
  stage: 'assign' | 'handle' | 'feedback' | 'close';
  itemId: string;
  stageSeq: number;
}
interface NotifyEffect {
  type: 'notify';
  userIds: string[];
  itemId: string;
  message: string;
  topic?: string;
  audience?: string;
  departmentId?: string;
  enterpriseId?: string;
}
interface ScheduleTimerEffect {
  type: 'schedule_timer';
  timerId: string;
  itemId: string;
  stage: 'assign' | 'handle' | 'feedback' | 'close';
  stageSeq: number;
  deadlineRev: number;
  check: 'warn' | 'overdue' | 'escalate' | 'timeout';
  level?: number;
  at: string;
}
interface CancelTimersEffect {
  type: 'cancel_timers';
  itemId: string;
  timerIds: string[];
}
export type JobEffect = StageJobEffect | NotifyEffect | ScheduleTimerEffect | CancelTimersEffect;

export interface OutboxJob<J extends JobName = JobName> {
  jobName: J;
  payload: JobPayloads[J];
  /** When the job may run; null means now. */
  runAt: Date | null;
  /** Deterministic job id (timers), else the outbox row's id is used. */
  jobId?: string;
}

const KNOWN = new Set(['stage_job', 'notify', 'schedule_timer', 'cancel_timers']);

/** Maps one effect to the job that carries it out, or null for an effect no queue handles. */
export function effectToJob(effect: { type: string }): OutboxJob | null {
  if (!KNOWN.has(effect.type)) return null;
  const e = effect as JobEffect;
  switch (e.type) {
    case 'stage_job':
      return { jobName: `stage.${e.stage}`, payload: { itemId: e.itemId, stageSeq: e.stageSeq }, runAt: null };
    case 'notify':
      return {
        jobName: 'notify.deliver',
        payload: {
          itemId: e.itemId,
          userIds: e.userIds,
          message: e.message,
          topic: e.topic ?? 'notice',
          ...(e.audience ? { audience: e.audience } : {}),
          ...(e.departmentId ? { departmentId: e.departmentId } : {}),
          ...(e.enterpriseId ? { enterpriseId: e.enterpriseId } : {}),
        },
        runAt: null,
      };
    case 'schedule_timer':
      return {
        jobName: 'deadline.check',
        payload: { itemId: e.itemId, stage: e.stage, stageSeq: e.stageSeq, deadlineRev: e.deadlineRev, check: e.check, ...(e.level !== undefined ? { level: e.level } : {}) },
        runAt: new Date(e.at),
        jobId: safeJobId(e.timerId),
      };
    case 'cancel_timers':
      return { jobName: 'timers.cancel', payload: { itemId: e.itemId, timerIds: e.timerIds.map(safeJobId) }, runAt: null };
  }
}
