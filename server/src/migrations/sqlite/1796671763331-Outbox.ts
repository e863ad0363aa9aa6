import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Outbox1796671763331 implements MigrationInterface {
  name = 'Outbox1796671763331';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "outbox_messages" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(32) NOT NULL, "payload" text NOT NULL, "status" varchar(12) NOT NULL DEFAULT ('pending'), "attempts" integer NOT NULL DEFAULT (0), "nextAttemptAt" datetime(3) NOT NULL, "lockedUntil" datetime(3), "lastError" varchar(300), "createdAt" datetime(3) NOT NULL, "sentAt" datetime(3))`);
    await queryRunner.query(`CREATE INDEX "idx_outbox_due" ON "outbox_messages" ("status", "nextAttemptAt") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_outbox_due"`);
    await queryRunner.query(`DROP TABLE "outbox_messages"`);
  }
}
