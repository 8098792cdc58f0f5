import { retimeItem, type KindRegistry, type RetimeCause, type WorkCalendar } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';
import type { OutboxMessageEntity } from '../entities/outbox-message.entity.js';
import { WorkItemEntity } from '../entities/work-item.entity.js';
import { toWorkItemState } from './work-item.mapper.js';
import { persistDecision } from './work-item.store.js';

/** Open items are read and locked this many at a time, so memory stays flat however many there are. */
export const RETIME_BATCH = 200;

/**
 * Re-times every open item whose running deadline moves under `calendar` (retimeItem), inside
 * the caller's transaction. Each batch is locked (FOR UPDATE, in id order, so two imports cannot
 * deadlock) and every moved item goes through persistDecision like an action: version + 1, its
 * deadline_retimed event, and the outbox rows that cancel the old revision's timers and schedule
 * the new ones. With `dryRun` nothing is locked or written: the count a preview shows.
 * An item of a kind this process no longer knows is left as it is.
 */
export async function retimeOpenItems(
  manager: EntityManager,
  calendar: WorkCalendar,
  kinds: KindRegistry,
  cause: RetimeCause,
  now: Date,
  options: { dryRun?: boolean } = {},
): Promise<{ retimed: number; outbox: OutboxMessageEntity[] }> {
  let retimed = 0;
  const outbox: OutboxMessageEntity[] = [];
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const query = manager
      .getRepository(WorkItemEntity)
      .createQueryBuilder('w')
      .where("w.status <> 'closed' AND w.id > :after", { after })
      .orderBy('w.id', 'ASC')
      .limit(RETIME_BATCH);
    if (!options.dryRun) query.setLock('pessimistic_write');
    const rows = await query.getMany();
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    for (const row of rows) {
      const item = toWorkItemState(row);
      const kind = kinds.get(item.kind);
      if (!kind) continue;
      const moved = retimeItem(item, kind, calendar, now, cause);
      if (!moved) continue;
      retimed++;
      if (options.dryRun) continue;
      const saved = await persistDecision(manager, item, { ok: true, next: moved.next, events: moved.events, effects: moved.effects, warnings: [] }, calendar);
      outbox.push(...saved.outbox);
    }
    if (rows.length < RETIME_BATCH) break;
  }
  return { retimed, outbox };
}
