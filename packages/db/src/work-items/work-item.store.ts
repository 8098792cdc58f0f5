import type { Accepted, WorkCalendar, WorkItemState } from '@parkflow/domain';
import { effectToJob } from '@parkflow/queues';
import type { EntityManager } from 'typeorm';
import { OutboxMessageEntity } from '../entities/outbox-message.entity.js';
import { WorkItemEntity } from '../entities/work-item.entity.js';
import { outboxRow } from '../outbox/outbox-row.js';
import { storeStatFacts } from '../stats/stat-facts.store.js';
import { appendDecisionRows } from './decision-rows.store.js';
import { toWorkItemRow } from './work-item.mapper.js';

/** Thrown when another action changed the item first (HTTP 409). */
export class StaleVersionError extends Error {
  constructor(
    readonly itemId: string,
    readonly expectedVersion: number,
  ) {
    super(`Work item ${itemId} is no longer at version ${expectedVersion}`);
    this.name = 'StaleVersionError';
  }
}

/**
 * Persists an accepted decision inside the caller's transaction: the item (insert, or update
 * guarded by its version), the item's statistics facts (folded on the calendar the decision was
 * made on), then the events, the day-sums delta and one outbox row per effect in one statement. Returns the outbox rows so the caller can
 * dispatch them right after commit.
 */
export async function persistDecision(
  manager: EntityManager,
  previous: WorkItemState | null,
  decision: Accepted,
  calendar: WorkCalendar,
): Promise<{ item: WorkItemState; outbox: OutboxMessageEntity[] }> {
  let item: WorkItemState;
  if (previous === null) {
    item = { ...decision.next, version: 1 };
    await manager.insert(WorkItemEntity, toWorkItemRow(item));
  } else {
    item = { ...decision.next, version: previous.version + 1 };
    const { id: _id, ...changes } = toWorkItemRow(item);
    const result = await manager
      .createQueryBuilder()
      .update(WorkItemEntity)
      .set(changes)
      .where('id = :id AND version = :version', { id: previous.id, version: previous.version })
      .execute();
    if (result.affected !== 1) throw new StaleVersionError(previous.id, previous.version);
  }
  const events = decision.events.map((e) => ({ itemId: item.id, type: e.type, actorId: e.actorId, at: new Date(e.at), stage: e.stage, stageSeq: item.stageSeq, data: e.data, audience: e.audience }));
  const delta = await storeStatFacts(manager, item, decision.events, calendar, previous === null);
  const outbox: OutboxMessageEntity[] = [];
  const now = new Date();
  for (const effect of decision.effects) {
    const job = effectToJob(effect);
    // Whoever acted is never notified of their own action.
    if (job.jobName === 'notify.deliver') Object.assign(job.payload, { excludeUserId: decision.events[0]?.actorId });
    outbox.push(outboxRow(job, now));
  }
  // The events, the day-sums delta and the outbox rows in one statement (decision-rows.store.ts).
  await appendDecisionRows(manager, events, delta, outbox);
  return { item, outbox };
}
