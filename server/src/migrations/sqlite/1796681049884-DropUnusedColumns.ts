import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DropUnusedColumns1796681049884 implements MigrationInterface {
  name = 'DropUnusedColumns1796681049884';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_application_idempotency"`);
    await queryRunner.query(`DROP INDEX "uq_user_username"`);
    await queryRunner.query(`DROP INDEX "uq_user_openid"`);
    await queryRunner.query(`CREATE TABLE "temporary_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "role" varchar(16) NOT NULL, "openid" varchar(64), "unionid" varchar(64), "username" varchar(32), "passwordHash" varchar(200), "displayName" varchar(40) NOT NULL, "phone" varchar(20), "locale" varchar(8) NOT NULL DEFAULT ('zh-CN'), "deletedAt" datetime(3), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "temporary_user"("id", "role", "openid", "unionid", "username", "passwordHash", "displayName", "phone", "locale", "deletedAt", "createdAt", "updatedAt") SELECT "id", "role", "openid", "unionid", "username", "passwordHash", "displayName", "phone", "locale", "deletedAt", "createdAt", "updatedAt" FROM "user"`);
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`ALTER TABLE "temporary_user" RENAME TO "user"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_username" ON "user" ("username") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_openid" ON "user" ("openid") `);
    await queryRunner.query(`DROP INDEX "uq_application_position_user"`);
    await queryRunner.query(`DROP INDEX "idx_application_position"`);
    await queryRunner.query(`DROP INDEX "idx_application_user"`);
    await queryRunner.query(`CREATE TABLE "temporary_application" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "positionId" integer NOT NULL, "organizationId" integer NOT NULL, "userId" integer NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('submitted'), "message" varchar(1000) NOT NULL, "profile" text NOT NULL, "cvKey" varchar(80), "channel" varchar(16), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "temporary_application"("id", "positionId", "organizationId", "userId", "status", "message", "profile", "cvKey", "channel", "createdAt", "updatedAt") SELECT "id", "positionId", "organizationId", "userId", "status", "message", "profile", "cvKey", "channel", "createdAt", "updatedAt" FROM "application"`);
    await queryRunner.query(`DROP TABLE "application"`);
    await queryRunner.query(`ALTER TABLE "temporary_application" RENAME TO "application"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_application_position_user" ON "application" ("positionId", "userId") `);
    await queryRunner.query(`CREATE INDEX "idx_application_position" ON "application" ("positionId", "status", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_application_user" ON "application" ("userId", "createdAt") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_application_user"`);
    await queryRunner.query(`DROP INDEX "idx_application_position"`);
    await queryRunner.query(`DROP INDEX "uq_application_position_user"`);
    await queryRunner.query(`ALTER TABLE "application" RENAME TO "temporary_application"`);
    await queryRunner.query(`CREATE TABLE "application" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "positionId" integer NOT NULL, "organizationId" integer NOT NULL, "userId" integer NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('submitted'), "message" varchar(1000) NOT NULL, "profile" text NOT NULL, "cvKey" varchar(80), "channel" varchar(16), "idempotencyKey" varchar(64), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "application"("id", "positionId", "organizationId", "userId", "status", "message", "profile", "cvKey", "channel", "createdAt", "updatedAt") SELECT "id", "positionId", "organizationId", "userId", "status", "message", "profile", "cvKey", "channel", "createdAt", "updatedAt" FROM "temporary_application"`);
    await queryRunner.query(`DROP TABLE "temporary_application"`);
    await queryRunner.query(`CREATE INDEX "idx_application_user" ON "application" ("userId", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_application_position" ON "application" ("positionId", "status", "createdAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_application_position_user" ON "application" ("positionId", "userId") `);
    await queryRunner.query(`DROP INDEX "uq_user_openid"`);
    await queryRunner.query(`DROP INDEX "uq_user_username"`);
    await queryRunner.query(`ALTER TABLE "user" RENAME TO "temporary_user"`);
    await queryRunner.query(`CREATE TABLE "user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "role" varchar(16) NOT NULL, "openid" varchar(64), "unionid" varchar(64), "username" varchar(32), "passwordHash" varchar(200), "displayName" varchar(40) NOT NULL, "phone" varchar(20), "locale" varchar(8) NOT NULL DEFAULT ('zh-CN'), "failedLogins" integer NOT NULL DEFAULT (0), "lockedUntil" datetime(3), "deletedAt" datetime(3), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "user"("id", "role", "openid", "unionid", "username", "passwordHash", "displayName", "phone", "locale", "deletedAt", "createdAt", "updatedAt") SELECT "id", "role", "openid", "unionid", "username", "passwordHash", "displayName", "phone", "locale", "deletedAt", "createdAt", "updatedAt" FROM "temporary_user"`);
    await queryRunner.query(`DROP TABLE "temporary_user"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_openid" ON "user" ("openid") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_username" ON "user" ("username") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_application_idempotency" ON "application" ("userId", "idempotencyKey") `);
  }
}
