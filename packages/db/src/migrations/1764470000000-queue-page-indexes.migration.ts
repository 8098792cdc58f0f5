import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The queue screen's first page without reading the whole table (docs/benchmarks.md, "queue
 * pages over 1,000,000 items"):
 *
 * - 我的待办 (view=mine) is an OR of "handled by me, open", "owned by me, open" and "my
 *   department's, waiting for acceptance". With no index on owner_leader_id the OR could not be a
 *   bitmap OR, so page and count read all of work_items; each arm now has an index, the open
 *   ones partial (most items are closed, and a closed item is never in the view).
 * - 部门事项 (view=department) is one department, newest first: in that order, so the first page
 *   reads its 20 rows; the visibility columns INCLUDEd, so the page's count is an index-only scan
 *   of the department's entries instead of a visit to every heap page that holds one.
 *
 * IF NOT EXISTS / IF EXISTS: a database where an operator made them by hand migrates anyway.
 */
export class QueuePageIndexes1764470000000 implements MigrationInterface {
  name = 'QueuePageIndexes1764470000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS "work_items_open_handler_idx" ON "work_items" ("handler_id") WHERE "status" <> 'closed'`);
    await q.query(`CREATE INDEX IF NOT EXISTS "work_items_open_owner_idx" ON "work_items" ("owner_leader_id") WHERE "status" <> 'closed' AND "owner_leader_id" IS NOT NULL`);
    await q.query(
      `CREATE INDEX IF NOT EXISTS "work_items_department_created_idx" ON "work_items" ("department_id", "created_at" DESC, "id" DESC) INCLUDE ("handler_id", "owner_leader_id", "created_by_id")`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "work_items_department_created_idx"`);
    await q.query(`DROP INDEX IF EXISTS "work_items_open_owner_idx"`);
    await q.query(`DROP INDEX IF EXISTS "work_items_open_handler_idx"`);
  }
}
