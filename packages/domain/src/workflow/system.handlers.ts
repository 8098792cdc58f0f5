import type { Decision } from '../work-item/decision.types.js';
import { because } from '../work-item/refusal-reason.types.js';
import type { StageDeadline } from '../work-item/work-item.types.js';
import type { ActionContext, ActionHandler } from './action-handler.types.js';
import { requiredNumber, textInput } from './action-input.validation.js';
import {
  deadlineRev,
  timeoutActionOf,
  escalationAt,
  escalationLevelOf,
  runningStatutoryClock,
  TIMER_EARLY_TOLERANCE_MS,
} from './deadline-timer.policy.js';
import { headTarget, leaderTarget, notify, responsibleTarget } from './notify.effects.js';
import { runningDeadline } from './sla-state.policy.js';
import { accepted, eventOf, moveTo, notNow, targetOf, withRunningDeadline } from './transition.helpers.js';
import type { WorkflowItem } from './workflow-state.defaults.js';

/*
 * What the worker does when a deadline timer fires. Each refuses (invalid_status) when the
 * timer is stale — the item left the stage entry, or an extension moved the deadline — while
 * the clock is paused, when the check already happened (so a retried job never records a
 * second event), or when the timer fires before its time.
 */

/** The worker's refusals: no user sees them, so one reason, the English message saying which. */
const stale = (message: string) => notNow(because('timer_stale', {}, message));

const TIMER_INPUT = { stageSeq: 'integer', deadlineRev: 'integer' } as const;

/** The running deadline (or statutory clock) this timer was set for, or the refusal saying why it no longer applies. */
function timerDeadline(ctx: ActionContext): StageDeadline | Decision {
  if (textInput(ctx.input, 'clock') === 'statutory') {
    // The statutory clock outlives stage entries: only its revision says whether the timer is current.
    const clock = runningStatutoryClock(ctx.item);
    if (!clock) return stale('The statutory clock is not running');
    if (ctx.item.clockPausedAt) return stale('The clock is paused');
    if (deadlineRev(clock) !== requiredNumber(ctx.input, 'deadlineRev')) return stale('The statutory deadline this timer was set for has moved');
    return clock;
  }
  const stageSeq = requiredNumber(ctx.input, 'stageSeq');
  const d = runningDeadline(ctx.item);
  if (!d || ctx.item.stageSeq !== stageSeq || d.stageSeq !== stageSeq) return stale('The item has left this stage entry');
  if (ctx.item.clockPausedAt) return stale('The clock is paused while waiting on the petitioner');
  if (deadlineRev(d) !== requiredNumber(ctx.input, 'deadlineRev')) return stale('The deadline this timer was set for has moved');
  return d;
}

function isDecision(x: StageDeadline | Decision): x is Decision {
  return 'ok' in x;
}

function early(ctx: ActionContext, due: Date | string): boolean {
  const dueMs = typeof due === 'string' ? Date.parse(due) : due.getTime();
  return ctx.now.getTime() < dueMs - TIMER_EARLY_TOLERANCE_MS;
}

const SLA_RANK = { normal: 0, warning: 1, overdue: 2, supervised: 3 } as const;

function withDeadline(ctx: ActionContext, d: StageDeadline, sla: WorkflowItem['sla']): WorkflowItem {
  // Supervision stays the visible state; the deadline fields still record warning and overdue.
  // The other clock may already be worse (a statutory clock overdue while the stage only warns).
  const worse = SLA_RANK[ctx.item.sla] > SLA_RANK[sla] ? ctx.item.sla : sla;
  const placed = d.clock === 'statutory' ? { statutoryClock: d } : { deadlines: withRunningDeadline(ctx.item, d) };
  return { ...ctx.item, ...placed, sla: ctx.item.supervisedAt ? 'supervised' : worse, updatedAt: ctx.at };
}

/** The clock field of a timer's event: present for the statutory clock only. */
function clockOf(d: StageDeadline): { clock?: 'statutory' } {
  return d.clock ? { clock: d.clock } : {};
}

