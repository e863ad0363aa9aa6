import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Discovery1795247161229 implements MigrationInterface {
  name = 'Discovery1795247161229';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`favorite\` (\`userId\` int NOT NULL, \`targetType\` varchar(16) NOT NULL, \`targetId\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`idx_favorite_target\` (\`targetType\`, \`targetId\`), PRIMARY KEY (\`userId\`, \`targetType\`, \`targetId\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`finance_service\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(80) NOT NULL, \`nameEn\` varchar(160) NULL, \`kind\` varchar(16) NOT NULL, \`providerOrganizationId\` int NOT NULL, \`amountMin\` int NULL, \`amountMax\` int NULL, \`terms\` varchar(1000) NOT NULL, \`termsEn\` varchar(2000) NULL, \`audience\` varchar(500) NOT NULL, \`audienceEn\` varchar(1000) NULL, \`summary\` varchar(300) NOT NULL, \`summaryEn\` varchar(600) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_finance_kind\` (\`kind\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`finance_contact_request\` (\`id\` int NOT NULL AUTO_INCREMENT, \`serviceId\` int NOT NULL, \`organizationId\` int NOT NULL, \`userId\` int NOT NULL, \`message\` varchar(500) NOT NULL, \`contactPhone\` varchar(20) NOT NULL, \`amountWanted\` int NULL, \`status\` varchar(16) NOT NULL DEFAULT 'sent', \`reply\` varchar(1000) NULL, \`answeredBy\` int NULL, \`answeredAt\` datetime(3) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_contact_request_user\` (\`userId\`, \`createdAt\`), INDEX \`idx_contact_request_org\` (\`organizationId\`, \`status\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`park\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(80) NOT NULL, \`nameEn\` varchar(160) NULL, \`district\` varchar(16) NOT NULL, \`address\` varchar(160) NOT NULL, \`addressEn\` varchar(240) NULL, \`latitudeE6\` int NOT NULL, \`longitudeE6\` int NOT NULL, \`areaSqm\` int NOT NULL, \`spaceAvailableSqm\` int NOT NULL, \`industries\` varchar(200) NOT NULL, \`facilities\` text NOT NULL, \`facilitiesEn\` text NOT NULL, \`intro\` text NOT NULL, \`introEn\` text NULL, \`photos\` text NOT NULL, \`contactName\` varchar(40) NOT NULL, \`contactPhone\` varchar(20) NOT NULL, \`operatorOrganizationId\` int NULL, \`linkedPolicyIds\` text NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_park_district\` (\`district\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`park_visit_slot\` (\`id\` int NOT NULL AUTO_INCREMENT, \`parkId\` int NOT NULL, \`startsAt\` datetime(3) NOT NULL, \`endsAt\` datetime(3) NOT NULL, \`capacity\` int NOT NULL, \`booked\` int NOT NULL DEFAULT '0', \`note\` varchar(120) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`idx_visit_slot_park\` (\`parkId\`, \`startsAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`park_visit_booking\` (\`id\` int NOT NULL AUTO_INCREMENT, \`slotId\` int NOT NULL, \`parkId\` int NOT NULL, \`userId\` int NOT NULL, \`partySize\` int NOT NULL, \`contactPhone\` varchar(20) NOT NULL, \`message\` varchar(300) NULL, \`status\` varchar(16) NOT NULL DEFAULT 'pending', \`responseNote\` varchar(300) NULL, \`respondedBy\` int NULL, \`respondedAt\` datetime(3) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_visit_booking_park\` (\`parkId\`, \`status\`, \`createdAt\`), INDEX \`idx_visit_booking_user\` (\`userId\`, \`createdAt\`), UNIQUE INDEX \`uq_visit_booking_slot_user\` (\`slotId\`, \`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`policy\` (\`id\` int NOT NULL AUTO_INCREMENT, \`title\` varchar(120) NOT NULL, \`titleEn\` varchar(240) NULL, \`issuer\` varchar(60) NOT NULL, \`issuerEn\` varchar(120) NULL, \`region\` varchar(16) NOT NULL, \`category\` varchar(24) NOT NULL, \`targetGroups\` varchar(120) NOT NULL, \`amountMin\` int NULL, \`amountMax\` int NULL, \`amountPeriod\` varchar(8) NOT NULL DEFAULT 'once', \`validFrom\` varchar(10) NOT NULL, \`validTo\` varchar(10) NULL, \`sourceUrl\` varchar(300) NULL, \`summary\` varchar(300) NOT NULL, \`summaryEn\` varchar(600) NULL, \`body\` text NOT NULL, \`bodyEn\` text NULL, \`howToApply\` varchar(1000) NOT NULL, \`howToApplyEn\` varchar(2000) NULL, \`contact\` varchar(120) NULL, \`criteria\` text NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'draft', \`publishedAt\` datetime(3) NULL, \`viewCount\` int NOT NULL DEFAULT '0', \`favoriteCount\` int NOT NULL DEFAULT '0', \`createdBy\` int NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_policy_category\` (\`category\`, \`status\`), INDEX \`idx_policy_public\` (\`status\`, \`validTo\`, \`publishedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`policy_attachment\` (\`id\` int NOT NULL AUTO_INCREMENT, \`policyId\` int NOT NULL, \`fileName\` varchar(200) NOT NULL, \`storageKey\` varchar(64) NOT NULL, \`size\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`idx_policy_attachment_policy\` (\`policyId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`search_document\` (\`id\` int NOT NULL AUTO_INCREMENT, \`docType\` varchar(16) NOT NULL, \`refId\` int NOT NULL, \`title\` varchar(240) NOT NULL, \`titleEn\` varchar(240) NULL, \`content\` text NOT NULL, \`visibleFrom\` datetime(3) NULL, \`visibleTo\` datetime(3) NULL, \`indexedAt\` datetime(3) NOT NULL, UNIQUE INDEX \`uq_search_document_ref\` (\`docType\`, \`refId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`search_term\` (\`term\` varchar(24) NOT NULL, \`documentId\` int NOT NULL, \`docType\` varchar(16) NOT NULL, \`weight\` smallint NOT NULL, INDEX \`idx_search_term_document\` (\`documentId\`), INDEX \`idx_search_term_type\` (\`term\`, \`docType\`, \`weight\`), PRIMARY KEY (\`term\`, \`documentId\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`talent_profile\` ADD \`birthYear\` int NULL`);
    await queryRunner.query(`ALTER TABLE \`talent_profile\` ADD \`yearsAbroad\` int NULL`);
    await queryRunner.query(`ALTER TABLE \`talent_profile\` ADD \`industry\` varchar(24) NULL`);
    await queryRunner.query(`ALTER TABLE \`talent_profile\` ADD \`district\` varchar(16) NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`talent_profile\` DROP COLUMN \`district\``);
    await queryRunner.query(`ALTER TABLE \`talent_profile\` DROP COLUMN \`industry\``);
    await queryRunner.query(`ALTER TABLE \`talent_profile\` DROP COLUMN \`yearsAbroad\``);
    await queryRunner.query(`ALTER TABLE \`talent_profile\` DROP COLUMN \`birthYear\``);
    await queryRunner.query(`DROP INDEX \`idx_search_term_type\` ON \`search_term\``);
    await queryRunner.query(`DROP INDEX \`idx_search_term_document\` ON \`search_term\``);
    await queryRunner.query(`DROP TABLE \`search_term\``);
    await queryRunner.query(`DROP INDEX \`uq_search_document_ref\` ON \`search_document\``);
    await queryRunner.query(`DROP TABLE \`search_document\``);
    await queryRunner.query(`DROP INDEX \`idx_policy_attachment_policy\` ON \`policy_attachment\``);
    await queryRunner.query(`DROP TABLE \`policy_attachment\``);
    await queryRunner.query(`DROP INDEX \`idx_policy_public\` ON \`policy\``);
    await queryRunner.query(`DROP INDEX \`idx_policy_category\` ON \`policy\``);
    await queryRunner.query(`DROP TABLE \`policy\``);
    await queryRunner.query(`DROP INDEX \`uq_visit_booking_slot_user\` ON \`park_visit_booking\``);
    await queryRunner.query(`DROP INDEX \`idx_visit_booking_user\` ON \`park_visit_booking\``);
    await queryRunner.query(`DROP INDEX \`idx_visit_booking_park\` ON \`park_visit_booking\``);
    await queryRunner.query(`DROP TABLE \`park_visit_booking\``);
    await queryRunner.query(`DROP INDEX \`idx_visit_slot_park\` ON \`park_visit_slot\``);
    await queryRunner.query(`DROP TABLE \`park_visit_slot\``);
    await queryRunner.query(`DROP INDEX \`idx_park_district\` ON \`park\``);
    await queryRunner.query(`DROP TABLE \`park\``);
    await queryRunner.query(`DROP INDEX \`idx_contact_request_org\` ON \`finance_contact_request\``);
    await queryRunner.query(`DROP INDEX \`idx_contact_request_user\` ON \`finance_contact_request\``);
    await queryRunner.query(`DROP TABLE \`finance_contact_request\``);
    await queryRunner.query(`DROP INDEX \`idx_finance_kind\` ON \`finance_service\``);
    await queryRunner.query(`DROP TABLE \`finance_service\``);
    await queryRunner.query(`DROP INDEX \`idx_favorite_target\` ON \`favorite\``);
    await queryRunner.query(`DROP TABLE \`favorite\``);
  }
}
