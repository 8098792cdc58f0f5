import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The security audit log (sign-ins), the throttling counters used when there is no Redis, and sign-out for every session of an account. */
export class SignInSecurity1764100000000 implements MigrationInterface {
  name = 'SignInSecurity1764100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "kind" text NOT NULL, "user_id" uuid, "username" text, "address" text, "detail" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_audit_log_id" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "audit_log_at_idx" ON "audit_log" ("at")`);
    await q.query(`ALTER TABLE "users" ADD "tokens_valid_after" TIMESTAMP WITH TIME ZONE`);
    await q.query(`CREATE TABLE "rate_limits" ("key" text NOT NULL, "hits" integer NOT NULL, "window_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_rate_limits_key" PRIMARY KEY ("key"))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "rate_limits"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "tokens_valid_after"`);
    await q.query(`DROP INDEX "public"."audit_log_at_idx"`);
    await q.query(`DROP TABLE "audit_log"`);
  }
}
