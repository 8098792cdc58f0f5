import { defaultEventAudience, type EventAudience } from '../roles/event-audience.js';
import { refuse, type Decision } from '../work-item/decision.types.js';
import type { DomainEvent, Effect, Stage, StageDeadline, WorkItemState } from '../work-item/work-item.types.js';
import type { ActionContext } from './action-handler.types.js';

/** A timeline entry of this decision, stamped with its actor and time; `stage` is where it happened. */
export function eventOf(
  ctx: ActionContext,
  type: string,
  data: Record<string, unknown>,
  stage: Stage = ctx.item.stage,
  audience: EventAudience = defaultEventAudience(type),
): DomainEvent {
  return { type, actorId: ctx.actor.id, at: ctx.at, stage, data, audience };
}

export function accepted(next: WorkItemState, events: DomainEvent[], effects: Effect[], warnings: string[] = []): Decision {
  return { ok: true, next, events, effects, warnings };
}

/** Not valid now: the item is not (or no longer) where the action expects it. */
export function notNow(message: string): Decision {
  return refuse('invalid_status', message);
}

/** The item's deadlines with the running (last) one replaced. */
export function withRunningDeadline(item: WorkItemState, deadline: StageDeadline): StageDeadline[] {
  return [...item.deadlines.slice(0, -1), deadline];
}
