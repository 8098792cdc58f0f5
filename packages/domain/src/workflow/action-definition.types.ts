import type { Label } from '../catalog/label.js';
import type { Stage, Status } from '../work-item/work-item.types.js';

/**
 * The actions of the standard workflow (standard-actions.catalog.ts) that people take through
 * `POST /work-items/:id/actions`. A kind may bind any other action name to a transition of the
 * shared library; what a kind's people may do is its `actions`, not this list.
 */
export const HUMAN_ACTIONS = [
  'assign',
  'accept',
  'return',
  'transfer',
  'request_extension',
  'approve_extension',
  'reject_extension',
  'request_coordination',
  'pause_clock',
  'resume_clock',
  'reply',
  'record_feedback',
  'approve_close',
  'reject_close',
  'supervise',
  'set_owner',
  'comment',
] as const;

/**
 * The actions of the petition statute (信访工作条例): 受理, 不予受理, and recording that a written
 * notice (告知书) was sent. Kinds that decide on acceptance or send notices bind them.
 */
export const STATUTE_ACTIONS = ['accept_matter', 'decline_matter', 'record_notice_sent'] as const;

/** The standard actions only the worker takes, as SYSTEM_ACTOR, when a deadline timer fires. */
export const SYSTEM_ACTIONS = ['warn', 'mark_overdue', 'escalate', 'feedback_timeout'] as const;

export const ACTION_NAMES = [...HUMAN_ACTIONS, ...SYSTEM_ACTIONS] as const;
export type StandardHumanAction = (typeof HUMAN_ACTIONS)[number];
/** An action of some kind: a key of its `actions` (the standard ones, or the kind's own). */
export type ActionName = string;
/** An action a person takes (its parties do not include `system`). */
export type HumanAction = string;
export type SystemAction = string;

/**
 * Transition functions of the shared library (workflow/action-handlers.registry.ts). A kind binds
 * each of its actions to one of these by name, so a new kind is data only; a new *kind of
 * transition* is the one thing that needs code. `advance` and `choose_outcome` are the generic
 * ones: a move to the action's `to`, and a move to the outcome the actor picks.
 */
export const HANDLER_IDS = [...ACTION_NAMES, ...STATUTE_ACTIONS, 'advance', 'choose_outcome'] as const;
export type HandlerId = (typeof HANDLER_IDS)[number];

export function isHandlerId(id: string): id is HandlerId {
  return (HANDLER_IDS as readonly string[]).includes(id);
}

/**
 * Where an action leads: a status of a stage. Into another stage, the item starts a new stage
 * entry (new deadline, timers, stage job); into its own stage it only changes status, unless
 * `newEntry` asks for a fresh entry (a transfer gives the receiving department its own time).
 */
export interface TransitionTarget {
  stage: Stage;
  status: Status;
  newEntry?: boolean;
}

/**
 * Who may take an action, relative to the item. An action lists several; any one suffices.
 * - dispatcher / leader: holds the role (item visibility is the shell's 404 check).
 * - item_handler: is the item's handler (承办人).
 * - department_handler: a handler working in the item's department.
 * - department_head: a department head of (or leading) the item's department.
 * - owner_leader: the item's owner leader (包案领导).
 * - department_leader: a leader in charge of the item's department (分管领导).
 * - approving_leader: the owner leader, or when the item has none, a leader of its department.
 * - enterprise_contact: an enterprise contact of the item's company.
 * - enterprise_liaison: a liaison cadre (包保干部) of the item's company.
 * - viewer: anyone who can see the item (roles/visibility.ts).
 * - system: the worker (SYSTEM_ACTOR).
 */
export const PARTIES = [
  'dispatcher',
  'leader',
  'item_handler',
  'department_handler',
  'department_head',
  'owner_leader',
  'department_leader',
  'approving_leader',
  'enterprise_contact',
  'enterprise_liaison',
  'viewer',
  'system',
] as const;
export type Party = (typeof PARTIES)[number];

/**
 * One input field of an action. The domain validates these itself (a message per field) so
 * the rules hold whichever shell calls `decide`; the zod contract mirrors them for the API.
 * Texts are trimmed; lengths count characters (code points), not UTF-16 units.
 */
export type FieldSpec =
  | { type: 'text'; required: boolean; maxLength: number }
  | { type: 'id'; required: boolean }
  | { type: 'integer'; required: boolean; min: number; max: number }
  /** A calendar day, YYYY-MM-DD (Asia/Shanghai), e.g. the day a notice was sent; whether it may lie ahead is the transition's rule. */
  | { type: 'date'; required: boolean }
  | {
      type: 'enum';
      required: boolean;
      values: readonly string[];
      /** zh-CN and English names of the values, for choices a kind adds (required for a choose_outcome's outcomes). */
      labels?: Readonly<Record<string, Label>>;
    };

export interface ActionDefinition {
  label: Label;
  /** The transition function from the shared library. */
  handler: HandlerId;
  /** Who may take it (any of). */
  parties: readonly Party[];
  /** The statuses it is valid in. */
  statuses: readonly Status[];
  inputs: Readonly<Record<string, FieldSpec>>;
  /** Where it leads, for transitions that move the item (the handler's `moves` says which it needs). */
  to?: TransitionTarget;
  /**
   * Named outcomes, for transitions that lead to one of several places: e.g. a rating
   * (`rated` → close, `reopened` → handle), or a re-inspection (`pass` → close, `fail` → handle).
   */
  outcomes?: Readonly<Record<string, TransitionTarget>>;
}
