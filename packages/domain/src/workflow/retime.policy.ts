import { computeDeadline, type WorkCalendar } from '../calendar/index.js';
import { stageDeadlineRule, type KindDefinition } from '../kinds/kind-definition.js';
import { defaultEventAudience } from '../roles/event-audience.js';
import type { TimelineEventOf } from '../work-item/timeline-event.types.js';
import type { Effect, StageDeadline, WorkItemState } from '../work-item/work-item.types.js';
import { cancelTimers, deadlineRev, escalationAt, escalationLevelOf, pausedAmountOf, timersFor } from './deadline-timer.policy.js';
import { runningDeadline, slaState } from './sla-state.policy.js';

/** Why the item is re-timed: the arrangement's year, and who loaded it (the event's actor). */
export interface RetimeCause {
  year: number;
  actorId: string;
}

export interface Retimed {
  next: WorkItemState;
  events: [TimelineEventOf<'deadline_retimed'>];
  effects: Effect[];
}

/** How many of the escalations already given are still past under the moved deadline (they stand in order). */
function escalationsStillPast(kind: KindDefinition, d: StageDeadline, reached: number, calendar: WorkCalendar, now: Date): number {
  let level = 0;
  while (level < reached) {
    const at = escalationAt(kind, d, level + 1, calendar);
    if (!at || at.getTime() > now.getTime()) break;
    level++;
  }
  return level;
}

/**
 * The item's running deadline recomputed on a new calendar (a year's arrangement was loaded):
 * from its own `startedAt`, with the same amount, extension and paused time, as `reviseDeadline`
 * does, under the next revision so the old timers go stale. Null when nothing moved (no running
 * deadline, or the same dueAt and warnAt). A warning, overdue mark or escalation already given
 * stands only if its instant is still past under the new calendar; otherwise it is due again and
 * its timer is scheduled. A deadline taken from a linked date (DeadlineRule.fromDate) is counted
 * again up to that date, so it stays due on it. While the clock is paused no timer is scheduled
 * (resume_clock does it), but the old revision's are cancelled all the same.
 */
export function retimeItem(item: WorkItemState, kind: KindDefinition, calendar: WorkCalendar, now: Date, cause: RetimeCause): Retimed | null {
  const d = runningDeadline(item);
  if (!d) return null;
  const linked = kind.stages[d.stage].deadline.fromDate !== undefined;
  const amount = linked ? stageDeadlineRule(kind, d.stage, item, new Date(d.startedAt), calendar).amount : d.amount;
  const { dueAt, warnAt } = computeDeadline(calendar, new Date(d.startedAt), amount + (d.extendedAmount ?? 0), d.unit, kind.warnShare, pausedAmountOf(d));
  const due = dueAt.toISOString();
  const warn = warnAt.toISOString();
  if (due === d.dueAt && warn === d.warnAt) return null;

  const t = now.getTime();
  const moved: StageDeadline = { ...d, amount, dueAt: due, warnAt: warn, rev: deadlineRev(d) + 1 };
  const overdueAt = d.overdueAt && t > dueAt.getTime() ? d.overdueAt : null;
  const deadline: StageDeadline = {
    ...moved,
    warnedAt: d.warnedAt && t >= warnAt.getTime() ? d.warnedAt : null,
    overdueAt,
    escalationLevel: overdueAt ? escalationsStillPast(kind, moved, escalationLevelOf(d), calendar, now) : 0,
  };
  const at = now.toISOString();
  const candidate: WorkItemState = { ...item, deadlines: [...item.deadlines.slice(0, -1), deadline], updatedAt: at };
  const next: WorkItemState = { ...candidate, sla: slaState(candidate, now) };
  const effects: Effect[] = [cancelTimers(item.id, d, kind)];
  if (!item.clockPausedAt) effects.push(...timersFor(item.id, deadline, kind, calendar));
  const event: TimelineEventOf<'deadline_retimed'> = {
    type: 'deadline_retimed',
    actorId: cause.actorId,
    at,
    stage: d.stage,
    data: { stageSeq: d.stageSeq, fromDueAt: d.dueAt, toDueAt: due, year: cause.year },
    audience: defaultEventAudience('deadline_retimed'),
  };
  return { next, events: [event], effects };
}
