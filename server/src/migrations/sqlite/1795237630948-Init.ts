import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795237630948 implements MigrationInterface {
  name = 'Init1795237630948';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "announcement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(120) NOT NULL, "titleEn" varchar(120), "summary" varchar(300) NOT NULL, "summaryEn" varchar(300), "body" text NOT NULL, "bodyEn" text, "category" varchar(16) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "pinned" boolean NOT NULL DEFAULT (0), "publishedAt" datetime(3), "viewCount" integer NOT NULL DEFAULT (0), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_announcement_category" ON "announcement" ("category", "status", "publishedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_announcement_public_order" ON "announcement" ("status", "pinned", "publishedAt") `);
    await queryRunner.query(`CREATE TABLE "audit_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "actorId" integer, "action" varchar(64) NOT NULL, "entityType" varchar(32) NOT NULL, "entityId" varchar(64) NOT NULL, "detail" text, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_audit_log_entity" ON "audit_log" ("entityType", "entityId") `);
    await queryRunner.query(`CREATE TABLE "seed_history" ("name" varchar(64) PRIMARY KEY NOT NULL, "itemCount" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "seed_history"`);
    await queryRunner.query(`DROP INDEX "idx_audit_log_entity"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "idx_announcement_public_order"`);
    await queryRunner.query(`DROP INDEX "idx_announcement_category"`);
    await queryRunner.query(`DROP TABLE "announcement"`);
  }
}
