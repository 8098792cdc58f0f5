import { CLOSED_STATUS, type Satisfaction } from '../work-item/work-item.types.js';
import type { ActionHandler } from './action-handler.types.js';
import { requiredText, textInput } from './action-input.validation.js';
import { cancelTimers } from './deadline-timer.policy.js';
import { leaderTarget, notify, workerTarget } from './notify.effects.js';
import { runningDeadline } from './sla-state.policy.js';
import { meetStatutoryClock } from './statutory-clock.policy.js';
import { accepted, eventOf, moveTo, outcomeOf, targetOf } from './transition.helpers.js';
import type { WorkflowItem } from './workflow-state.defaults.js';

/* The feedback (回访) and close (办结) stages. */

export const recordFeedbackHandler: ActionHandler = {
  requires: { satisfaction: 'enum' },
  // A rating closes the loop (`rated`), an unsatisfied one sends the item back (`reopened`).
  moves: { outcomes: ['rated', 'reopened'] },
  // An unsatisfied rating sends the item back; the handler needs to know what to fix.
  validate: ({ input }) =>
    textInput(input, 'satisfaction') === 'unsatisfied' && textInput(input, 'comment') === undefined
      ? { comment: 'say what is unsatisfactory' }
      : null,
  apply(ctx) {
    const { item, actor, input } = ctx;
    const satisfaction = requiredText(input, 'satisfaction') as Satisfaction;
    const comment = textInput(input, 'comment') ?? null;
    const reopened = satisfaction === 'unsatisfied';
    const entry = moveTo(ctx, outcomeOf(ctx, reopened ? 'reopened' : 'rated'));
    const next: WorkflowItem = {
      ...entry.next,
      satisfaction,
      feedbackTimedOut: false,
      reopenCount: item.reopenCount + (reopened ? 1 : 0),
    };
    const notice = reopened
      ? notify(next, actor, 'reopened', { comment }, workerTarget(next))
      : notify(next, actor, 'closure_requested', { feedbackTimedOut: false }, leaderTarget(next));
    return accepted(
      next,
      [eventOf(ctx, 'feedback_recorded', { satisfaction, comment, reopened })],
      [...entry.effects, ...notice],
      entry.warnings,
    );
  },
};

export const approveCloseHandler: ActionHandler = {
  moves: 'closes',
  apply(ctx) {
    const { item, kind, actor, input, at } = ctx;
    const running = runningDeadline(item);
    const comment = textInput(input, 'comment') ?? null;
    // 办结 meets the statutory clock too.
    const statutory = meetStatutoryClock(item, kind, at);
    // 案结事了: closed for good. The stage entry stays (nothing can follow it); every deadline is met.
    const next: WorkflowItem = {
      ...item,
      status: CLOSED_STATUS,
      closedAt: at,
      deadlines: item.deadlines.map((d) => (d.metAt === null ? { ...d, metAt: at } : d)),
      statutoryClock: statutory.clock,
      pendingExtension: null,
      // The clock belongs to the handle stage entry; nothing is paused on a closed item.
      clockPausedAt: null,
      sla: 'normal',
      updatedAt: at,
    };
    return accepted(
      next,
      [eventOf(ctx, 'closure_approved', { comment })],
      [
        ...(running ? [cancelTimers(item.id, running, kind)] : []),
        ...statutory.effects,
        ...notify(next, actor, 'closed', {}, { userIds: [item.handlerId] }),
      ],
    );
  },
};

export const rejectCloseHandler: ActionHandler = {
  requires: { comment: 'text' },
  moves: 'to',
  apply(ctx) {
    const { actor, input } = ctx;
    const comment = requiredText(input, 'comment');
    // Back to handling with a fresh handle deadline; not a reopening (that counts the
    // petitioner's dissatisfaction, this is the leader's).
    const entry = moveTo(ctx, targetOf(ctx));
    return accepted(
      entry.next,
      [eventOf(ctx, 'closure_rejected', { comment })],
      [...entry.effects, ...notify(entry.next, actor, 'closure_rejected', { comment }, workerTarget(entry.next))],
      entry.warnings,
    );
  },
};
