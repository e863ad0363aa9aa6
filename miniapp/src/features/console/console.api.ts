import {
  API,
  type CreateOfflineIntention,
  type EventStatus,
  type IntentionStatus,
  type RecordIntentionStep,
  type RegistrationStatus,
  type RouteOutput,
  type StaffProjectQuery
} from '@ihaigui/shared'
import type { z } from 'zod'
import { callApi, type DownloadedFile } from '@/api/request'

/* The staff console of matchmaking: project screening and review, events and their door desk, challenge review, intentions. */

export type ProjectRecordPage = RouteOutput<typeof API.reviews.staffList>
export type ProjectRecordRow = ProjectRecordPage['items'][number]
export type RankingPage = RouteOutput<typeof API.reviews.ranking>
export type RankingRow = RankingPage['items'][number]
export type ReviewerAccount = RouteOutput<typeof API.reviews.reviewers>['items'][number]
export type AttendeePage = RouteOutput<typeof API.events.attendees>
export type Attendee = AttendeePage['items'][number]
export type CheckInResult = RouteOutput<typeof API.events.checkIn>
export type ChallengeRecordRow = RouteOutput<typeof API.challenges.staffList>['items'][number]
export type ChallengeResponsePage = RouteOutput<typeof API.challenges.staffResponses>
export type ScreenProjectInput = z.input<typeof API.reviews.screen.body>
export type CreateEventInput = z.input<typeof API.events.create.body>
export type UpdateEventInput = z.input<typeof API.events.update.body>
export type ReviewChallengeInput = z.input<typeof API.challenges.review.body>

/** The project views that list records; 'ranking' has rows of its own. */
export type StaffProjectListView = Exclude<StaffProjectQuery['view'], 'ranking'>
export type StaffChallengeView = z.output<typeof API.challenges.staffList.query>['view']

/* ---- projects ---- */

export function fetchStaffProjects(
  view: StaffProjectListView,
  eventId: number | undefined,
  page: number,
  pageSize: number
): Promise<ProjectRecordPage> {
  return callApi(API.reviews.staffList, { query: { view, eventId, page, pageSize } })
}

export function fetchProjectRanking(eventId: number | undefined, page: number, pageSize: number): Promise<RankingPage> {
  return callApi(API.reviews.ranking, { query: { eventId, page, pageSize } })
}

export function fetchStaffProject(id: number) {
  return callApi(API.reviews.staffDetail, { params: { id } })
}

/* Every staff action on a project answers with the project record as it now is. */

export function screenProject(id: number, screen: ScreenProjectInput) {
  return callApi(API.reviews.screen, { params: { id }, body: screen })
}

export function assignReviewers(id: number, reviewerIds: number[]) {
  return callApi(API.reviews.assignReviewers, { params: { id }, body: { reviewerIds } })
}

/** Only an assignment without scores can be taken back. */
export function removeReviewer(id: number, userId: number) {
  return callApi(API.reviews.removeReviewer, { params: { id, userId } })
}

export function setShortlisted(id: number, shortlisted: boolean) {
  return callApi(API.reviews.shortlist, { params: { id }, body: { shortlisted } })
}

export function fetchReviewers() {
  return callApi(API.reviews.reviewers)
}

export function downloadPitchDeck(projectId: number): Promise<DownloadedFile> {
  return callApi(API.projects.pitchDeck, { params: { id: projectId } })
}

/* ---- events: every change answers with the event's detail as it now is ---- */

export function fetchStaffEvents(status: EventStatus | undefined, page: number, pageSize: number) {
  return callApi(API.events.staffList, { query: { status, page, pageSize } })
}

export function fetchStaffEvent(id: number) {
  return callApi(API.events.staffDetail, { params: { id } })
}

/** A new event is a draft until it is published. */
export function createEvent(input: CreateEventInput) {
  return callApi(API.events.create, { body: input })
}

export function updateEvent(id: number, input: UpdateEventInput) {
  return callApi(API.events.update, { params: { id }, body: input })
}

export function publishEvent(id: number) {
  return callApi(API.events.publish, { params: { id }, body: {} })
}

export function cancelEvent(id: number) {
  return callApi(API.events.cancel, { params: { id }, body: {} })
}

export function fetchAttendees(
  eventId: number,
  status: RegistrationStatus | undefined,
  page: number,
  pageSize: number
): Promise<AttendeePage> {
  return callApi(API.events.attendees, { params: { id: eventId }, query: { status, page, pageSize } })
}

export function checkIn(eventId: number, code: string): Promise<CheckInResult> {
  return callApi(API.events.checkIn, { params: { id: eventId }, body: { code } })
}

/** Appends a shortlisted project to the running order. */
export function addSlot(eventId: number, projectId: number) {
  return callApi(API.events.addSlot, { params: { id: eventId }, body: { projectId } })
}

/** The new running order: every slot id of the event, each once. */
export function reorderSlots(eventId: number, slotIds: number[]) {
  return callApi(API.events.reorderSlots, { params: { id: eventId }, body: { slotIds } })
}

export function removeSlot(eventId: number, slotId: number) {
  return callApi(API.events.removeSlot, { params: { id: eventId, slotId } })
}

/* ---- challenges ---- */

export function fetchStaffChallenges(view: StaffChallengeView, page: number, pageSize: number) {
  return callApi(API.challenges.staffList, { query: { view, page, pageSize } })
}

/** One challenge in any state, with its full text. */
export function fetchStaffChallenge(id: number) {
  return callApi(API.challenges.staffDetail, { params: { id } })
}

export function fetchChallengeResponses(id: number, page: number, pageSize: number): Promise<ChallengeResponsePage> {
  return callApi(API.challenges.staffResponses, { params: { id }, query: { page, pageSize } })
}

export function reviewChallenge(id: number, review: ReviewChallengeInput) {
  return callApi(API.challenges.review, { params: { id }, body: review })
}

/* ---- intentions ---- */

export function fetchStaffIntentions(
  status: IntentionStatus | undefined,
  eventId: number | undefined,
  page: number,
  pageSize: number
) {
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
