import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The workflow engine's state (supervision, extensions, reopenings, ratings), in-app notifications, deterministic job ids for timers. */
export class Workflow1763900000000 implements MigrationInterface {
  name = 'Workflow1763900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "item_id" uuid, "source_id" text NOT NULL, "topic" text NOT NULL, "message" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "notifications_user_created_idx" ON "notifications" ("user_id", "created_at")`);
    await q.query(`CREATE UNIQUE INDEX "notifications_source_user_uq" ON "notifications" ("source_id", "user_id")`);
    await q.query(`ALTER TABLE "outbox" ADD "job_id" text`);
    await q.query(`ALTER TABLE "work_items" ADD "supervised_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "work_items" ADD "extension_days_used" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "work_items" ADD "pending_extension" jsonb`);
    await q.query(`ALTER TABLE "work_items" ADD "reopen_count" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "work_items" ADD "satisfaction" text`);
    await q.query(`ALTER TABLE "work_items" ADD "feedback_timed_out" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "work_items" ADD "clock_paused_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "work_items" DROP COLUMN "clock_paused_at"`);
    await q.query(`ALTER TABLE "work_items" DROP COLUMN "feedback_timed_out"`);
    await q.query(`ALTER TABLE "work_items" DROP COLUMN "satisfaction"`);
    await q.query(`ALTER TABLE "work_items" DROP COLUMN "reopen_count"`);
    await q.query(`ALTER TABLE "work_items" DROP COLUMN "pending_extension"`);
    await q.query(`ALTER TABLE "work_items" DROP COLUMN "extension_days_used"`);
    await q.query(`ALTER TABLE "work_items" DROP COLUMN "supervised_at"`);
    await q.query(`ALTER TABLE "outbox" DROP COLUMN "job_id"`);
    await q.query(`DROP INDEX "public"."notifications_source_user_uq"`);
    await q.query(`DROP INDEX "public"."notifications_user_created_idx"`);
    await q.query(`DROP TABLE "notifications"`);
  }
}
