import { addDuration, computeDeadline, withPeriodEnd, type WorkCalendar } from '../calendar/index.js';
import type { DurationUnit } from '../calendar/duration-unit.js';
import { elapsedAmount } from '../calendar/elapsed-amount.js';
import type { KindDefinition } from '../kinds/kind-definition.js';
import type {
  CancelTimersEffect,
  ScheduleTimerEffect,
  StageDeadline,
  TimerCheck,
  WorkItemState,
} from '../work-item/work-item.types.js';
import type { SystemAction } from './action-definition.types.js';
import { runningDeadline } from './sla-state.policy.js';

/*
 * Deadline timers. Each stage entry's deadline schedules delayed checks (warn, overdue,
 * escalate or timeout). A timer is identified by item, stage entry, deadline
 * revision and check, so:
 * - re-emitting a timer (retry, reconcile) yields the same job id and never doubles it;
 * - a timer of a left stage entry is refused (stageSeq differs);
 * - a timer of a deadline an extension moved is refused (deadlineRev differs), and the new
 *   revision's timers have new ids, so they are not swallowed by the queue's de-duplication.
 * - pausing the clock bumps the revision too (the old timers go stale) and schedules nothing;
 *   resuming moves the deadline under yet another revision and schedules its timers.
 */

/**
 * A timer may fire this much before its instant and still count: delayed jobs run at or after
 * their time, but the worker's clock and the one that computed `at` can differ slightly. Earlier
 * than that is refused, so a warning never appears before its time.
 */
export const TIMER_EARLY_TOLERANCE_MS = 1000;

export function deadlineRev(deadline: StageDeadline): number {
  return deadline.rev ?? 0;
}

export function pausedAmountOf(deadline: StageDeadline): number {
  return deadline.pausedAmount ?? 0;
}

export function escalationLevelOf(deadline: StageDeadline): number {
  return deadline.escalationLevel ?? 0;
}

/**
 * Deterministic, usable as a BullMQ job id (no ':'). The statutory clock's timers have their own
 * prefix: the clock outlives stage entries, so its ids carry no stage entry.
 */
export function timerId(itemId: string, stageSeq: number, rev: number, check: TimerCheck, level?: number, clock?: 'statutory'): string {
  const suffix = `-r${rev}-${check}${level === undefined ? '' : `-${level}`}`;
  return clock === 'statutory' ? `sc-${itemId}${suffix}` : `dl-${itemId}-s${stageSeq}${suffix}`;
}

/** The system action that moves the item on when this deadline passes, or null when it goes overdue instead (always, for the statutory clock). */
export function timeoutActionOf(kind: KindDefinition, deadline: Pick<StageDeadline, 'stage' | 'clock'>): string | null {
  if (deadline.clock === 'statutory') return null;
  return kind.stages[deadline.stage].onDue?.timeout ?? null;
}

/** When escalation `level` (1-based) of this deadline is due, or null if the kind has no such level. */
export function escalationAt(kind: KindDefinition, deadline: StageDeadline, level: number, calendar: WorkCalendar): Date | null {
  const step = kind.escalation[level - 1];
  if (!step) return null;
  return addDuration(calendar, new Date(deadline.dueAt), step.after.amount, step.after.unit).due;
}

function timer(itemId: string, d: StageDeadline, check: TimerCheck, at: Date | string, level?: number): ScheduleTimerEffect {
  const rev = deadlineRev(d);
  const effect: ScheduleTimerEffect = {
    type: 'schedule_timer',
    timerId: timerId(itemId, d.stageSeq, rev, check, level, d.clock),
    itemId,
    stage: d.stage,
    stageSeq: d.stageSeq,
    deadlineRev: rev,
    check,
    at: typeof at === 'string' ? at : at.toISOString(),
  };
  const leveled = level === undefined ? effect : { ...effect, level };
  return d.clock === undefined ? leveled : { ...leveled, clock: d.clock };
}

/** The checks of this deadline revision that have not happened yet, as timers to schedule. */
export function timersFor(itemId: string, d: StageDeadline, kind: KindDefinition, calendar: WorkCalendar): ScheduleTimerEffect[] {
  if (d.metAt !== null) return [];
  const timers: ScheduleTimerEffect[] = [];
  // A warning at the very deadline would only duplicate the overdue notice.
  if (!d.warnedAt && !d.overdueAt && Date.parse(d.warnAt) < Date.parse(d.dueAt)) timers.push(timer(itemId, d, 'warn', d.warnAt));
  if (timeoutActionOf(kind, d) !== null) {
    timers.push(timer(itemId, d, 'timeout', d.dueAt));
    return timers;
  }
  if (!d.overdueAt) timers.push(timer(itemId, d, 'overdue', d.dueAt));
  for (let level = escalationLevelOf(d) + 1; level <= kind.escalation.length; level++) {
    const at = escalationAt(kind, d, level, calendar);
    if (at) timers.push(timer(itemId, d, 'escalate', at, level));
  }
  return timers;
}

