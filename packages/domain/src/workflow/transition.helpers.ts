import { defaultEventAudience, type EventAudience } from '../roles/event-audience.js';
import { refuse, type Decision } from '../work-item/decision.types.js';
import type { RefusalCause } from '../work-item/refusal-reason.types.js';
import type { DecisionWarning } from '../work-item/decision-warning.types.js';
import { enterStage, type StageEntry } from '../work-item/enter-stage.js';
import type { EventType, TimelineEventData, TimelineEventOf } from '../work-item/timeline-event.types.js';
import type { DomainEvent, Effect, Stage, StageDeadline, WorkItemState } from '../work-item/work-item.types.js';
import type { TransitionTarget } from './action-definition.types.js';
import type { ActionContext } from './action-handler.types.js';
import type { WorkflowItem } from './workflow-state.defaults.js';
import { cancelTimers } from './deadline-timer.policy.js';
import { runningDeadline } from './sla-state.policy.js';
import { meetStatutoryClock } from './statutory-clock.policy.js';
import { CLOSED_STATUS } from '../work-item/work-item.types.js';

/**
 * Moves the item to a target of the action's definition: into another stage (or a fresh entry
 * of its own, `newEntry`) through `enterStage`, with its deadline, timers and stage job; within
 * its stage by changing the status alone, so the stage's clock keeps running.
 */
export function moveTo(ctx: ActionContext, target: TransitionTarget): StageEntry & { next: WorkflowItem } {
  if (target.stage !== ctx.item.stage || target.newEntry) return enterStage(ctx.item, ctx.kind, target.stage, target.status, ctx.now, ctx.calendar);
  return { next: { ...ctx.item, status: target.status, updatedAt: ctx.at }, effects: [], warnings: [] };
}

/** The action's `to` (the definition check guarantees it for handlers that move `to`). */
export function targetOf(ctx: ActionContext): TransitionTarget {
  if (!ctx.def.to) throw new Error(`${ctx.kind.id}.${ctx.action} has no target`);
  return ctx.def.to;
}

/** The named outcome of the action (guaranteed by the definition check for handlers that need it). */
export function outcomeOf(ctx: ActionContext, name: string): TransitionTarget {
  const target = ctx.def.outcomes && Object.hasOwn(ctx.def.outcomes, name) ? ctx.def.outcomes[name] : undefined;
  if (!target) throw new Error(`${ctx.kind.id}.${ctx.action} has no outcome ${name}`);
  return target;
}

/**
 * A timeline entry of this decision, stamped with its actor and time; `stage` is where it
 * happened. Typed by the event map: `data` must be exactly what `type` carries.
 */
export function eventOf<T extends EventType>(
  ctx: ActionContext,
  type: T,
  data: TimelineEventData[T],
  stage: Stage = ctx.item.stage,
  audience: EventAudience = defaultEventAudience(type),
): TimelineEventOf<T> {
  return { type, actorId: ctx.actor.id, at: ctx.at, stage, data, audience };
}

export function accepted(next: WorkItemState, events: DomainEvent[], effects: Effect[], warnings: DecisionWarning[] = []): Decision {
  return { ok: true, next, events, effects, warnings };
}

/** Not valid now: the item is not (or no longer) where the action expects it. */
export function notNow(cause: RefusalCause): Decision {
  return refuse('invalid_status', cause);
}

/**
 * 案结事了 (or a matter never accepted): closed for good at `ctx.at`. Every deadline and the
 * statutory clock are met, their timers go, and nothing is pending or paused any more. The
 * stage entry stays; the caller adds what its transition records (the stage, the decision).
 */
export function closeItem(ctx: ActionContext): { next: WorkflowItem; effects: Effect[] } {
  const { item, kind, at } = ctx;
  const running = runningDeadline(item);
  const statutory = meetStatutoryClock(item, kind, at);
  const next: WorkflowItem = {
    ...item,
    status: CLOSED_STATUS,
    closedAt: at,
    deadlines: item.deadlines.map((d) => (d.metAt === null ? { ...d, metAt: at } : d)),
    statutoryClock: statutory.clock,
    pendingExtension: null,
    // The clock belongs to the stage entry; nothing is paused on a closed item.
    clockPausedAt: null,
    sla: 'normal',
    updatedAt: at,
  };
  return { next, effects: [...(running ? [cancelTimers(item.id, running, kind)] : []), ...statutory.effects] };
}

/** The item's deadlines with the running (last) one replaced. */
export function withRunningDeadline(item: WorkItemState, deadline: StageDeadline): StageDeadline[] {
  return [...item.deadlines.slice(0, -1), deadline];
}
