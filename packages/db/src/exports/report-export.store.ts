import type { Actor, KindId } from '@parkflow/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { ReportExportRowEntity } from '../entities/report-export-row.entity.js';
import { WorkItemEntity } from '../entities/work-item.entity.js';
import { filterWorkItems, workItemOrderSql, type WorkItemFilters } from '../work-items/work-item-filters.query.js';

/** The most rows one ledger holds; a larger queue is refused at the request, so the user narrows it. */
export const MAX_LEDGER_ROWS = 100_000;

/** How many rows of the queue an export of it would hold (the list's own count). */
export async function countQueue(manager: EntityManager, filters: WorkItemFilters, actor: Actor, raisedByEnterprise: readonly KindId[], now: Date): Promise<number> {
  const qb = manager.getRepository(WorkItemEntity).createQueryBuilder('w');
  filterWorkItems(qb, filters, actor, raisedByEnterprise, now);
  return qb.getCount();
}

/**
 * Fixes the rows of an export: the ids of the queue's items in its order, numbered from 1, in one
 * statement (nothing passes through this process). Any rows an earlier attempt left are replaced,
 * so a retried job starts from a snapshot of its own. Returns how many rows it holds.
 */
export async function snapshotExportRows(
  dataSource: DataSource,
  exportId: string,
  filters: WorkItemFilters,
  actor: Actor,
  raisedByEnterprise: readonly KindId[],
  now: Date,
  cap = MAX_LEDGER_ROWS,
): Promise<number> {
  return dataSource.transaction(async (manager) => {
    await manager.delete(ReportExportRowEntity, { exportId });
    const qb = manager.getRepository(WorkItemEntity).createQueryBuilder('w').select('w.id', 'id');
    // The same visibility, view and filters as the list; the same order, as the row number.
    qb.addSelect(`ROW_NUMBER() OVER (ORDER BY ${workItemOrderSql(filters)})`, 'seq');
    filterWorkItems(qb, filters, actor, raisedByEnterprise, now);
    const [sql, params] = qb.getQueryAndParameters();
    const n = params.length;
    const inserted = (await manager.query(
      `WITH picked AS (INSERT INTO report_export_rows (export_id, seq, item_id)
         SELECT $${n + 1}::uuid, s.seq, s.id FROM (${sql}) s WHERE s.seq <= $${n + 2} RETURNING 1)
       SELECT count(*)::int AS rows FROM picked`,
      [...params, exportId, cap],
    )) as { rows: number }[];
    return inserted[0]?.rows ?? 0;
  });
}

/**
 * The export's items page by page in the snapshot's order, as often as asked (the writer reads
 * them twice): one query per page over a range of row numbers (the snapshot numbers its rows
 * 1…total without gaps), one page in memory at a time. An item deleted since the snapshot is
 * left out.
 */
export function exportItemPages(dataSource: DataSource, exportId: string, total: number, pageSize = 1000): () => AsyncIterable<WorkItemEntity[]> {
  return async function* pages() {
    for (let after = 0; after < total; after += pageSize) {
      yield await dataSource
        .getRepository(WorkItemEntity)
        .createQueryBuilder('w')
        .innerJoin(ReportExportRowEntity, 'r', 'r.item_id = w.id')
        .where('r.export_id = :exportId AND r.seq > :after AND r.seq <= :upto', { exportId, after, upto: after + pageSize })
        .orderBy('r.seq', 'ASC')
        .getMany();
    }
  };
}

export async function dropExportRows(manager: EntityManager, exportId: string): Promise<void> {
  await manager.delete(ReportExportRowEntity, { exportId });
}
