import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first schema: reference data, users, work items with their timeline, the outbox, calendar overrides. */
export class Initial1763800000000 implements MigrationInterface {
  name = 'Initial1763800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "calendar_days" ("date" date NOT NULL, "kind" text NOT NULL, "name" text, CONSTRAINT "PK_1c04d56e8833eb6827f104f17e0" PRIMARY KEY ("date"))`);
    await q.query(`CREATE TABLE "code_counters" ("key" text NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_f663ef75c30255ba971e999599c" PRIMARY KEY ("key"))`);
    await q.query(`CREATE TABLE "departments" ("id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "head_user_id" uuid, "leader_user_id" uuid, CONSTRAINT "UQ_91fddbe23e927e1e525c152baa3" UNIQUE ("code"), CONSTRAINT "PK_839517a681a86bb84cbcc6a1e9d" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "enterprises" ("id" uuid NOT NULL, "name" text NOT NULL, "credit_code" text NOT NULL, "liaison_user_id" uuid, CONSTRAINT "UQ_bca102e5421c71d700c4ee4ff9a" UNIQUE ("credit_code"), CONSTRAINT "PK_a019e9afe6517b4f2a4588f2cce" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "outbox" ("id" uuid NOT NULL, "job_name" text NOT NULL, "payload" jsonb NOT NULL, "run_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "dispatched_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "outbox_pending_idx" ON "outbox" ("created_at") WHERE dispatched_at IS NULL`);
    await q.query(`CREATE TABLE "users" ("id" uuid NOT NULL, "username" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "roles" text array NOT NULL, "department_id" uuid, "enterprise_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_fe0bb3f6520ee0469504521e710" UNIQUE ("username"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "work_item_events" ("id" BIGSERIAL NOT NULL, "item_id" uuid NOT NULL, "type" text NOT NULL, "actor_id" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "stage" text NOT NULL, "stage_seq" integer NOT NULL, "data" jsonb NOT NULL, CONSTRAINT "PK_fefa3ff72ea36f6ed7e325a1965" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "work_item_events_item_idx" ON "work_item_events" ("item_id", "id")`);
    await q.query(`CREATE TABLE "work_items" ("id" uuid NOT NULL, "code" text NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "channel" text NOT NULL, "category" text NOT NULL, "urgency" text NOT NULL, "enterprise_id" uuid, "petitioner" jsonb, "stage" text NOT NULL, "status" text NOT NULL, "department_id" uuid, "handler_id" uuid, "owner_leader_id" uuid, "created_by_id" uuid NOT NULL, "stage_seq" integer NOT NULL, "deadlines" jsonb NOT NULL, "sla" text NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_896140fe53d87168f9b0254d92c" UNIQUE ("code"), CONSTRAINT "PK_afbfa01728533c866eafaf6f160" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "work_items_handler_status_idx" ON "work_items" ("handler_id", "status")`);
    await q.query(`CREATE INDEX "work_items_department_status_idx" ON "work_items" ("department_id", "status")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."work_items_department_status_idx"`);
    await q.query(`DROP INDEX "public"."work_items_handler_status_idx"`);
    await q.query(`DROP TABLE "work_items"`);
    await q.query(`DROP INDEX "public"."work_item_events_item_idx"`);
    await q.query(`DROP TABLE "work_item_events"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP INDEX "public"."outbox_pending_idx"`);
    await q.query(`DROP TABLE "outbox"`);
    await q.query(`DROP TABLE "enterprises"`);
    await q.query(`DROP TABLE "departments"`);
    await q.query(`DROP TABLE "code_counters"`);
    await q.query(`DROP TABLE "calendar_days"`);
  }
}
