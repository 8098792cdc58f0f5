import { toWorkItemState, WorkItemEntity } from '@parkflow/db';
import type { WorkItemState } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';

/*
 * The items that may be on `day`'s list at `now`: a superset the domain's closeOutEntries then
 * decides on, so the rule lives in one place and this SQL only keeps the read small (open items
 * registered that day in the assign stage, and open items whose running deadline or statutory
 * clock is past due). The running deadline is the last one, not met (as RUNNING in
 * packages/db's queue-scope.query.ts).
 */
export async function loadCloseOutCandidates(manager: EntityManager, day: string, now: Date): Promise<WorkItemState[]> {
  // Beijing midnight by its fixed offset (UTC+8 all year), not the database's or the host's zone.
  const dayStart = `${day}T00:00:00+08:00`;
  const rows = await manager
    .getRepository(WorkItemEntity)
    .createQueryBuilder('w')
    .where(`w.status <> 'closed'`)
    .andWhere(
      `((w.stage = 'assign' AND w.created_at >= CAST(:dayStart AS timestamptz) AND w.created_at < CAST(:dayStart AS timestamptz) + interval '24 hours')
        OR (w.clock_paused_at IS NULL AND (
          ((w.deadlines->-1->>'metAt') IS NULL AND CAST(w.deadlines->-1->>'dueAt' AS timestamptz) < :now)
          OR (w.statutory_clock IS NOT NULL AND (w.statutory_clock->>'metAt') IS NULL AND CAST(w.statutory_clock->>'dueAt' AS timestamptz) < :now))))`,
      { dayStart, now: now.toISOString() },
    )
    .getMany();
  return rows.map(toWorkItemState);
}
