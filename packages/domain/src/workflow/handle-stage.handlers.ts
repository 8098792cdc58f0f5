import { choiceLabel, extensionLimitOf, remainingExtensionDays } from '../kinds/kind-definition.js';
import { uncoveredYearWarnings } from '../work-item/decision-warning.types.js';
import { because } from '../work-item/refusal-reason.types.js';
import type { ActionHandler } from './action-handler.types.js';
import { requiredNumber, requiredText, textInput } from './action-input.validation.js';
import { cancelTimers, extendDeadline, pauseDeadline, pausedAmountOf, resumeDeadline, runningStatutoryClock, timersFor } from './deadline-timer.policy.js';
import { leaderTarget, nextParties, notify, partyTargets } from './notify.effects.js';
import { runningDeadline, slaState } from './sla-state.policy.js';
import { extendStatutoryClock, pauseStatutoryClock, resumeStatutoryClock } from './statutory-clock.policy.js';
import { accepted, eventOf, moveTo, notNow, targetOf, withRunningDeadline } from './transition.helpers.js';
import type { WorkflowItem } from './workflow-state.defaults.js';

/* The handle stage (办理): extensions (延期), coordination (上级协调), pausing the clock, the reply (答复). */

export const requestExtensionHandler: ActionHandler = {
  requires: { days: 'integer', reason: 'text' },
  precondition(item, kind) {
    if (item.pendingExtension) return because('extension_pending', {}, 'An extension request is already waiting for a leader');
    const limit = extensionLimitOf(kind);
    if (item.extensionCount >= limit) {
      return because('extension_limit_reached', { limit }, `This item has had the ${limit} extension${limit === 1 ? '' : 's'} its kind allows`);
    }
    if (remainingExtensionDays(item, kind) === 0) {
      return because('extension_cap_used_up', { capDays: kind.extensionCapDays }, `The ${kind.extensionCapDays}-day extension cap is used up`);
    }
    return null;
  },
  validate({ item, kind, input }) {
    const remaining = remainingExtensionDays(item, kind);
    return requiredNumber(input, 'days') > remaining
      ? { days: `at most ${remaining} more days (cap ${kind.extensionCapDays} over the item's life)` }
      : null;
  },
  apply(ctx) {
    const { item, actor, input, at } = ctx;
    const days = requiredNumber(input, 'days');
    const reason = requiredText(input, 'reason');
    const next: WorkflowItem = {
      ...item,
      pendingExtension: { days, reason, requestedById: actor.id, requestedAt: at, stageSeq: item.stageSeq },
      updatedAt: at,
    };
    return accepted(
      next,
      [eventOf(ctx, 'extension_requested', { days, reason })],
      notify(next, actor, 'extension_requested', { days }, leaderTarget(next)),
    );
  },
};

const NO_REQUEST = because('no_extension_waiting', {}, 'No extension request is waiting');

const pendingPrecondition: ActionHandler['precondition'] = (item) =>
  item.pendingExtension && item.pendingExtension.stageSeq === item.stageSeq ? null : NO_REQUEST;

