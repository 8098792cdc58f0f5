import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 告知书模板: a park's own wording of each written notice per kind. Only edited templates are
 * stored; a missing row means the domain's default, so the table starts empty. `updated_by` is
 * not a foreign key: a template outlives the account that last saved it.
 */
export class NoticeTemplates1764310000000 implements MigrationInterface {
  name = 'NoticeTemplates1764310000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "notice_template" ("kind" text NOT NULL, "type" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_notice_template" PRIMARY KEY ("kind", "type"))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notice_template"`);
  }
}
