import {
  API,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type ChallengeDetail,
  type ChallengeRecord,
  type ChallengeResponse,
  type ChallengeStatus,
  type RouteOutput
} from '@ihaigui/shared'
import type { z } from 'zod'
import { callApi } from '@/api/request'
import { getSession } from '@/api/session'

/* 揭榜挂帅: open challenges and responses on the talent side; posting, reviewing responses and picking one on the organisation side. */

export type ChallengePage = RouteOutput<typeof API.challenges.list>
export type ChallengeRecordPage = RouteOutput<typeof API.challenges.listOwn>
export type ChallengeRecordRow = ChallengeRecordPage['items'][number]
export type ChallengeResponsePage = RouteOutput<typeof API.challenges.myResponses>
export type MyProjectRow = RouteOutput<typeof API.projects.listMine>['items'][number]
export type ChallengeFilters = Partial<Omit<z.output<typeof API.challenges.list.query>, 'page' | 'pageSize'>>
export type CreateChallengeInput = z.input<typeof API.challenges.create.body>
export type UpdateChallenge = z.input<typeof API.challenges.update.body>
export type RespondChallengeInput = z.input<typeof API.challenges.respond.body>
export type MoveResponseInput = z.input<typeof API.challenges.moveResponse.body>

export function fetchChallengePage(
  filters: ChallengeFilters,
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<ChallengePage> {
  return callApi(API.challenges.list, { query: { q: filters.q, field: filters.field, page, pageSize } })
}

/** One challenge; with the session it says whether the reader may respond and carries their own response. */
export function fetchChallenge(id: number): Promise<ChallengeDetail> {
  return callApi(API.challenges.detail, { params: { id } }, { auth: getSession() !== null })
}

export function respondToChallenge(id: number, input: RespondChallengeInput): Promise<ChallengeResponse> {
  return callApi(API.challenges.respond, { params: { id }, body: input })
}

export async function withdrawResponse(challengeId: number): Promise<void> {
  await callApi(API.challenges.withdraw, { params: { id: challengeId } })
}

export function fetchMyResponses(page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<ChallengeResponsePage> {
  return callApi(API.challenges.myResponses, { query: { page, pageSize } })
}

/** The talent's accepted projects, which a response may bring along. */
export async function fetchMyAcceptedProjects(): Promise<MyProjectRow[]> {
  const page = await callApi(API.projects.listMine, { query: { page: 1, pageSize: MAX_PAGE_SIZE } })
  return page.items.filter((project) => project.status === 'accepted')
}

export function fetchOrgChallenges(
  status: ChallengeStatus | undefined,
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<ChallengeRecordPage> {
  return callApi(API.challenges.listOwn, { query: { status, page, pageSize } })
}

export function fetchOrgChallenge(id: number): Promise<ChallengeRecord> {
  return callApi(API.challenges.readOwn, { params: { id } })
}

/** A new challenge: checked for content, then waits for staff review. */
export function createChallenge(input: CreateChallengeInput): Promise<ChallengeRecord> {
  return callApi(API.challenges.create, { body: input })
}

/** An edit is checked again and goes back to review. */
export function updateChallenge(id: number, input: UpdateChallenge): Promise<ChallengeRecord> {
  return callApi(API.challenges.update, { params: { id }, body: input })
}

export function closeChallenge(id: number): Promise<ChallengeRecord> {
  return callApi(API.challenges.close, { params: { id }, body: {} })
}

export function fetchChallengeResponses(
  id: number,
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<ChallengeResponsePage> {
  return callApi(API.challenges.responsesOfOwn, { params: { id }, query: { page, pageSize } })
}

/** Shortlists a response, or picks it (the others are then not picked, and an intention opens with the responder). */
export function moveResponse(
  challengeId: number,
  responseId: number,
  move: MoveResponseInput
): Promise<ChallengeResponse> {
  return callApi(API.challenges.moveResponse, { params: { id: challengeId, responseId }, body: move })
}
