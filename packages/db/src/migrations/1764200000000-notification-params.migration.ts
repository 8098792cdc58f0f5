import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications carry their topic's parameters (jsonb) instead of a zh-CN sentence, so the client
 * words them in its language. `message` stays for the rows written before, which have no params:
 * it becomes nullable, and new rows leave it null rather than store a server-rendered sentence (a
 * second copy of the web's zh-CN catalogue, bound to drift from it, for no reader that needs it).
 */
export class NotificationParams1764200000000 implements MigrationInterface {
  name = 'NotificationParams1764200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications" ADD "params" jsonb`);
    await q.query(`ALTER TABLE "notifications" ALTER COLUMN "message" DROP NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    // The older schema needs a message on every row; rows written with params keep at least their topic.
    await q.query(`UPDATE "notifications" SET "message" = "topic" WHERE "message" IS NULL`);
    await q.query(`ALTER TABLE "notifications" ALTER COLUMN "message" SET NOT NULL`);
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "params"`);
  }
}
