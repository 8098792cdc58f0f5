import { choiceLabel } from '../kinds/kind-definition.js';
import type { ActionHandler } from './action-handler.types.js';
import { requiredText, textInput } from './action-input.validation.js';
import { notify, responsibleTarget } from './notify.effects.js';
import { accepted, eventOf, moveTo, outcomeOf, targetOf } from './transition.helpers.js';

/*
 * The generic transitions of the shared library: a kind's own steps that need no rule beyond
 * "who, when, where to" — all of which is the action's data. `advance` moves the item to the
 * action's `to` (e.g. handed in for re-inspection); `choose_outcome` to the outcome the actor
 * picks (e.g. re-inspection pass → close, fail → back to handling). Either tells whoever must act
 * next, and records the action's own name, so a timeline reads in the kind's words.
 */

export const advanceHandler: ActionHandler = {
  moves: 'to',
  apply(ctx) {
    const { item, actor, input, action } = ctx;
    const entry = moveTo(ctx, targetOf(ctx));
    const comment = textInput(input, 'comment') ?? null;
    return accepted(
      entry.next,
      [eventOf(ctx, 'advanced', { action, fromStatus: item.status, toStatus: entry.next.status, comment })],
      [...entry.effects, ...notify(entry.next, actor, 'advanced', { action, label: ctx.def.label }, responsibleTarget(entry.next))],
      entry.warnings,
    );
  },
};

export const chooseOutcomeHandler: ActionHandler = {
  requires: { outcome: 'enum' },
  moves: { outcomes: null },
  apply(ctx) {
    const { item, actor, input, action } = ctx;
    const outcome = requiredText(input, 'outcome');
    const entry = moveTo(ctx, outcomeOf(ctx, outcome));
    const comment = textInput(input, 'comment') ?? null;
    return accepted(
      entry.next,
      [eventOf(ctx, 'outcome_recorded', { action, outcome, fromStatus: item.status, toStatus: entry.next.status, comment })],
      [...entry.effects, ...notify(entry.next, actor, 'outcome_recorded', { action, label: ctx.def.label, outcome, outcomeLabel: choiceLabel(ctx.def, 'outcome', outcome) }, responsibleTarget(entry.next))],
      entry.warnings,
    );
  },
};
