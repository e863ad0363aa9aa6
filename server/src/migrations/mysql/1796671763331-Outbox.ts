import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Outbox1796671763331 implements MigrationInterface {
  name = 'Outbox1796671763331';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`outbox_messages\` (\`id\` int NOT NULL AUTO_INCREMENT, \`kind\` varchar(32) NOT NULL, \`payload\` text NOT NULL, \`status\` varchar(12) NOT NULL DEFAULT 'pending', \`attempts\` int NOT NULL DEFAULT '0', \`nextAttemptAt\` datetime(3) NOT NULL, \`lockedUntil\` datetime(3) NULL, \`lastError\` varchar(300) NULL, \`createdAt\` datetime(3) NOT NULL, \`sentAt\` datetime(3) NULL, INDEX \`idx_outbox_due\` (\`status\`, \`nextAttemptAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_outbox_due\` ON \`outbox_messages\``);
    await queryRunner.query(`DROP TABLE \`outbox_messages\``);
  }
}