export const approveExtensionHandler: ActionHandler = {
  precondition: pendingPrecondition,
  // Four eyes: a leader who also handles the item cannot grant their own request.
  forbid: (item, actor) =>
    item.pendingExtension?.requestedById === actor.id ? because('own_extension_request', {}, 'You cannot approve your own extension request') : null,
  apply(ctx) {
    const { item, kind, actor, input, now, at, calendar } = ctx;
    const request = item.pendingExtension;
    const running = runningDeadline(item);
    if (!request || !running) return notNow(NO_REQUEST);
    // Re-checked here as well as on request: the cap is a hard limit, whatever happened between.
    if (request.days > remainingExtensionDays(item, kind)) return notNow(because('extension_exceeds_cap', { capDays: kind.extensionCapDays }, 'The request exceeds the remaining extension cap'));
    const limit = extensionLimitOf(kind);
    if (item.extensionCount >= limit) return notNow(because('extension_limit_reached', { limit }, 'The kind allows no more extensions'));
    const { deadline, uncoveredYears } = extendDeadline(running, request.days, kind.warnShare, calendar);
    // The statutory clock (法定办理期限) is what the extension is for, under the statute.
    const statutory = extendStatutoryClock(item, kind, request.days, calendar, item.clockPausedAt !== null);
    const moved: WorkflowItem = {
      ...item,
      deadlines: withRunningDeadline(item, deadline),
      statutoryClock: statutory.clock,
      extensionDaysUsed: item.extensionDaysUsed + request.days,
      extensionCount: item.extensionCount + 1,
      pendingExtension: null,
      updatedAt: at,
    };
    const next = { ...moved, sla: slaState(moved, now) };
    const comment = textInput(input, 'comment') ?? null;
    return accepted(
      next,
      [
        eventOf(ctx, 'extension_approved', {
          days: request.days,
          comment,
          previousDueAt: running.dueAt,
          dueAt: deadline.dueAt,
          // The request's reason goes into the 延期告知书 the petitioner is sent.
          reason: request.reason,
          ...(statutory.clock && item.statutoryClock ? { statutoryDueAt: statutory.clock.dueAt, previousStatutoryDueAt: item.statutoryClock.dueAt } : {}),
        }),
      ],
      [
        cancelTimers(item.id, running, kind),
        // While the clock is paused nothing is scheduled; resume_clock schedules the moved deadline.
        ...(item.clockPausedAt ? [] : timersFor(item.id, deadline, kind, calendar)),
        ...statutory.effects,
        ...notify(next, actor, 'extension_approved', { days: request.days }, { userIds: [request.requestedById, item.handlerId] }),
      ],
      [...uncoveredYearWarnings('extended_deadline_uncovered', uncoveredYears), ...statutory.warnings],
    );
  },
};

export const rejectExtensionHandler: ActionHandler = {
  precondition: pendingPrecondition,
  apply(ctx) {
    const { item, actor, input, at } = ctx;
    const request = item.pendingExtension;
    if (!request) return notNow(NO_REQUEST);
    const comment = textInput(input, 'comment') ?? null;
    const next: WorkflowItem = { ...item, pendingExtension: null, updatedAt: at };
    return accepted(
      next,
      [eventOf(ctx, 'extension_rejected', { days: request.days, comment })],
      notify(next, actor, 'extension_rejected', { comment }, { userIds: [request.requestedById] }),
    );
  },
};

export const requestCoordinationHandler: ActionHandler = {
  requires: { reason: 'text' },
  apply(ctx) {
    const { item, actor, input, at } = ctx;
    const reason = requiredText(input, 'reason');
    const next: WorkflowItem = { ...item, updatedAt: at };
    return accepted(
      next,
      [eventOf(ctx, 'coordination_requested', { reason })],
      notify(next, actor, 'coordination_requested', { reason }, leaderTarget(next)),
    );
  },
};

const NO_DEADLINE = because('no_handle_deadline', {}, 'No handling deadline is running');

/**
 * 暂停计时: the handler waits on the petitioner (material, an answer, a visit), so the handle
 * deadline's clock stops. The deadline's timers are cancelled and made stale (new revision);
 * nothing fires until the clock resumes. A deadline already missed cannot be paused: the pause
 * would only hide it (an extension is the way to ask for more time then).
 */
