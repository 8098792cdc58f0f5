import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statistics facts (ItemStatFactsEntity, ItemRatingEntity). They are filled from every item's
 * timeline by RepeatOf1764430000000, not here: the fold reads items through today's entity, whose
 * columns (repeat_of_id) do not exist yet at this point of the history.
 * The indexes carry the one flag each figure counts and the department (the scope of a head or a
 * leader), so a year's trend is an index-only scan of one date range per figure
 * (docs/statistics.md, "Speed").
 */
export class StatFacts1764400000000 implements MigrationInterface {
  name = 'StatFacts1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "item_stat_facts" (
      "item_id" uuid PRIMARY KEY,
      "kind" text NOT NULL, "category" text NOT NULL, "channel" text NOT NULL, "department_id" uuid, "handler_id" uuid,
      "registered_on" date NOT NULL, "assigned_on" date, "signed_on" date, "responded_on_time" boolean NOT NULL,
      "resolution_due_on" date, "resolved_on_time" boolean NOT NULL, "closed_on" date, "handling_working_days" double precision,
      "overdue_on" date, "extended_on" date, "extension_count" integer NOT NULL, "returned_on" date, "return_count" integer NOT NULL,
      "running_due_at" timestamptz)`);
    await q.query(`CREATE INDEX "item_stat_facts_assigned_idx" ON "item_stat_facts" ("assigned_on") INCLUDE ("department_id", "responded_on_time")`);
    await q.query(`CREATE INDEX "item_stat_facts_due_idx" ON "item_stat_facts" ("resolution_due_on") INCLUDE ("department_id", "resolved_on_time")`);
    await q.query(`CREATE INDEX "item_stat_facts_registered_idx" ON "item_stat_facts" ("registered_on") INCLUDE ("department_id")`);
    await q.query(`CREATE INDEX "item_stat_facts_closed_idx" ON "item_stat_facts" ("closed_on") INCLUDE ("department_id", "handling_working_days")`);
    // Few items go overdue, are extended or come back: partial indexes stay small.
    for (const day of ['overdue_on', 'extended_on', 'returned_on']) {
      await q.query(`CREATE INDEX "item_stat_facts_${day}_idx" ON "item_stat_facts" ("${day}") INCLUDE ("department_id") WHERE "${day}" IS NOT NULL`);
    }
    await q.query(`CREATE TABLE "item_ratings" (
      "item_id" uuid NOT NULL, "rated_at" timestamptz NOT NULL, "rated_on" date NOT NULL,
      "satisfaction" text, "kind" text NOT NULL, "category" text NOT NULL, "channel" text NOT NULL, "department_id" uuid, "handler_id" uuid,
      PRIMARY KEY ("item_id", "rated_at"))`);
    await q.query(`CREATE INDEX "item_ratings_rated_idx" ON "item_ratings" ("rated_on") INCLUDE ("department_id", "satisfaction")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "item_ratings"`);
    await q.query(`DROP TABLE "item_stat_facts"`);
  }
}
