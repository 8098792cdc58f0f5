import type { WorkCalendar } from '../calendar/index.js';
import { shanghaiDayStartMs } from '../calendar/shanghai-time.js';
import type { KindDefinition } from '../kinds/kind-definition.js';
import { uncoveredYearWarnings, type DecisionWarning } from '../work-item/decision-warning.types.js';
import type { Effect, StageDeadline, WorkItemState } from '../work-item/work-item.types.js';
import { cancelTimers, extendDeadline, pauseDeadline, resumeDeadline, runningStatutoryClock, startDeadline, timersFor } from './deadline-timer.policy.js';

/*
 * 法定办理期限: the one statutory clock of an item (KindDefinition.statutoryClock), e.g. 60 days
 * from 受理 for a petition. It is a deadline like a stage entry's (same revisions, same timers,
 * same warn / overdue / escalate handlers), kept in its own field with `clock: 'statutory'`, so
 * entering a stage never touches it: a reopening or a refused closure runs inside it. These
 * functions are the only ones that change it.
 */

/** The clock started at `start` by the kind's rule, or null when the kind has none. */
export function startStatutoryClock(
  item: Pick<WorkItemState, 'stageSeq'>,
  kind: KindDefinition,
  start: Date,
  calendar: WorkCalendar,
): { clock: StageDeadline; uncoveredYears: number[] } | null {
  const rule = kind.statutoryClock;
  if (!rule) return null;
  const { deadline: clock, uncoveredYears } = startDeadline(calendar, kind, { stage: 'handle', stageSeq: item.stageSeq, start, clock: 'statutory' }, rule);
  return { clock, uncoveredYears };
}

/** Where the clock starts for a kind that counts from receipt: the start of the received day (the day itself not counted, 期间开始之日不计算在内). */
export function receivedStart(item: Pick<WorkItemState, 'receivedOn' | 'createdAt'>): Date {
  return item.receivedOn ? new Date(shanghaiDayStartMs(item.receivedOn)) : new Date(item.createdAt);
}

export interface ClockChange {
  clock: StageDeadline | null;
  effects: Effect[];
  warnings: DecisionWarning[];
}

const UNCHANGED = (item: Pick<WorkItemState, 'statutoryClock'>): ClockChange => ({ clock: item.statutoryClock ?? null, effects: [], warnings: [] });

/** 办结 (or 不予受理): the clock is met at `at` and its timers go. */
export function meetStatutoryClock(item: WorkItemState, kind: KindDefinition, at: string): ClockChange {
  const running = runningStatutoryClock(item);
  if (!running) return UNCHANGED(item);
  return { clock: { ...running, metAt: at }, effects: [cancelTimers(item.id, running, kind)], warnings: [] };
}

/** An approved extension moves the statutory clock by the same days. */
export function extendStatutoryClock(item: WorkItemState, kind: KindDefinition, days: number, calendar: WorkCalendar, paused: boolean): ClockChange {
  const running = runningStatutoryClock(item);
  if (!running) return UNCHANGED(item);
  const { deadline, uncoveredYears } = extendDeadline(running, days, kind.warnShare, calendar);
  return {
    clock: deadline,
    effects: [cancelTimers(item.id, running, kind), ...(paused ? [] : timersFor(item.id, deadline, kind, calendar))],
    warnings: uncoveredYearWarnings('extended_deadline_uncovered', uncoveredYears),
  };
}

/** A pause (for kinds that may pause: a 复核 hearing) stops the statutory clock with the stage's. */
export function pauseStatutoryClock(item: WorkItemState, kind: KindDefinition): ClockChange {
  const running = runningStatutoryClock(item);
  if (!running) return UNCHANGED(item);
  return { clock: pauseDeadline(running), effects: [cancelTimers(item.id, running, kind)], warnings: [] };
}

/** The pause ends: the statutory clock is credited with it, like the stage's deadline. */
export function resumeStatutoryClock(item: WorkItemState, kind: KindDefinition, pausedAt: string, now: Date, calendar: WorkCalendar): ClockChange {
  const running = runningStatutoryClock(item);
  if (!running) return UNCHANGED(item);
  const { deadline, uncoveredYears } = resumeDeadline(running, pausedAt, now, kind.warnShare, calendar);
  return {
    clock: deadline,
    effects: [cancelTimers(item.id, running, kind), ...timersFor(item.id, deadline, kind, calendar)],
    warnings: uncoveredYearWarnings('moved_deadline_uncovered', uncoveredYears),
  };
}
