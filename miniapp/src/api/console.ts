import {
  API,
  attendeePageSchema,
  challengeRecordPageSchema,
  challengeRecordSchema,
  challengeResponsePageSchema,
  checkInResultSchema,
  eventDetailSchema,
  eventPageSchema,
  projectRecordPageSchema,
  projectRecordSchema,
  rankingPageSchema,
  reviewerListSchema,
  type CreateOfflineIntention,
  type EventInput,
  type EventStatus,
  type IntentionStatus,
  type RecordIntentionStep,
  type RegistrationStatus,
  type ScreenProject,
  type UpdateEvent
} from '@ihaigui/shared'
import type { z } from 'zod'
import { apiDownload, apiGet, apiRequest, callApi, type DownloadedFile } from './request'

/* The staff console of matchmaking: project screening and review, events and their door desk, challenge review, intentions. */

export type ProjectRecordPage = z.infer<typeof projectRecordPageSchema>
export type ProjectRecordRow = ProjectRecordPage['items'][number]
export type RankingPage = z.infer<typeof rankingPageSchema>
export type RankingRow = RankingPage['items'][number]
export type ReviewerAccount = z.infer<typeof reviewerListSchema>['items'][number]
export type AttendeePage = z.infer<typeof attendeePageSchema>
export type Attendee = AttendeePage['items'][number]
export type CheckInResult = z.infer<typeof checkInResultSchema>
export type ChallengeRecordRow = z.infer<typeof challengeRecordPageSchema>['items'][number]
export type ChallengeResponsePage = z.infer<typeof challengeResponsePageSchema>

/** The project views that list records; 'ranking' has rows of its own. */
export type StaffProjectListView = 'submitted' | 'accepted' | 'returned' | 'rejected' | 'shortlisted'
export type StaffChallengeView = 'pending' | 'open' | 'rejected' | 'awarded' | 'closed'

const idPath = (base: string, id: number) => `${base}/${encodeURIComponent(String(id))}`

/* ---- projects ---- */

export function fetchStaffProjects(view: StaffProjectListView, eventId: number | undefined, page: number, pageSize: number): Promise<ProjectRecordPage> {
  return apiGet('/staff/projects', projectRecordPageSchema, { view, eventId, page, pageSize })
}

export function fetchProjectRanking(eventId: number | undefined, page: number, pageSize: number): Promise<RankingPage> {
  return apiGet('/staff/projects/ranking', rankingPageSchema, { eventId, page, pageSize })
}

export function fetchStaffProject(id: number) {
  return apiGet(idPath('/staff/projects', id), projectRecordSchema)
}

/* Every staff action on a project answers with the project record as it now is. */

export function screenProject(id: number, screen: ScreenProject) {
  return apiRequest({ path: `${idPath('/staff/projects', id)}/screen`, method: 'POST', body: screen, schema: projectRecordSchema })
}

export function assignReviewers(id: number, reviewerIds: number[]) {
  return apiRequest({ path: `${idPath('/staff/projects', id)}/reviewers`, method: 'POST', body: { reviewerIds }, schema: projectRecordSchema })
}

/** Only an assignment without scores can be taken back. */
export function removeReviewer(id: number, userId: number) {
  return apiRequest({
    path: `${idPath('/staff/projects', id)}/reviewers/${encodeURIComponent(String(userId))}`,
    method: 'DELETE',
    schema: projectRecordSchema
  })
}

export function setShortlisted(id: number, shortlisted: boolean) {
  return apiRequest({ path: `${idPath('/staff/projects', id)}/shortlist`, method: 'PUT', body: { shortlisted }, schema: projectRecordSchema })
}

export function fetchReviewers() {
  return apiGet('/staff/reviewers', reviewerListSchema)
}

export function downloadPitchDeck(projectId: number): Promise<DownloadedFile> {
  return apiDownload(`${idPath('/projects', projectId)}/pitch-deck`)
}

/* ---- events: every change answers with the event's detail as it now is ---- */

