import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeys1796673671183 implements MigrationInterface {
  name = 'IdempotencyKeys1796673671183';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`idempotency_keys\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NOT NULL, \`key\` varchar(64) NOT NULL, \`routeId\` varchar(64) NOT NULL, \`requestHash\` varchar(64) NOT NULL, \`status\` varchar(8) NOT NULL, \`responseStatus\` int NULL, \`responseBody\` text NULL, \`createdAt\` datetime(3) NOT NULL, INDEX \`idx_idempotency_created\` (\`createdAt\`), UNIQUE INDEX \`uq_idempotency_key\` (\`userId\`, \`key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_idempotency_key\` ON \`idempotency_keys\``);
    await queryRunner.query(`DROP INDEX \`idx_idempotency_created\` ON \`idempotency_keys\``);
    await queryRunner.query(`DROP TABLE \`idempotency_keys\``);
  }
}
