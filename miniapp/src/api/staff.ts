import {
  announcementRecordPageSchema,
  announcementRecordSchema,
  auditLogPageSchema,
  type createStaffSchema,
  organizationPageSchema,
  organizationSchema,
  staffAccountSchema,
  type AnnouncementRecord,
  type AuditLogQuery,
  type CreateAnnouncementInput,
  type Organization,
  type OrganizationPage,
  type OrganizationQueueQuery,
  type StaffAnnouncementQuery,
  type UpdateAnnouncement,
  type VerifyOrganization
} from '@ihaigui/shared'
import type { z } from 'zod'
import { apiGet, apiRequest } from './request'

/* Staff console (staff and admin) and the admin's own calls. */

export function fetchOrganizationQueue(query: OrganizationQueueQuery): Promise<OrganizationPage> {
  return apiGet('/staff/organizations', organizationPageSchema, query)
}

export function verifyOrganization(id: number, decision: VerifyOrganization): Promise<Organization> {
  return apiRequest({ path: `/staff/organizations/${id}/verification`, method: 'POST', body: decision, schema: organizationSchema })
}

export type AnnouncementRecordPage = z.infer<typeof announcementRecordPageSchema>

export function fetchStaffAnnouncements(query: StaffAnnouncementQuery): Promise<AnnouncementRecordPage> {
  return apiGet('/staff/announcements', announcementRecordPageSchema, query)
}

export function fetchStaffAnnouncement(id: number): Promise<AnnouncementRecord> {
  return apiGet(`/staff/announcements/${id}`, announcementRecordSchema)
}

export function createAnnouncement(input: CreateAnnouncementInput): Promise<AnnouncementRecord> {
  return apiRequest({ path: '/staff/announcements', method: 'POST', body: input, schema: announcementRecordSchema })
}

export function updateAnnouncement(id: number, input: UpdateAnnouncement): Promise<AnnouncementRecord> {
  return apiRequest({ path: `/staff/announcements/${id}`, method: 'PATCH', body: input, schema: announcementRecordSchema })
}

/** Publishes now, or at `at` (ISO time; scheduled). */
export function publishAnnouncement(id: number, at?: string): Promise<AnnouncementRecord> {
  return apiRequest({
    path: `/staff/announcements/${id}/publish`,
    method: 'POST',
    body: at ? { at } : {},
    schema: announcementRecordSchema
  })
}

export function archiveAnnouncement(id: number): Promise<AnnouncementRecord> {
  return apiRequest({ path: `/staff/announcements/${id}/archive`, method: 'POST', body: {}, schema: announcementRecordSchema })
}

export function pinAnnouncement(id: number, pinned: boolean): Promise<AnnouncementRecord> {
  return apiRequest({ path: `/staff/announcements/${id}/pin`, method: 'PUT', body: { pinned }, schema: announcementRecordSchema })
}

export type AuditLogPage = z.infer<typeof auditLogPageSchema>

export function fetchAuditLog(query: AuditLogQuery): Promise<AuditLogPage> {
  return apiGet('/admin/audit-log', auditLogPageSchema, query)
}

export type StaffAccount = z.infer<typeof staffAccountSchema>

export function createStaffAccount(input: z.input<typeof createStaffSchema>): Promise<StaffAccount> {
  return apiRequest({ path: '/admin/staff', method: 'POST', body: input, schema: staffAccountSchema })
}
