import { hasRole } from '../roles/role.js';
import { because } from '../work-item/refusal-reason.types.js';
import { objectionWindowEnd } from '../kinds/kind-definition.js';
import type { ActionContext, ActionHandler } from './action-handler.types.js';
import { requiredText, textInput } from './action-input.validation.js';
import { notify, workerTarget } from './notify.effects.js';
import { isParty } from './party.rules.js';
import { runningDeadline } from './sla-state.policy.js';
import { accepted, eventOf, moveTo, targetOf } from './transition.helpers.js';

/* The assign stage (交办): route, sign for (签收), send back (退回), pass on (转办). */

/** When the receiving department's objection window closes, for kinds that have one (异议期, e.g. 5 working days). */
function objectionUntil(ctx: ActionContext): string | null {
  return objectionWindowEnd(ctx.kind, ctx.now, ctx.calendar);
}

export const assignHandler: ActionHandler = {
  requires: { departmentId: 'id' },
  moves: 'to',
  validate: ({ item, input }) =>
    item.status === 'pending_acceptance' &&
    item.departmentId === textInput(input, 'departmentId') &&
    item.handlerId === (textInput(input, 'handlerId') ?? null)
      ? { departmentId: 'the item is already assigned there' }
      : null,
  apply(ctx) {
    const { item, actor, input, at } = ctx;
    const departmentId = requiredText(input, 'departmentId');
    const handlerId = textInput(input, 'handlerId') ?? null;
    // Usually stays in the assign stage: the time to sign for the item runs from registration,
    // and a re-route after a return does not give the rule a fresh allowance.
    const entry = moveTo(ctx, targetOf(ctx));
    const next = { ...entry.next, departmentId, handlerId, returnedAt: null, objectionUntil: objectionUntil(ctx), updatedAt: at };
    const assigned = (target: Parameters<typeof notify>[4]) => notify(next, actor, 'assigned', {}, target);
    return accepted(
      next,
      [eventOf(ctx, 'assigned', { departmentId, handlerId, previousDepartmentId: item.departmentId })],
      [...entry.effects, ...assigned(workerTarget(next)), ...assigned({ audience: 'department_head', departmentId })],
      entry.warnings,
    );
  },
};

export const acceptHandler: ActionHandler = {
  moves: 'to',
  validate({ item, kind, actor, input }) {
    const named = textInput(input, 'handlerId');
    if (named !== undefined && named !== actor.id && !isParty('department_head', item, actor, kind)) {
      return { handlerId: 'only the department head names another handler' };
    }
    return null;
  },
  apply(ctx) {
    const { item, kind, actor, input } = ctx;
    // A handler who signs handles it; a head signing for the department may name someone,
    // else keeps the handler the dispatcher named, else takes it on.
    const signsAsHandler = hasRole(actor, 'handler') && !isParty('department_head', item, actor, kind);
    const handlerId = signsAsHandler ? actor.id : (textInput(input, 'handlerId') ?? item.handlerId ?? actor.id);
    const entry = moveTo(ctx, targetOf(ctx));
    const next = { ...entry.next, handlerId };
    return accepted(
      next,
      [eventOf(ctx, 'accepted', { departmentId: item.departmentId, handlerId })],
      [...entry.effects, ...notify(next, actor, 'accepted', {}, { userIds: [handlerId] })],
      entry.warnings,
    );
  },
};

export const returnHandler: ActionHandler = {
  requires: { reason: 'text' },
  moves: 'to',
  precondition(item, kind, now) {
    const deadline = runningDeadline(item);
    if (deadline?.stage !== 'assign') return because('not_in_assign_stage', {}, 'The item is not in the assign stage');
    // 异议期: a department objects to a misrouting within the kind's window of being sent it.
    const window = kind.objectionWindow;
    if (window && now !== null && item.objectionUntil !== null && now.getTime() > Date.parse(item.objectionUntil)) {
      const message = `A misrouted item can be sent back only within ${window.amount} ${window.unit.replace('_', ' ')} of its routing; accept it or have it transferred`;
      return because('objection_window_passed', { amount: window.amount, unit: window.unit }, message);
    }
    // 退回 is only allowed within the time to sign; after it the department must take the
    // item or have its head transfer it, so a late return cannot restart the clock.
    if (now !== null && now.getTime() > Date.parse(deadline.dueAt)) {
      return because('return_window_passed', {}, 'The time limit for returning this item has passed; accept it or have it transferred');
    }
    return null;
  },
  apply(ctx) {
    const { item, actor, input, at } = ctx;
    const reason = requiredText(input, 'reason');
    const entry = moveTo(ctx, targetOf(ctx));
    const next = { ...entry.next, departmentId: null, handlerId: null, returnedAt: at, updatedAt: at };
    return accepted(
      next,
      [eventOf(ctx, 'returned', { departmentId: item.departmentId, reason })],
      [...entry.effects, ...notify(next, actor, 'returned', { reason }, { audience: 'dispatchers' })],
      entry.warnings,
    );
  },
};

export const transferHandler: ActionHandler = {
  requires: { departmentId: 'id', reason: 'text' },
  moves: 'to',
  validate: ({ item, input }) =>
    textInput(input, 'departmentId') === item.departmentId ? { departmentId: 'the item is already with this department' } : null,
  apply(ctx) {
    const { item, actor, input } = ctx;
    const departmentId = requiredText(input, 'departmentId');
    const reason = requiredText(input, 'reason');
    // Standard kinds make this a new assign-stage entry (newEntry): the receiving department
    // gets its own time to sign, and any handle deadline of the old department ends here.
    const entry = moveTo(ctx, targetOf(ctx));
    const next = { ...entry.next, departmentId, handlerId: null, objectionUntil: objectionUntil(ctx) };
    const transferred = (target: Parameters<typeof notify>[4]) => notify(next, actor, 'transferred', { reason }, target);
    return accepted(
      next,
      [eventOf(ctx, 'transferred', { fromDepartmentId: item.departmentId, toDepartmentId: departmentId, reason })],
      [
        ...entry.effects,
        ...transferred({ audience: 'department_handlers', departmentId }),
        ...transferred({ audience: 'department_head', departmentId }),
      ],
      entry.warnings,
    );
  },
};
