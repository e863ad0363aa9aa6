import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Conversations1796680149236 implements MigrationInterface {
  name = 'Conversations1796680149236';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`conversation\` (\`id\` int NOT NULL AUTO_INCREMENT, \`kind\` varchar(12) NOT NULL, \`refId\` int NOT NULL, \`partyUserId\` int NOT NULL, \`organizationId\` int NOT NULL, \`lastSeq\` int NOT NULL DEFAULT '0', \`lastMessageAt\` datetime(3) NOT NULL, \`createdAt\` datetime(3) NOT NULL, INDEX \`idx_conversation_kind\` (\`kind\`, \`lastMessageAt\`), INDEX \`idx_conversation_org\` (\`organizationId\`, \`lastMessageAt\`), INDEX \`idx_conversation_party\` (\`partyUserId\`, \`lastMessageAt\`), UNIQUE INDEX \`uq_conversation_ref\` (\`kind\`, \`refId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`chat_message\` (\`id\` int NOT NULL AUTO_INCREMENT, \`conversationId\` int NOT NULL, \`seq\` int NOT NULL, \`authorUserId\` int NULL, \`side\` varchar(12) NOT NULL, \`authorName\` varchar(100) NOT NULL, \`body\` varchar(2000) NOT NULL, \`attachmentId\` int NULL, \`clientId\` varchar(64) NULL, \`createdAt\` datetime(3) NOT NULL, INDEX \`idx_chat_message_author\` (\`authorUserId\`), UNIQUE INDEX \`uq_chat_message_client\` (\`conversationId\`, \`clientId\`), UNIQUE INDEX \`uq_chat_message_seq\` (\`conversationId\`, \`seq\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`chat_attachment\` (\`id\` int NOT NULL AUTO_INCREMENT, \`conversationId\` int NOT NULL, \`uploaderUserId\` int NULL, \`fileName\` varchar(120) NOT NULL, \`mime\` varchar(20) NOT NULL, \`size\` int NOT NULL, \`storageKey\` varchar(80) NOT NULL, \`createdAt\` datetime(3) NOT NULL, INDEX \`idx_chat_attachment_uploader\` (\`uploaderUserId\`), INDEX \`idx_chat_attachment_conversation\` (\`conversationId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`conversation_read\` (\`id\` int NOT NULL AUTO_INCREMENT, \`conversationId\` int NOT NULL, \`userId\` int NOT NULL, \`side\` varchar(12) NOT NULL, \`readSeq\` int NOT NULL DEFAULT '0', \`notifiedAt\` datetime(3) NULL, INDEX \`idx_conversation_read_user\` (\`userId\`), UNIQUE INDEX \`uq_conversation_read\` (\`conversationId\`, \`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_conversation_read\` ON \`conversation_read\``);
    await queryRunner.query(`DROP INDEX \`idx_conversation_read_user\` ON \`conversation_read\``);
    await queryRunner.query(`DROP TABLE \`conversation_read\``);
    await queryRunner.query(`DROP INDEX \`idx_chat_attachment_conversation\` ON \`chat_attachment\``);
    await queryRunner.query(`DROP INDEX \`idx_chat_attachment_uploader\` ON \`chat_attachment\``);
    await queryRunner.query(`DROP TABLE \`chat_attachment\``);
    await queryRunner.query(`DROP INDEX \`uq_chat_message_seq\` ON \`chat_message\``);
    await queryRunner.query(`DROP INDEX \`uq_chat_message_client\` ON \`chat_message\``);
    await queryRunner.query(`DROP INDEX \`idx_chat_message_author\` ON \`chat_message\``);
    await queryRunner.query(`DROP TABLE \`chat_message\``);
    await queryRunner.query(`DROP INDEX \`uq_conversation_ref\` ON \`conversation\``);
    await queryRunner.query(`DROP INDEX \`idx_conversation_party\` ON \`conversation\``);
    await queryRunner.query(`DROP INDEX \`idx_conversation_org\` ON \`conversation\``);
    await queryRunner.query(`DROP INDEX \`idx_conversation_kind\` ON \`conversation\``);
    await queryRunner.query(`DROP TABLE \`conversation\``);
  }
}