export const pauseClockHandler: ActionHandler = {
  // Free text, or the kind's list of allowed reasons (a 复核 pauses for a hearing only).
  requires: { reason: ['text', 'enum'] },
  precondition(item, _kind, now) {
    if (item.clockPausedAt) return because('clock_already_paused', {}, 'The clock is already paused');
    const running = runningDeadline(item);
    if (running?.stage !== 'handle') return NO_DEADLINE;
    // Nor a missed statutory clock: the pause would hide that the statute's time ran out.
    const statutory = runningStatutoryClock(item);
    const missed = (d: { overdueAt?: string | null; dueAt: string }) => Boolean(d.overdueAt) || (now !== null && now.getTime() > Date.parse(d.dueAt));
    if (missed(running) || (statutory !== undefined && missed(statutory))) {
      const message = 'The deadline has passed; a missed deadline cannot be paused (request an extension instead)';
      return because('missed_deadline_cannot_pause', {}, message);
    }
    return null;
  },
  apply(ctx) {
    const { item, kind, actor, input, now, at } = ctx;
    const running = runningDeadline(item);
    if (!running) return notNow(NO_DEADLINE);
    const reason = requiredText(input, 'reason');
    const note = textInput(input, 'note') ?? null;
    // A pause stops every clock of the item: the statutory one too (a 复核 hearing does not count).
    const statutory = pauseStatutoryClock(item, kind);
    const next: WorkflowItem = {
      ...item,
      deadlines: withRunningDeadline(item, pauseDeadline(running)),
      statutoryClock: statutory.clock,
      clockPausedAt: at,
      // The colour of this moment is what queues show until the clock runs again.
      sla: slaState(item, now),
      updatedAt: at,
    };
    const reasonLabel = choiceLabel(ctx.def, 'reason', reason);
    const paused = (target: Parameters<typeof notify>[4]) => notify(next, actor, 'clock_paused', { reason, ...(reasonLabel ? { reasonLabel } : {}) }, target);
    return accepted(
      next,
      [eventOf(ctx, 'clock_paused', { reason, stageSeq: running.stageSeq, dueAt: running.dueAt, ...(note ? { note } : {}) })],
      [
        cancelTimers(item.id, running, kind),
        ...statutory.effects,
        ...paused({ audience: 'department_head', departmentId: item.departmentId }),
        // When the head paused it, the handler learns it too (the actor is never notified).
        ...paused({ userIds: [item.handlerId] }),
      ],
    );
  },
};

const NOT_PAUSED = because('clock_not_paused', {}, 'The clock is not paused');

/**
 * 恢复计时: the clock runs again. The deadline moves later by the paused time measured on its
 * rule's own clock (office time for working units), under a new revision whose timers are
 * scheduled; notices already given for this stage entry are not repeated.
 */
export const resumeClockHandler: ActionHandler = {
  precondition: (item) => (item.clockPausedAt ? null : NOT_PAUSED),
  apply(ctx) {
    const { item, kind, actor, input, now, at, calendar } = ctx;
    const running = runningDeadline(item);
    const since = item.clockPausedAt;
    if (!running || !since) return notNow(NOT_PAUSED);
    const { deadline, pausedAmount, uncoveredYears } = resumeDeadline(running, since, now, kind.warnShare, calendar);
    const statutory = resumeStatutoryClock(item, kind, since, now, calendar);
    const moved: WorkflowItem = {
      ...item,
      deadlines: withRunningDeadline(item, deadline),
      statutoryClock: statutory.clock,
      clockPausedAt: null,
      updatedAt: at,
    };
    const next: WorkflowItem = { ...moved, sla: slaState(moved, now) };
    const comment = textInput(input, 'comment') ?? null;
    return accepted(
      next,
      [
        eventOf(ctx, 'clock_resumed', {
          comment,
          stageSeq: deadline.stageSeq,
          pausedAt: since,
          // This pause, and all pauses of the deadline so far, in its unit.
          pausedAmount,
          totalPausedAmount: pausedAmountOf(deadline),
          unit: deadline.unit,
          previousDueAt: running.dueAt,
          dueAt: deadline.dueAt,
        }),
      ],
      [
        ...timersFor(item.id, deadline, kind, calendar),
        ...statutory.effects,
        ...notify(next, actor, 'clock_resumed', { dueAt: deadline.dueAt }, { userIds: [item.handlerId] }),
      ],
      [...uncoveredYearWarnings('moved_deadline_uncovered', uncoveredYears), ...statutory.warnings],
    );
  },
};

export const replyHandler: ActionHandler = {
  requires: { content: 'text' },
  moves: 'to',
  apply(ctx) {
    const { kind, actor, input } = ctx;
    const content = requiredText(input, 'content');
    const moved = moveTo(ctx, targetOf(ctx));
    // The answer is the 处理意见书's content; the notice exists from now on.
    const entry = { ...moved, next: { ...moved.next, answeredAt: ctx.at } };
    // Tell whoever the kind lets act next (for the standard rating, dispatchers; for appeals the company too).
    const raters = partyTargets(entry.next, kind, nextParties(kind, entry.next.status));
    return accepted(
      entry.next,
      [eventOf(ctx, 'replied', { content })],
      [...entry.effects, ...raters.flatMap((t) => notify(entry.next, actor, 'replied', {}, t))],
      entry.warnings,
    );
  },
};
