import {
  API,
  DEFAULT_PAGE_SIZE,
  type EventSummary,
  type ProjectDetail,
  type ProjectListQuery,
  type ProjectRecord,
  type ProjectReview,
  type RouteOutput
} from '@ihaigui/shared'
import type { z } from 'zod'
import { callApi, uploadApi, type DownloadedFile, type UploadFile } from '@/api/request'
import { getSession } from '@/api/session'

/* Talent projects (the owner's, the public list), expert reviews, and the talents organisations browse. */

/** The filters of the project list (page and size are added per request). */
export type ProjectFilters = Partial<Omit<ProjectListQuery, 'page' | 'pageSize'>>
export type ProjectPage = RouteOutput<typeof API.projects.list>
export type ProjectRecordPage = RouteOutput<typeof API.projects.listMine>
export type ProjectRecordRow = ProjectRecordPage['items'][number]
export type ReviewAssignmentPage = RouteOutput<typeof API.reviews.queue>
export type ReviewAssignment = ReviewAssignmentPage['items'][number]
export type TalentCardPage = RouteOutput<typeof API.projects.talents>
export type TalentFilters = Partial<Omit<z.output<typeof API.projects.talents.query>, 'page' | 'pageSize'>>
export type CreateProjectInput = z.input<typeof API.projects.create.body>
export type UpdateProjectInput = z.input<typeof API.projects.update.body>
export type SubmitReviewInput = z.input<typeof API.reviews.submit.body>

/** Public lists and details carry the session when there is one: the answer then says what is the reader's own. */
const withSession = () => ({ auth: getSession() !== null })

/**
 * Accepted projects under the filters. Public, sent with the session when there is one: members of verified
 * organisations also see the projects shown only to them.
 */
export function fetchProjectPage(
  filters: ProjectFilters,
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<ProjectPage> {
  const { q, field, originRegion, stage, seeks } = filters
  return callApi(API.projects.list, { query: { page, pageSize, q, field, originRegion, stage, seeks } }, withSession())
}

/** One project; `private` is filled only for those allowed to see the details. */
export function fetchProject(projectId: number): Promise<ProjectDetail> {
  return callApi(API.projects.detail, { params: { id: projectId } }, withSession())
}

export function downloadPitchDeck(projectId: number): Promise<DownloadedFile> {
  return callApi(API.projects.pitchDeck, { params: { id: projectId } })
}

export function fetchMyProjects(page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<ProjectRecordPage> {
  return callApi(API.projects.listMine, { query: { page, pageSize } })
}

export function fetchMyProject(projectId: number): Promise<ProjectRecord> {
  return callApi(API.projects.readMine, { params: { id: projectId } })
}

/** A new project, saved as a draft. */
export function createProject(input: CreateProjectInput): Promise<ProjectRecord> {
  return callApi(API.projects.create, { body: input })
}

export function updateProject(projectId: number, input: UpdateProjectInput): Promise<ProjectRecord> {
  return callApi(API.projects.update, { params: { id: projectId }, body: input })
}

export function deleteProject(projectId: number): Promise<void> {
  return callApi(API.projects.remove, { params: { id: projectId } })
}

/** Sends a draft (or a returned project) to the service center for screening. */
export function submitProject(projectId: number): Promise<ProjectRecord> {
  return callApi(API.projects.submit, { params: { id: projectId }, body: {} })
}

export function uploadPitchDeck(projectId: number, file: UploadFile): Promise<ProjectRecord> {
  return uploadApi(API.projects.uploadPitchDeck, { params: { id: projectId }, file })
}

export function removePitchDeck(projectId: number): Promise<ProjectRecord> {
  return callApi(API.projects.removePitchDeck, { params: { id: projectId } })
}

/** The reviewer's queue: still to score (`done` false) or scored. */
export function fetchReviewAssignments(
  done: boolean,
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<ReviewAssignmentPage> {
  return callApi(API.reviews.queue, { query: { done: done ? 'true' : 'false', page, pageSize } })
}

/** The project to score, with its details and the reviewer's own review (in `reviews`). */
export function fetchReviewProject(projectId: number): Promise<ProjectRecord> {
  return callApi(API.reviews.detail, { params: { projectId } })
}

export function submitReview(projectId: number, input: SubmitReviewInput): Promise<ProjectReview> {
  return callApi(API.reviews.submit, { params: { projectId }, body: input })
}

/** Talents who opted in to be found, for organisations. */
export function fetchTalents(filters: TalentFilters, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<TalentCardPage> {
  return callApi(API.projects.talents, {
    query: { page, pageSize, industry: filters.industry, degree: filters.degree }
  })
}

/** Upcoming events a project may register for (the form's picker). */
export async function fetchUpcomingEvents(pageSize: number): Promise<EventSummary[]> {
  const page = await callApi(API.events.list, { query: { when: 'upcoming', page: 1, pageSize } }, withSession())
  return page.items
}
