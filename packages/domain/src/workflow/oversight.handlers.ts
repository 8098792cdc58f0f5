import { commentAudience } from '../roles/event-audience.js';
import type { ActionHandler } from './action-handler.types.js';
import { requiredText, textInput } from './action-input.validation.js';
import { headTarget, notify, workerTarget } from './notify.effects.js';
import { accepted, eventOf } from './transition.helpers.js';
import type { WorkflowItem } from './workflow-state.defaults.js';

/* Actions on an item in any open status: supervision (督办), the owner leader (包案), comments. */

export const superviseHandler: ActionHandler = {
  requires: { comment: 'text' },
  apply(ctx) {
    const { item, actor, input, at } = ctx;
    const comment = requiredText(input, 'comment');
    // Supervising again is allowed and recorded (a second 督办 is real pressure), but the flag
    // keeps the time supervision began.
    const next: WorkflowItem = { ...item, supervisedAt: item.supervisedAt ?? at, sla: 'supervised', updatedAt: at };
    const supervised = (target: Parameters<typeof notify>[4]) => notify(next, actor, 'supervised', { comment }, target);
    return accepted(
      next,
      [eventOf(ctx, 'supervised', { comment, first: item.supervisedAt === null })],
      [...supervised(workerTarget(next)), ...(next.departmentId ? supervised(headTarget(next)) : [])],
    );
  },
};

export const setOwnerHandler: ActionHandler = {
  requires: { leaderUserId: 'id' },
  validate: ({ item, input }) =>
    textInput(input, 'leaderUserId') === item.ownerLeaderId ? { leaderUserId: 'already the owner leader' } : null,
  apply(ctx) {
    const { item, actor, input, at } = ctx;
    // The shell must check the id names an active user with the leader role; the domain has no user table.
    const leaderUserId = requiredText(input, 'leaderUserId');
    const next: WorkflowItem = { ...item, ownerLeaderId: leaderUserId, updatedAt: at };
    return accepted(
      next,
      [eventOf(ctx, 'owner_set', { leaderUserId, previousOwnerLeaderId: item.ownerLeaderId })],
      notify(next, actor, 'owner_set', {}, { userIds: [leaderUserId] }),
    );
  },
};

export const commentHandler: ActionHandler = {
  requires: { text: 'text' },
  // A comment is only a timeline entry: the state (and so a closed item) stays as it was.
  apply: (ctx) => {
    const audience = commentAudience(ctx.actor, ctx.input.audience);
    return accepted(ctx.item, [eventOf(ctx, 'commented', { text: requiredText(ctx.input, 'text') }, ctx.item.stage, audience)], []);
  },
};
