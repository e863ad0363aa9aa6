import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795240031964 implements MigrationInterface {
  name = 'Accounts1795240031964';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`consent\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NOT NULL, \`policyVersion\` varchar(20) NOT NULL, \`grantedAt\` datetime(3) NOT NULL, INDEX \`idx_consent_user\` (\`userId\`, \`grantedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`refresh_token\` (\`id\` varchar(36) NOT NULL, \`userId\` int NOT NULL, \`tokenHash\` varchar(64) NOT NULL, \`familyId\` varchar(36) NOT NULL, \`expiresAt\` datetime(3) NOT NULL, \`revokedAt\` datetime(3) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`uq_refresh_token_hash\` (\`tokenHash\`), INDEX \`idx_refresh_token_user\` (\`userId\`), INDEX \`idx_refresh_token_family\` (\`familyId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`talent_profile\` (\`userId\` int NOT NULL, \`name\` varchar(40) NOT NULL, \`nationality\` varchar(40) NOT NULL, \`studyCountry\` varchar(40) NOT NULL, \`degree\` varchar(16) NOT NULL, \`school\` varchar(100) NOT NULL, \`major\` varchar(60) NOT NULL, \`field\` varchar(40) NOT NULL, \`returnYear\` int NULL, \`intent\` varchar(16) NOT NULL, \`visibility\` varchar(16) NOT NULL DEFAULT 'private', \`cvKey\` varchar(80) NULL, \`cvFileName\` varchar(120) NULL, \`cvSize\` int NULL, \`cvUploadedAt\` datetime(3) NULL, \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (\`userId\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`user\` (\`id\` int NOT NULL AUTO_INCREMENT, \`role\` varchar(16) NOT NULL, \`openid\` varchar(64) NULL, \`unionid\` varchar(64) NULL, \`username\` varchar(32) NULL, \`passwordHash\` varchar(200) NULL, \`displayName\` varchar(40) NOT NULL, \`phone\` varchar(20) NULL, \`locale\` varchar(8) NOT NULL DEFAULT 'zh-CN', \`failedLogins\` int NOT NULL DEFAULT '0', \`lockedUntil\` datetime(3) NULL, \`deletedAt\` datetime(3) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`uq_user_openid\` (\`openid\`), UNIQUE INDEX \`uq_user_username\` (\`username\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`organization\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(100) NOT NULL, \`uscc\` varchar(18) NOT NULL, \`type\` varchar(16) NOT NULL, \`industry\` varchar(50) NOT NULL, \`district\` varchar(30) NOT NULL, \`contactName\` varchar(30) NOT NULL, \`contactPhone\` varchar(20) NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'pending', \`rejectReason\` varchar(300) NULL, \`createdBy\` int NULL, \`verifiedBy\` int NULL, \`verifiedAt\` datetime(3) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`uq_organization_uscc\` (\`uscc\`), INDEX \`idx_organization_status\` (\`status\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`organization_member\` (\`id\` int NOT NULL AUTO_INCREMENT, \`organizationId\` int NOT NULL, \`userId\` int NOT NULL, \`memberRole\` varchar(16) NOT NULL DEFAULT 'owner', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`uq_organization_member_user\` (\`userId\`), INDEX \`idx_organization_member_org\` (\`organizationId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_organization_member_org\` ON \`organization_member\``);
    await queryRunner.query(`DROP INDEX \`uq_organization_member_user\` ON \`organization_member\``);
    await queryRunner.query(`DROP TABLE \`organization_member\``);
    await queryRunner.query(`DROP INDEX \`idx_organization_status\` ON \`organization\``);
    await queryRunner.query(`DROP INDEX \`uq_organization_uscc\` ON \`organization\``);
    await queryRunner.query(`DROP TABLE \`organization\``);
    await queryRunner.query(`DROP INDEX \`uq_user_username\` ON \`user\``);
    await queryRunner.query(`DROP INDEX \`uq_user_openid\` ON \`user\``);
    await queryRunner.query(`DROP TABLE \`user\``);
    await queryRunner.query(`DROP TABLE \`talent_profile\``);
    await queryRunner.query(`DROP INDEX \`idx_refresh_token_family\` ON \`refresh_token\``);
    await queryRunner.query(`DROP INDEX \`idx_refresh_token_user\` ON \`refresh_token\``);
    await queryRunner.query(`DROP INDEX \`uq_refresh_token_hash\` ON \`refresh_token\``);
    await queryRunner.query(`DROP TABLE \`refresh_token\``);
    await queryRunner.query(`DROP INDEX \`idx_consent_user\` ON \`consent\``);
    await queryRunner.query(`DROP TABLE \`consent\``);
  }
}
