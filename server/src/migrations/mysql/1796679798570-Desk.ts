import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Desk1796679798570 implements MigrationInterface {
  name = 'Desk1796679798570';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`consultation\` (\`id\` int NOT NULL AUTO_INCREMENT, \`askerId\` int NULL, \`category\` varchar(20) NOT NULL, \`subject\` varchar(80) NOT NULL, \`body\` text NOT NULL, \`answerLocale\` varchar(5) NOT NULL, \`aboutType\` varchar(10) NULL, \`aboutId\` int NULL, \`aboutTitle\` varchar(300) NULL, \`aboutTitleEn\` varchar(500) NULL, \`status\` varchar(10) NOT NULL DEFAULT 'open', \`assigneeId\` int NULL, \`firstResponseDays\` int NOT NULL, \`resolutionDays\` int NOT NULL, \`clockStartedAt\` datetime(3) NOT NULL, \`pausedSeconds\` int NOT NULL DEFAULT '0', \`waitingSince\` datetime(3) NULL, \`firstResponseDueAt\` datetime(3) NULL, \`firstResponseRemindAt\` datetime(3) NULL, \`resolutionDueAt\` datetime(3) NULL, \`resolutionRemindAt\` datetime(3) NULL, \`firstResponseRemindedAt\` datetime(3) NULL, \`resolutionRemindedAt\` datetime(3) NULL, \`firstResponseOverdueAt\` datetime(3) NULL, \`resolutionOverdueAt\` datetime(3) NULL, \`firstRespondedAt\` datetime(3) NULL, \`resolvedAt\` datetime(3) NULL, \`resolvedWithinTarget\` tinyint NULL, \`reopenCount\` int NOT NULL DEFAULT '0', \`ratingResolved\` tinyint NULL, \`ratingScore\` int NULL, \`ratingComment\` varchar(500) NULL, \`ratedAt\` datetime(3) NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, INDEX \`idx_consultation_created\` (\`createdAt\`), INDEX \`idx_consultation_category\` (\`category\`, \`createdAt\`), INDEX \`idx_consultation_queue\` (\`status\`, \`assigneeId\`, \`updatedAt\`), INDEX \`idx_consultation_asker\` (\`askerId\`, \`updatedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`consultation_message\` (\`id\` int NOT NULL AUTO_INCREMENT, \`consultationId\` int NOT NULL, \`authorId\` int NULL, \`authorKind\` varchar(8) NOT NULL, \`body\` text NOT NULL, \`internal\` tinyint NOT NULL DEFAULT 0, \`createdAt\` datetime(3) NOT NULL, INDEX \`idx_consultation_message_author\` (\`authorId\`), INDEX \`idx_consultation_message\` (\`consultationId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`desk_attachment\` (\`id\` int NOT NULL AUTO_INCREMENT, \`uploaderId\` int NULL, \`storageKey\` varchar(80) NOT NULL, \`fileName\` varchar(200) NOT NULL, \`mime\` varchar(20) NOT NULL, \`size\` int NOT NULL, \`consultationId\` int NULL, \`messageId\` int NULL, \`createdAt\` datetime(3) NOT NULL, INDEX \`idx_desk_attachment_consultation\` (\`consultationId\`), INDEX \`idx_desk_attachment_uploader\` (\`uploaderId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`desk_category_setting\` (\`category\` varchar(20) NOT NULL, \`firstResponseDays\` int NOT NULL, \`resolutionDays\` int NOT NULL, \`supervisorId\` int NULL, PRIMARY KEY (\`category\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`desk_calendar_day\` (\`date\` varchar(10) NOT NULL, \`working\` tinyint NOT NULL, \`note\` varchar(60) NULL, PRIMARY KEY (\`date\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`consultation_read\` (\`consultationId\` int NOT NULL, \`userId\` int NOT NULL, \`lastMessageId\` int NOT NULL, PRIMARY KEY (\`consultationId\`, \`userId\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`faq_entry\` (\`id\` int NOT NULL AUTO_INCREMENT, \`category\` varchar(20) NOT NULL, \`question\` varchar(200) NOT NULL, \`questionEn\` varchar(400) NOT NULL, \`answer\` text NOT NULL, \`answerEn\` text NOT NULL, \`consultationId\` int NULL, \`createdById\` int NULL, \`publishedAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`withdrawnAt\` datetime(3) NULL, INDEX \`idx_faq_consultation\` (\`consultationId\`), INDEX \`idx_faq_category\` (\`category\`, \`publishedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_faq_category\` ON \`faq_entry\``);
    await queryRunner.query(`DROP INDEX \`idx_faq_consultation\` ON \`faq_entry\``);
    await queryRunner.query(`DROP TABLE \`faq_entry\``);
    await queryRunner.query(`DROP TABLE \`consultation_read\``);
    await queryRunner.query(`DROP TABLE \`desk_calendar_day\``);
    await queryRunner.query(`DROP TABLE \`desk_category_setting\``);
    await queryRunner.query(`DROP INDEX \`idx_desk_attachment_uploader\` ON \`desk_attachment\``);
    await queryRunner.query(`DROP INDEX \`idx_desk_attachment_consultation\` ON \`desk_attachment\``);
    await queryRunner.query(`DROP TABLE \`desk_attachment\``);
    await queryRunner.query(`DROP INDEX \`idx_consultation_message\` ON \`consultation_message\``);
    await queryRunner.query(`DROP INDEX \`idx_consultation_message_author\` ON \`consultation_message\``);
    await queryRunner.query(`DROP TABLE \`consultation_message\``);
    await queryRunner.query(`DROP INDEX \`idx_consultation_asker\` ON \`consultation\``);
    await queryRunner.query(`DROP INDEX \`idx_consultation_queue\` ON \`consultation\``);
    await queryRunner.query(`DROP INDEX \`idx_consultation_category\` ON \`consultation\``);
    await queryRunner.query(`DROP INDEX \`idx_consultation_created\` ON \`consultation\``);
    await queryRunner.query(`DROP TABLE \`consultation\``);
  }
}
