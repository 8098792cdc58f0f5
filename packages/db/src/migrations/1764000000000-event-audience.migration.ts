import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Timeline events carry their audience: internal (staff) or public (also an appeal's company
 * contact). Rows written before get the audience their type has now; comments stay internal,
 * the safe reading of a note nobody chose to publish.
 */
export class EventAudience1764000000000 implements MigrationInterface {
  name = 'EventAudience1764000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "work_item_events" ADD "audience" text NOT NULL DEFAULT 'internal'`);
    await q.query(
      `UPDATE "work_item_events" SET "audience" = 'public' WHERE "type" IN ('registered', 'accepted', 'replied', 'extension_approved', 'clock_paused', 'clock_resumed', 'feedback_recorded', 'feedback_timed_out', 'closure_approved')`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "work_item_events" DROP COLUMN "audience"`);
  }
}
