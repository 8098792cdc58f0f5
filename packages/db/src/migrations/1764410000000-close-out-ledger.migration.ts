import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 每日清零台账 (CloseOutLedgerEntity): one row per Beijing day whose close-out ran. The day is the
 * key, so a repeated run can only replace its day's row; the list newest first reads the key's
 * index backwards. Starts empty: days before this release had no close-out.
 */
export class CloseOutLedger1764410000000 implements MigrationInterface {
  name = 'CloseOutLedger1764410000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "close_out_ledgers" (
      "day" date PRIMARY KEY,
      "ran_at" timestamptz NOT NULL, "runs" integer NOT NULL,
      "unsigned_count" integer NOT NULL, "overdue_count" integer NOT NULL,
      "entries" jsonb NOT NULL)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "close_out_ledgers"`);
  }
}
