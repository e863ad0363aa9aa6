import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '../common/pagination';

export const auditLogQuerySchema = pageQuerySchema.extend({
  entityType: z.string().trim().max(32).optional(),
  actorId: z.coerce.number().int().min(1).optional(),
});
export type AuditLogQuery = z.infer<typeof auditLogQuerySchema>;

export const auditLogEntrySchema = z.object({
  id: z.number().int(),
  actorId: z.number().int().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.iso.datetime(),
});
export type AuditLogEntry = z.infer<typeof auditLogEntrySchema>;
export const auditLogPageSchema = pageSchema(auditLogEntrySchema);
