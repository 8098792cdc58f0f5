import { computeDeadline, withPeriodEnd, type WorkCalendar } from '../calendar/index.js';
import { stageDeadlineRule, type KindDefinition } from '../kinds/kind-definition.js';
import { defaultEventAudience } from '../roles/event-audience.js';
import type { TimelineEventOf } from '../work-item/timeline-event.types.js';
import type { Effect, StageDeadline, WorkItemState } from '../work-item/work-item.types.js';
import { cancelTimers, deadlineRev, escalationAt, escalationLevelOf, pausedAmountOf, runningStatutoryClock, timersFor } from './deadline-timer.policy.js';
import { runningDeadline, slaState } from './sla-state.policy.js';

/** Why the item is re-timed: the arrangement's year, and who loaded it (the event's actor). */
export interface RetimeCause {
  year: number;
  actorId: string;
}

export interface Retimed {
  next: WorkItemState;
  events: TimelineEventOf<'deadline_retimed'>[];
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

/** One deadline recomputed on the new calendar, or null when it does not move. */
function retimeDeadline(item: WorkItemState, d: StageDeadline, kind: KindDefinition, calendar: WorkCalendar, now: Date): StageDeadline | null {
  // The stage's rule may take its amount from a linked date; the statutory clock's is its own.
  const linked = d.clock === undefined && kind.stages[d.stage].deadline.fromDate !== undefined;
  const amount = linked ? stageDeadlineRule(kind, d.stage, item, new Date(d.startedAt), calendar).amount : d.amount;
  const { dueAt, warnAt } = withPeriodEnd(
    calendar,
    computeDeadline(calendar, new Date(d.startedAt), amount + (d.extendedAmount ?? 0), d.unit, kind.warnShare, pausedAmountOf(d)),
    d.unit,
    d.endRule,
  );
  const due = dueAt.toISOString();
  const warn = warnAt.toISOString();
  if (due === d.dueAt && warn === d.warnAt) return null;
  const t = now.getTime();
  const moved: StageDeadline = { ...d, amount, dueAt: due, warnAt: warn, rev: deadlineRev(d) + 1 };
  const overdueAt = d.overdueAt && t > dueAt.getTime() ? d.overdueAt : null;
  return {
    ...moved,
    warnedAt: d.warnedAt && t >= warnAt.getTime() ? d.warnedAt : null,
    overdueAt,
    escalationLevel: overdueAt ? escalationsStillPast(kind, moved, escalationLevelOf(d), calendar, now) : 0,
  };
}

/**
 * The item's running deadline and its statutory clock recomputed on a new calendar (a year's
 * arrangement was loaded): each from its own `startedAt`, with the same amount, extension and
 * paused time, as `reviseDeadline` does (the 民法典 period-end rule included), under the next
 * revision so the old timers go stale. Null when neither moved. A warning, overdue mark or
 * escalation already given stands only if its instant is still past under the new calendar;
 * otherwise it is due again and its timer is scheduled. A deadline taken from a linked date
 * (DeadlineRule.fromDate) is counted again up to that date, so it stays due on it. While the
 * clock is paused no timer is scheduled (resume_clock does it), but the old revision's are
 * cancelled all the same. One `deadline_retimed` event per clock that moved.
 */
export function retimeItem(item: WorkItemState, kind: KindDefinition, calendar: WorkCalendar, now: Date, cause: RetimeCause): Retimed | null {
  const d = runningDeadline(item);
  const clock = runningStatutoryClock(item);
  const stage = d ? retimeDeadline(item, d, kind, calendar, now) : null;
  const statutory = clock ? retimeDeadline(item, clock, kind, calendar, now) : null;
  if (!stage && !statutory) return null;
  const at = now.toISOString();
  const candidate: WorkItemState = {
    ...item,
    deadlines: stage ? [...item.deadlines.slice(0, -1), stage] : item.deadlines,
    ...(statutory ? { statutoryClock: statutory } : {}),
    updatedAt: at,
  };
  const next: WorkItemState = { ...candidate, sla: slaState(candidate, now) };
  const effects: Effect[] = [];
  const events: TimelineEventOf<'deadline_retimed'>[] = [];
  for (const [before, after] of [[d, stage], [clock, statutory]] as const) {
    if (!before || !after) continue;
    effects.push(cancelTimers(item.id, before, kind));
    if (!item.clockPausedAt) effects.push(...timersFor(item.id, after, kind, calendar));
    events.push({
      type: 'deadline_retimed',
      actorId: cause.actorId,
      at,
      stage: item.stage,
      data: { stageSeq: before.stageSeq, fromDueAt: before.dueAt, toDueAt: after.dueAt, year: cause.year, ...(before.clock ? { clock: before.clock } : {}) },
      audience: defaultEventAudience('deadline_retimed'),
    });
  }
  return { next, events, effects };
}

/**
 * A linked record's date moved (a project node's planned finish after a re-plan or a node's
 * completion): the item carries the new date, and its running deadline, when its rule follows
 * that date (DeadlineRule.fromDate), is re-timed as a calendar change would re-time it — a new
 * revision, the old timers cancelled, new ones scheduled, a `deadline_retimed` event naming the
 * date (`year` is the new date's). An item whose running stage does not follow the date only
 * carries it, so a later handling entry is due on it. Null when the date did not change.
 */
export function followLinkedDate(item: WorkItemState, kind: KindDefinition, calendar: WorkCalendar, now: Date, change: { name: string; date: string; actorId: string }): Retimed | { next: WorkItemState; events: []; effects: [] } | null {
  if (item.linkedDates?.[change.name] === change.date) return null;
  const carried: WorkItemState = { ...item, linkedDates: { ...item.linkedDates, [change.name]: change.date } };
  const moved = retimeItem(carried, kind, calendar, now, { year: Number(change.date.slice(0, 4)), actorId: change.actorId });
  if (!moved) return { next: { ...carried, updatedAt: now.toISOString() }, events: [], effects: [] };
  return { ...moved, events: moved.events.map((e) => ({ ...e, data: { ...e.data, linkedDate: change.name } })) };
}
