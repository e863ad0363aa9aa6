import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Jobs1795250840244 implements MigrationInterface {
  name = 'Jobs1795250840244';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`application\` (\`id\` int NOT NULL AUTO_INCREMENT, \`positionId\` int NOT NULL, \`organizationId\` int NOT NULL, \`userId\` int NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'submitted', \`message\` varchar(1000) NOT NULL, \`profile\` text NOT NULL, \`cvKey\` varchar(80) NULL, \`channel\` varchar(16) NULL, \`idempotencyKey\` varchar(64) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_application_user\` (\`userId\`, \`createdAt\`), INDEX \`idx_application_position\` (\`positionId\`, \`status\`, \`createdAt\`), UNIQUE INDEX \`uq_application_idempotency\` (\`userId\`, \`idempotencyKey\`), UNIQUE INDEX \`uq_application_position_user\` (\`positionId\`, \`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`application_event\` (\`id\` int NOT NULL AUTO_INCREMENT, \`applicationId\` int NOT NULL, \`status\` varchar(16) NOT NULL, \`message\` varchar(500) NULL, \`actorId\` int NULL, \`at\` datetime(3) NOT NULL, INDEX \`idx_application_event_application\` (\`applicationId\`, \`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`position\` (\`id\` int NOT NULL AUTO_INCREMENT, \`organizationId\` int NOT NULL, \`createdBy\` int NOT NULL, \`title\` varchar(60) NOT NULL, \`titleEn\` varchar(120) NULL, \`function\` varchar(16) NOT NULL, \`industry\` varchar(24) NOT NULL, \`city\` varchar(20) NOT NULL, \`district\` varchar(16) NOT NULL, \`salaryMin\` int NULL, \`salaryMax\` int NULL, \`negotiable\` tinyint NOT NULL DEFAULT 0, \`minDegree\` varchar(16) NOT NULL, \`minDegreeRank\` int NOT NULL, \`experienceYears\` int NOT NULL DEFAULT '0', \`headcount\` int NOT NULL DEFAULT '1', \`description\` text NOT NULL, \`descriptionEn\` text NULL, \`requirements\` text NOT NULL, \`requirementsEn\` text NULL, \`benefits\` varchar(1000) NULL, \`languages\` text NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'pending', \`contentCheck\` varchar(8) NOT NULL DEFAULT 'pass', \`rejectReason\` varchar(300) NULL, \`closeReason\` varchar(16) NULL, \`reviewedBy\` int NULL, \`reviewedAt\` datetime(3) NULL, \`publishedAt\` datetime(3) NULL, \`expiresOn\` varchar(10) NOT NULL, \`expiresAt\` datetime(3) NOT NULL, \`reminderSentAt\` datetime(3) NULL, \`extended\` tinyint NOT NULL DEFAULT 0, \`viewCount\` int NOT NULL DEFAULT '0', \`applicationCount\` int NOT NULL DEFAULT '0', \`favoriteCount\` int NOT NULL DEFAULT '0', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_position_org\` (\`organizationId\`, \`status\`), INDEX \`idx_position_expiry\` (\`status\`, \`expiresAt\`), INDEX \`idx_position_public\` (\`status\`, \`publishedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`position_channel_stat\` (\`positionId\` int NOT NULL, \`channel\` varchar(16) NOT NULL, \`views\` int NOT NULL DEFAULT '0', \`applications\` int NOT NULL DEFAULT '0', PRIMARY KEY (\`positionId\`, \`channel\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`notification\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NOT NULL, \`kind\` varchar(24) NOT NULL, \`titleZh\` varchar(120) NOT NULL, \`titleEn\` varchar(240) NOT NULL, \`bodyZh\` varchar(500) NOT NULL, \`bodyEn\` varchar(1000) NOT NULL, \`linkPage\` varchar(32) NULL, \`linkId\` int NULL, \`readAt\` datetime(3) NULL, \`createdAt\` datetime(3) NOT NULL, INDEX \`idx_notification_unread\` (\`userId\`, \`readAt\`), INDEX \`idx_notification_user\` (\`userId\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`wechat_subscription\` (\`userId\` int NOT NULL, \`template\` varchar(32) NOT NULL, \`remaining\` int NOT NULL DEFAULT '0', \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (\`userId\`, \`template\`)) ENGINE=InnoDB`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`wechat_subscription\``);
    await queryRunner.query(`DROP INDEX \`idx_notification_user\` ON \`notification\``);
    await queryRunner.query(`DROP INDEX \`idx_notification_unread\` ON \`notification\``);
    await queryRunner.query(`DROP TABLE \`notification\``);
    await queryRunner.query(`DROP TABLE \`position_channel_stat\``);
    await queryRunner.query(`DROP INDEX \`idx_position_public\` ON \`position\``);
    await queryRunner.query(`DROP INDEX \`idx_position_expiry\` ON \`position\``);
    await queryRunner.query(`DROP INDEX \`idx_position_org\` ON \`position\``);
    await queryRunner.query(`DROP TABLE \`position\``);
    await queryRunner.query(`DROP INDEX \`idx_application_event_application\` ON \`application_event\``);
    await queryRunner.query(`DROP TABLE \`application_event\``);
    await queryRunner.query(`DROP INDEX \`uq_application_position_user\` ON \`application\``);
    await queryRunner.query(`DROP INDEX \`uq_application_idempotency\` ON \`application\``);
    await queryRunner.query(`DROP INDEX \`idx_application_position\` ON \`application\``);
    await queryRunner.query(`DROP INDEX \`idx_application_user\` ON \`application\``);
    await queryRunner.query(`DROP TABLE \`application\``);
  }
}
