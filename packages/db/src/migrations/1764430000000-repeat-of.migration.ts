import type { MigrationInterface, QueryRunner } from 'typeorm';
import { loadWorkCalendar } from '../calendar/calendar-loader.js';
import { rebuildStatFacts } from '../stats/stat-facts.store.js';

/**
 * 重复件: an item registered as a repeat names the earlier, closed item it repeats (repeat_of_id,
 * a foreign key; indexed for the earlier item's list of its repeats), and its statistics facts
 * say so (repeated), counted with the registrations: the registered index INCLUDEs the flag, so
 * 重复率 by month stays an index-only scan.
 *
 * The facts of a database that had items before StatFacts1764400000000 are first folded here,
 * from every timeline (that migration only made the tables): the fold reads the items through
 * the current entity, so it has to run once every column of it exists. It runs only when some
 * item has no facts, so a database already counting pays nothing for it.
 */
export class RepeatOf1764430000000 implements MigrationInterface {
  name = 'RepeatOf1764430000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "work_items" ADD "repeat_of_id" uuid`);
    await q.query(`ALTER TABLE "work_items" ADD CONSTRAINT "work_items_repeat_of_id_fkey" FOREIGN KEY ("repeat_of_id") REFERENCES "work_items" ("id")`);
    await q.query(`CREATE INDEX "work_items_repeat_of_id_idx" ON "work_items" ("repeat_of_id") WHERE "repeat_of_id" IS NOT NULL`);
    await q.query(`ALTER TABLE "item_stat_facts" ADD "repeated" boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE "item_stat_facts" f SET "repeated" = true FROM "work_items" w WHERE w."id" = f."item_id" AND w."repeat_of_id" IS NOT NULL`);
    await q.query(`DROP INDEX "item_stat_facts_registered_idx"`);
    await q.query(`CREATE INDEX "item_stat_facts_registered_idx" ON "item_stat_facts" ("registered_on") INCLUDE ("department_id", "repeated")`);
    const [missing] = await q.query(`SELECT EXISTS (SELECT 1 FROM "work_items" w WHERE NOT EXISTS (SELECT 1 FROM "item_stat_facts" f WHERE f."item_id" = w."id")) AS "missing"`);
    if (missing?.missing) await rebuildStatFacts(q.manager, await loadWorkCalendar(q.manager));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "item_stat_facts_registered_idx"`);
    await q.query(`CREATE INDEX "item_stat_facts_registered_idx" ON "item_stat_facts" ("registered_on") INCLUDE ("department_id")`);
    await q.query(`ALTER TABLE "item_stat_facts" DROP COLUMN "repeated"`);
    await q.query(`DROP INDEX "work_items_repeat_of_id_idx"`);
    await q.query(`ALTER TABLE "work_items" DROP CONSTRAINT "work_items_repeat_of_id_fkey"`);
    await q.query(`ALTER TABLE "work_items" DROP COLUMN "repeat_of_id"`);
  }
}
