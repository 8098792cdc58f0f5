import type { WorkCalendar } from '../calendar/index.js';
import type { KindDefinition } from '../kinds/kind-definition.js';
import type { Actor } from '../roles/role.js';
import type { Decision } from '../work-item/decision.types.js';
import type { RefusalCause } from '../work-item/refusal-reason.types.js';
import type { TimerCheck } from '../work-item/work-item.types.js';
import type { ActionDefinition, FieldSpec } from './action-definition.types.js';
import type { ActionInput } from './action-input.validation.js';
import type { WorkflowItem } from './workflow-state.defaults.js';

/** Everything a transition function may read. It returns a new state; it never mutates `item`. */
export interface ActionContext {
  item: WorkflowItem;
  kind: KindDefinition;
  /** The action being taken, by the kind's name for it, and its definition (targets, label). */
  action: string;
  def: ActionDefinition;
  actor: Actor;
  /** Validated against the kind's field specs. */
  input: ActionInput;
  now: Date;
  /** `now` as ISO, the timestamp of every change and event of this decision. */
  at: string;
  calendar: WorkCalendar;
}

/**
 * One transition of the shared library. The checks run in this order, each mapping to its
 * refusal: parties (forbidden), statuses and `precondition` (invalid_status), `forbid`
 * (forbidden), field specs and `validate` (invalid_input), then `apply`.
 */
export interface ActionHandler {
  /**
   * Input fields the transition reads as present, with their type. A kind binding this handler
   * must declare them required (checked by `checkKindDefinition`), so the data cannot make a
   * transition read a missing value.
   */
  requires?: Readonly<Record<string, FieldSpec['type'] | readonly FieldSpec['type'][]>>;
  /**
   * Where the transition takes its destination from, so that it is data of the kind: absent, the
   * item stays in its status; `to`, the action's `to`; `{ outcomes }`, the action's named
   * outcomes (these names, or with null any two or more, picked by the `outcome` input);
   * `closes`, the universal closed status. `checkKindDefinition` insists the action has them.
   */
  moves?: 'to' | 'closes' | { outcomes: readonly string[] | null };
  /**
   * A transition that closes the item before it was ever handled (不予受理 ends a matter with its
   * notice): it may close from any stage, where other closing transitions are valid only in the
   * close stage.
   */
  endsBeforeHandling?: boolean;
  /**
   * For the transitions the worker takes when a deadline timer fires: which check it is. Only
   * these refuse a stale or early timer, so only they may be system actions (the definition
   * check insists), and a stage's onDue action must be a `timeout` one.
   */
  timer?: TimerCheck;
  /**
   * State conditions beyond the status list, independent of input, e.g. "no extension pending".
   * `now` is null when the caller (allowedActions without a clock) cannot check time limits;
   * time-bound conditions then pass and `decide` checks them. A reason code, not a sentence, so
   * that the web words it (`because(reason, params, englishMessage)`).
   */
  precondition?(item: WorkflowItem, kind: KindDefinition, now: Date | null): RefusalCause | null;
  /** Who-specific conditions beyond the parties, e.g. "not the one who asked". */
  forbid?(item: WorkflowItem, actor: Actor): RefusalCause | null;
  /** Cross-field and state-dependent input rules: field → message. */
  validate?(ctx: ActionContext): Record<string, string> | null;
  /** The transition. May still refuse (system actions whose timer is stale). */
  apply(ctx: ActionContext): Decision;
}
