import { auditLogPageSchema, auditLogQuerySchema } from '../audit/audit.schema';
import { defineRoutes } from '../common/route';
import { createStaffSchema, staffAccountSchema } from './account.schema';

export const adminRoutes = defineRoutes('admin', {
  auditLog: {
    method: 'GET',
    path: '/admin/audit-log',
    summary: 'Every recorded state change, newest first',
    query: auditLogQuerySchema,
    response: auditLogPageSchema,
  },
  createStaff: {
    method: 'POST',
    path: '/admin/staff',
    summary: 'Create a staff or admin account',
    body: createStaffSchema,
    response: staffAccountSchema,
  },
});
