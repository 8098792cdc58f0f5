import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Years whose holiday arrangement an admin loaded (CalendarArrangementEntity); none at first. */
export class CalendarArrangement1764320000000 implements MigrationInterface {
  name = 'CalendarArrangement1764320000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "calendar_arrangements" ("year" integer PRIMARY KEY, "days" jsonb NOT NULL, "source_format" text NOT NULL, "source_text" text NOT NULL, "loaded_by" uuid, "loaded_at" timestamptz NOT NULL)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "calendar_arrangements"`);
  }
}
