import {
  API,
  type AnnouncementRecord,
  type AuditLogQuery,
  type CreateAnnouncementInput,
  type Organization,
  type OrganizationPage,
  type OrganizationQueueQuery,
  type RouteOutput,
  type StaffAnnouncementQuery,
  type UpdateAnnouncement,
  type VerifyOrganization
} from '@ihaigui/shared'
import type { z } from 'zod'
import { callApi } from '@/api/request'

/* Staff console (staff and admin) and the admin's own calls. */

export function fetchOrganizationQueue(query: OrganizationQueueQuery): Promise<OrganizationPage> {
  return callApi(API.organizations.queue, { query })
}

export function verifyOrganization(id: number, decision: VerifyOrganization): Promise<Organization> {
  return callApi(API.organizations.decide, { params: { id }, body: decision })
}

export type AnnouncementRecordPage = RouteOutput<typeof API.announcements.staffList>

export function fetchStaffAnnouncements(query: StaffAnnouncementQuery): Promise<AnnouncementRecordPage> {
  return callApi(API.announcements.staffList, { query })
}

export function fetchStaffAnnouncement(id: number): Promise<AnnouncementRecord> {
  return callApi(API.announcements.staffDetail, { params: { id } })
}

export function createAnnouncement(input: CreateAnnouncementInput): Promise<AnnouncementRecord> {
  return callApi(API.announcements.create, { body: input })
}

export function updateAnnouncement(id: number, input: UpdateAnnouncement): Promise<AnnouncementRecord> {
  return callApi(API.announcements.update, { params: { id }, body: input })
}

/** Publishes now, or at `at` (ISO time; scheduled). */
export function publishAnnouncement(id: number, at?: string): Promise<AnnouncementRecord> {
  return callApi(API.announcements.publish, { params: { id }, body: at ? { at } : {} })
}

export function archiveAnnouncement(id: number): Promise<AnnouncementRecord> {
  return callApi(API.announcements.archive, { params: { id }, body: {} })
}

export function pinAnnouncement(id: number, pinned: boolean): Promise<AnnouncementRecord> {
  return callApi(API.announcements.pin, { params: { id }, body: { pinned } })
}

export type AuditLogPage = RouteOutput<typeof API.admin.auditLog>

export function fetchAuditLog(query: AuditLogQuery): Promise<AuditLogPage> {
  return callApi(API.admin.auditLog, { query })
}

export type StaffAccount = RouteOutput<typeof API.admin.createStaff>

export function createStaffAccount(input: z.input<typeof API.admin.createStaff.body>): Promise<StaffAccount> {
  return callApi(API.admin.createStaff, { body: input })
}
