import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795240031964 implements MigrationInterface {
  name = 'Accounts1795240031964';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "consent" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "policyVersion" varchar(20) NOT NULL, "grantedAt" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_consent_user" ON "consent" ("userId", "grantedAt") `);
    await queryRunner.query(`CREATE TABLE "refresh_token" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" integer NOT NULL, "tokenHash" varchar(64) NOT NULL, "familyId" varchar(36) NOT NULL, "expiresAt" datetime(3) NOT NULL, "revokedAt" datetime(3), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_refresh_token_hash" ON "refresh_token" ("tokenHash") `);
    await queryRunner.query(`CREATE INDEX "idx_refresh_token_user" ON "refresh_token" ("userId") `);
    await queryRunner.query(`CREATE INDEX "idx_refresh_token_family" ON "refresh_token" ("familyId") `);
    await queryRunner.query(`CREATE TABLE "talent_profile" ("userId" integer PRIMARY KEY NOT NULL, "name" varchar(40) NOT NULL, "nationality" varchar(40) NOT NULL, "studyCountry" varchar(40) NOT NULL, "degree" varchar(16) NOT NULL, "school" varchar(100) NOT NULL, "major" varchar(60) NOT NULL, "field" varchar(40) NOT NULL, "returnYear" integer, "intent" varchar(16) NOT NULL, "visibility" varchar(16) NOT NULL DEFAULT ('private'), "cvKey" varchar(80), "cvFileName" varchar(120), "cvSize" integer, "cvUploadedAt" datetime(3), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE TABLE "user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "role" varchar(16) NOT NULL, "openid" varchar(64), "unionid" varchar(64), "username" varchar(32), "passwordHash" varchar(200), "displayName" varchar(40) NOT NULL, "phone" varchar(20), "locale" varchar(8) NOT NULL DEFAULT ('zh-CN'), "failedLogins" integer NOT NULL DEFAULT (0), "lockedUntil" datetime(3), "deletedAt" datetime(3), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_openid" ON "user" ("openid") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_username" ON "user" ("username") `);
    await queryRunner.query(`CREATE TABLE "organization" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "uscc" varchar(18) NOT NULL, "type" varchar(16) NOT NULL, "industry" varchar(50) NOT NULL, "district" varchar(30) NOT NULL, "contactName" varchar(30) NOT NULL, "contactPhone" varchar(20) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('pending'), "rejectReason" varchar(300), "createdBy" integer, "verifiedBy" integer, "verifiedAt" datetime(3), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_organization_uscc" ON "organization" ("uscc") `);
    await queryRunner.query(`CREATE INDEX "idx_organization_status" ON "organization" ("status", "createdAt") `);
    await queryRunner.query(`CREATE TABLE "organization_member" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organizationId" integer NOT NULL, "userId" integer NOT NULL, "memberRole" varchar(16) NOT NULL DEFAULT ('owner'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_organization_member_user" ON "organization_member" ("userId") `);
    await queryRunner.query(`CREATE INDEX "idx_organization_member_org" ON "organization_member" ("organizationId") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_organization_member_org"`);
    await queryRunner.query(`DROP INDEX "uq_organization_member_user"`);
    await queryRunner.query(`DROP TABLE "organization_member"`);
    await queryRunner.query(`DROP INDEX "idx_organization_status"`);
    await queryRunner.query(`DROP INDEX "uq_organization_uscc"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP INDEX "uq_user_username"`);
    await queryRunner.query(`DROP INDEX "uq_user_openid"`);
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`DROP TABLE "talent_profile"`);
    await queryRunner.query(`DROP INDEX "idx_refresh_token_family"`);
    await queryRunner.query(`DROP INDEX "idx_refresh_token_user"`);
    await queryRunner.query(`DROP INDEX "uq_refresh_token_hash"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "idx_consent_user"`);
    await queryRunner.query(`DROP TABLE "consent"`);
  }
}
