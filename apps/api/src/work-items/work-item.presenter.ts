import { WorkItemEventSchema, type WorkItem, type WorkItemEvent } from '@parkflow/contracts';
import type { NameLookup, WorkItemEventEntity } from '@parkflow/db';
import { canSeeEvent, itemAsSeenBy, type Actor, type WorkItemState } from '@parkflow/domain';

export type { NameLookup };

/** The item as the contract shows it to this actor (names resolved, petitioner masked where they do not work on it). */
export function presentWorkItem(state: WorkItemState, actor: Actor, names: NameLookup, now = new Date()): WorkItem {
  // The same fields a ledger export writes (itemAsSeenBy): internal ones hidden, the petitioner masked, the SLA live.
  const item = itemAsSeenBy(state, actor, now);
  return {
    ...item,
    enterpriseName: names.enterprise(item.enterpriseId),
    departmentName: names.department(item.departmentId),
    projectId: item.projectId ?? null,
    projectNodeKey: item.projectNodeKey ?? null,
  };
}

/**
 * A stored event as the contract serves it. The row is untyped JSON, written by whichever version
 * of the domain ran: the contract reads it against the domain's event types, and one it cannot
 * read comes out as `unknown` with its original type, never as an error.
 */
export function presentEvent(event: WorkItemEventEntity, names: NameLookup): WorkItemEvent {
  return WorkItemEventSchema.parse({
    id: String(event.id),
    type: event.type,
    actorId: event.actorId,
    actorName: names.user(event.actorId),
    at: event.at.toISOString(),
    stage: event.stage,
    data: event.data,
    audience: event.audience === 'public' ? 'public' : 'internal',
  });
}

/** The timeline as this actor may read it: staff all of it, the company contact only its public events. */
export function presentTimeline(events: WorkItemEventEntity[], actor: Actor, names: NameLookup): WorkItemEvent[] {
  return events.map((e) => presentEvent(e, names)).filter((e) => canSeeEvent(e, actor));
}
