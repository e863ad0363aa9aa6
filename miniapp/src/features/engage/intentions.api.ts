import {
  API,
  DEFAULT_PAGE_SIZE,
  type IntentionDetail,
  type IntentionStatus,
  type MoveIntention,
  type ProposeToOrganization,
  type ProposeToTalent,
  type RouteOutput
} from '@ihaigui/shared'
import { callApi } from '@/api/request'

/* 对接意向: the two sides' lists, one intention with its steps, proposing and moving it on. */

export type IntentionPage = RouteOutput<typeof API.intentions.myList>
/** Whose list: the talent's own, or the organisation's (every member sees it). */
export type IntentionSide = 'talent' | 'organization'

export function fetchIntentions(
  side: IntentionSide,
  status: IntentionStatus | undefined,
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<IntentionPage> {
  const query = { status, page, pageSize }
  return side === 'talent' ? callApi(API.intentions.myList, { query }) : callApi(API.intentions.orgList, { query })
}

export function fetchIntention(id: number): Promise<IntentionDetail> {
  return callApi(API.intentions.detail, { params: { id } })
}

/** An organisation proposes to a project (its owner) or to a talent. */
export function proposeToTalent(input: ProposeToTalent): Promise<IntentionDetail> {
  return callApi(API.intentions.orgPropose, { body: input })
}

/** A talent proposes to an organisation, optionally with one of their accepted projects. */
export function proposeToOrganization(input: ProposeToOrganization): Promise<IntentionDetail> {
  return callApi(API.intentions.myPropose, { body: input })
}

export function moveIntention(id: number, input: MoveIntention): Promise<IntentionDetail> {
  return callApi(API.intentions.move, { params: { id }, body: input })
}
