import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 重点项目 (docs/projects.md): the projects with their plan (nodes) and baseline as jsonb, their
 * append-only history, the park's own node templates per project type, and the link of a work
 * item (a project task) to its project and node. Project codes XM-<year>-<seq> count in
 * code_counters like item codes.
 */
export class KeyProjects1764450000000 implements MigrationInterface {
  name = 'KeyProjects1764450000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "projects" ("id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "investor_name" text NOT NULL, "investment_wan" numeric(16,2) NOT NULL, "type" text NOT NULL, "phase" text NOT NULL, "target_start" date NOT NULL, "target_completion" date NOT NULL, "target_production" date NOT NULL, "schedule_target" text NOT NULL DEFAULT 'production', "chief_officer_id" uuid NOT NULL, "push_team_ids" jsonb NOT NULL DEFAULT '[]', "department_ids" jsonb NOT NULL DEFAULT '[]', "nodes" jsonb NOT NULL, "baseline" jsonb, "version" integer NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_d95a87318392465ab663a32cc4f" UNIQUE ("code"), CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "projects_chief_officer_idx" ON "projects" ("chief_officer_id")`);
    await q.query(`CREATE INDEX "projects_phase_idx" ON "projects" ("phase")`);
    await q.query(
      `CREATE TABLE "project_history" ("id" uuid NOT NULL, "project_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "type" text NOT NULL, "summary" jsonb NOT NULL, "data" jsonb NOT NULL, CONSTRAINT "PK_ebb2afe7b38faa45844bfa91211" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "project_history_project_at_idx" ON "project_history" ("project_id", "at")`);
    await q.query(
      `CREATE TABLE "project_templates" ("type" text NOT NULL, "nodes" jsonb NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_32cfb6b5103718f7a608afa59db" PRIMARY KEY ("type"))`,
    );
    await q.query(`ALTER TABLE "work_items" ADD "project_id" uuid`);
    await q.query(`ALTER TABLE "work_items" ADD "project_node_key" text`);
    await q.query(`CREATE INDEX "work_items_project_idx" ON "work_items" ("project_id", "project_node_key") WHERE "project_id" IS NOT NULL`);
    await q.query(`ALTER TABLE "work_items" ADD CONSTRAINT "work_items_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "project_history" ADD CONSTRAINT "project_history_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "project_history" DROP CONSTRAINT "project_history_project_id_fkey"`);
    await q.query(`ALTER TABLE "work_items" DROP CONSTRAINT "work_items_project_id_fkey"`);
    await q.query(`DROP INDEX "work_items_project_idx"`);
    await q.query(`ALTER TABLE "work_items" DROP COLUMN "project_node_key"`);
    await q.query(`ALTER TABLE "work_items" DROP COLUMN "project_id"`);
    await q.query(`DROP TABLE "project_templates"`);
    await q.query(`DROP TABLE "project_history"`);
    await q.query(`DROP TABLE "projects"`);
  }
}
