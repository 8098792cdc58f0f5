import type { WorkItemEntity } from '@parkflow/db';
import { bucketScope } from '@parkflow/domain';
import type { SelectQueryBuilder } from 'typeorm';
import { applyScope } from './queue-scope.query.js';

export type WorkItemBucket = 'unassigned' | 'returned' | 'overdue' | 'supervised' | 'today_unsigned';

/** The dispatcher board's columns: the domain's bucket scopes, through the one translator. */
export function applyBucket(qb: SelectQueryBuilder<WorkItemEntity>, bucket: WorkItemBucket, now: Date): void {
  applyScope(qb, bucketScope(bucket, now), 'bucket');
}