export const warnHandler: ActionHandler = {
  timer: 'warn',
  requires: TIMER_INPUT,
  apply(ctx) {
    const d = timerDeadline(ctx);
    if (isDecision(d)) return d;
    if (d.warnedAt || d.overdueAt) return stale('This deadline has already been warned about');
    if (early(ctx, d.warnAt)) return stale('The warning time has not come yet');
    const next = withDeadline(ctx, { ...d, warnedAt: ctx.at }, 'warning');
    return accepted(
      next,
      [eventOf(ctx, 'warned', { stageSeq: d.stageSeq, dueAt: d.dueAt, ...clockOf(d) })],
      notify(next, ctx.actor, 'warned', { dueAt: d.dueAt }, responsibleTarget(next)),
    );
  },
};

export const markOverdueHandler: ActionHandler = {
  timer: 'overdue',
  requires: TIMER_INPUT,
  apply(ctx) {
    const d = timerDeadline(ctx);
    if (isDecision(d)) return d;
    if (timeoutActionOf(ctx.kind, d) !== null) return stale('This stage times out instead of going overdue');
    if (d.overdueAt) return stale('This deadline is already marked overdue');
    if (early(ctx, d.dueAt)) return stale('The deadline has not passed yet');
    const next = withDeadline(ctx, { ...d, overdueAt: ctx.at }, 'overdue');
    const overdue = (target: Parameters<typeof notify>[4]) => notify(next, ctx.actor, 'overdue', {}, target);
    return accepted(
      next,
      [eventOf(ctx, 'overdue', { stageSeq: d.stageSeq, dueAt: d.dueAt, ...clockOf(d) })],
      [...overdue(responsibleTarget(next)), ...overdue({ userIds: [next.ownerLeaderId] })],
    );
  },
};

export const escalateHandler: ActionHandler = {
  timer: 'escalate',
  requires: { ...TIMER_INPUT, level: 'integer' },
  validate: ({ kind, input }) =>
    requiredNumber(input, 'level') > kind.escalation.length
      ? { level: `this kind has ${kind.escalation.length} escalation levels` }
      : null,
  apply(ctx) {
    const d = timerDeadline(ctx);
    if (isDecision(d)) return d;
    const level = requiredNumber(ctx.input, 'level');
    const step = ctx.kind.escalation[level - 1];
    const at = escalationAt(ctx.kind, d, level, ctx.calendar);
    if (!step || !at) return stale(`No escalation level ${level}`);
    if (timeoutActionOf(ctx.kind, d) !== null) return stale('This stage times out instead of escalating');
    if (level <= escalationLevelOf(d)) return stale(`Already escalated to level ${escalationLevelOf(d)}`);
    if (early(ctx, at)) return stale('The escalation time has not come yet');
    // A lost overdue timer must not hide the overdue state: escalation implies it.
    const next = withDeadline(ctx, { ...d, escalationLevel: level, overdueAt: d.overdueAt ?? ctx.at }, 'overdue');
    const target = step.audience === 'department_head' ? headTarget(next) : leaderTarget(next);
    return accepted(
      next,
      [eventOf(ctx, 'escalated', { stageSeq: d.stageSeq, level, audience: step.audience, dueAt: d.dueAt, ...clockOf(d) })],
      notify(next, ctx.actor, 'escalated', { level }, target),
    );
  },
};

/**
 * Nobody rated the answer in time. The item goes to closure approval flagged unrated
 * (`feedbackTimedOut`, satisfaction null) rather than counted as basically satisfied: the
 * satisfaction rate is graded, and silence is not a rating. The approving leader sees the flag
 * and may still reject the closure back to handling.
 */
export const feedbackTimeoutHandler: ActionHandler = {
  timer: 'timeout',
  requires: TIMER_INPUT,
  moves: 'to',
  apply(ctx) {
    const d = timerDeadline(ctx);
    if (isDecision(d)) return d;
    if (timeoutActionOf(ctx.kind, d) !== ctx.action) return stale('This stage does not time out this way');
    if (early(ctx, d.dueAt)) return stale('The feedback deadline has not passed yet');
    const entry = moveTo(ctx, targetOf(ctx));
    const next: WorkflowItem = { ...entry.next, feedbackTimedOut: true, satisfaction: null };
    return accepted(
      next,
      [eventOf(ctx, 'feedback_timed_out', { stageSeq: d.stageSeq, dueAt: d.dueAt })],
      [...entry.effects, ...notify(next, ctx.actor, 'closure_requested', { feedbackTimedOut: true }, leaderTarget(next))],
      entry.warnings,
    );
  },
};
