import {
  API,
  DEFAULT_PAGE_SIZE,
  type Application,
  type ApplicationStatus,
  type MoveApplication,
  type PositionInput,
  type PositionRecord,
  type PositionStatus,
  type ReviewPosition,
  type RouteOutput,
  type STAFF_POSITION_VIEWS,
  type UpdatePosition
} from '@ihaigui/shared'
import { callApi, type DownloadedFile } from '@/api/request'

/* The enterprise's positions and applicants, and the staff review queue of positions. */

export type PositionRecordPage = RouteOutput<typeof API.positions.orgList>
export type PositionRecordRow = PositionRecordPage['items'][number]
export type ApplicationPage = RouteOutput<typeof API.applications.forPosition>
export type PositionShare = RouteOutput<typeof API.positions.share>
export type ChannelStats = RouteOutput<typeof API.positions.channels>
export type StaffPositionView = (typeof STAFF_POSITION_VIEWS)[number]

export function fetchOrgPositions(
  status: PositionStatus,
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<PositionRecordPage> {
  return callApi(API.positions.orgList, { query: { status, page, pageSize } })
}

export function fetchOrgPosition(id: number): Promise<PositionRecord> {
  return callApi(API.positions.orgDetail, { params: { id } })
}

/** A new position: checked for content, then waits for staff review. */
export function createPosition(input: PositionInput): Promise<PositionRecord> {
  return callApi(API.positions.orgCreate, { body: input })
}

/** An edit is checked again and goes back to review. */
export function updatePosition(id: number, input: UpdatePosition): Promise<PositionRecord> {
  return callApi(API.positions.orgUpdate, { params: { id }, body: input })
}

export function closePosition(id: number, reason: 'filled' | 'withdrawn'): Promise<PositionRecord> {
  return callApi(API.positions.close, { params: { id }, body: { reason } })
}

/** The one extension a position gets: a later closing date within the limit. */
export function extendPosition(id: number, expiresOn: string): Promise<PositionRecord> {
  return callApi(API.positions.extend, { params: { id }, body: { expiresOn } })
}

export function fetchPositionShare(id: number, channel: string): Promise<PositionShare> {
  return callApi(API.positions.share, { params: { id }, query: { channel } })
}

export function fetchChannelStats(id: number): Promise<ChannelStats> {
  return callApi(API.positions.channels, { params: { id } })
}

/** The mini-program code (PNG) carrying the channel: a temp file on weapp, the bytes on H5. */
export function downloadPositionCode(id: number, channel: string): Promise<DownloadedFile> {
  return callApi(API.positions.wxacode, { params: { id }, query: { channel } })
}

export function fetchPositionApplications(
  positionId: number,
  status: ApplicationStatus | undefined,
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<ApplicationPage> {
  return callApi(API.applications.forPosition, { params: { id: positionId }, query: { status, page, pageSize } })
}

/** One applicant; the first open marks a submitted application as viewed. */
export function fetchOrgApplication(id: number): Promise<Application> {
  return callApi(API.applications.orgDetail, { params: { id } })
}

export function moveApplication(id: number, move: MoveApplication): Promise<Application> {
  return callApi(API.applications.move, { params: { id }, body: move })
}

export function fetchStaffPositions(
  view: StaffPositionView,
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<PositionRecordPage> {
  return callApi(API.positions.staffList, { query: { view, page, pageSize } })
}

export function reviewPosition(id: number, review: ReviewPosition): Promise<PositionRecord> {
  return callApi(API.positions.review, { params: { id }, body: review })
}

/** The CV the applicant attached (a copy made when applying), for the organisation applied to. */
export function downloadApplicantCv(applicationId: number): Promise<DownloadedFile> {
  return callApi(API.applications.cv, { params: { id: applicationId } })
}