export function fetchStaffEvents(status: EventStatus | undefined, page: number, pageSize: number) {
  return apiGet('/staff/events', eventPageSchema, { status, page, pageSize })
}

export function fetchStaffEvent(id: number) {
  return apiGet(idPath('/staff/events', id), eventDetailSchema)
}

/** A new event is a draft until it is published. */
export function createEvent(input: EventInput) {
  return apiRequest({ path: '/staff/events', method: 'POST', body: input, schema: eventDetailSchema })
}

export function updateEvent(id: number, input: UpdateEvent) {
  return apiRequest({ path: idPath('/staff/events', id), method: 'PATCH', body: input, schema: eventDetailSchema })
}

export function publishEvent(id: number) {
  return apiRequest({ path: `${idPath('/staff/events', id)}/publish`, method: 'POST', body: {}, schema: eventDetailSchema })
}

export function cancelEvent(id: number) {
  return apiRequest({ path: `${idPath('/staff/events', id)}/cancel`, method: 'POST', body: {}, schema: eventDetailSchema })
}

export function fetchAttendees(eventId: number, status: RegistrationStatus | undefined, page: number, pageSize: number): Promise<AttendeePage> {
  return apiGet(`${idPath('/staff/events', eventId)}/attendees`, attendeePageSchema, { status, page, pageSize })
}

export function checkIn(eventId: number, code: string): Promise<CheckInResult> {
  return apiRequest({ path: `${idPath('/staff/events', eventId)}/check-in`, method: 'POST', body: { code }, schema: checkInResultSchema })
}

/** Appends a shortlisted project to the running order. */
export function addSlot(eventId: number, projectId: number) {
  return apiRequest({ path: `${idPath('/staff/events', eventId)}/slots`, method: 'POST', body: { projectId }, schema: eventDetailSchema })
}

/** The new running order: every slot id of the event, each once. */
export function reorderSlots(eventId: number, slotIds: number[]) {
  return apiRequest({ path: `${idPath('/staff/events', eventId)}/slots/order`, method: 'PUT', body: { slotIds }, schema: eventDetailSchema })
}

export function removeSlot(eventId: number, slotId: number) {
  return apiRequest({
    path: `${idPath('/staff/events', eventId)}/slots/${encodeURIComponent(String(slotId))}`,
    method: 'DELETE',
    schema: eventDetailSchema
  })
}

/* ---- challenges ---- */

export function fetchStaffChallenges(view: StaffChallengeView, page: number, pageSize: number) {
  return apiGet('/staff/challenges', challengeRecordPageSchema, { view, page, pageSize })
}

/** One challenge in any state, with its full text. */
export function fetchStaffChallenge(id: number) {
  return apiGet(idPath('/staff/challenges', id), challengeRecordSchema)
}

export function fetchChallengeResponses(id: number, page: number, pageSize: number): Promise<ChallengeResponsePage> {
  return apiGet(`${idPath('/staff/challenges', id)}/responses`, challengeResponsePageSchema, { page, pageSize })
}

export function reviewChallenge(id: number, review: { decision: 'approve' | 'reject'; reason: string | null }) {
  return apiRequest({ path: `${idPath('/staff/challenges', id)}/review`, method: 'POST', body: review, schema: challengeRecordSchema })
}

/* ---- intentions ---- */

export function fetchStaffIntentions(status: IntentionStatus | undefined, eventId: number | undefined, page: number, pageSize: number) {
  return callApi(API.intentions.staffList, { query: { status, eventId, page, pageSize } })
}

export function fetchIntention(id: number) {
  return callApi(API.intentions.detail, { params: { id } })
}

export function createOfflineIntention(input: CreateOfflineIntention) {
  return callApi(API.intentions.staffCreate, { body: input })
}

export function recordIntentionStep(id: number, step: RecordIntentionStep) {
  return callApi(API.intentions.staffRecordStep, { params: { id }, body: step })
}
