import type { WorkCalendar } from '../calendar/index.js';
import { kindAction, type KindDefinition } from '../kinds/kind-definition.js';
import type { KindRegistry } from '../kinds/kind-registry.js';
import type { Actor } from '../roles/role.js';
import { refuse, type Decision, type Refusal } from '../work-item/decision.types.js';
import { because } from '../work-item/refusal-reason.types.js';
import { CLOSED_STATUS, type WorkItemState } from '../work-item/work-item.types.js';
import type { ActionDefinition, ActionName } from './action-definition.types.js';
import type { ActionHandler } from './action-handler.types.js';
import { ACTION_HANDLERS } from './action-handlers.registry.js';
import { validateInput } from './action-input.validation.js';
import { isAnyParty } from './party.rules.js';
import { withWorkflowDefaults, type WorkflowItem } from './workflow-state.defaults.js';

/**
 * Whether `actor` may take `def` on `item` now, input aside. The one gate both `decide` and
 * `allowedActions` go through, so the UI never offers what `decide` would refuse for role or
 * status. A closed item refuses for status first: nothing leaves `closed`, whoever asks. `name`
 * is the kind's name for the action, a param of the refusal (the web shows its label).
 */
function gate(item: WorkflowItem, kind: KindDefinition, name: string, def: ActionDefinition, handler: ActionHandler, actor: Actor, now: Date | null): Refusal | null {
  if (item.status === CLOSED_STATUS && !def.statuses.includes(CLOSED_STATUS)) return { code: 'invalid_status', ...because('item_closed', {}, 'The item is closed') };
  if (!isAnyParty(def.parties, item, actor, kind)) {
    return { code: 'forbidden', ...because('not_a_party', { action: name }, `You may not ${def.label.en.toLowerCase()} this item`) };
  }
  if (!def.statuses.includes(item.status)) {
    const message = `Cannot ${def.label.en.toLowerCase()} while the item is ${item.status}`;
    return { code: 'invalid_status', ...because('wrong_status', { action: name, status: item.status }, message) };
  }
  const notNow = handler.precondition?.(item, kind, now);
  if (notNow) return { code: 'invalid_status', ...notNow };
  const notYou = handler.forbid?.(item, actor);
  if (notYou) return { code: 'forbidden', ...notYou };
  return null;
}

/** A bug guard: a transition left the item in a status its stage does not have. */
function assertConsistent(kind: KindDefinition, next: WorkItemState, action: string): void {
  if (!kind.stages[next.stage].statuses.includes(next.status)) {
    throw new Error(`${kind.id}.${action} produced status ${next.status} in stage ${next.stage}`);
  }
}

/**
 * The rules of the work, as one pure function: the next state, the events and the effects of
 * `actor` taking `action` with `input` at `now` — or a typed refusal (forbidden,
 * invalid_status, invalid_input) with no state. It never mutates `item`.
 */
export function decide(
  item: WorkItemState,
  action: string,
  actor: Actor,
  input: unknown,
  now: Date,
  calendar: WorkCalendar,
  kinds: KindRegistry,
): Decision {
  const kind = kinds.get(item.kind);
  if (!kind) return refuse('invalid_input', because('unknown_kind', { kind: item.kind }, `Unknown kind "${item.kind}"`), { kind: 'unknown kind' });
  const def = kindAction(kind, action);
  if (!def) return refuse('invalid_input', because('unknown_action', { action }, `Unknown action "${action}" for a ${kind.id}`), { action: 'unknown action' });
  const state = withWorkflowDefaults(item);
  const handler = ACTION_HANDLERS[def.handler];
  const refusal = gate(state, kind, action, def, handler, actor, now);
  if (refusal) return { ok: false, refusal };
  const checked = validateInput(def.inputs, input);
  if (!checked.ok) return refuse('invalid_input', because('input_invalid', {}, 'The input is invalid'), checked.fields);
  const ctx = { item: state, kind, action, def, actor, input: checked.values, now, at: now.toISOString(), calendar };
  const fields = handler.validate?.(ctx);
  if (fields) return refuse('invalid_input', because('input_invalid', {}, 'The input is invalid'), fields);
  const decision = handler.apply(ctx);
  if (decision.ok) assertConsistent(kind, decision.next, action);
  return decision;
}

/**
 * The actions `actor` may take on `item` now, from the same definitions `decide` reads (for
 * the UI's forms). Without `now`, time limits (e.g. the return window) are not checked and
 * `decide` may still refuse them.
 */
export function allowedActions(item: WorkItemState, actor: Actor, kinds: KindRegistry, now?: Date): ActionName[] {
  const kind = kinds.get(item.kind);
  if (!kind) return [];
  const state = withWorkflowDefaults(item);
  return Object.entries(kind.actions)
    .filter(([name, def]) => gate(state, kind, name, def, ACTION_HANDLERS[def.handler], actor, now ?? null) === null)
    .map(([name]) => name);
}
