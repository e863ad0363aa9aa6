import {
  DEFAULT_PAGE_SIZE,
  applicationPageSchema,
  applicationSchema,
  channelStatsSchema,
  positionRecordPageSchema,
  positionRecordSchema,
  positionShareSchema,
  type Application,
  type ApplicationStatus,
  type MoveApplication,
  type PositionInput,
  type PositionRecord,
  type PositionStatus,
  type ReviewPosition,
  type UpdatePosition
} from '@ihaigui/shared'
import type { z } from 'zod'
import { apiDownload, apiGet, apiRequest, type DownloadedFile } from './request'

/* The enterprise's positions and applicants, and the staff review queue of positions. */

export type PositionRecordPage = z.infer<typeof positionRecordPageSchema>
export type PositionRecordRow = PositionRecordPage['items'][number]
export type ApplicationPage = z.infer<typeof applicationPageSchema>
export type PositionShare = z.infer<typeof positionShareSchema>
export type ChannelStats = z.infer<typeof channelStatsSchema>
export type StaffPositionView = 'pending' | 'approved' | 'rejected' | 'closed' | 'stale'

const positionPath = (id: number) => `/org/positions/${encodeURIComponent(String(id))}`

export function fetchOrgPositions(status: PositionStatus, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<PositionRecordPage> {
  return apiGet('/org/positions', positionRecordPageSchema, { status, page, pageSize })
}

export function fetchOrgPosition(id: number): Promise<PositionRecord> {
  return apiGet(positionPath(id), positionRecordSchema)
}

/** A new position: checked for content, then waits for staff review. */
export function createPosition(input: PositionInput): Promise<PositionRecord> {
  return apiRequest({ path: '/org/positions', method: 'POST', body: input, schema: positionRecordSchema })
}

/** An edit is checked again and goes back to review. */
export function updatePosition(id: number, input: UpdatePosition): Promise<PositionRecord> {
  return apiRequest({ path: positionPath(id), method: 'PATCH', body: input, schema: positionRecordSchema })
}

export function closePosition(id: number, reason: 'filled' | 'withdrawn'): Promise<PositionRecord> {
  return apiRequest({ path: `${positionPath(id)}/close`, method: 'POST', body: { reason }, schema: positionRecordSchema })
}

/** The one extension a position gets: a later closing date within the limit. */
export function extendPosition(id: number, expiresOn: string): Promise<PositionRecord> {
  return apiRequest({ path: `${positionPath(id)}/extend`, method: 'POST', body: { expiresOn }, schema: positionRecordSchema })
}

export function fetchPositionShare(id: number, channel: string): Promise<PositionShare> {
  return apiGet(`${positionPath(id)}/share`, positionShareSchema, { channel })
}

export function fetchChannelStats(id: number): Promise<ChannelStats> {
  return apiGet(`${positionPath(id)}/channels`, channelStatsSchema)
}

/** The mini-program code (PNG) carrying the channel: a temp file on weapp, the bytes on H5. */
export function downloadPositionCode(id: number, channel: string): Promise<DownloadedFile> {
  return apiDownload(`${positionPath(id)}/wxacode?channel=${encodeURIComponent(channel)}`)
}

export function fetchPositionApplications(
  positionId: number,
  status: ApplicationStatus | undefined,
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<ApplicationPage> {
  return apiGet(`${positionPath(positionId)}/applications`, applicationPageSchema, { status, page, pageSize })
}

/** One applicant; the first open marks a submitted application as viewed. */
export function fetchOrgApplication(id: number): Promise<Application> {
  return apiGet(`/org/applications/${encodeURIComponent(String(id))}`, applicationSchema)
}

export function moveApplication(id: number, move: MoveApplication): Promise<Application> {
  return apiRequest({
    path: `/org/applications/${encodeURIComponent(String(id))}/status`,
    method: 'POST',
    body: move,
    schema: applicationSchema
  })
}

export function fetchStaffPositions(view: StaffPositionView, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<PositionRecordPage> {
  return apiGet('/staff/positions', positionRecordPageSchema, { view, page, pageSize })
}

export function reviewPosition(id: number, review: ReviewPosition): Promise<PositionRecord> {
  return apiRequest({
    path: `/staff/positions/${encodeURIComponent(String(id))}/review`,
    method: 'POST',
    body: review,
    schema: positionRecordSchema
  })
}

/** The CV the applicant attached (a copy made when applying), for the organisation applied to. */
export function downloadApplicantCv(applicationId: number): Promise<DownloadedFile> {
  return apiDownload(`/org/applications/${encodeURIComponent(String(applicationId))}/cv`)
}
