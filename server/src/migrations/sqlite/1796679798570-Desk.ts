import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Desk1796679798570 implements MigrationInterface {
  name = 'Desk1796679798570';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "consultation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "askerId" integer, "category" varchar(20) NOT NULL, "subject" varchar(80) NOT NULL, "body" text NOT NULL, "answerLocale" varchar(5) NOT NULL, "aboutType" varchar(10), "aboutId" integer, "aboutTitle" varchar(300), "aboutTitleEn" varchar(500), "status" varchar(10) NOT NULL DEFAULT ('open'), "assigneeId" integer, "firstResponseDays" integer NOT NULL, "resolutionDays" integer NOT NULL, "clockStartedAt" datetime(3) NOT NULL, "pausedSeconds" integer NOT NULL DEFAULT (0), "waitingSince" datetime(3), "firstResponseDueAt" datetime(3), "firstResponseRemindAt" datetime(3), "resolutionDueAt" datetime(3), "resolutionRemindAt" datetime(3), "firstResponseRemindedAt" datetime(3), "resolutionRemindedAt" datetime(3), "firstResponseOverdueAt" datetime(3), "resolutionOverdueAt" datetime(3), "firstRespondedAt" datetime(3), "resolvedAt" datetime(3), "resolvedWithinTarget" boolean, "reopenCount" integer NOT NULL DEFAULT (0), "ratingResolved" boolean, "ratingScore" integer, "ratingComment" varchar(500), "ratedAt" datetime(3), "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_consultation_created" ON "consultation" ("createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_consultation_category" ON "consultation" ("category", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_consultation_queue" ON "consultation" ("status", "assigneeId", "updatedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_consultation_asker" ON "consultation" ("askerId", "updatedAt") `);
    await queryRunner.query(`CREATE TABLE "consultation_message" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "consultationId" integer NOT NULL, "authorId" integer, "authorKind" varchar(8) NOT NULL, "body" text NOT NULL, "internal" boolean NOT NULL DEFAULT (0), "createdAt" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_consultation_message_author" ON "consultation_message" ("authorId") `);
    await queryRunner.query(`CREATE INDEX "idx_consultation_message" ON "consultation_message" ("consultationId", "id") `);
    await queryRunner.query(`CREATE TABLE "desk_attachment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "uploaderId" integer, "storageKey" varchar(80) NOT NULL, "fileName" varchar(200) NOT NULL, "mime" varchar(20) NOT NULL, "size" integer NOT NULL, "consultationId" integer, "messageId" integer, "createdAt" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_desk_attachment_consultation" ON "desk_attachment" ("consultationId") `);
    await queryRunner.query(`CREATE INDEX "idx_desk_attachment_uploader" ON "desk_attachment" ("uploaderId") `);
    await queryRunner.query(`CREATE TABLE "desk_category_setting" ("category" varchar(20) PRIMARY KEY NOT NULL, "firstResponseDays" integer NOT NULL, "resolutionDays" integer NOT NULL, "supervisorId" integer)`);
    await queryRunner.query(`CREATE TABLE "desk_calendar_day" ("date" varchar(10) PRIMARY KEY NOT NULL, "working" boolean NOT NULL, "note" varchar(60))`);
    await queryRunner.query(`CREATE TABLE "consultation_read" ("consultationId" integer NOT NULL, "userId" integer NOT NULL, "lastMessageId" integer NOT NULL, PRIMARY KEY ("consultationId", "userId"))`);
    await queryRunner.query(`CREATE TABLE "faq_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "category" varchar(20) NOT NULL, "question" varchar(200) NOT NULL, "questionEn" varchar(400) NOT NULL, "answer" text NOT NULL, "answerEn" text NOT NULL, "consultationId" integer, "createdById" integer, "publishedAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "withdrawnAt" datetime(3))`);
    await queryRunner.query(`CREATE INDEX "idx_faq_consultation" ON "faq_entry" ("consultationId") `);
    await queryRunner.query(`CREATE INDEX "idx_faq_category" ON "faq_entry" ("category", "publishedAt") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_faq_category"`);
    await queryRunner.query(`DROP INDEX "idx_faq_consultation"`);
    await queryRunner.query(`DROP TABLE "faq_entry"`);
    await queryRunner.query(`DROP TABLE "consultation_read"`);
    await queryRunner.query(`DROP TABLE "desk_calendar_day"`);
    await queryRunner.query(`DROP TABLE "desk_category_setting"`);
    await queryRunner.query(`DROP INDEX "idx_desk_attachment_uploader"`);
    await queryRunner.query(`DROP INDEX "idx_desk_attachment_consultation"`);
    await queryRunner.query(`DROP TABLE "desk_attachment"`);
    await queryRunner.query(`DROP INDEX "idx_consultation_message"`);
    await queryRunner.query(`DROP INDEX "idx_consultation_message_author"`);
    await queryRunner.query(`DROP TABLE "consultation_message"`);
    await queryRunner.query(`DROP INDEX "idx_consultation_asker"`);
    await queryRunner.query(`DROP INDEX "idx_consultation_queue"`);
    await queryRunner.query(`DROP INDEX "idx_consultation_category"`);
    await queryRunner.query(`DROP INDEX "idx_consultation_created"`);
    await queryRunner.query(`DROP TABLE "consultation"`);
  }
}