/** Every timer id a deadline revision can have had, whether or not it already fired. */
export function timerIdsOf(itemId: string, d: StageDeadline, kind: KindDefinition): string[] {
  const rev = deadlineRev(d);
  const id = (check: TimerCheck, level?: number) => timerId(itemId, d.stageSeq, rev, check, level, d.clock);
  const ids = [id('warn')];
  if (timeoutActionOf(kind, d) !== null) return [...ids, id('timeout')];
  ids.push(id('overdue'));
  kind.escalation.forEach((_, i) => ids.push(id('escalate', i + 1)));
  return ids;
}

export function cancelTimers(itemId: string, d: StageDeadline, kind: KindDefinition): CancelTimersEffect {
  return { type: 'cancel_timers', itemId, timerIds: timerIdsOf(itemId, d, kind) };
}

/**
 * The timers the item's running deadline still needs. The periodic reconcile job re-creates
 * missing delayed jobs from this (same ids, so existing ones are not doubled). None while the
 * clock is paused: resume_clock schedules them.
 */
export function pendingTimers(item: WorkItemState, kind: KindDefinition, calendar: WorkCalendar): ScheduleTimerEffect[] {
  if (item.clockPausedAt) return [];
  const d = runningDeadline(item);
  const clock = runningStatutoryClock(item);
  return [...(d ? timersFor(item.id, d, kind, calendar) : []), ...(clock ? timersFor(item.id, clock, kind, calendar) : [])];
}

/** The item's statutory clock while it runs (started, not met, item open). */
export function runningStatutoryClock(item: Pick<WorkItemState, 'statutoryClock' | 'status'>): StageDeadline | undefined {
  const clock = item.statutoryClock;
  return clock && clock.metAt === null && item.status !== 'closed' ? clock : undefined;
}

const TIMER_ACTIONS: Readonly<Record<Exclude<TimerCheck, 'timeout'>, SystemAction>> = {
  warn: 'warn',
  overdue: 'mark_overdue',
  escalate: 'escalate',
};

/**
 * What the worker passes to `decide` when a timer fires (as SYSTEM_ACTOR): the mechanism's
 * action, or for a timeout the action the kind's stage names. Null when the kind's stage no
 * longer times out (the park changed its configuration since the timer was set).
 */
export function timerAction(
  t: Pick<ScheduleTimerEffect, 'check' | 'stage' | 'stageSeq' | 'deadlineRev' | 'level' | 'clock'>,
  kind: KindDefinition,
): { action: SystemAction; input: Record<string, number | string> } | null {
  const input: Record<string, number | string> = { stageSeq: t.stageSeq, deadlineRev: t.deadlineRev };
  if (t.level !== undefined) input.level = t.level;
  if (t.clock !== undefined) input.clock = t.clock;
  const action = t.check === 'timeout' ? timeoutActionOf(kind, t) : TIMER_ACTIONS[t.check];
  return action === null ? null : { action, input };
}

/**
 * Extension days expressed in the deadline rule's unit: days for day rules, office hours of a
 * working day for hour rules, and one second per day for the `seconds` test policies (so a
 * test of an extension runs in seconds like the rest of such a policy).
 */
export function extensionAmount(days: number, unit: DurationUnit, calendar: WorkCalendar): number {
  switch (unit) {
    case 'calendar_days':
    case 'working_days':
    case 'seconds':
      return days;
    case 'working_hours': {
      const minutesPerDay = calendar.officeHours.periods.reduce((sum, p) => sum + (p.end - p.start), 0);
      return (days * minutesPerDay) / 60;
    }
  }
}

/**
 * Recomputes a deadline from its original start: the rule's amount plus `extendedAmount`,
 * moved later by `pausedAmount` of clock time (each defaulting to what the deadline already
 * has), under a new revision whose warn/overdue/escalation history starts afresh. The one
 * path by which a running deadline moves — approved extensions and resumed clocks both go
 * through it — computed from the start rather than by shifting dueAt, which would drift on
 * working-day boundaries. Both amounts only ever grow, so a deadline only moves later.
 */
