import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The petition statute's state (信访工作条例): the received day, the 受理 decision, the statutory
 * clock, the extension count, the objection window, the answer's time, the notices sent, and
 * the item reviewed (复查 / 复核). Existing items have none of them: they were registered before
 * the decision existed, so they stay as they are (no statutory clock is invented for them).
 */
export class PetitionStatute1764300000000 implements MigrationInterface {
  name = 'PetitionStatute1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "work_items" ADD "received_on" date`);
    await q.query(`ALTER TABLE "work_items" ADD "acceptance" jsonb`);
    await q.query(`ALTER TABLE "work_items" ADD "statutory_clock" jsonb`);
    await q.query(`ALTER TABLE "work_items" ADD "extension_count" integer NOT NULL DEFAULT 0`);
    // Items approved before the count existed had at most what their days say; one is the honest floor.
    await q.query(`UPDATE "work_items" SET "extension_count" = 1 WHERE "extension_days_used" > 0`);
    await q.query(`ALTER TABLE "work_items" ADD "objection_until" timestamptz`);
    await q.query(`ALTER TABLE "work_items" ADD "answered_at" timestamptz`);
    await q.query(`ALTER TABLE "work_items" ADD "notices" jsonb NOT NULL DEFAULT '{}'`);
    // No foreign key, like the item's other links: the api loads the reviewed item before linking it.
    await q.query(`ALTER TABLE "work_items" ADD "review_of_id" uuid`);
    // One 复查 per answered petition, one 复核 per 复查: a second request is refused, not doubled.
    await q.query(`CREATE UNIQUE INDEX "work_items_review_of_id_key" ON "work_items" ("review_of_id") WHERE "review_of_id" IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "work_items_review_of_id_key"`);
    for (const column of ['review_of_id', 'notices', 'answered_at', 'objection_until', 'extension_count', 'statutory_clock', 'acceptance', 'received_on']) {
      await q.query(`ALTER TABLE "work_items" DROP COLUMN "${column}"`);
    }
  }
}
