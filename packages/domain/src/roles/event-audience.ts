import type { DomainEvent, WorkItemState } from '../work-item/work-item.types.js';
import { withWorkflowDefaults, type WorkflowItem } from '../workflow/workflow-state.defaults.js';
import { SYSTEM_ACTOR, type Actor } from './role.js';

/**
 * Who a timeline event is for. `internal`: the staff working the item. `public`: also the
 * people outside the administration who may see the item (an appeal's company contact).
 */
export const EVENT_AUDIENCES = ['internal', 'public'] as const;
export type EventAudience = (typeof EVENT_AUDIENCES)[number];

/**
 * The audience of each event type when it is written. Public is what the company is entitled to
 * follow on its own appeal: that it was received and signed for, the answer, the extension of
 * its deadline, waiting on its material, its own rating and the closure. Routing, returns,
 * transfers, supervision, escalation, warnings, owner changes, refused closures and extension
 * requests are the administration's own business. A type missing here is internal: the safe
 * default. A comment's audience is its author's choice (see `commentAudience`).
 */
const PUBLIC_EVENT_TYPES: ReadonlySet<string> = new Set([
  'registered',
  'accepted',
  'replied',
  'extension_approved',
  'clock_paused',
  'clock_resumed',
  'feedback_recorded',
  'feedback_timed_out',
  'closure_approved',
]);

export function defaultEventAudience(type: string): EventAudience {
  return PUBLIC_EVENT_TYPES.has(type) ? 'public' : 'internal';
}

/** Staff are every role but the enterprise contact; a user with a staff role is staff. */
export function isStaff(actor: Pick<Actor, 'roles'>): boolean {
  return actor.roles.some((r) => r !== 'enterprise');
}

/**
 * A comment is internal unless its author makes it public; a comment written by someone outside
 * the administration is public whatever they chose (they read only public events, and must see
 * what they wrote).
 */
export function commentAudience(author: Pick<Actor, 'roles' | 'id'>, chosen: unknown): EventAudience {
  if (author.id !== SYSTEM_ACTOR.id && !isStaff(author)) return 'public';
  return chosen === 'public' ? 'public' : 'internal';
}

/** Whether this user sees this event of an item they may see: staff see all, others only public ones. */
export function canSeeEvent(event: Pick<DomainEvent, 'audience'>, actor: Pick<Actor, 'roles'>): boolean {
  return isStaff(actor) || event.audience === 'public';
}

/**
 * The item's own fields that carry internal events, as someone outside the administration may see
 * them: an extension request (its reason is the handler's note to the leader) and supervision
 * (督办, with its live SLA tag) are the administration's business, like their events. Staff get
 * the item unchanged.
 */
export function itemForViewer(item: WorkItemState, actor: Pick<Actor, 'roles'>): WorkflowItem {
  const state = withWorkflowDefaults(item);
  if (isStaff(actor)) return state;
  return { ...state, pendingExtension: null, supervisedAt: null, sla: state.sla === 'supervised' ? 'normal' : state.sla };
}
