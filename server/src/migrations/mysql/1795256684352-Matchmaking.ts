import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Matchmaking1795256684352 implements MigrationInterface {
  name = 'Matchmaking1795256684352';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`project\` (\`id\` int NOT NULL AUTO_INCREMENT, \`ownerId\` int NOT NULL, \`name\` varchar(60) NOT NULL, \`nameEn\` varchar(120) NULL, \`field\` varchar(24) NOT NULL, \`originRegion\` varchar(16) NOT NULL, \`teamSize\` int NOT NULL, \`leaderDegree\` varchar(16) NOT NULL, \`stage\` varchar(16) NOT NULL, \`financingNeed\` int NULL, \`seeks\` varchar(80) NOT NULL, \`summary\` varchar(500) NOT NULL, \`summaryEn\` varchar(1000) NULL, \`details\` text NOT NULL, \`detailsEn\` text NULL, \`contact\` varchar(100) NOT NULL, \`visibility\` varchar(16) NOT NULL DEFAULT 'public', \`eventId\` int NULL, \`status\` varchar(16) NOT NULL DEFAULT 'draft', \`statusReason\` varchar(500) NULL, \`pitchDeckKey\` varchar(80) NULL, \`pitchDeckName\` varchar(200) NULL, \`pitchDeckSize\` int NULL, \`pitchDeckUploadedAt\` datetime(3) NULL, \`submittedAt\` datetime(3) NULL, \`acceptedAt\` datetime(3) NULL, \`reviewedAt\` datetime(3) NULL, \`shortlistedAt\` datetime(3) NULL, \`assignedCount\` int NOT NULL DEFAULT '0', \`reviewCount\` int NOT NULL DEFAULT '0', \`averageScore\` double NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_project_ranking\` (\`status\`, \`averageScore\`), INDEX \`idx_project_submitted\` (\`submittedAt\`), INDEX \`idx_project_event\` (\`eventId\`, \`submittedAt\`), INDEX \`idx_project_owner\` (\`ownerId\`, \`createdAt\`), INDEX \`idx_project_public\` (\`status\`, \`acceptedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`project_history\` (\`id\` int NOT NULL AUTO_INCREMENT, \`projectId\` int NOT NULL, \`action\` varchar(16) NOT NULL, \`reason\` varchar(500) NULL, \`actorId\` int NOT NULL, \`at\` datetime(3) NOT NULL, INDEX \`idx_project_history\` (\`projectId\`, \`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`project_review\` (\`id\` int NOT NULL AUTO_INCREMENT, \`projectId\` int NOT NULL, \`reviewerId\` int NOT NULL, \`assignedBy\` int NOT NULL, \`assignedAt\` datetime(3) NOT NULL, \`innovation\` int NULL, \`team\` int NULL, \`market\` int NULL, \`localFit\` int NULL, \`total\` double NULL, \`comment\` varchar(1000) NULL, \`submittedAt\` datetime(3) NULL, INDEX \`idx_project_review_reviewer\` (\`reviewerId\`, \`assignedAt\`), UNIQUE INDEX \`uq_project_review\` (\`projectId\`, \`reviewerId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`event\` (\`id\` int NOT NULL AUTO_INCREMENT, \`title\` varchar(80) NOT NULL, \`titleEn\` varchar(160) NULL, \`kind\` varchar(16) NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'draft', \`startsAt\` datetime(3) NOT NULL, \`endsAt\` datetime(3) NOT NULL, \`place\` varchar(120) NULL, \`placeEn\` varchar(240) NULL, \`onlineUrl\` varchar(300) NULL, \`capacity\` int NOT NULL, \`registeredCount\` int NOT NULL DEFAULT '0', \`waitlistCount\` int NOT NULL DEFAULT '0', \`registrationDeadline\` datetime(3) NOT NULL, \`agenda\` text NOT NULL, \`agendaEn\` text NULL, \`organisers\` varchar(200) NOT NULL, \`organisersEn\` varchar(400) NULL, \`description\` text NOT NULL, \`descriptionEn\` text NULL, \`createdBy\` int NOT NULL, \`publishedAt\` datetime(3) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_event_public\` (\`status\`, \`startsAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`event_registration\` (\`id\` int NOT NULL AUTO_INCREMENT, \`eventId\` int NOT NULL, \`userId\` int NOT NULL, \`organizationId\` int NULL, \`status\` varchar(16) NOT NULL, \`checkInCode\` varchar(8) NOT NULL, \`checkedInAt\` datetime(3) NULL, \`checkedInBy\` int NULL, \`promotedAt\` datetime(3) NULL, \`cancelledAt\` datetime(3) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_event_registration_user\` (\`userId\`, \`createdAt\`), INDEX \`idx_event_registration_queue\` (\`eventId\`, \`status\`, \`createdAt\`), UNIQUE INDEX \`uq_event_registration_code\` (\`checkInCode\`), UNIQUE INDEX \`uq_event_registration\` (\`eventId\`, \`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`roadshow_slot\` (\`id\` int NOT NULL AUTO_INCREMENT, \`eventId\` int NOT NULL, \`projectId\` int NOT NULL, \`sortOrder\` int NOT NULL, \`startsAt\` datetime(3) NULL, \`minutes\` int NOT NULL DEFAULT '10', \`createdAt\` datetime(3) NOT NULL, INDEX \`idx_roadshow_slot_created\` (\`createdAt\`), INDEX \`idx_roadshow_slot_order\` (\`eventId\`, \`sortOrder\`), UNIQUE INDEX \`uq_roadshow_slot_project\` (\`eventId\`, \`projectId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`roadshow_interest\` (\`slotId\` int NOT NULL, \`organizationId\` int NOT NULL, \`intentionId\` int NOT NULL, \`userId\` int NOT NULL, \`createdAt\` datetime(3) NOT NULL, PRIMARY KEY (\`slotId\`, \`organizationId\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`challenge\` (\`id\` int NOT NULL AUTO_INCREMENT, \`organizationId\` int NOT NULL, \`createdBy\` int NOT NULL, \`title\` varchar(80) NOT NULL, \`titleEn\` varchar(160) NULL, \`field\` varchar(24) NOT NULL, \`problem\` text NOT NULL, \`problemEn\` text NULL, \`expectedOutcome\` text NOT NULL, \`expectedOutcomeEn\` text NULL, \`budgetMin\` int NULL, \`budgetMax\` int NULL, \`deadline\` varchar(10) NOT NULL, \`deadlineAt\` datetime(3) NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'pending', \`contentCheck\` varchar(8) NOT NULL DEFAULT 'pass', \`rejectReason\` varchar(300) NULL, \`publishedAt\` datetime(3) NULL, \`responseCount\` int NOT NULL DEFAULT '0', \`pickedResponseId\` int NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_challenge_org\` (\`organizationId\`, \`status\`), INDEX \`idx_challenge_public\` (\`status\`, \`publishedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`challenge_response\` (\`id\` int NOT NULL AUTO_INCREMENT, \`challengeId\` int NOT NULL, \`organizationId\` int NOT NULL, \`userId\` int NOT NULL, \`projectId\` int NULL, \`proposal\` text NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'submitted', \`intentionId\` int NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_challenge_response_created\` (\`createdAt\`), INDEX \`idx_challenge_response_user\` (\`userId\`, \`createdAt\`), INDEX \`idx_challenge_response_queue\` (\`challengeId\`, \`status\`, \`createdAt\`), UNIQUE INDEX \`uq_challenge_response\` (\`challengeId\`, \`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`intention\` (\`id\` int NOT NULL AUTO_INCREMENT, \`organizationId\` int NOT NULL, \`talentUserId\` int NOT NULL, \`projectId\` int NULL, \`source\` varchar(12) NOT NULL, \`eventId\` int NULL, \`challengeId\` int NULL, \`proposedBy\` varchar(12) NOT NULL, \`proposedByUserId\` int NOT NULL, \`status\` varchar(12) NOT NULL DEFAULT 'proposed', \`openKey\` varchar(40) NULL, \`registeredCapital\` bigint NULL, \`investmentAmount\` bigint NULL, \`district\` varchar(16) NULL, \`acceptedAt\` datetime(3) NULL, \`meetingAt\` datetime(3) NULL, \`agreementAt\` datetime(3) NULL, \`signedAt\` datetime(3) NULL, \`closedAt\` datetime(3) NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_intention_signed\` (\`signedAt\`), INDEX \`idx_intention_agreement\` (\`agreementAt\`), INDEX \`idx_intention_created\` (\`createdAt\`), INDEX \`idx_intention_event\` (\`eventId\`), INDEX \`idx_intention_project\` (\`projectId\`), INDEX \`idx_intention_talent\` (\`talentUserId\`, \`updatedAt\`), INDEX \`idx_intention_org\` (\`organizationId\`, \`updatedAt\`), UNIQUE INDEX \`uq_intention_open\` (\`openKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`intention_step\` (\`id\` int NOT NULL AUTO_INCREMENT, \`intentionId\` int NOT NULL, \`status\` varchar(12) NOT NULL, \`actorUserId\` int NOT NULL, \`actorSide\` varchar(12) NOT NULL, \`note\` varchar(1000) NULL, \`offline\` tinyint NOT NULL DEFAULT 0, \`at\` datetime(3) NOT NULL, INDEX \`idx_intention_step\` (\`intentionId\`, \`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`policy_view_day\` (\`policyId\` int NOT NULL, \`day\` varchar(10) NOT NULL, \`views\` int NOT NULL DEFAULT '0', INDEX \`idx_policy_view_day\` (\`day\`), PRIMARY KEY (\`policyId\`, \`day\`)) ENGINE=InnoDB`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_policy_view_day\` ON \`policy_view_day\``);
    await queryRunner.query(`DROP TABLE \`policy_view_day\``);
    await queryRunner.query(`DROP INDEX \`idx_intention_step\` ON \`intention_step\``);
    await queryRunner.query(`DROP TABLE \`intention_step\``);
    await queryRunner.query(`DROP INDEX \`uq_intention_open\` ON \`intention\``);
    await queryRunner.query(`DROP INDEX \`idx_intention_org\` ON \`intention\``);
    await queryRunner.query(`DROP INDEX \`idx_intention_talent\` ON \`intention\``);
    await queryRunner.query(`DROP INDEX \`idx_intention_project\` ON \`intention\``);
    await queryRunner.query(`DROP INDEX \`idx_intention_event\` ON \`intention\``);
    await queryRunner.query(`DROP INDEX \`idx_intention_created\` ON \`intention\``);
    await queryRunner.query(`DROP INDEX \`idx_intention_agreement\` ON \`intention\``);
    await queryRunner.query(`DROP INDEX \`idx_intention_signed\` ON \`intention\``);
    await queryRunner.query(`DROP TABLE \`intention\``);
    await queryRunner.query(`DROP INDEX \`uq_challenge_response\` ON \`challenge_response\``);
    await queryRunner.query(`DROP INDEX \`idx_challenge_response_queue\` ON \`challenge_response\``);
    await queryRunner.query(`DROP INDEX \`idx_challenge_response_user\` ON \`challenge_response\``);
    await queryRunner.query(`DROP INDEX \`idx_challenge_response_created\` ON \`challenge_response\``);
    await queryRunner.query(`DROP TABLE \`challenge_response\``);
    await queryRunner.query(`DROP INDEX \`idx_challenge_public\` ON \`challenge\``);
    await queryRunner.query(`DROP INDEX \`idx_challenge_org\` ON \`challenge\``);
    await queryRunner.query(`DROP TABLE \`challenge\``);
    await queryRunner.query(`DROP TABLE \`roadshow_interest\``);
    await queryRunner.query(`DROP INDEX \`uq_roadshow_slot_project\` ON \`roadshow_slot\``);
    await queryRunner.query(`DROP INDEX \`idx_roadshow_slot_order\` ON \`roadshow_slot\``);
    await queryRunner.query(`DROP INDEX \`idx_roadshow_slot_created\` ON \`roadshow_slot\``);
    await queryRunner.query(`DROP TABLE \`roadshow_slot\``);
    await queryRunner.query(`DROP INDEX \`uq_event_registration\` ON \`event_registration\``);
    await queryRunner.query(`DROP INDEX \`uq_event_registration_code\` ON \`event_registration\``);
    await queryRunner.query(`DROP INDEX \`idx_event_registration_queue\` ON \`event_registration\``);
    await queryRunner.query(`DROP INDEX \`idx_event_registration_user\` ON \`event_registration\``);
    await queryRunner.query(`DROP TABLE \`event_registration\``);
    await queryRunner.query(`DROP INDEX \`idx_event_public\` ON \`event\``);
    await queryRunner.query(`DROP TABLE \`event\``);
    await queryRunner.query(`DROP INDEX \`uq_project_review\` ON \`project_review\``);
    await queryRunner.query(`DROP INDEX \`idx_project_review_reviewer\` ON \`project_review\``);
    await queryRunner.query(`DROP TABLE \`project_review\``);
    await queryRunner.query(`DROP INDEX \`idx_project_history\` ON \`project_history\``);
    await queryRunner.query(`DROP TABLE \`project_history\``);
    await queryRunner.query(`DROP INDEX \`idx_project_public\` ON \`project\``);
    await queryRunner.query(`DROP INDEX \`idx_project_owner\` ON \`project\``);
    await queryRunner.query(`DROP INDEX \`idx_project_event\` ON \`project\``);
    await queryRunner.query(`DROP INDEX \`idx_project_submitted\` ON \`project\``);
    await queryRunner.query(`DROP INDEX \`idx_project_ranking\` ON \`project\``);
    await queryRunner.query(`DROP TABLE \`project\``);
  }
}
