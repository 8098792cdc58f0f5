import { followLinkedDate, PROJECT_NODE_DATE, type KindRegistry, type WorkCalendar } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';
import type { OutboxMessageEntity } from '../entities/outbox-message.entity.js';
import { WorkItemEntity } from '../entities/work-item.entity.js';
import { toWorkItemState } from '../work-items/work-item.mapper.js';
import { persistDecision } from '../work-items/work-item.store.js';

/**
 * The open tasks of a project whose node's planned finish moved carry the new date, and their
 * running deadline follows it when it is the node's (followLinkedDate): each through
 * persistDecision like an action — version + 1, its deadline_retimed event, outbox rows that
 * cancel the old timers and schedule the new — inside the caller's transaction. Items locked in
 * id order, as retimeOpenItems locks them.
 */
export async function retimeProjectTasks(
  manager: EntityManager,
  projectId: string,
  plannedFinish: ReadonlyMap<string, string>,
  calendar: WorkCalendar,
  kinds: KindRegistry,
  now: Date,
  actorId: string,
): Promise<{ retimed: number; outbox: OutboxMessageEntity[] }> {
  const rows = await manager
    .getRepository(WorkItemEntity)
    .createQueryBuilder('w')
    .where("w.project_id = :projectId AND w.project_node_key IS NOT NULL AND w.status <> 'closed'", { projectId })
    .orderBy('w.id', 'ASC')
    .setLock('pessimistic_write')
    .getMany();
  let retimed = 0;
  const outbox: OutboxMessageEntity[] = [];
  for (const row of rows) {
    const date = plannedFinish.get(row.projectNodeKey!);
    const item = toWorkItemState(row);
    const kind = kinds.get(item.kind);
    if (date === undefined || !kind) continue;
    const moved = followLinkedDate(item, kind, calendar, now, { name: PROJECT_NODE_DATE, date, actorId });
    if (!moved) continue;
    if (moved.events.length > 0) retimed++;
    const saved = await persistDecision(manager, item, { ok: true, next: moved.next, events: moved.events, effects: moved.effects, warnings: [] }, calendar);
    outbox.push(...saved.outbox);
  }
  return { retimed, outbox };
}
