import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ForeignKeys1796681756459 implements MigrationInterface {
  name = 'ForeignKeys1796681756459';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Rows that outlived their parent before the keys existed would make adding the keys fail (MySQL) or leave
    // orphans behind a key (SQLite, whose checks are off while migrating): they go first, as the keys would take them.
    for (const [child, column, parent] of [
      ['consent', 'userId', 'user'],
      ['refresh_token', 'userId', 'user'],
      ['talent_profile', 'userId', 'user'],
      ['organization_member', 'organizationId', 'organization'],
      ['organization_member', 'userId', 'user'],
      ['favorite', 'userId', 'user'],
      ['policy_attachment', 'policyId', 'policy'],
      ['search_term', 'documentId', 'search_document'],
      ['application_event', 'applicationId', 'application'],
      ['position_channel_stat', 'positionId', 'position'],
      ['notification', 'userId', 'user'],
      ['wechat_subscription', 'userId', 'user'],
      ['project_history', 'projectId', 'project'],
      ['project_review', 'projectId', 'project'],
      ['roadshow_interest', 'slotId', 'roadshow_slot'],
      ['challenge_response', 'challengeId', 'challenge'],
      ['intention_step', 'intentionId', 'intention'],
      ['idempotency_keys', 'userId', 'user'],
    ]) {
      await queryRunner.query(
        `DELETE FROM \`${child}\` WHERE \`${column}\` NOT IN (SELECT \`id\` FROM \`${parent}\`)`,
      );
    }
    await queryRunner.query(`ALTER TABLE \`consent\` ADD CONSTRAINT \`FK_b9f30568cf451eb205bd2bd729a\` FOREIGN KEY (\`userId\`) REFERENCES \`user\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`refresh_token\` ADD CONSTRAINT \`FK_8e913e288156c133999341156ad\` FOREIGN KEY (\`userId\`) REFERENCES \`user\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`talent_profile\` ADD CONSTRAINT \`FK_6902d065adfeddad582df9b95f0\` FOREIGN KEY (\`userId\`) REFERENCES \`user\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`organization_member\` ADD CONSTRAINT \`FK_1eb787f3c820ab2e58b7204f765\` FOREIGN KEY (\`organizationId\`) REFERENCES \`organization\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`organization_member\` ADD CONSTRAINT \`FK_b286fe4d85c2c978fe66f5d6ff8\` FOREIGN KEY (\`userId\`) REFERENCES \`user\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`favorite\` ADD CONSTRAINT \`FK_83b775fdebbe24c29b2b5831f2d\` FOREIGN KEY (\`userId\`) REFERENCES \`user\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`policy_attachment\` ADD CONSTRAINT \`FK_c49c506d21a32abb74a6f8f0220\` FOREIGN KEY (\`policyId\`) REFERENCES \`policy\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`search_term\` ADD CONSTRAINT \`FK_8ce78e8a910d3d5aef6b79c82ae\` FOREIGN KEY (\`documentId\`) REFERENCES \`search_document\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`application_event\` ADD CONSTRAINT \`FK_d42dbde7df34df036ac0dc4b121\` FOREIGN KEY (\`applicationId\`) REFERENCES \`application\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`position_channel_stat\` ADD CONSTRAINT \`FK_ae404f83fed09a92da9d594622b\` FOREIGN KEY (\`positionId\`) REFERENCES \`position\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`notification\` ADD CONSTRAINT \`FK_1ced25315eb974b73391fb1c81b\` FOREIGN KEY (\`userId\`) REFERENCES \`user\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`wechat_subscription\` ADD CONSTRAINT \`FK_e1d665f6c321b77c64d2916a72e\` FOREIGN KEY (\`userId\`) REFERENCES \`user\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`project_history\` ADD CONSTRAINT \`FK_529523d050a87fdb2009de86527\` FOREIGN KEY (\`projectId\`) REFERENCES \`project\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`project_review\` ADD CONSTRAINT \`FK_58f1441ef1f7bb89d052ccb3897\` FOREIGN KEY (\`projectId\`) REFERENCES \`project\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`roadshow_interest\` ADD CONSTRAINT \`FK_930d324262195ee8f8bcce1e4b5\` FOREIGN KEY (\`slotId\`) REFERENCES \`roadshow_slot\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`challenge_response\` ADD CONSTRAINT \`FK_6c0d41701e4c89bd2fc246cb345\` FOREIGN KEY (\`challengeId\`) REFERENCES \`challenge\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`intention_step\` ADD CONSTRAINT \`FK_f1a155904846eb4063f3e48a23e\` FOREIGN KEY (\`intentionId\`) REFERENCES \`intention\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`idempotency_keys\` ADD CONSTRAINT \`FK_7a3aaa526470ebb79221693d325\` FOREIGN KEY (\`userId\`) REFERENCES \`user\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`idempotency_keys\` DROP FOREIGN KEY \`FK_7a3aaa526470ebb79221693d325\``);
    await queryRunner.query(`ALTER TABLE \`intention_step\` DROP FOREIGN KEY \`FK_f1a155904846eb4063f3e48a23e\``);
    await queryRunner.query(`ALTER TABLE \`challenge_response\` DROP FOREIGN KEY \`FK_6c0d41701e4c89bd2fc246cb345\``);
    await queryRunner.query(`ALTER TABLE \`roadshow_interest\` DROP FOREIGN KEY \`FK_930d324262195ee8f8bcce1e4b5\``);
    await queryRunner.query(`ALTER TABLE \`project_review\` DROP FOREIGN KEY \`FK_58f1441ef1f7bb89d052ccb3897\``);
    await queryRunner.query(`ALTER TABLE \`project_history\` DROP FOREIGN KEY \`FK_529523d050a87fdb2009de86527\``);
    await queryRunner.query(`ALTER TABLE \`wechat_subscription\` DROP FOREIGN KEY \`FK_e1d665f6c321b77c64d2916a72e\``);
    await queryRunner.query(`ALTER TABLE \`notification\` DROP FOREIGN KEY \`FK_1ced25315eb974b73391fb1c81b\``);
    await queryRunner.query(`ALTER TABLE \`position_channel_stat\` DROP FOREIGN KEY \`FK_ae404f83fed09a92da9d594622b\``);
    await queryRunner.query(`ALTER TABLE \`application_event\` DROP FOREIGN KEY \`FK_d42dbde7df34df036ac0dc4b121\``);
    await queryRunner.query(`ALTER TABLE \`search_term\` DROP FOREIGN KEY \`FK_8ce78e8a910d3d5aef6b79c82ae\``);
    await queryRunner.query(`ALTER TABLE \`policy_attachment\` DROP FOREIGN KEY \`FK_c49c506d21a32abb74a6f8f0220\``);
    await queryRunner.query(`ALTER TABLE \`favorite\` DROP FOREIGN KEY \`FK_83b775fdebbe24c29b2b5831f2d\``);
    await queryRunner.query(`ALTER TABLE \`organization_member\` DROP FOREIGN KEY \`FK_b286fe4d85c2c978fe66f5d6ff8\``);
    await queryRunner.query(`ALTER TABLE \`organization_member\` DROP FOREIGN KEY \`FK_1eb787f3c820ab2e58b7204f765\``);
    await queryRunner.query(`ALTER TABLE \`talent_profile\` DROP FOREIGN KEY \`FK_6902d065adfeddad582df9b95f0\``);
    await queryRunner.query(`ALTER TABLE \`refresh_token\` DROP FOREIGN KEY \`FK_8e913e288156c133999341156ad\``);
    await queryRunner.query(`ALTER TABLE \`consent\` DROP FOREIGN KEY \`FK_b9f30568cf451eb205bd2bd729a\``);
  }
}
