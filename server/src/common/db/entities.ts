import { AnnouncementEntity } from '../../announcement/announcement.entity';
import { AuditLogEntity } from '../../audit/audit-log.entity';
import { SeedHistoryEntity } from '../../seed/seed-history.entity';

export const ENTITIES = [AnnouncementEntity, AuditLogEntity, SeedHistoryEntity];
