import {
  DEFAULT_PAGE_SIZE,
  intentionDetailSchema,
  intentionPageSchema,
  intentionSummarySchema,
  type IntentionDetail,
  type IntentionStatus,
  type IntentionSummary,
  type MoveIntention
} from '@ihaigui/shared'
import type { z } from 'zod'
import { apiGet, apiRequest } from './request'

/* 对接意向: the two sides' lists, one intention with its steps, proposing and moving it on. */

export type IntentionPage = z.infer<typeof intentionPageSchema>
/** Whose list: the talent's own, or the organisation's (every member sees it). */
export type IntentionSide = 'talent' | 'organization'

/** An organisation proposes to a project (its owner) or to a talent. */
export interface ProposeToTalent {
  projectId: number | null
  talentUserId: number | null
  note: string
}

/** A talent proposes to an organisation, optionally with one of their accepted projects. */
export interface ProposeToOrganization {
  organizationId: number
  projectId: number | null
  note: string
}

const listPath = (side: IntentionSide) => (side === 'talent' ? '/me/intentions' : '/org/intentions')

export function fetchIntentions(side: IntentionSide, status: IntentionStatus | undefined, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<IntentionPage> {
  return apiGet(listPath(side), intentionPageSchema, { status, page, pageSize })
}

export function fetchIntention(id: number): Promise<IntentionDetail> {
  return apiGet(`/intentions/${encodeURIComponent(String(id))}`, intentionDetailSchema)
}

export function proposeToTalent(input: ProposeToTalent): Promise<IntentionSummary> {
  return apiRequest({ path: '/org/intentions', method: 'POST', body: input, schema: intentionSummarySchema })
}

export function proposeToOrganization(input: ProposeToOrganization): Promise<IntentionSummary> {
  return apiRequest({ path: '/me/intentions', method: 'POST', body: input, schema: intentionSummarySchema })
}

export function moveIntention(id: number, input: MoveIntention): Promise<IntentionDetail> {
  return apiRequest({ path: `/intentions/${encodeURIComponent(String(id))}/steps`, method: 'POST', body: input, schema: intentionDetailSchema })
}
