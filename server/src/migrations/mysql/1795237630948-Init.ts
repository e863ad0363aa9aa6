import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795237630948 implements MigrationInterface {
  name = 'Init1795237630948';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`announcement\` (\`id\` int NOT NULL AUTO_INCREMENT, \`title\` varchar(120) NOT NULL, \`titleEn\` varchar(120) NULL, \`summary\` varchar(300) NOT NULL, \`summaryEn\` varchar(300) NULL, \`body\` text NOT NULL, \`bodyEn\` text NULL, \`category\` varchar(16) NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'draft', \`pinned\` tinyint NOT NULL DEFAULT 0, \`publishedAt\` datetime(3) NULL, \`viewCount\` int NOT NULL DEFAULT '0', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_announcement_category\` (\`category\`, \`status\`, \`publishedAt\`), INDEX \`idx_announcement_public_order\` (\`status\`, \`pinned\`, \`publishedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`audit_log\` (\`id\` int NOT NULL AUTO_INCREMENT, \`actorId\` int NULL, \`action\` varchar(64) NOT NULL, \`entityType\` varchar(32) NOT NULL, \`entityId\` varchar(64) NOT NULL, \`detail\` text NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`idx_audit_log_entity\` (\`entityType\`, \`entityId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`seed_history\` (\`name\` varchar(64) NOT NULL, \`itemCount\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (\`name\`)) ENGINE=InnoDB`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`seed_history\``);
    await queryRunner.query(`DROP INDEX \`idx_audit_log_entity\` ON \`audit_log\``);
    await queryRunner.query(`DROP TABLE \`audit_log\``);
    await queryRunner.query(`DROP INDEX \`idx_announcement_public_order\` ON \`announcement\``);
    await queryRunner.query(`DROP INDEX \`idx_announcement_category\` ON \`announcement\``);
    await queryRunner.query(`DROP TABLE \`announcement\``);
  }
}
