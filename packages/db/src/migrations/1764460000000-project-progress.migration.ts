import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 形象进度 (docs/projects.md, "Progress and photos"): progress reports of a project and their
 * photos. The photo bytes are not in the database: they are in the photo storage (local disk or
 * S3) under storage_key and thumbnail_key.
 */
export class ProjectProgress1764460000000 implements MigrationInterface {
  name = 'ProjectProgress1764460000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "project_progress_reports" ("id" uuid NOT NULL, "project_id" uuid NOT NULL, "reported_on" date NOT NULL, "percent" integer NOT NULL, "note" text NOT NULL, "reason" text, "reported_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "project_progress_reports_pkey" PRIMARY KEY ("id"), CONSTRAINT "project_progress_reports_percent_check" CHECK ("percent" BETWEEN 0 AND 100))`,
    );
    await q.query(`CREATE INDEX "project_progress_reports_project_idx" ON "project_progress_reports" ("project_id", "reported_on")`);
    await q.query(`ALTER TABLE "project_progress_reports" ADD CONSTRAINT "project_progress_reports_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await q.query(
      `CREATE TABLE "project_photos" ("id" uuid NOT NULL, "report_id" uuid NOT NULL, "project_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "bytes" integer NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "storage_key" text NOT NULL, "thumbnail_key" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "project_photos_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "project_photos_report_idx" ON "project_photos" ("report_id")`);
    await q.query(`ALTER TABLE "project_photos" ADD CONSTRAINT "project_photos_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "project_progress_reports"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "project_photos"`);
    await q.query(`DROP TABLE "project_progress_reports"`);
  }
}
