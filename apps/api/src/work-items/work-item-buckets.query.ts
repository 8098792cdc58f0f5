import type { WorkItemEntity } from '@parkflow/db';
import { bucketScope } from '@parkflow/domain';
import type { SelectQueryBuilder } from 'typeorm';
import { applyScope } from './queue-scope.query.js';

export type WorkItemBucket = 'unassigned' | 'returned' | 'overdue' | 'supervised' | 'today_unsigned';

/**
 * The dispatcher board's columns: the domain's bucket scopes, through the one translator. Only
 * "returned" reads the timeline (an item's state does not remember a return), so it stays SQL.
 */
export function applyBucket(qb: SelectQueryBuilder<WorkItemEntity>, bucket: WorkItemBucket, now: Date): void {
  if (bucket === 'returned') {
    qb.andWhere(`w.status = 'pending_assignment'`).andWhere(`EXISTS (SELECT 1 FROM work_item_events e WHERE e.item_id = w.id AND e.type = 'returned')`);
    return;
  }
  applyScope(qb, bucketScope(bucket, now), 'bucket');
}
