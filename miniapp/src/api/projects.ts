import {
  DEFAULT_PAGE_SIZE,
  eventPageSchema,
  projectDetailSchema,
  projectPageSchema,
  projectRecordPageSchema,
  projectRecordSchema,
  projectReviewSchema,
  reviewAssignmentPageSchema,
  talentCardPageSchema,
  type Degree,
  type EventSummary,
  type Industry,
  type ProjectDetail,
  type ProjectInput,
  type ProjectListQuery,
  type ProjectRecord,
  type ProjectReview,
  type SubmitReview,
  type UpdateProject
} from '@ihaigui/shared'
import type { z } from 'zod'
import { apiDownload, apiGet, apiRequest, apiRequestNoContent, apiUpload, type DownloadedFile, type UploadFile } from './request'
import { getSession } from './session'

/* Talent projects (the owner's, the public list), expert reviews, and the talents organisations browse. */

/** The filters of the project list (page and size are added per request). */
export type ProjectFilters = Partial<Omit<ProjectListQuery, 'page' | 'pageSize'>>
export type ProjectPage = z.infer<typeof projectPageSchema>
export type ProjectRecordPage = z.infer<typeof projectRecordPageSchema>
export type ProjectRecordRow = ProjectRecordPage['items'][number]
export type ReviewAssignmentPage = z.infer<typeof reviewAssignmentPageSchema>
export type ReviewAssignment = ReviewAssignmentPage['items'][number]
export type TalentCardPage = z.infer<typeof talentCardPageSchema>
export interface TalentFilters {
  industry?: Industry
  degree?: Degree
}

const id = (value: number) => encodeURIComponent(String(value))
const myProjectPath = (projectId: number) => `/me/projects/${id(projectId)}`

/**
 * Accepted projects under the filters. Public, sent with the session when there is one: members of verified
 * organisations also see the projects shown only to them.
 */
export function fetchProjectPage(filters: ProjectFilters, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<ProjectPage> {
  return apiRequest({
    path: '/projects',
    query: { page, pageSize, q: filters.q, field: filters.field, originRegion: filters.originRegion, stage: filters.stage, seeks: filters.seeks },
    schema: projectPageSchema,
    auth: getSession() !== null
  })
}

/** One project; `private` is filled only for those allowed to see the details. */
export function fetchProject(projectId: number): Promise<ProjectDetail> {
  return apiRequest({ path: `/projects/${id(projectId)}`, schema: projectDetailSchema, auth: getSession() !== null })
}

export function downloadPitchDeck(projectId: number): Promise<DownloadedFile> {
  return apiDownload(`/projects/${id(projectId)}/pitch-deck`)
}

export function fetchMyProjects(page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<ProjectRecordPage> {
  return apiGet('/me/projects', projectRecordPageSchema, { page, pageSize })
}

export function fetchMyProject(projectId: number): Promise<ProjectRecord> {
  return apiGet(myProjectPath(projectId), projectRecordSchema)
}

/** A new project, saved as a draft. */
export function createProject(input: ProjectInput): Promise<ProjectRecord> {
  return apiRequest({ path: '/me/projects', method: 'POST', body: input, schema: projectRecordSchema })
}

export function updateProject(projectId: number, input: UpdateProject): Promise<ProjectRecord> {
  return apiRequest({ path: myProjectPath(projectId), method: 'PATCH', body: input, schema: projectRecordSchema })
}

export function deleteProject(projectId: number): Promise<void> {
  return apiRequestNoContent({ path: myProjectPath(projectId), method: 'DELETE' })
}

/** Sends a draft (or a returned project) to the service center for screening. */
export function submitProject(projectId: number): Promise<ProjectRecord> {
  return apiRequest({ path: `${myProjectPath(projectId)}/submit`, method: 'POST', schema: projectRecordSchema })
}

export function uploadPitchDeck(projectId: number, file: UploadFile): Promise<ProjectRecord> {
  return apiUpload({ path: `${myProjectPath(projectId)}/pitch-deck`, file, field: 'file', schema: projectRecordSchema })
}

export function removePitchDeck(projectId: number): Promise<ProjectRecord> {
  return apiRequest({ path: `${myProjectPath(projectId)}/pitch-deck`, method: 'DELETE', schema: projectRecordSchema })
}

/** The reviewer's queue: still to score (`done` false) or scored. */
export function fetchReviewAssignments(done: boolean, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<ReviewAssignmentPage> {
  return apiGet('/reviews', reviewAssignmentPageSchema, { done: String(done), page, pageSize })
}

/** The project to score, with its details and the reviewer's own review (in `reviews`). */
export function fetchReviewProject(projectId: number): Promise<ProjectRecord> {
  return apiGet(`/reviews/${id(projectId)}`, projectRecordSchema)
}

export function submitReview(projectId: number, input: SubmitReview): Promise<ProjectReview> {
  return apiRequest({ path: `/reviews/${id(projectId)}`, method: 'PUT', body: input, schema: projectReviewSchema })
}

/** Talents who opted in to be found, for organisations. */
export function fetchTalents(filters: TalentFilters, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<TalentCardPage> {
  return apiGet('/org/talents', talentCardPageSchema, { page, pageSize, industry: filters.industry, degree: filters.degree })
}

/** Upcoming events a project may register for (the form's picker). */
export async function fetchUpcomingEvents(pageSize: number): Promise<EventSummary[]> {
  const page = await apiRequest({
    path: '/events',
    query: { when: 'upcoming', page: 1, pageSize },
    schema: eventPageSchema,
    auth: getSession() !== null
  })
  return page.items
}