export function reviseDeadline(
  d: StageDeadline,
  change: { extendedAmount?: number; pausedAmount?: number },
  warnShare: number,
  calendar: WorkCalendar,
): { deadline: StageDeadline; uncoveredYears: number[] } {
  const extendedAmount = change.extendedAmount ?? d.extendedAmount ?? 0;
  const pausedAmount = change.pausedAmount ?? pausedAmountOf(d);
  const { dueAt, warnAt, uncoveredYears } = withPeriodEnd(
    calendar,
    computeDeadline(calendar, new Date(d.startedAt), d.amount + extendedAmount, d.unit, warnShare, pausedAmount),
    d.unit,
    d.endRule,
  );
  return {
    deadline: {
      ...d,
      dueAt: dueAt.toISOString(),
      warnAt: warnAt.toISOString(),
      extendedAmount,
      pausedAmount,
      rev: deadlineRev(d) + 1,
      warnedAt: null,
      overdueAt: null,
      escalationLevel: 0,
    },
    uncoveredYears,
  };
}

/**
 * A deadline starting at `start` under `rule`: computed on the calendar with the kind's warning
 * share and its period-end rule, nothing extended, paused, warned or escalated yet. Stage entries
 * (enterStage) and the statutory clock start theirs here.
 */
export function startDeadline(
  calendar: WorkCalendar,
  kind: Pick<KindDefinition, 'warnShare' | 'periodEnd'>,
  at: { stage: StageDeadline['stage']; stageSeq: number; start: Date; clock?: 'statutory' },
  rule: { amount: number; unit: DurationUnit },
): { deadline: StageDeadline; uncoveredYears: number[] } {
  const endRule = kind.periodEnd;
  const { dueAt, warnAt, uncoveredYears } = withPeriodEnd(calendar, computeDeadline(calendar, at.start, rule.amount, rule.unit, kind.warnShare), rule.unit, endRule);
  const deadline: StageDeadline = {
    stage: at.stage,
    stageSeq: at.stageSeq,
    startedAt: at.start.toISOString(),
    dueAt: dueAt.toISOString(),
    warnAt: warnAt.toISOString(),
    amount: rule.amount,
    unit: rule.unit,
    metAt: null,
    rev: 0,
    extendedAmount: 0,
    pausedAmount: 0,
    warnedAt: null,
    overdueAt: null,
    escalationLevel: 0,
    ...(at.clock ? { clock: at.clock } : {}),
    ...(endRule ? { endRule } : {}),
  };
  return { deadline, uncoveredYears };
}

/** Moves a deadline later by `days` of approved extension (see `reviseDeadline`). */
export function extendDeadline(
  d: StageDeadline,
  days: number,
  warnShare: number,
  calendar: WorkCalendar,
): { deadline: StageDeadline; uncoveredYears: number[] } {
  const extendedAmount = (d.extendedAmount ?? 0) + extensionAmount(days, d.unit, calendar);
  return reviseDeadline(d, { extendedAmount }, warnShare, calendar);
}

/**
 * The deadline while its clock stands still: same instants, next revision, so every timer
 * already scheduled for it is stale (and none is scheduled until it resumes).
 */
export function pauseDeadline(d: StageDeadline): StageDeadline {
  return { ...d, rev: deadlineRev(d) + 1 };
}

/**
 * The deadline after its clock stood still from `pausedAt` to `now`: that time, measured on the
 * rule's own clock (working time for working units, see `elapsedAmount`), is added to its
 * pausedAmount and the deadline is revised. Warnings, overdue marks and escalations already
 * given for this stage entry stand: the item is exactly as far into its allowance as when it
 * was paused, so resuming never repeats a notice.
 */
export function resumeDeadline(
  d: StageDeadline,
  pausedAt: string,
  now: Date,
  warnShare: number,
  calendar: WorkCalendar,
): { deadline: StageDeadline; pausedAmount: number; uncoveredYears: number[] } {
  const pausedAmount = elapsedAmount(calendar, new Date(pausedAt), now, d.unit);
  const { deadline, uncoveredYears } = reviseDeadline(d, { pausedAmount: pausedAmountOf(d) + pausedAmount }, warnShare, calendar);
  return {
    deadline: { ...deadline, warnedAt: d.warnedAt ?? null, overdueAt: d.overdueAt ?? null, escalationLevel: escalationLevelOf(d) },
    pausedAmount,
    uncoveredYears,
  };
}
