import type { Satisfaction } from '../work-item/work-item.types.js';
import type { ActionHandler } from './action-handler.types.js';
import { requiredText, textInput } from './action-input.validation.js';
import { leaderTarget, notify, workerTarget } from './notify.effects.js';
import { accepted, closeItem, eventOf, moveTo, outcomeOf, targetOf } from './transition.helpers.js';
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
    const { item, actor, input } = ctx;
    const comment = textInput(input, 'comment') ?? null;
    // 案结事了: closed for good, the statutory clock met with the stage's deadline.
    const { next, effects } = closeItem(ctx);
    return accepted(next, [eventOf(ctx, 'closure_approved', { comment })], [...effects, ...notify(next, actor, 'closed', {}, { userIds: [item.handlerId] })]);
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
