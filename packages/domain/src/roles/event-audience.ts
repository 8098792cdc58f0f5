import type { EventType } from '../work-item/timeline-event.types.js';
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
 * requests are the administration's own business, and so are a kind's own steps until someone
 * decides otherwise. Keyed by every event type: a new type does not compile until it is given an
 * audience here, a choice nobody should make by default. A comment's audience is its author's
 * choice (see `commentAudience`); `internal` below is only what it would be without one.
 */
const EVENT_TYPE_AUDIENCE: Readonly<Record<EventType, EventAudience>> = {
  registered: 'public',
  stage_job_processed: 'internal',
  assigned: 'internal',
  accepted: 'public',
  returned: 'internal',
  transferred: 'internal',
  extension_requested: 'internal',
  extension_approved: 'public',
  extension_rejected: 'internal',
  coordination_requested: 'internal',
  clock_paused: 'public',
  clock_resumed: 'public',
  replied: 'public',
  feedback_recorded: 'public',
  closure_approved: 'public',
  closure_rejected: 'internal',
  supervised: 'internal',
  owner_set: 'internal',
  commented: 'internal',
  warned: 'internal',
  overdue: 'internal',
  escalated: 'internal',
  feedback_timed_out: 'public',
  // What the written notices tell the petitioner is theirs to know.
  matter_accepted: 'public',
  matter_declined: 'public',
  notice_sent: 'public',
  // The deadline the company follows moved, as with an approved extension.
  deadline_retimed: 'public',
  advanced: 'internal',
  outcome_recorded: 'internal',
};

export function defaultEventAudience(type: EventType): EventAudience {
  // The guard is for callers past the compiler (a type read from stored data): internal is safe.
  return Object.hasOwn(EVENT_TYPE_AUDIENCE, type) ? EVENT_TYPE_AUDIENCE[type] : 'internal';
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
