import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildStatDaySums } from '../stats/stat-day-sums.store.js';

const COUNTS = `"registered" integer NOT NULL DEFAULT 0, "repeated" integer NOT NULL DEFAULT 0, "registered_overdue" integer NOT NULL DEFAULT 0,
  "assigned" integer NOT NULL DEFAULT 0, "responded_on_time" integer NOT NULL DEFAULT 0,
  "due" integer NOT NULL DEFAULT 0, "resolved_on_time" integer NOT NULL DEFAULT 0,
  "overdue" integer NOT NULL DEFAULT 0, "extended" integer NOT NULL DEFAULT 0, "returned" integer NOT NULL DEFAULT 0,
  "closed" integer NOT NULL DEFAULT 0, "handling_count" integer NOT NULL DEFAULT 0, "handling_sum" double precision NOT NULL DEFAULT 0,
  "rated" integer NOT NULL DEFAULT 0, "satisfied" integer NOT NULL DEFAULT 0, "unrated" integer NOT NULL DEFAULT 0`;

/*
 * What the facts still answer read through their indexes alone (index-only scans), whatever the
 * filter: the open items' running due times ("overdue now", and the report's overdue list, by
 * item), the first overdue days (the report's list) and the closures' handling days (the 90th
 * percentile's edge days).
 */
const DIMS = `"department_id", "kind", "category", "channel", "handler_id"`;
const UP_INDEXES = [
  `CREATE INDEX "item_stat_facts_running_due_idx" ON "item_stat_facts" ("running_due_at") INCLUDE (${DIMS}, "item_id") WHERE "closed_on" IS NULL AND "running_due_at" IS NOT NULL`,
  `DROP INDEX "item_stat_facts_overdue_on_idx"`,
  `CREATE INDEX "item_stat_facts_overdue_on_idx" ON "item_stat_facts" ("overdue_on") INCLUDE (${DIMS}, "item_id") WHERE "overdue_on" IS NOT NULL`,
  `DROP INDEX "item_stat_facts_closed_idx"`,
  `CREATE INDEX "item_stat_facts_closed_idx" ON "item_stat_facts" ("closed_on") INCLUDE (${DIMS}, "handling_working_days")`,
];
const DOWN_INDEXES = [
  `DROP INDEX "item_stat_facts_running_due_idx"`,
  `DROP INDEX "item_stat_facts_overdue_on_idx"`,
  `CREATE INDEX "item_stat_facts_overdue_on_idx" ON "item_stat_facts" ("overdue_on") INCLUDE ("department_id") WHERE "overdue_on" IS NOT NULL`,
  `DROP INDEX "item_stat_facts_closed_idx"`,
  `CREATE INDEX "item_stat_facts_closed_idx" ON "item_stat_facts" ("closed_on") INCLUDE ("department_id", "handling_working_days")`,
];

/**
 * The statistics day sums (packages/db/src/stats/stat-day-sums.store.ts): the deltas every action
 * appends, the folded sums by day and the handling-days histogram by month, filled from the
 * stored facts. And the facts' indexes for what the sums cannot hold (above).
 */
export class StatDaySums1764440000000 implements MigrationInterface {
  name = 'StatDaySums1764440000000';

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
    for (const statement of UP_INDEXES) await q.query(statement);
    await rebuildStatDaySums(q.manager);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const statement of DOWN_INDEXES) await q.query(statement);
    await q.query(`DROP TABLE "stat_month_handling"`);
    await q.query(`DROP TABLE "stat_day_sums"`);
    await q.query(`DROP TABLE "stat_deltas"`);
  }
}
