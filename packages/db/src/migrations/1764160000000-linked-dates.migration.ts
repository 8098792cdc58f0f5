import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Dates of linked records (a project node's planned finish) a stage's deadline may be taken from; none on existing items. */
export class LinkedDates1764160000000 implements MigrationInterface {
  name = 'LinkedDates1764160000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "work_items" ADD "linked_dates" jsonb NOT NULL DEFAULT '{}'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "work_items" DROP COLUMN "linked_dates"`);
  }
}
