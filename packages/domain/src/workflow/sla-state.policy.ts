import type { SlaState, StageDeadline, WorkItemState } from '../work-item/work-item.types.js';

/** The deadline of the stage entry the item is in: the last one not yet met, if any. */
export function runningDeadline(item: Pick<WorkItemState, 'deadlines' | 'status'>): StageDeadline | undefined {
  if (item.status === 'closed') return undefined;
  const last = item.deadlines[item.deadlines.length - 1];
  return last !== undefined && last.metAt === null ? last : undefined;
}

/**
 * How the item stands against its running deadline at `now`, for queues and filters.
 * Supervision (督办) wins over everything: a leader has put it on the watch list and that is
 * what the queue must show; the deadline colours below it stay visible in the deadline itself.
 * A closed item has no running deadline and shows normal.
 * While the clock is paused (waiting on the petitioner) time does not count against the item:
 * it keeps the state stored when it was paused (normal or warning; an overdue deadline cannot
 * be paused), however long the wait, instead of turning overdue on the wall clock.
 */
export function slaState(item: WorkItemState, now: Date): SlaState {
  if (item.status === 'closed') return 'normal';
  if (item.supervisedAt) return 'supervised';
  if (item.clockPausedAt) return item.sla;
  // The worse of the stage's deadline and the statutory clock, which runs beside it.
  const states = [runningDeadline(item), item.statutoryClock?.metAt === null ? item.statutoryClock : undefined].map((d) => deadlineState(d, now));
  return states.includes('overdue') ? 'overdue' : states.includes('warning') ? 'warning' : 'normal';
}

function deadlineState(deadline: StageDeadline | undefined, now: Date): SlaState {
  if (!deadline) return 'normal';
  const t = now.getTime();
  if (t > Date.parse(deadline.dueAt)) return 'overdue';
  if (t >= Date.parse(deadline.warnAt)) return 'warning';
  return 'normal';
}
