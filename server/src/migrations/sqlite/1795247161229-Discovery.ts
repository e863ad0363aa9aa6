import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Discovery1795247161229 implements MigrationInterface {
  name = 'Discovery1795247161229';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "favorite" ("userId" integer NOT NULL, "targetType" varchar(16) NOT NULL, "targetId" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), PRIMARY KEY ("userId", "targetType", "targetId"))`);
    await queryRunner.query(`CREATE INDEX "idx_favorite_target" ON "favorite" ("targetType", "targetId") `);
    await queryRunner.query(`CREATE TABLE "finance_service" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(80) NOT NULL, "nameEn" varchar(160), "kind" varchar(16) NOT NULL, "providerOrganizationId" integer NOT NULL, "amountMin" integer, "amountMax" integer, "terms" varchar(1000) NOT NULL, "termsEn" varchar(2000), "audience" varchar(500) NOT NULL, "audienceEn" varchar(1000), "summary" varchar(300) NOT NULL, "summaryEn" varchar(600), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_finance_kind" ON "finance_service" ("kind") `);
    await queryRunner.query(`CREATE TABLE "finance_contact_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "serviceId" integer NOT NULL, "organizationId" integer NOT NULL, "userId" integer NOT NULL, "message" varchar(500) NOT NULL, "contactPhone" varchar(20) NOT NULL, "amountWanted" integer, "status" varchar(16) NOT NULL DEFAULT ('sent'), "reply" varchar(1000), "answeredBy" integer, "answeredAt" datetime(3), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_contact_request_user" ON "finance_contact_request" ("userId", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_contact_request_org" ON "finance_contact_request" ("organizationId", "status", "createdAt") `);
    await queryRunner.query(`CREATE TABLE "park" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(80) NOT NULL, "nameEn" varchar(160), "district" varchar(16) NOT NULL, "address" varchar(160) NOT NULL, "addressEn" varchar(240), "latitudeE6" integer NOT NULL, "longitudeE6" integer NOT NULL, "areaSqm" integer NOT NULL, "spaceAvailableSqm" integer NOT NULL, "industries" varchar(200) NOT NULL, "facilities" text NOT NULL, "facilitiesEn" text NOT NULL, "intro" text NOT NULL, "introEn" text, "photos" text NOT NULL, "contactName" varchar(40) NOT NULL, "contactPhone" varchar(20) NOT NULL, "operatorOrganizationId" integer, "linkedPolicyIds" text NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_park_district" ON "park" ("district") `);
    await queryRunner.query(`CREATE TABLE "park_visit_slot" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "parkId" integer NOT NULL, "startsAt" datetime(3) NOT NULL, "endsAt" datetime(3) NOT NULL, "capacity" integer NOT NULL, "booked" integer NOT NULL DEFAULT (0), "note" varchar(120), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_visit_slot_park" ON "park_visit_slot" ("parkId", "startsAt") `);
    await queryRunner.query(`CREATE TABLE "park_visit_booking" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "slotId" integer NOT NULL, "parkId" integer NOT NULL, "userId" integer NOT NULL, "partySize" integer NOT NULL, "contactPhone" varchar(20) NOT NULL, "message" varchar(300), "status" varchar(16) NOT NULL DEFAULT ('pending'), "responseNote" varchar(300), "respondedBy" integer, "respondedAt" datetime(3), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_visit_booking_park" ON "park_visit_booking" ("parkId", "status", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_visit_booking_user" ON "park_visit_booking" ("userId", "createdAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_visit_booking_slot_user" ON "park_visit_booking" ("slotId", "userId") `);
    await queryRunner.query(`CREATE TABLE "policy" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(120) NOT NULL, "titleEn" varchar(240), "issuer" varchar(60) NOT NULL, "issuerEn" varchar(120), "region" varchar(16) NOT NULL, "category" varchar(24) NOT NULL, "targetGroups" varchar(120) NOT NULL, "amountMin" integer, "amountMax" integer, "amountPeriod" varchar(8) NOT NULL DEFAULT ('once'), "validFrom" varchar(10) NOT NULL, "validTo" varchar(10), "sourceUrl" varchar(300), "summary" varchar(300) NOT NULL, "summaryEn" varchar(600), "body" text NOT NULL, "bodyEn" text, "howToApply" varchar(1000) NOT NULL, "howToApplyEn" varchar(2000), "contact" varchar(120), "criteria" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "publishedAt" datetime(3), "viewCount" integer NOT NULL DEFAULT (0), "favoriteCount" integer NOT NULL DEFAULT (0), "createdBy" integer, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_policy_category" ON "policy" ("category", "status") `);
    await queryRunner.query(`CREATE INDEX "idx_policy_public" ON "policy" ("status", "validTo", "publishedAt") `);
    await queryRunner.query(`CREATE TABLE "policy_attachment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "policyId" integer NOT NULL, "fileName" varchar(200) NOT NULL, "storageKey" varchar(64) NOT NULL, "size" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "idx_policy_attachment_policy" ON "policy_attachment" ("policyId") `);
    await queryRunner.query(`CREATE TABLE "search_document" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "docType" varchar(16) NOT NULL, "refId" integer NOT NULL, "title" varchar(240) NOT NULL, "titleEn" varchar(240), "content" text NOT NULL, "visibleFrom" datetime(3), "visibleTo" datetime(3), "indexedAt" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_search_document_ref" ON "search_document" ("docType", "refId") `);
    await queryRunner.query(`CREATE TABLE "search_term" ("term" varchar(24) NOT NULL, "documentId" integer NOT NULL, "docType" varchar(16) NOT NULL, "weight" smallint NOT NULL, PRIMARY KEY ("term", "documentId"))`);
    await queryRunner.query(`CREATE INDEX "idx_search_term_document" ON "search_term" ("documentId") `);
    await queryRunner.query(`CREATE INDEX "idx_search_term_type" ON "search_term" ("term", "docType", "weight") `);
    await queryRunner.query(`CREATE TABLE "temporary_talent_profile" ("userId" integer PRIMARY KEY NOT NULL, "name" varchar(40) NOT NULL, "nationality" varchar(40) NOT NULL, "studyCountry" varchar(40) NOT NULL, "degree" varchar(16) NOT NULL, "school" varchar(100) NOT NULL, "major" varchar(60) NOT NULL, "field" varchar(40) NOT NULL, "returnYear" integer, "intent" varchar(16) NOT NULL, "visibility" varchar(16) NOT NULL DEFAULT ('private'), "cvKey" varchar(80), "cvFileName" varchar(120), "cvSize" integer, "cvUploadedAt" datetime(3), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "birthYear" integer, "yearsAbroad" integer, "industry" varchar(24), "district" varchar(16))`);
    await queryRunner.query(`INSERT INTO "temporary_talent_profile"("userId", "name", "nationality", "studyCountry", "degree", "school", "major", "field", "returnYear", "intent", "visibility", "cvKey", "cvFileName", "cvSize", "cvUploadedAt", "updatedAt") SELECT "userId", "name", "nationality", "studyCountry", "degree", "school", "major", "field", "returnYear", "intent", "visibility", "cvKey", "cvFileName", "cvSize", "cvUploadedAt", "updatedAt" FROM "talent_profile"`);
    await queryRunner.query(`DROP TABLE "talent_profile"`);
    await queryRunner.query(`ALTER TABLE "temporary_talent_profile" RENAME TO "talent_profile"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "talent_profile" RENAME TO "temporary_talent_profile"`);
    await queryRunner.query(`CREATE TABLE "talent_profile" ("userId" integer PRIMARY KEY NOT NULL, "name" varchar(40) NOT NULL, "nationality" varchar(40) NOT NULL, "studyCountry" varchar(40) NOT NULL, "degree" varchar(16) NOT NULL, "school" varchar(100) NOT NULL, "major" varchar(60) NOT NULL, "field" varchar(40) NOT NULL, "returnYear" integer, "intent" varchar(16) NOT NULL, "visibility" varchar(16) NOT NULL DEFAULT ('private'), "cvKey" varchar(80), "cvFileName" varchar(120), "cvSize" integer, "cvUploadedAt" datetime(3), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "talent_profile"("userId", "name", "nationality", "studyCountry", "degree", "school", "major", "field", "returnYear", "intent", "visibility", "cvKey", "cvFileName", "cvSize", "cvUploadedAt", "updatedAt") SELECT "userId", "name", "nationality", "studyCountry", "degree", "school", "major", "field", "returnYear", "intent", "visibility", "cvKey", "cvFileName", "cvSize", "cvUploadedAt", "updatedAt" FROM "temporary_talent_profile"`);
    await queryRunner.query(`DROP TABLE "temporary_talent_profile"`);
    await queryRunner.query(`DROP INDEX "idx_search_term_type"`);
    await queryRunner.query(`DROP INDEX "idx_search_term_document"`);
    await queryRunner.query(`DROP TABLE "search_term"`);
    await queryRunner.query(`DROP INDEX "uq_search_document_ref"`);
    await queryRunner.query(`DROP TABLE "search_document"`);
    await queryRunner.query(`DROP INDEX "idx_policy_attachment_policy"`);
    await queryRunner.query(`DROP TABLE "policy_attachment"`);
    await queryRunner.query(`DROP INDEX "idx_policy_public"`);
    await queryRunner.query(`DROP INDEX "idx_policy_category"`);
    await queryRunner.query(`DROP TABLE "policy"`);
    await queryRunner.query(`DROP INDEX "uq_visit_booking_slot_user"`);
    await queryRunner.query(`DROP INDEX "idx_visit_booking_user"`);
    await queryRunner.query(`DROP INDEX "idx_visit_booking_park"`);
    await queryRunner.query(`DROP TABLE "park_visit_booking"`);
    await queryRunner.query(`DROP INDEX "idx_visit_slot_park"`);
    await queryRunner.query(`DROP TABLE "park_visit_slot"`);
    await queryRunner.query(`DROP INDEX "idx_park_district"`);
    await queryRunner.query(`DROP TABLE "park"`);
    await queryRunner.query(`DROP INDEX "idx_contact_request_org"`);
    await queryRunner.query(`DROP INDEX "idx_contact_request_user"`);
    await queryRunner.query(`DROP TABLE "finance_contact_request"`);
    await queryRunner.query(`DROP INDEX "idx_finance_kind"`);
    await queryRunner.query(`DROP TABLE "finance_service"`);
    await queryRunner.query(`DROP INDEX "idx_favorite_target"`);
    await queryRunner.query(`DROP TABLE "favorite"`);
  }
}
