import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CALENDAR_SEED } from '../../desk/holidays';

/** The working calendar starts with the public holidays and adjusted working days of 2026 and 2027 (data only). */
export class DeskCalendar1796679798571 implements MigrationInterface {
  name = 'DeskCalendar1796679798571';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const day of CALENDAR_SEED) {
      await queryRunner.query(
        `INSERT INTO \`desk_calendar_day\` (\`date\`, \`working\`, \`note\`) VALUES (?, ?, ?)`,
        [day.date, day.working ? 1 : 0, day.note],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const day of CALENDAR_SEED) {
      await queryRunner.query(`DELETE FROM \`desk_calendar_day\` WHERE \`date\` = ?`, [day.date]);
    }
  }
}
