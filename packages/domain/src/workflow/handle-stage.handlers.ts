import type { KindDefinition } from '../kinds/kind-definition.js';
import { enterStage } from '../work-item/enter-stage.js';
import type { ActionHandler } from './action-handler.types.js';
import { requiredNumber, requiredText, textInput } from './action-input.validation.js';
import { cancelTimers, extendDeadline, timersFor } from './deadline-timer.policy.js';
import { leaderTarget, notify, partyTargets } from './notify.effects.js';
import { runningDeadline, slaState } from './sla-state.policy.js';
import { accepted, eventOf, notNow, withRunningDeadline } from './transition.helpers.js';
import type { WorkflowItem } from './workflow-state.defaults.js';

/* The handle stage (办理): extensions (延期), coordination (上级协调), the reply (答复). */

function remainingExtensionDays(item: WorkflowItem, kind: KindDefinition): number {
  return Math.max(0, kind.extensionCapDays - item.extensionDaysUsed);
}

export const requestExtensionHandler: ActionHandler = {
  requires: { days: 'integer', reason: 'text' },
  precondition(item, kind) {
    if (item.pendingExtension) return 'An extension request is already waiting for a leader';
    if (remainingExtensionDays(item, kind) === 0) return `The ${kind.extensionCapDays}-day extension cap is used up`;
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
      notify(next, actor, 'extension_requested', `申请延期 ${days} 天，请审批`, leaderTarget(next)),
    );
  },
};

const pendingPrecondition: ActionHandler['precondition'] = (item) =>
  item.pendingExtension && item.pendingExtension.stageSeq === item.stageSeq ? null : 'No extension request is waiting';

export const approveExtensionHandler: ActionHandler = {
  precondition: pendingPrecondition,
  // Four eyes: a leader who also handles the item cannot grant their own request.
  forbid: (item, actor) => (item.pendingExtension?.requestedById === actor.id ? 'You cannot approve your own extension request' : null),
  apply(ctx) {
    const { item, kind, actor, input, now, at, calendar } = ctx;
    const request = item.pendingExtension;
    const running = runningDeadline(item);
    if (!request || !running) return notNow('No extension request is waiting');
    // Re-checked here as well as on request: the cap is a hard limit, whatever happened between.
    if (request.days > remainingExtensionDays(item, kind)) return notNow('The request exceeds the remaining extension cap');
    const { deadline, uncoveredYears } = extendDeadline(running, request.days, kind.warnShare, calendar);
    const moved: WorkflowItem = {
      ...item,
      deadlines: withRunningDeadline(item, deadline),
      extensionDaysUsed: item.extensionDaysUsed + request.days,
      pendingExtension: null,
      updatedAt: at,
    };
    const next = { ...moved, sla: slaState(moved, now) };
    const comment = textInput(input, 'comment') ?? null;
    return accepted(
      next,
      [eventOf(ctx, 'extension_approved', { days: request.days, comment, previousDueAt: running.dueAt, dueAt: deadline.dueAt })],
      [
        cancelTimers(item.id, running, kind),
        ...timersFor(item.id, deadline, kind, calendar),
        ...notify(next, actor, 'extension_approved', `延期 ${request.days} 天已批准`, { userIds: [request.requestedById, item.handlerId] }),
      ],
      uncoveredYears.map((y) => `The extended deadline falls in ${y}, which the official calendar does not cover yet.`),
    );
  },
};

export const rejectExtensionHandler: ActionHandler = {
  precondition: pendingPrecondition,
  apply(ctx) {
    const { item, actor, input, at } = ctx;
    const request = item.pendingExtension;
    if (!request) return notNow('No extension request is waiting');
    const comment = textInput(input, 'comment') ?? null;
    const next: WorkflowItem = { ...item, pendingExtension: null, updatedAt: at };
    return accepted(
      next,
      [eventOf(ctx, 'extension_rejected', { days: request.days, comment })],
      notify(next, actor, 'extension_rejected', `延期申请未获批准${comment ? `：${comment}` : ''}`, { userIds: [request.requestedById] }),
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
      notify(next, actor, 'coordination_requested', `申请上级协调：${reason}`, leaderTarget(next)),
    );
  },
};

export const replyHandler: ActionHandler = {
  requires: { content: 'text' },
  targets: [['feedback', 'awaiting_feedback']],
  apply(ctx) {
    const { item, kind, actor, input, now, calendar } = ctx;
    const content = requiredText(input, 'content');
    const entry = enterStage(item, kind, 'feedback', 'awaiting_feedback', now, calendar);
    // Tell whoever the kind lets rate the answer (dispatchers; for appeals the company too).
    const raters = partyTargets(entry.next, kind.actions.record_feedback?.parties ?? []);
    return accepted(
      entry.next,
      [eventOf(ctx, 'replied', { content })],
      [...entry.effects, ...raters.flatMap((t) => notify(entry.next, actor, 'replied', '已答复，请回访评价', t))],
      entry.warnings,
    );
  },
};
