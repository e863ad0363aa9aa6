import {
  API,
  type AnswerContactRequest,
  type ContactRequest,
  type ContactRequestListQuery,
  type CreateContactRequest,
  type FinanceDetail,
  type FinanceListQuery,
  type RouteOutput
} from '@ihaigui/shared'
import { callApi } from '@/api/request'

/* Finance services and contact requests: the requester's side and the provider's (or staff's). */

export type FinancePage = RouteOutput<typeof API.finance.list>
export type ContactRequestPage = RouteOutput<typeof API.finance.myContactRequests>

export function fetchFinancePage(query: Partial<FinanceListQuery>): Promise<FinancePage> {
  return callApi(API.finance.list, { query })
}

export function fetchFinanceService(id: number): Promise<FinanceDetail> {
  return callApi(API.finance.detail, { params: { id } })
}

export function sendContactRequest(serviceId: number, input: CreateContactRequest): Promise<ContactRequest> {
  return callApi(API.finance.contact, { params: { id: serviceId }, body: input })
}

export function fetchMyContactRequests(query: Partial<ContactRequestListQuery>): Promise<ContactRequestPage> {
  return callApi(API.finance.myContactRequests, { query })
}

export function fetchHostContactRequests(query: Partial<ContactRequestListQuery>): Promise<ContactRequestPage> {
  return callApi(API.finance.hostContactRequests, { query })
}

export function answerContactRequest(id: number, input: AnswerContactRequest): Promise<ContactRequest> {
  return callApi(API.finance.answerContactRequest, { params: { id }, body: input })
}
