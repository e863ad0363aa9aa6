import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DropUnusedColumns1796681049884 implements MigrationInterface {
  name = 'DropUnusedColumns1796681049884';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_application_idempotency\` ON \`application\``);
    await queryRunner.query(`ALTER TABLE \`user\` DROP COLUMN \`failedLogins\``);
    await queryRunner.query(`ALTER TABLE \`user\` DROP COLUMN \`lockedUntil\``);
    await queryRunner.query(`ALTER TABLE \`application\` DROP COLUMN \`idempotencyKey\``);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`application\` ADD \`idempotencyKey\` varchar(64) NULL`);
    await queryRunner.query(`ALTER TABLE \`user\` ADD \`lockedUntil\` datetime(3) NULL`);
    await queryRunner.query(`ALTER TABLE \`user\` ADD \`failedLogins\` int NOT NULL DEFAULT 0`);
    await queryRunner.query(`CREATE UNIQUE INDEX \`uq_application_idempotency\` ON \`application\` (\`userId\`, \`idempotencyKey\`)`);
  }
}
