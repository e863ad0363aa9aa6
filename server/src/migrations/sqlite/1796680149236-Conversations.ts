import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Conversations1796680149236 implements MigrationInterface {
  name = 'Conversations1796680149236';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "conversation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(12) NOT NULL, "refId" integer NOT NULL, "partyUserId" integer NOT NULL, "organizationId" integer NOT NULL, "lastSeq" integer NOT NULL DEFAULT (0), "lastMessageAt" datetime(3) NOT NULL, "createdAt" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_conversation_kind" ON "conversation" ("kind", "lastMessageAt") `);
    await queryRunner.query(`CREATE INDEX "idx_conversation_org" ON "conversation" ("organizationId", "lastMessageAt") `);
    await queryRunner.query(`CREATE INDEX "idx_conversation_party" ON "conversation" ("partyUserId", "lastMessageAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_conversation_ref" ON "conversation" ("kind", "refId") `);
    await queryRunner.query(`CREATE TABLE "chat_message" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "conversationId" integer NOT NULL, "seq" integer NOT NULL, "authorUserId" integer, "side" varchar(12) NOT NULL, "authorName" varchar(100) NOT NULL, "body" varchar(2000) NOT NULL, "attachmentId" integer, "clientId" varchar(64), "createdAt" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_chat_message_author" ON "chat_message" ("authorUserId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_chat_message_client" ON "chat_message" ("conversationId", "clientId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_chat_message_seq" ON "chat_message" ("conversationId", "seq") `);
    await queryRunner.query(`CREATE TABLE "chat_attachment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "conversationId" integer NOT NULL, "uploaderUserId" integer, "fileName" varchar(120) NOT NULL, "mime" varchar(20) NOT NULL, "size" integer NOT NULL, "storageKey" varchar(80) NOT NULL, "createdAt" datetime(3) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_chat_attachment_uploader" ON "chat_attachment" ("uploaderUserId") `);
    await queryRunner.query(`CREATE INDEX "idx_chat_attachment_conversation" ON "chat_attachment" ("conversationId") `);
    await queryRunner.query(`CREATE TABLE "conversation_read" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "conversationId" integer NOT NULL, "userId" integer NOT NULL, "side" varchar(12) NOT NULL, "readSeq" integer NOT NULL DEFAULT (0), "notifiedAt" datetime(3))`);
    await queryRunner.query(`CREATE INDEX "idx_conversation_read_user" ON "conversation_read" ("userId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_conversation_read" ON "conversation_read" ("conversationId", "userId") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_conversation_read"`);
    await queryRunner.query(`DROP INDEX "idx_conversation_read_user"`);
    await queryRunner.query(`DROP TABLE "conversation_read"`);
    await queryRunner.query(`DROP INDEX "idx_chat_attachment_conversation"`);
    await queryRunner.query(`DROP INDEX "idx_chat_attachment_uploader"`);
    await queryRunner.query(`DROP TABLE "chat_attachment"`);
    await queryRunner.query(`DROP INDEX "uq_chat_message_seq"`);
    await queryRunner.query(`DROP INDEX "uq_chat_message_client"`);
    await queryRunner.query(`DROP INDEX "idx_chat_message_author"`);
    await queryRunner.query(`DROP TABLE "chat_message"`);
    await queryRunner.query(`DROP INDEX "uq_conversation_ref"`);
    await queryRunner.query(`DROP INDEX "idx_conversation_party"`);
    await queryRunner.query(`DROP INDEX "idx_conversation_org"`);
    await queryRunner.query(`DROP INDEX "idx_conversation_kind"`);
    await queryRunner.query(`DROP TABLE "conversation"`);
  }
}
