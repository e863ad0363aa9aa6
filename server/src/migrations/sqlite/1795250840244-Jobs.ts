import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Jobs1795250840244 implements MigrationInterface {
  name = 'Jobs1795250840244';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "application" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "positionId" integer NOT NULL, "organizationId" integer NOT NULL, "userId" integer NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('submitted'), "message" varchar(1000) NOT NULL, "profile" text NOT NULL, "cvKey" varchar(80), "channel" varchar(16), "idempotencyKey" varchar(64), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_application_user" ON "application" ("userId", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_application_position" ON "application" ("positionId", "status", "createdAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_application_idempotency" ON "application" ("userId", "idempotencyKey") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_application_position_user" ON "application" ("positionId", "userId") `);
    await queryRunner.query(`CREATE TABLE "application_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "status" varchar(16) NOT NULL, "message" varchar(500), "actorId" integer, "at" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_application_event_application" ON "application_event" ("applicationId", "at") `);
    await queryRunner.query(`CREATE TABLE "position" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organizationId" integer NOT NULL, "createdBy" integer NOT NULL, "title" varchar(60) NOT NULL, "titleEn" varchar(120), "function" varchar(16) NOT NULL, "industry" varchar(24) NOT NULL, "city" varchar(20) NOT NULL, "district" varchar(16) NOT NULL, "salaryMin" integer, "salaryMax" integer, "negotiable" boolean NOT NULL DEFAULT (0), "minDegree" varchar(16) NOT NULL, "minDegreeRank" integer NOT NULL, "experienceYears" integer NOT NULL DEFAULT (0), "headcount" integer NOT NULL DEFAULT (1), "description" text NOT NULL, "descriptionEn" text, "requirements" text NOT NULL, "requirementsEn" text, "benefits" varchar(1000), "languages" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('pending'), "contentCheck" varchar(8) NOT NULL DEFAULT ('pass'), "rejectReason" varchar(300), "closeReason" varchar(16), "reviewedBy" integer, "reviewedAt" datetime(3), "publishedAt" datetime(3), "expiresOn" varchar(10) NOT NULL, "expiresAt" datetime(3) NOT NULL, "reminderSentAt" datetime(3), "extended" boolean NOT NULL DEFAULT (0), "viewCount" integer NOT NULL DEFAULT (0), "applicationCount" integer NOT NULL DEFAULT (0), "favoriteCount" integer NOT NULL DEFAULT (0), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_position_org" ON "position" ("organizationId", "status") `);
    await queryRunner.query(`CREATE INDEX "idx_position_expiry" ON "position" ("status", "expiresAt") `);
    await queryRunner.query(`CREATE INDEX "idx_position_public" ON "position" ("status", "publishedAt") `);
    await queryRunner.query(`CREATE TABLE "position_channel_stat" ("positionId" integer NOT NULL, "channel" varchar(16) NOT NULL, "views" integer NOT NULL DEFAULT (0), "applications" integer NOT NULL DEFAULT (0), PRIMARY KEY ("positionId", "channel"))`);
    await queryRunner.query(`CREATE TABLE "notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "kind" varchar(24) NOT NULL, "titleZh" varchar(120) NOT NULL, "titleEn" varchar(240) NOT NULL, "bodyZh" varchar(500) NOT NULL, "bodyEn" varchar(1000) NOT NULL, "linkPage" varchar(32), "linkId" integer, "readAt" datetime(3), "createdAt" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_notification_unread" ON "notification" ("userId", "readAt") `);
    await queryRunner.query(`CREATE INDEX "idx_notification_user" ON "notification" ("userId", "createdAt") `);
    await queryRunner.query(`CREATE TABLE "wechat_subscription" ("userId" integer NOT NULL, "template" varchar(32) NOT NULL, "remaining" integer NOT NULL DEFAULT (0), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), PRIMARY KEY ("userId", "template"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "wechat_subscription"`);
    await queryRunner.query(`DROP INDEX "idx_notification_user"`);
    await queryRunner.query(`DROP INDEX "idx_notification_unread"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "position_channel_stat"`);
    await queryRunner.query(`DROP INDEX "idx_position_public"`);
    await queryRunner.query(`DROP INDEX "idx_position_expiry"`);
    await queryRunner.query(`DROP INDEX "idx_position_org"`);
    await queryRunner.query(`DROP TABLE "position"`);
    await queryRunner.query(`DROP INDEX "idx_application_event_application"`);
    await queryRunner.query(`DROP TABLE "application_event"`);
    await queryRunner.query(`DROP INDEX "uq_application_position_user"`);
    await queryRunner.query(`DROP INDEX "uq_application_idempotency"`);
    await queryRunner.query(`DROP INDEX "idx_application_position"`);
    await queryRunner.query(`DROP INDEX "idx_application_user"`);
    await queryRunner.query(`DROP TABLE "application"`);
  }
}
