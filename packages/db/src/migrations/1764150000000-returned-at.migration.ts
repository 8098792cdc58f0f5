import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The item remembers that a department sent it back (退回) until it is routed again, so the
 * dispatcher board's "returned" column is a domain scope on the item instead of a query over the
 * timeline. Items waiting for routing now get the time of their last return, as the old column
 * read them (waiting, with a return in their timeline).
 */
export class ReturnedAt1764150000000 implements MigrationInterface {
  name = 'ReturnedAt1764150000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "work_items" ADD "returned_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(
      `UPDATE "work_items" w SET "returned_at" = r.at FROM (SELECT item_id, max("at") AS at FROM "work_item_events" WHERE "type" = 'returned' GROUP BY item_id) r
       WHERE r.item_id = w.id AND w.stage = 'assign' AND w.department_id IS NULL AND w.status <> 'closed'`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "work_items" DROP COLUMN "returned_at"`);
  }
}
