import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ForeignKeys1796681756459 implements MigrationInterface {
  name = 'ForeignKeys1796681756459';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Rows that outlived their parent before the keys existed would make adding the keys fail (MySQL) or leave
    // orphans behind a key (SQLite, whose checks are off while migrating): they go first, as the keys would take them.
    for (const [child, column, parent] of [
      ['consent', 'userId', 'user'],
      ['refresh_token', 'userId', 'user'],
      ['talent_profile', 'userId', 'user'],
      ['organization_member', 'organizationId', 'organization'],
      ['organization_member', 'userId', 'user'],
      ['favorite', 'userId', 'user'],
      ['policy_attachment', 'policyId', 'policy'],
      ['search_term', 'documentId', 'search_document'],
      ['application_event', 'applicationId', 'application'],
      ['position_channel_stat', 'positionId', 'position'],
      ['notification', 'userId', 'user'],
      ['wechat_subscription', 'userId', 'user'],
      ['project_history', 'projectId', 'project'],
      ['project_review', 'projectId', 'project'],
      ['roadshow_interest', 'slotId', 'roadshow_slot'],
      ['challenge_response', 'challengeId', 'challenge'],
      ['intention_step', 'intentionId', 'intention'],
      ['idempotency_keys', 'userId', 'user'],
    ]) {
      await queryRunner.query(
        `DELETE FROM "${child}" WHERE "${column}" NOT IN (SELECT "id" FROM "${parent}")`,
      );
    }
    await queryRunner.query(`DROP INDEX "idx_consent_user"`);
    await queryRunner.query(`CREATE TABLE "temporary_consent" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "policyVersion" varchar(20) NOT NULL, "grantedAt" datetime(3) NOT NULL, CONSTRAINT "FK_b9f30568cf451eb205bd2bd729a" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_consent"("id", "userId", "policyVersion", "grantedAt") SELECT "id", "userId", "policyVersion", "grantedAt" FROM "consent"`);
    await queryRunner.query(`DROP TABLE "consent"`);
    await queryRunner.query(`ALTER TABLE "temporary_consent" RENAME TO "consent"`);
    await queryRunner.query(`CREATE INDEX "idx_consent_user" ON "consent" ("userId", "grantedAt") `);
    await queryRunner.query(`DROP INDEX "idx_refresh_token_family"`);
    await queryRunner.query(`DROP INDEX "idx_refresh_token_user"`);
    await queryRunner.query(`DROP INDEX "uq_refresh_token_hash"`);
    await queryRunner.query(`CREATE TABLE "temporary_refresh_token" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" integer NOT NULL, "tokenHash" varchar(64) NOT NULL, "familyId" varchar(36) NOT NULL, "expiresAt" datetime(3) NOT NULL, "revokedAt" datetime(3), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_8e913e288156c133999341156ad" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_refresh_token"("id", "userId", "tokenHash", "familyId", "expiresAt", "revokedAt", "createdAt") SELECT "id", "userId", "tokenHash", "familyId", "expiresAt", "revokedAt", "createdAt" FROM "refresh_token"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`ALTER TABLE "temporary_refresh_token" RENAME TO "refresh_token"`);
    await queryRunner.query(`CREATE INDEX "idx_refresh_token_family" ON "refresh_token" ("familyId") `);
    await queryRunner.query(`CREATE INDEX "idx_refresh_token_user" ON "refresh_token" ("userId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_refresh_token_hash" ON "refresh_token" ("tokenHash") `);
    await queryRunner.query(`CREATE TABLE "temporary_talent_profile" ("userId" integer PRIMARY KEY NOT NULL, "name" varchar(40) NOT NULL, "nationality" varchar(40) NOT NULL, "studyCountry" varchar(40) NOT NULL, "degree" varchar(16) NOT NULL, "school" varchar(100) NOT NULL, "major" varchar(60) NOT NULL, "field" varchar(40) NOT NULL, "returnYear" integer, "intent" varchar(16) NOT NULL, "visibility" varchar(16) NOT NULL DEFAULT ('private'), "cvKey" varchar(80), "cvFileName" varchar(120), "cvSize" integer, "cvUploadedAt" datetime(3), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "birthYear" integer, "yearsAbroad" integer, "industry" varchar(24), "district" varchar(16), CONSTRAINT "FK_6902d065adfeddad582df9b95f0" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_talent_profile"("userId", "name", "nationality", "studyCountry", "degree", "school", "major", "field", "returnYear", "intent", "visibility", "cvKey", "cvFileName", "cvSize", "cvUploadedAt", "updatedAt", "birthYear", "yearsAbroad", "industry", "district") SELECT "userId", "name", "nationality", "studyCountry", "degree", "school", "major", "field", "returnYear", "intent", "visibility", "cvKey", "cvFileName", "cvSize", "cvUploadedAt", "updatedAt", "birthYear", "yearsAbroad", "industry", "district" FROM "talent_profile"`);
    await queryRunner.query(`DROP TABLE "talent_profile"`);
    await queryRunner.query(`ALTER TABLE "temporary_talent_profile" RENAME TO "talent_profile"`);
    await queryRunner.query(`DROP INDEX "idx_organization_member_org"`);
    await queryRunner.query(`DROP INDEX "uq_organization_member_user"`);
    await queryRunner.query(`CREATE TABLE "temporary_organization_member" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organizationId" integer NOT NULL, "userId" integer NOT NULL, "memberRole" varchar(16) NOT NULL DEFAULT ('owner'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_1eb787f3c820ab2e58b7204f765" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_b286fe4d85c2c978fe66f5d6ff8" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_organization_member"("id", "organizationId", "userId", "memberRole", "createdAt") SELECT "id", "organizationId", "userId", "memberRole", "createdAt" FROM "organization_member"`);
    await queryRunner.query(`DROP TABLE "organization_member"`);
    await queryRunner.query(`ALTER TABLE "temporary_organization_member" RENAME TO "organization_member"`);
    await queryRunner.query(`CREATE INDEX "idx_organization_member_org" ON "organization_member" ("organizationId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_organization_member_user" ON "organization_member" ("userId") `);
    await queryRunner.query(`DROP INDEX "idx_favorite_target"`);
    await queryRunner.query(`CREATE TABLE "temporary_favorite" ("userId" integer NOT NULL, "targetType" varchar(16) NOT NULL, "targetId" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_83b775fdebbe24c29b2b5831f2d" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("userId", "targetType", "targetId"))`);
    await queryRunner.query(`INSERT INTO "temporary_favorite"("userId", "targetType", "targetId", "createdAt") SELECT "userId", "targetType", "targetId", "createdAt" FROM "favorite"`);
    await queryRunner.query(`DROP TABLE "favorite"`);
    await queryRunner.query(`ALTER TABLE "temporary_favorite" RENAME TO "favorite"`);
    await queryRunner.query(`CREATE INDEX "idx_favorite_target" ON "favorite" ("targetType", "targetId") `);
    await queryRunner.query(`DROP INDEX "idx_policy_attachment_policy"`);
    await queryRunner.query(`CREATE TABLE "temporary_policy_attachment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "policyId" integer NOT NULL, "fileName" varchar(200) NOT NULL, "storageKey" varchar(64) NOT NULL, "size" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_c49c506d21a32abb74a6f8f0220" FOREIGN KEY ("policyId") REFERENCES "policy" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_policy_attachment"("id", "policyId", "fileName", "storageKey", "size", "createdAt") SELECT "id", "policyId", "fileName", "storageKey", "size", "createdAt" FROM "policy_attachment"`);
    await queryRunner.query(`DROP TABLE "policy_attachment"`);
    await queryRunner.query(`ALTER TABLE "temporary_policy_attachment" RENAME TO "policy_attachment"`);
    await queryRunner.query(`CREATE INDEX "idx_policy_attachment_policy" ON "policy_attachment" ("policyId") `);
    await queryRunner.query(`DROP INDEX "idx_search_term_type"`);
    await queryRunner.query(`DROP INDEX "idx_search_term_document"`);
    await queryRunner.query(`CREATE TABLE "temporary_search_term" ("term" varchar(24) NOT NULL, "documentId" integer NOT NULL, "docType" varchar(16) NOT NULL, "weight" smallint NOT NULL, CONSTRAINT "FK_8ce78e8a910d3d5aef6b79c82ae" FOREIGN KEY ("documentId") REFERENCES "search_document" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("term", "documentId"))`);
    await queryRunner.query(`INSERT INTO "temporary_search_term"("term", "documentId", "docType", "weight") SELECT "term", "documentId", "docType", "weight" FROM "search_term"`);
    await queryRunner.query(`DROP TABLE "search_term"`);
    await queryRunner.query(`ALTER TABLE "temporary_search_term" RENAME TO "search_term"`);
    await queryRunner.query(`CREATE INDEX "idx_search_term_type" ON "search_term" ("term", "docType", "weight") `);
    await queryRunner.query(`CREATE INDEX "idx_search_term_document" ON "search_term" ("documentId") `);
    await queryRunner.query(`DROP INDEX "idx_application_event_application"`);
    await queryRunner.query(`CREATE TABLE "temporary_application_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "status" varchar(16) NOT NULL, "message" varchar(500), "actorId" integer, "at" datetime(3) NOT NULL, CONSTRAINT "FK_d42dbde7df34df036ac0dc4b121" FOREIGN KEY ("applicationId") REFERENCES "application" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_application_event"("id", "applicationId", "status", "message", "actorId", "at") SELECT "id", "applicationId", "status", "message", "actorId", "at" FROM "application_event"`);
    await queryRunner.query(`DROP TABLE "application_event"`);
    await queryRunner.query(`ALTER TABLE "temporary_application_event" RENAME TO "application_event"`);
    await queryRunner.query(`CREATE INDEX "idx_application_event_application" ON "application_event" ("applicationId", "at") `);
    await queryRunner.query(`CREATE TABLE "temporary_position_channel_stat" ("positionId" integer NOT NULL, "channel" varchar(16) NOT NULL, "views" integer NOT NULL DEFAULT (0), "applications" integer NOT NULL DEFAULT (0), CONSTRAINT "FK_ae404f83fed09a92da9d594622b" FOREIGN KEY ("positionId") REFERENCES "position" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("positionId", "channel"))`);
    await queryRunner.query(`INSERT INTO "temporary_position_channel_stat"("positionId", "channel", "views", "applications") SELECT "positionId", "channel", "views", "applications" FROM "position_channel_stat"`);
    await queryRunner.query(`DROP TABLE "position_channel_stat"`);
    await queryRunner.query(`ALTER TABLE "temporary_position_channel_stat" RENAME TO "position_channel_stat"`);
    await queryRunner.query(`DROP INDEX "idx_notification_user"`);
    await queryRunner.query(`DROP INDEX "idx_notification_unread"`);
    await queryRunner.query(`CREATE TABLE "temporary_notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "kind" varchar(24) NOT NULL, "titleZh" varchar(120) NOT NULL, "titleEn" varchar(240) NOT NULL, "bodyZh" varchar(500) NOT NULL, "bodyEn" varchar(1000) NOT NULL, "linkPage" varchar(32), "linkId" integer, "readAt" datetime(3), "createdAt" datetime(3) NOT NULL, CONSTRAINT "FK_1ced25315eb974b73391fb1c81b" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_notification"("id", "userId", "kind", "titleZh", "titleEn", "bodyZh", "bodyEn", "linkPage", "linkId", "readAt", "createdAt") SELECT "id", "userId", "kind", "titleZh", "titleEn", "bodyZh", "bodyEn", "linkPage", "linkId", "readAt", "createdAt" FROM "notification"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`ALTER TABLE "temporary_notification" RENAME TO "notification"`);
    await queryRunner.query(`CREATE INDEX "idx_notification_user" ON "notification" ("userId", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_notification_unread" ON "notification" ("userId", "readAt") `);
    await queryRunner.query(`CREATE TABLE "temporary_wechat_subscription" ("userId" integer NOT NULL, "template" varchar(32) NOT NULL, "remaining" integer NOT NULL DEFAULT (0), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_e1d665f6c321b77c64d2916a72e" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("userId", "template"))`);
    await queryRunner.query(`INSERT INTO "temporary_wechat_subscription"("userId", "template", "remaining", "updatedAt") SELECT "userId", "template", "remaining", "updatedAt" FROM "wechat_subscription"`);
    await queryRunner.query(`DROP TABLE "wechat_subscription"`);
    await queryRunner.query(`ALTER TABLE "temporary_wechat_subscription" RENAME TO "wechat_subscription"`);
    await queryRunner.query(`DROP INDEX "idx_project_history"`);
    await queryRunner.query(`CREATE TABLE "temporary_project_history" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "projectId" integer NOT NULL, "action" varchar(16) NOT NULL, "reason" varchar(500), "actorId" integer NOT NULL, "at" datetime(3) NOT NULL, CONSTRAINT "FK_529523d050a87fdb2009de86527" FOREIGN KEY ("projectId") REFERENCES "project" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_project_history"("id", "projectId", "action", "reason", "actorId", "at") SELECT "id", "projectId", "action", "reason", "actorId", "at" FROM "project_history"`);
    await queryRunner.query(`DROP TABLE "project_history"`);
    await queryRunner.query(`ALTER TABLE "temporary_project_history" RENAME TO "project_history"`);
    await queryRunner.query(`CREATE INDEX "idx_project_history" ON "project_history" ("projectId", "at") `);
    await queryRunner.query(`DROP INDEX "uq_project_review"`);
    await queryRunner.query(`DROP INDEX "idx_project_review_reviewer"`);
    await queryRunner.query(`CREATE TABLE "temporary_project_review" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "projectId" integer NOT NULL, "reviewerId" integer NOT NULL, "assignedBy" integer NOT NULL, "assignedAt" datetime(3) NOT NULL, "innovation" integer, "team" integer, "market" integer, "localFit" integer, "total" double, "comment" varchar(1000), "submittedAt" datetime(3), CONSTRAINT "FK_58f1441ef1f7bb89d052ccb3897" FOREIGN KEY ("projectId") REFERENCES "project" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_project_review"("id", "projectId", "reviewerId", "assignedBy", "assignedAt", "innovation", "team", "market", "localFit", "total", "comment", "submittedAt") SELECT "id", "projectId", "reviewerId", "assignedBy", "assignedAt", "innovation", "team", "market", "localFit", "total", "comment", "submittedAt" FROM "project_review"`);
    await queryRunner.query(`DROP TABLE "project_review"`);
    await queryRunner.query(`ALTER TABLE "temporary_project_review" RENAME TO "project_review"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_project_review" ON "project_review" ("projectId", "reviewerId") `);
    await queryRunner.query(`CREATE INDEX "idx_project_review_reviewer" ON "project_review" ("reviewerId", "assignedAt") `);
    await queryRunner.query(`CREATE TABLE "temporary_roadshow_interest" ("slotId" integer NOT NULL, "organizationId" integer NOT NULL, "intentionId" integer NOT NULL, "userId" integer NOT NULL, "createdAt" datetime(3) NOT NULL, CONSTRAINT "FK_930d324262195ee8f8bcce1e4b5" FOREIGN KEY ("slotId") REFERENCES "roadshow_slot" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("slotId", "organizationId"))`);
    await queryRunner.query(`INSERT INTO "temporary_roadshow_interest"("slotId", "organizationId", "intentionId", "userId", "createdAt") SELECT "slotId", "organizationId", "intentionId", "userId", "createdAt" FROM "roadshow_interest"`);
    await queryRunner.query(`DROP TABLE "roadshow_interest"`);
    await queryRunner.query(`ALTER TABLE "temporary_roadshow_interest" RENAME TO "roadshow_interest"`);
    await queryRunner.query(`DROP INDEX "uq_challenge_response"`);
    await queryRunner.query(`DROP INDEX "idx_challenge_response_queue"`);
    await queryRunner.query(`DROP INDEX "idx_challenge_response_user"`);
    await queryRunner.query(`DROP INDEX "idx_challenge_response_created"`);
    await queryRunner.query(`CREATE TABLE "temporary_challenge_response" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "challengeId" integer NOT NULL, "organizationId" integer NOT NULL, "userId" integer NOT NULL, "projectId" integer, "proposal" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('submitted'), "intentionId" integer, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_6c0d41701e4c89bd2fc246cb345" FOREIGN KEY ("challengeId") REFERENCES "challenge" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_challenge_response"("id", "challengeId", "organizationId", "userId", "projectId", "proposal", "status", "intentionId", "createdAt", "updatedAt") SELECT "id", "challengeId", "organizationId", "userId", "projectId", "proposal", "status", "intentionId", "createdAt", "updatedAt" FROM "challenge_response"`);
    await queryRunner.query(`DROP TABLE "challenge_response"`);
    await queryRunner.query(`ALTER TABLE "temporary_challenge_response" RENAME TO "challenge_response"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_challenge_response" ON "challenge_response" ("challengeId", "userId") `);
    await queryRunner.query(`CREATE INDEX "idx_challenge_response_queue" ON "challenge_response" ("challengeId", "status", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_challenge_response_user" ON "challenge_response" ("userId", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_challenge_response_created" ON "challenge_response" ("createdAt") `);
    await queryRunner.query(`DROP INDEX "idx_intention_step"`);
    await queryRunner.query(`CREATE TABLE "temporary_intention_step" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "intentionId" integer NOT NULL, "status" varchar(12) NOT NULL, "actorUserId" integer NOT NULL, "actorSide" varchar(12) NOT NULL, "note" varchar(1000), "offline" boolean NOT NULL DEFAULT (0), "at" datetime(3) NOT NULL, CONSTRAINT "FK_f1a155904846eb4063f3e48a23e" FOREIGN KEY ("intentionId") REFERENCES "intention" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_intention_step"("id", "intentionId", "status", "actorUserId", "actorSide", "note", "offline", "at") SELECT "id", "intentionId", "status", "actorUserId", "actorSide", "note", "offline", "at" FROM "intention_step"`);
    await queryRunner.query(`DROP TABLE "intention_step"`);
    await queryRunner.query(`ALTER TABLE "temporary_intention_step" RENAME TO "intention_step"`);
    await queryRunner.query(`CREATE INDEX "idx_intention_step" ON "intention_step" ("intentionId", "at") `);
    await queryRunner.query(`DROP INDEX "uq_idempotency_key"`);
    await queryRunner.query(`DROP INDEX "idx_idempotency_created"`);
    await queryRunner.query(`CREATE TABLE "temporary_idempotency_keys" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "key" varchar(64) NOT NULL, "routeId" varchar(64) NOT NULL, "requestHash" varchar(64) NOT NULL, "status" varchar(8) NOT NULL, "responseStatus" integer, "responseBody" text, "createdAt" datetime(3) NOT NULL, CONSTRAINT "FK_7a3aaa526470ebb79221693d325" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_idempotency_keys"("id", "userId", "key", "routeId", "requestHash", "status", "responseStatus", "responseBody", "createdAt") SELECT "id", "userId", "key", "routeId", "requestHash", "status", "responseStatus", "responseBody", "createdAt" FROM "idempotency_keys"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`ALTER TABLE "temporary_idempotency_keys" RENAME TO "idempotency_keys"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_idempotency_key" ON "idempotency_keys" ("userId", "key") `);
    await queryRunner.query(`CREATE INDEX "idx_idempotency_created" ON "idempotency_keys" ("createdAt") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_idempotency_created"`);
    await queryRunner.query(`DROP INDEX "uq_idempotency_key"`);
    await queryRunner.query(`ALTER TABLE "idempotency_keys" RENAME TO "temporary_idempotency_keys"`);
    await queryRunner.query(`CREATE TABLE "idempotency_keys" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "key" varchar(64) NOT NULL, "routeId" varchar(64) NOT NULL, "requestHash" varchar(64) NOT NULL, "status" varchar(8) NOT NULL, "responseStatus" integer, "responseBody" text, "createdAt" datetime(3) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "idempotency_keys"("id", "userId", "key", "routeId", "requestHash", "status", "responseStatus", "responseBody", "createdAt") SELECT "id", "userId", "key", "routeId", "requestHash", "status", "responseStatus", "responseBody", "createdAt" FROM "temporary_idempotency_keys"`);
    await queryRunner.query(`DROP TABLE "temporary_idempotency_keys"`);
    await queryRunner.query(`CREATE INDEX "idx_idempotency_created" ON "idempotency_keys" ("createdAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_idempotency_key" ON "idempotency_keys" ("userId", "key") `);
    await queryRunner.query(`DROP INDEX "idx_intention_step"`);
    await queryRunner.query(`ALTER TABLE "intention_step" RENAME TO "temporary_intention_step"`);
    await queryRunner.query(`CREATE TABLE "intention_step" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "intentionId" integer NOT NULL, "status" varchar(12) NOT NULL, "actorUserId" integer NOT NULL, "actorSide" varchar(12) NOT NULL, "note" varchar(1000), "offline" boolean NOT NULL DEFAULT (0), "at" datetime(3) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "intention_step"("id", "intentionId", "status", "actorUserId", "actorSide", "note", "offline", "at") SELECT "id", "intentionId", "status", "actorUserId", "actorSide", "note", "offline", "at" FROM "temporary_intention_step"`);
    await queryRunner.query(`DROP TABLE "temporary_intention_step"`);
    await queryRunner.query(`CREATE INDEX "idx_intention_step" ON "intention_step" ("intentionId", "at") `);
    await queryRunner.query(`DROP INDEX "idx_challenge_response_created"`);
    await queryRunner.query(`DROP INDEX "idx_challenge_response_user"`);
    await queryRunner.query(`DROP INDEX "idx_challenge_response_queue"`);
    await queryRunner.query(`DROP INDEX "uq_challenge_response"`);
    await queryRunner.query(`ALTER TABLE "challenge_response" RENAME TO "temporary_challenge_response"`);
    await queryRunner.query(`CREATE TABLE "challenge_response" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "challengeId" integer NOT NULL, "organizationId" integer NOT NULL, "userId" integer NOT NULL, "projectId" integer, "proposal" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('submitted'), "intentionId" integer, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "challenge_response"("id", "challengeId", "organizationId", "userId", "projectId", "proposal", "status", "intentionId", "createdAt", "updatedAt") SELECT "id", "challengeId", "organizationId", "userId", "projectId", "proposal", "status", "intentionId", "createdAt", "updatedAt" FROM "temporary_challenge_response"`);
    await queryRunner.query(`DROP TABLE "temporary_challenge_response"`);
    await queryRunner.query(`CREATE INDEX "idx_challenge_response_created" ON "challenge_response" ("createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_challenge_response_user" ON "challenge_response" ("userId", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_challenge_response_queue" ON "challenge_response" ("challengeId", "status", "createdAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_challenge_response" ON "challenge_response" ("challengeId", "userId") `);
    await queryRunner.query(`ALTER TABLE "roadshow_interest" RENAME TO "temporary_roadshow_interest"`);
    await queryRunner.query(`CREATE TABLE "roadshow_interest" ("slotId" integer NOT NULL, "organizationId" integer NOT NULL, "intentionId" integer NOT NULL, "userId" integer NOT NULL, "createdAt" datetime(3) NOT NULL, PRIMARY KEY ("slotId", "organizationId"))`);
    await queryRunner.query(`INSERT INTO "roadshow_interest"("slotId", "organizationId", "intentionId", "userId", "createdAt") SELECT "slotId", "organizationId", "intentionId", "userId", "createdAt" FROM "temporary_roadshow_interest"`);
    await queryRunner.query(`DROP TABLE "temporary_roadshow_interest"`);
    await queryRunner.query(`DROP INDEX "idx_project_review_reviewer"`);
    await queryRunner.query(`DROP INDEX "uq_project_review"`);
    await queryRunner.query(`ALTER TABLE "project_review" RENAME TO "temporary_project_review"`);
    await queryRunner.query(`CREATE TABLE "project_review" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "projectId" integer NOT NULL, "reviewerId" integer NOT NULL, "assignedBy" integer NOT NULL, "assignedAt" datetime(3) NOT NULL, "innovation" integer, "team" integer, "market" integer, "localFit" integer, "total" double, "comment" varchar(1000), "submittedAt" datetime(3))`);
    await queryRunner.query(`INSERT INTO "project_review"("id", "projectId", "reviewerId", "assignedBy", "assignedAt", "innovation", "team", "market", "localFit", "total", "comment", "submittedAt") SELECT "id", "projectId", "reviewerId", "assignedBy", "assignedAt", "innovation", "team", "market", "localFit", "total", "comment", "submittedAt" FROM "temporary_project_review"`);
    await queryRunner.query(`DROP TABLE "temporary_project_review"`);
    await queryRunner.query(`CREATE INDEX "idx_project_review_reviewer" ON "project_review" ("reviewerId", "assignedAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_project_review" ON "project_review" ("projectId", "reviewerId") `);
    await queryRunner.query(`DROP INDEX "idx_project_history"`);
    await queryRunner.query(`ALTER TABLE "project_history" RENAME TO "temporary_project_history"`);
    await queryRunner.query(`CREATE TABLE "project_history" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "projectId" integer NOT NULL, "action" varchar(16) NOT NULL, "reason" varchar(500), "actorId" integer NOT NULL, "at" datetime(3) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "project_history"("id", "projectId", "action", "reason", "actorId", "at") SELECT "id", "projectId", "action", "reason", "actorId", "at" FROM "temporary_project_history"`);
    await queryRunner.query(`DROP TABLE "temporary_project_history"`);
    await queryRunner.query(`CREATE INDEX "idx_project_history" ON "project_history" ("projectId", "at") `);
    await queryRunner.query(`ALTER TABLE "wechat_subscription" RENAME TO "temporary_wechat_subscription"`);
    await queryRunner.query(`CREATE TABLE "wechat_subscription" ("userId" integer NOT NULL, "template" varchar(32) NOT NULL, "remaining" integer NOT NULL DEFAULT (0), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), PRIMARY KEY ("userId", "template"))`);
    await queryRunner.query(`INSERT INTO "wechat_subscription"("userId", "template", "remaining", "updatedAt") SELECT "userId", "template", "remaining", "updatedAt" FROM "temporary_wechat_subscription"`);
    await queryRunner.query(`DROP TABLE "temporary_wechat_subscription"`);
    await queryRunner.query(`DROP INDEX "idx_notification_unread"`);
    await queryRunner.query(`DROP INDEX "idx_notification_user"`);
    await queryRunner.query(`ALTER TABLE "notification" RENAME TO "temporary_notification"`);
    await queryRunner.query(`CREATE TABLE "notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "kind" varchar(24) NOT NULL, "titleZh" varchar(120) NOT NULL, "titleEn" varchar(240) NOT NULL, "bodyZh" varchar(500) NOT NULL, "bodyEn" varchar(1000) NOT NULL, "linkPage" varchar(32), "linkId" integer, "readAt" datetime(3), "createdAt" datetime(3) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "notification"("id", "userId", "kind", "titleZh", "titleEn", "bodyZh", "bodyEn", "linkPage", "linkId", "readAt", "createdAt") SELECT "id", "userId", "kind", "titleZh", "titleEn", "bodyZh", "bodyEn", "linkPage", "linkId", "readAt", "createdAt" FROM "temporary_notification"`);
    await queryRunner.query(`DROP TABLE "temporary_notification"`);
    await queryRunner.query(`CREATE INDEX "idx_notification_unread" ON "notification" ("userId", "readAt") `);
    await queryRunner.query(`CREATE INDEX "idx_notification_user" ON "notification" ("userId", "createdAt") `);
    await queryRunner.query(`ALTER TABLE "position_channel_stat" RENAME TO "temporary_position_channel_stat"`);
    await queryRunner.query(`CREATE TABLE "position_channel_stat" ("positionId" integer NOT NULL, "channel" varchar(16) NOT NULL, "views" integer NOT NULL DEFAULT (0), "applications" integer NOT NULL DEFAULT (0), PRIMARY KEY ("positionId", "channel"))`);
    await queryRunner.query(`INSERT INTO "position_channel_stat"("positionId", "channel", "views", "applications") SELECT "positionId", "channel", "views", "applications" FROM "temporary_position_channel_stat"`);
    await queryRunner.query(`DROP TABLE "temporary_position_channel_stat"`);
    await queryRunner.query(`DROP INDEX "idx_application_event_application"`);
    await queryRunner.query(`ALTER TABLE "application_event" RENAME TO "temporary_application_event"`);
    await queryRunner.query(`CREATE TABLE "application_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "status" varchar(16) NOT NULL, "message" varchar(500), "actorId" integer, "at" datetime(3) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "application_event"("id", "applicationId", "status", "message", "actorId", "at") SELECT "id", "applicationId", "status", "message", "actorId", "at" FROM "temporary_application_event"`);
    await queryRunner.query(`DROP TABLE "temporary_application_event"`);
    await queryRunner.query(`CREATE INDEX "idx_application_event_application" ON "application_event" ("applicationId", "at") `);
    await queryRunner.query(`DROP INDEX "idx_search_term_document"`);
    await queryRunner.query(`DROP INDEX "idx_search_term_type"`);
    await queryRunner.query(`ALTER TABLE "search_term" RENAME TO "temporary_search_term"`);
    await queryRunner.query(`CREATE TABLE "search_term" ("term" varchar(24) NOT NULL, "documentId" integer NOT NULL, "docType" varchar(16) NOT NULL, "weight" smallint NOT NULL, PRIMARY KEY ("term", "documentId"))`);
    await queryRunner.query(`INSERT INTO "search_term"("term", "documentId", "docType", "weight") SELECT "term", "documentId", "docType", "weight" FROM "temporary_search_term"`);
    await queryRunner.query(`DROP TABLE "temporary_search_term"`);
    await queryRunner.query(`CREATE INDEX "idx_search_term_document" ON "search_term" ("documentId") `);
    await queryRunner.query(`CREATE INDEX "idx_search_term_type" ON "search_term" ("term", "docType", "weight") `);
    await queryRunner.query(`DROP INDEX "idx_policy_attachment_policy"`);
    await queryRunner.query(`ALTER TABLE "policy_attachment" RENAME TO "temporary_policy_attachment"`);
    await queryRunner.query(`CREATE TABLE "policy_attachment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "policyId" integer NOT NULL, "fileName" varchar(200) NOT NULL, "storageKey" varchar(64) NOT NULL, "size" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "policy_attachment"("id", "policyId", "fileName", "storageKey", "size", "createdAt") SELECT "id", "policyId", "fileName", "storageKey", "size", "createdAt" FROM "temporary_policy_attachment"`);
    await queryRunner.query(`DROP TABLE "temporary_policy_attachment"`);
    await queryRunner.query(`CREATE INDEX "idx_policy_attachment_policy" ON "policy_attachment" ("policyId") `);
    await queryRunner.query(`DROP INDEX "idx_favorite_target"`);
    await queryRunner.query(`ALTER TABLE "favorite" RENAME TO "temporary_favorite"`);
    await queryRunner.query(`CREATE TABLE "favorite" ("userId" integer NOT NULL, "targetType" varchar(16) NOT NULL, "targetId" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), PRIMARY KEY ("userId", "targetType", "targetId"))`);
    await queryRunner.query(`INSERT INTO "favorite"("userId", "targetType", "targetId", "createdAt") SELECT "userId", "targetType", "targetId", "createdAt" FROM "temporary_favorite"`);
    await queryRunner.query(`DROP TABLE "temporary_favorite"`);
    await queryRunner.query(`CREATE INDEX "idx_favorite_target" ON "favorite" ("targetType", "targetId") `);
    await queryRunner.query(`DROP INDEX "uq_organization_member_user"`);
    await queryRunner.query(`DROP INDEX "idx_organization_member_org"`);
    await queryRunner.query(`ALTER TABLE "organization_member" RENAME TO "temporary_organization_member"`);
    await queryRunner.query(`CREATE TABLE "organization_member" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organizationId" integer NOT NULL, "userId" integer NOT NULL, "memberRole" varchar(16) NOT NULL DEFAULT ('owner'), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "organization_member"("id", "organizationId", "userId", "memberRole", "createdAt") SELECT "id", "organizationId", "userId", "memberRole", "createdAt" FROM "temporary_organization_member"`);
    await queryRunner.query(`DROP TABLE "temporary_organization_member"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_organization_member_user" ON "organization_member" ("userId") `);
    await queryRunner.query(`CREATE INDEX "idx_organization_member_org" ON "organization_member" ("organizationId") `);
    await queryRunner.query(`ALTER TABLE "talent_profile" RENAME TO "temporary_talent_profile"`);
    await queryRunner.query(`CREATE TABLE "talent_profile" ("userId" integer PRIMARY KEY NOT NULL, "name" varchar(40) NOT NULL, "nationality" varchar(40) NOT NULL, "studyCountry" varchar(40) NOT NULL, "degree" varchar(16) NOT NULL, "school" varchar(100) NOT NULL, "major" varchar(60) NOT NULL, "field" varchar(40) NOT NULL, "returnYear" integer, "intent" varchar(16) NOT NULL, "visibility" varchar(16) NOT NULL DEFAULT ('private'), "cvKey" varchar(80), "cvFileName" varchar(120), "cvSize" integer, "cvUploadedAt" datetime(3), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "birthYear" integer, "yearsAbroad" integer, "industry" varchar(24), "district" varchar(16))`);
    await queryRunner.query(`INSERT INTO "talent_profile"("userId", "name", "nationality", "studyCountry", "degree", "school", "major", "field", "returnYear", "intent", "visibility", "cvKey", "cvFileName", "cvSize", "cvUploadedAt", "updatedAt", "birthYear", "yearsAbroad", "industry", "district") SELECT "userId", "name", "nationality", "studyCountry", "degree", "school", "major", "field", "returnYear", "intent", "visibility", "cvKey", "cvFileName", "cvSize", "cvUploadedAt", "updatedAt", "birthYear", "yearsAbroad", "industry", "district" FROM "temporary_talent_profile"`);
    await queryRunner.query(`DROP TABLE "temporary_talent_profile"`);
    await queryRunner.query(`DROP INDEX "uq_refresh_token_hash"`);
    await queryRunner.query(`DROP INDEX "idx_refresh_token_user"`);
    await queryRunner.query(`DROP INDEX "idx_refresh_token_family"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" RENAME TO "temporary_refresh_token"`);
    await queryRunner.query(`CREATE TABLE "refresh_token" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" integer NOT NULL, "tokenHash" varchar(64) NOT NULL, "familyId" varchar(36) NOT NULL, "expiresAt" datetime(3) NOT NULL, "revokedAt" datetime(3), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "refresh_token"("id", "userId", "tokenHash", "familyId", "expiresAt", "revokedAt", "createdAt") SELECT "id", "userId", "tokenHash", "familyId", "expiresAt", "revokedAt", "createdAt" FROM "temporary_refresh_token"`);
    await queryRunner.query(`DROP TABLE "temporary_refresh_token"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_refresh_token_hash" ON "refresh_token" ("tokenHash") `);
    await queryRunner.query(`CREATE INDEX "idx_refresh_token_user" ON "refresh_token" ("userId") `);
    await queryRunner.query(`CREATE INDEX "idx_refresh_token_family" ON "refresh_token" ("familyId") `);
    await queryRunner.query(`DROP INDEX "idx_consent_user"`);
    await queryRunner.query(`ALTER TABLE "consent" RENAME TO "temporary_consent"`);
    await queryRunner.query(`CREATE TABLE "consent" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "policyVersion" varchar(20) NOT NULL, "grantedAt" datetime(3) NOT NULL)`);
    await queryRunner.query(`INSERT INTO "consent"("id", "userId", "policyVersion", "grantedAt") SELECT "id", "userId", "policyVersion", "grantedAt" FROM "temporary_consent"`);
    await queryRunner.query(`DROP TABLE "temporary_consent"`);
    await queryRunner.query(`CREATE INDEX "idx_consent_user" ON "consent" ("userId", "grantedAt") `);
  }
}
