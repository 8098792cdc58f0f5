import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildStatDaySums } from '../stats/stat-day-sums.store.js';

const COUNTS = `"registered" integer NOT NULL DEFAULT 0, "registered_overdue" integer NOT NULL DEFAULT 0,
  "assigned" integer NOT NULL DEFAULT 0, "responded_on_time" integer NOT NULL DEFAULT 0,
  "due" integer NOT NULL DEFAULT 0, "resolved_on_time" integer NOT NULL DEFAULT 0,
  "overdue" integer NOT NULL DEFAULT 0, "extended" integer NOT NULL DEFAULT 0, "returned" integer NOT NULL DEFAULT 0,
  "closed" integer NOT NULL DEFAULT 0, "handling_count" integer NOT NULL DEFAULT 0, "handling_sum" double precision NOT NULL DEFAULT 0,
  "rated" integer NOT NULL DEFAULT 0, "satisfied" integer NOT NULL DEFAULT 0, "unrated" integer NOT NULL DEFAULT 0`;

/**
 * The statistics day sums (packages/db/src/stats/stat-day-sums.store.ts): the deltas every action
 * appends, the folded sums by day and the handling-days histogram by month, filled from the
 * stored facts. And an index for "overdue now", which the sums cannot hold (it is a state at the
 * moment of asking): open items by their running due time.
 */
export class StatDaySums1764430000000 implements MigrationInterface {
  name = 'StatDaySums1764430000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "stat_deltas" (
      "id" bigserial PRIMARY KEY, "day" date NOT NULL,
      "kind" text NOT NULL, "category" text NOT NULL, "channel" text NOT NULL, "department_id" uuid, "handler_id" uuid,
      "handling_days" double precision, ${COUNTS})`);
    await q.query(`CREATE TABLE "stat_day_sums" (
      "dimension" text NOT NULL, "value" text, "day" date NOT NULL, "department_id" uuid, "kind" text NOT NULL, ${COUNTS},
      CONSTRAINT "stat_day_sums_key" UNIQUE NULLS NOT DISTINCT ("dimension", "value", "day", "department_id", "kind"))`);
    // Grouped by a dimension's values (no value named), a period is a range of days within the dimension.
    await q.query(`CREATE INDEX "stat_day_sums_day_idx" ON "stat_day_sums" ("dimension", "day")`);
    await q.query(`CREATE TABLE "stat_month_handling" (
      "dimension" text NOT NULL, "value" text, "month" date NOT NULL, "department_id" uuid, "kind" text NOT NULL,
      "days" double precision NOT NULL, "items" integer NOT NULL,
      CONSTRAINT "stat_month_handling_key" UNIQUE NULLS NOT DISTINCT ("dimension", "value", "month", "department_id", "kind", "days"))`);
    await q.query(`CREATE INDEX "stat_month_handling_month_idx" ON "stat_month_handling" ("dimension", "month")`);
    await q.query(`CREATE INDEX "item_stat_facts_running_due_idx" ON "item_stat_facts" ("running_due_at")
      INCLUDE ("department_id", "kind", "category", "channel", "handler_id") WHERE "closed_on" IS NULL AND "running_due_at" IS NOT NULL`);
    await rebuildStatDaySums(q.manager);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "item_stat_facts_running_due_idx"`);
    await q.query(`DROP TABLE "stat_month_handling"`);
    await q.query(`DROP TABLE "stat_day_sums"`);
    await q.query(`DROP TABLE "stat_deltas"`);
  }
}
