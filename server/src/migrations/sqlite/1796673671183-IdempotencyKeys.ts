import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeys1796673671183 implements MigrationInterface {
  name = 'IdempotencyKeys1796673671183';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "idempotency_keys" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "key" varchar(64) NOT NULL, "routeId" varchar(64) NOT NULL, "requestHash" varchar(64) NOT NULL, "status" varchar(8) NOT NULL, "responseStatus" integer, "responseBody" text, "createdAt" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_idempotency_created" ON "idempotency_keys" ("createdAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_idempotency_key" ON "idempotency_keys" ("userId", "key") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_idempotency_key"`);
    await queryRunner.query(`DROP INDEX "idx_idempotency_created"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
  }
}
