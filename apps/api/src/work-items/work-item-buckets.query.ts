import type { WorkItemEntity } from '@parkflow/db';
import { shanghaiDate } from '@parkflow/domain';
import type { SelectQueryBuilder } from 'typeorm';

/** The due time of the item's running deadline (the one not yet met), straight from the jsonb. */
export const RUNNING_DUE_AT = `(SELECT (d->>'dueAt')::timestamptz FROM jsonb_array_elements(w.deadlines) d WHERE d->>'metAt' IS NULL LIMIT 1)`;

export type WorkItemBucket = 'unassigned' | 'returned' | 'overdue' | 'supervised' | 'today_unsigned';

/** Start of today in Asia/Shanghai (UTC+8, no daylight saving), as an instant. */
export function startOfShanghaiDay(now: Date): Date {
  return new Date(`${shanghaiDate(now)}T00:00:00+08:00`);
}

/** The dispatcher board's columns as query conditions. Overdue is live: the running deadline has passed now. */
export function applyBucket(qb: SelectQueryBuilder<WorkItemEntity>, bucket: WorkItemBucket, now: Date): void {
  switch (bucket) {
    case 'unassigned':
      qb.andWhere(`w.status = 'pending_assignment'`);
      break;
    case 'returned':
      qb.andWhere(`w.status = 'pending_assignment'`).andWhere(`EXISTS (SELECT 1 FROM work_item_events e WHERE e.item_id = w.id AND e.type = 'returned')`);
      break;
    case 'overdue':
      qb.andWhere(`w.status <> 'closed'`).andWhere(`${RUNNING_DUE_AT} < :now`, { now });
      break;
    case 'supervised':
      qb.andWhere(`w.status <> 'closed'`).andWhere('w.supervised_at IS NOT NULL');
      break;
    case 'today_unsigned':
      qb.andWhere(`w.status IN ('pending_assignment', 'pending_acceptance')`).andWhere('w.created_at >= :todayStart', { todayStart: startOfShanghaiDay(now) });
      break;
  }
}
