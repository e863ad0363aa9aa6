import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Matchmaking1795256684352 implements MigrationInterface {
  name = 'Matchmaking1795256684352';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "project" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ownerId" integer NOT NULL, "name" varchar(60) NOT NULL, "nameEn" varchar(120), "field" varchar(24) NOT NULL, "originRegion" varchar(16) NOT NULL, "teamSize" integer NOT NULL, "leaderDegree" varchar(16) NOT NULL, "stage" varchar(16) NOT NULL, "financingNeed" integer, "seeks" varchar(80) NOT NULL, "summary" varchar(500) NOT NULL, "summaryEn" varchar(1000), "details" text NOT NULL, "detailsEn" text, "contact" varchar(100) NOT NULL, "visibility" varchar(16) NOT NULL DEFAULT ('public'), "eventId" integer, "status" varchar(16) NOT NULL DEFAULT ('draft'), "statusReason" varchar(500), "pitchDeckKey" varchar(80), "pitchDeckName" varchar(200), "pitchDeckSize" integer, "pitchDeckUploadedAt" datetime(3), "submittedAt" datetime(3), "acceptedAt" datetime(3), "reviewedAt" datetime(3), "shortlistedAt" datetime(3), "assignedCount" integer NOT NULL DEFAULT (0), "reviewCount" integer NOT NULL DEFAULT (0), "averageScore" double, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_project_ranking" ON "project" ("status", "averageScore") `);
    await queryRunner.query(`CREATE INDEX "idx_project_submitted" ON "project" ("submittedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_project_event" ON "project" ("eventId", "submittedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_project_owner" ON "project" ("ownerId", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_project_public" ON "project" ("status", "acceptedAt") `);
    await queryRunner.query(`CREATE TABLE "project_history" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "projectId" integer NOT NULL, "action" varchar(16) NOT NULL, "reason" varchar(500), "actorId" integer NOT NULL, "at" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_project_history" ON "project_history" ("projectId", "at") `);
    await queryRunner.query(`CREATE TABLE "project_review" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "projectId" integer NOT NULL, "reviewerId" integer NOT NULL, "assignedBy" integer NOT NULL, "assignedAt" datetime(3) NOT NULL, "innovation" integer, "team" integer, "market" integer, "localFit" integer, "total" double, "comment" varchar(1000), "submittedAt" datetime(3))`);
    await queryRunner.query(`CREATE INDEX "idx_project_review_reviewer" ON "project_review" ("reviewerId", "assignedAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_project_review" ON "project_review" ("projectId", "reviewerId") `);
    await queryRunner.query(`CREATE TABLE "event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(80) NOT NULL, "titleEn" varchar(160), "kind" varchar(16) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "startsAt" datetime(3) NOT NULL, "endsAt" datetime(3) NOT NULL, "place" varchar(120), "placeEn" varchar(240), "onlineUrl" varchar(300), "capacity" integer NOT NULL, "registeredCount" integer NOT NULL DEFAULT (0), "waitlistCount" integer NOT NULL DEFAULT (0), "registrationDeadline" datetime(3) NOT NULL, "agenda" text NOT NULL, "agendaEn" text, "organisers" varchar(200) NOT NULL, "organisersEn" varchar(400), "description" text NOT NULL, "descriptionEn" text, "createdBy" integer NOT NULL, "publishedAt" datetime(3), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_event_public" ON "event" ("status", "startsAt") `);
    await queryRunner.query(`CREATE TABLE "event_registration" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "eventId" integer NOT NULL, "userId" integer NOT NULL, "organizationId" integer, "status" varchar(16) NOT NULL, "checkInCode" varchar(8) NOT NULL, "checkedInAt" datetime(3), "checkedInBy" integer, "promotedAt" datetime(3), "cancelledAt" datetime(3), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_event_registration_user" ON "event_registration" ("userId", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_event_registration_queue" ON "event_registration" ("eventId", "status", "createdAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_event_registration_code" ON "event_registration" ("checkInCode") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_event_registration" ON "event_registration" ("eventId", "userId") `);
    await queryRunner.query(`CREATE TABLE "roadshow_slot" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "eventId" integer NOT NULL, "projectId" integer NOT NULL, "sortOrder" integer NOT NULL, "startsAt" datetime(3), "minutes" integer NOT NULL DEFAULT (10), "createdAt" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_roadshow_slot_created" ON "roadshow_slot" ("createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_roadshow_slot_order" ON "roadshow_slot" ("eventId", "sortOrder") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_roadshow_slot_project" ON "roadshow_slot" ("eventId", "projectId") `);
    await queryRunner.query(`CREATE TABLE "roadshow_interest" ("slotId" integer NOT NULL, "organizationId" integer NOT NULL, "intentionId" integer NOT NULL, "userId" integer NOT NULL, "createdAt" datetime(3) NOT NULL, PRIMARY KEY ("slotId", "organizationId"))`);
    await queryRunner.query(`CREATE TABLE "challenge" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organizationId" integer NOT NULL, "createdBy" integer NOT NULL, "title" varchar(80) NOT NULL, "titleEn" varchar(160), "field" varchar(24) NOT NULL, "problem" text NOT NULL, "problemEn" text, "expectedOutcome" text NOT NULL, "expectedOutcomeEn" text, "budgetMin" integer, "budgetMax" integer, "deadline" varchar(10) NOT NULL, "deadlineAt" datetime(3) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('pending'), "contentCheck" varchar(8) NOT NULL DEFAULT ('pass'), "rejectReason" varchar(300), "publishedAt" datetime(3), "responseCount" integer NOT NULL DEFAULT (0), "pickedResponseId" integer, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_challenge_org" ON "challenge" ("organizationId", "status") `);
    await queryRunner.query(`CREATE INDEX "idx_challenge_public" ON "challenge" ("status", "publishedAt") `);
    await queryRunner.query(`CREATE TABLE "challenge_response" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "challengeId" integer NOT NULL, "organizationId" integer NOT NULL, "userId" integer NOT NULL, "projectId" integer, "proposal" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('submitted'), "intentionId" integer, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_challenge_response_created" ON "challenge_response" ("createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_challenge_response_user" ON "challenge_response" ("userId", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_challenge_response_queue" ON "challenge_response" ("challengeId", "status", "createdAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_challenge_response" ON "challenge_response" ("challengeId", "userId") `);
    await queryRunner.query(`CREATE TABLE "intention" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organizationId" integer NOT NULL, "talentUserId" integer NOT NULL, "projectId" integer, "source" varchar(12) NOT NULL, "eventId" integer, "challengeId" integer, "proposedBy" varchar(12) NOT NULL, "proposedByUserId" integer NOT NULL, "status" varchar(12) NOT NULL DEFAULT ('proposed'), "openKey" varchar(40), "registeredCapital" bigint, "investmentAmount" bigint, "district" varchar(16), "acceptedAt" datetime(3), "meetingAt" datetime(3), "agreementAt" datetime(3), "signedAt" datetime(3), "closedAt" datetime(3), "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_intention_signed" ON "intention" ("signedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_intention_agreement" ON "intention" ("agreementAt") `);
    await queryRunner.query(`CREATE INDEX "idx_intention_created" ON "intention" ("createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_intention_event" ON "intention" ("eventId") `);
    await queryRunner.query(`CREATE INDEX "idx_intention_project" ON "intention" ("projectId") `);
    await queryRunner.query(`CREATE INDEX "idx_intention_talent" ON "intention" ("talentUserId", "updatedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_intention_org" ON "intention" ("organizationId", "updatedAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_intention_open" ON "intention" ("openKey") `);
    await queryRunner.query(`CREATE TABLE "intention_step" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "intentionId" integer NOT NULL, "status" varchar(12) NOT NULL, "actorUserId" integer NOT NULL, "actorSide" varchar(12) NOT NULL, "note" varchar(1000), "offline" boolean NOT NULL DEFAULT (0), "at" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_intention_step" ON "intention_step" ("intentionId", "at") `);
    await queryRunner.query(`CREATE TABLE "policy_view_day" ("policyId" integer NOT NULL, "day" varchar(10) NOT NULL, "views" integer NOT NULL DEFAULT (0), PRIMARY KEY ("policyId", "day"))`);
    await queryRunner.query(`CREATE INDEX "idx_policy_view_day" ON "policy_view_day" ("day") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_policy_view_day"`);
    await queryRunner.query(`DROP TABLE "policy_view_day"`);
    await queryRunner.query(`DROP INDEX "idx_intention_step"`);
    await queryRunner.query(`DROP TABLE "intention_step"`);
    await queryRunner.query(`DROP INDEX "uq_intention_open"`);
    await queryRunner.query(`DROP INDEX "idx_intention_org"`);
    await queryRunner.query(`DROP INDEX "idx_intention_talent"`);
    await queryRunner.query(`DROP INDEX "idx_intention_project"`);
    await queryRunner.query(`DROP INDEX "idx_intention_event"`);
    await queryRunner.query(`DROP INDEX "idx_intention_created"`);
    await queryRunner.query(`DROP INDEX "idx_intention_agreement"`);
    await queryRunner.query(`DROP INDEX "idx_intention_signed"`);
    await queryRunner.query(`DROP TABLE "intention"`);
    await queryRunner.query(`DROP INDEX "uq_challenge_response"`);
    await queryRunner.query(`DROP INDEX "idx_challenge_response_queue"`);
    await queryRunner.query(`DROP INDEX "idx_challenge_response_user"`);
    await queryRunner.query(`DROP INDEX "idx_challenge_response_created"`);
    await queryRunner.query(`DROP TABLE "challenge_response"`);
    await queryRunner.query(`DROP INDEX "idx_challenge_public"`);
    await queryRunner.query(`DROP INDEX "idx_challenge_org"`);
    await queryRunner.query(`DROP TABLE "challenge"`);
    await queryRunner.query(`DROP TABLE "roadshow_interest"`);
    await queryRunner.query(`DROP INDEX "uq_roadshow_slot_project"`);
    await queryRunner.query(`DROP INDEX "idx_roadshow_slot_order"`);
    await queryRunner.query(`DROP INDEX "idx_roadshow_slot_created"`);
    await queryRunner.query(`DROP TABLE "roadshow_slot"`);
    await queryRunner.query(`DROP INDEX "uq_event_registration"`);
    await queryRunner.query(`DROP INDEX "uq_event_registration_code"`);
    await queryRunner.query(`DROP INDEX "idx_event_registration_queue"`);
    await queryRunner.query(`DROP INDEX "idx_event_registration_user"`);
    await queryRunner.query(`DROP TABLE "event_registration"`);
    await queryRunner.query(`DROP INDEX "idx_event_public"`);
    await queryRunner.query(`DROP TABLE "event"`);
    await queryRunner.query(`DROP INDEX "uq_project_review"`);
    await queryRunner.query(`DROP INDEX "idx_project_review_reviewer"`);
    await queryRunner.query(`DROP TABLE "project_review"`);
    await queryRunner.query(`DROP INDEX "idx_project_history"`);
    await queryRunner.query(`DROP TABLE "project_history"`);
    await queryRunner.query(`DROP INDEX "idx_project_public"`);
    await queryRunner.query(`DROP INDEX "idx_project_owner"`);
    await queryRunner.query(`DROP INDEX "idx_project_event"`);
    await queryRunner.query(`DROP INDEX "idx_project_submitted"`);
    await queryRunner.query(`DROP INDEX "idx_project_ranking"`);
    await queryRunner.query(`DROP TABLE "project"`);
  }
}
