import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ledger exports (台账导出): one record per export a user asked for (status, progress, the file
 * and when it expires), and the rows each export's job fixed when it started (the item ids in
 * the queue's order), which both of the writer's passes page through.
 */
export class ReportExports1764420000000 implements MigrationInterface {
  name = 'ReportExports1764420000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "report_exports" ("id" uuid NOT NULL, "owner_id" uuid NOT NULL, "ledger" text NOT NULL, "filters" jsonb NOT NULL, "status" text NOT NULL, "rows_written" integer NOT NULL DEFAULT '0', "rows_total" integer, "file_name" text NOT NULL, "file_path" text, "file_bytes" integer, "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_831f34e4d6c47ec2bb42a614465" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "report_exports_owner_idx" ON "report_exports" ("owner_id", "created_at")`);
    // The sweep looks only at finished files.
    await q.query(`CREATE INDEX "report_exports_expiry_idx" ON "report_exports" ("expires_at") WHERE status = 'done'`);
    await q.query(
      `CREATE TABLE "report_export_rows" ("export_id" uuid NOT NULL, "seq" integer NOT NULL, "item_id" uuid NOT NULL, CONSTRAINT "PK_73a297aa9accb83f3a6aea3e47b" PRIMARY KEY ("export_id", "seq"))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "report_export_rows"`);
    await q.query(`DROP TABLE "report_exports"`);
  }
}
