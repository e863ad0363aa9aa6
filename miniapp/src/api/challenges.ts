import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  challengeDetailSchema,
  challengePageSchema,
  challengeRecordPageSchema,
  challengeRecordSchema,
  challengeResponsePageSchema,
  challengeResponseSchema,
  projectRecordPageSchema,
  type ChallengeDetail,
  type ChallengeInput,
  type ChallengeRecord,
  type ChallengeResponse,
  type ChallengeStatus,
  type Industry,
  type RespondChallenge
} from '@ihaigui/shared'
import type { z } from 'zod'
import { apiGet, apiRequest, apiRequestNoContent } from './request'
import { getSession } from './session'

/* 揭榜挂帅: open challenges and responses on the talent side; posting, reviewing responses and picking one on the organisation side. */

export type ChallengePage = z.infer<typeof challengePageSchema>
export type ChallengeRecordPage = z.infer<typeof challengeRecordPageSchema>
export type ChallengeRecordRow = ChallengeRecordPage['items'][number]
export type ChallengeResponsePage = z.infer<typeof challengeResponsePageSchema>
export type MyProjectRow = z.infer<typeof projectRecordPageSchema>['items'][number]
export type UpdateChallenge = Partial<ChallengeInput>

export interface ChallengeFilters {
  q?: string
  field?: Industry
}

const challengePath = (id: number) => `/challenges/${encodeURIComponent(String(id))}`
const orgChallengePath = (id: number) => `/org/challenges/${encodeURIComponent(String(id))}`

export function fetchChallengePage(filters: ChallengeFilters, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<ChallengePage> {
  return apiRequest({
    path: '/challenges',
    schema: challengePageSchema,
    query: { q: filters.q, field: filters.field, page, pageSize },
    auth: false
  })
}

/** One challenge; with the session it says whether the reader may respond and carries their own response. */
export function fetchChallenge(id: number): Promise<ChallengeDetail> {
  return apiRequest({ path: challengePath(id), schema: challengeDetailSchema, auth: getSession() !== null })
}

export function respondToChallenge(id: number, input: RespondChallenge): Promise<ChallengeResponse> {
  return apiRequest({ path: `${challengePath(id)}/responses`, method: 'POST', body: input, schema: challengeResponseSchema })
}

export function withdrawResponse(challengeId: number): Promise<void> {
  return apiRequestNoContent({ path: `${challengePath(challengeId)}/responses/me`, method: 'DELETE' })
}

export function fetchMyResponses(page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<ChallengeResponsePage> {
  return apiGet('/me/challenge-responses', challengeResponsePageSchema, { page, pageSize })
}

/** The talent's accepted projects, which a response may bring along. */
export async function fetchMyAcceptedProjects(): Promise<MyProjectRow[]> {
  const page = await apiGet('/me/projects', projectRecordPageSchema, { page: 1, pageSize: MAX_PAGE_SIZE })
  return page.items.filter((project) => project.status === 'accepted')
}

export function fetchOrgChallenges(status: ChallengeStatus | undefined, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<ChallengeRecordPage> {
  return apiGet('/org/challenges', challengeRecordPageSchema, { status, page, pageSize })
}

export function fetchOrgChallenge(id: number): Promise<ChallengeRecord> {
  return apiGet(orgChallengePath(id), challengeRecordSchema)
}

/** A new challenge: checked for content, then waits for staff review. */
export function createChallenge(input: ChallengeInput): Promise<ChallengeRecord> {
  return apiRequest({ path: '/org/challenges', method: 'POST', body: input, schema: challengeRecordSchema })
}

/** An edit is checked again and goes back to review. */
export function updateChallenge(id: number, input: UpdateChallenge): Promise<ChallengeRecord> {
  return apiRequest({ path: orgChallengePath(id), method: 'PATCH', body: input, schema: challengeRecordSchema })
}

export function closeChallenge(id: number): Promise<ChallengeRecord> {
  return apiRequest({ path: `${orgChallengePath(id)}/close`, method: 'POST', body: {}, schema: challengeRecordSchema })
}

export function fetchChallengeResponses(id: number, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<ChallengeResponsePage> {
  return apiGet(`${orgChallengePath(id)}/responses`, challengeResponsePageSchema, { page, pageSize })
}

/** Shortlists a response, or picks it (the others are then not picked, and an intention opens with the responder). */
export function moveResponse(
  challengeId: number,
  responseId: number,
  move: { status: 'shortlisted' | 'picked'; note: string | null }
): Promise<ChallengeResponse> {
  return apiRequest({
    path: `${orgChallengePath(challengeId)}/responses/${encodeURIComponent(String(responseId))}`,
    method: 'POST',
    body: move,
    schema: challengeResponseSchema
  })
}
