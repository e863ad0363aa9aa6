import {
  contactRequestPageSchema,
  contactRequestSchema,
  financeDetailSchema,
  financePageSchema,
  type AnswerContactRequest,
  type ContactRequest,
  type ContactRequestListQuery,
  type CreateContactRequest,
  type FinanceDetail,
  type FinanceListQuery
} from '@ihaigui/shared'
import type { z } from 'zod'
import { apiGet, apiGetPublic, apiRequest } from './request'

/* Finance services and contact requests: the requester's side and the provider's (or staff's). */

export type FinancePage = z.infer<typeof financePageSchema>
export type ContactRequestPage = z.infer<typeof contactRequestPageSchema>

export function fetchFinancePage(query: Partial<FinanceListQuery>): Promise<FinancePage> {
  return apiGetPublic('/finance', financePageSchema, { page: query.page, pageSize: query.pageSize, kind: query.kind })
}

export function fetchFinanceService(id: number): Promise<FinanceDetail> {
  return apiGetPublic(`/finance/${id}`, financeDetailSchema)
}

export function sendContactRequest(serviceId: number, input: CreateContactRequest): Promise<ContactRequest> {
  return apiRequest({ path: `/finance/${serviceId}/contact-requests`, method: 'POST', body: input, schema: contactRequestSchema })
}

export function fetchMyContactRequests(query: Partial<ContactRequestListQuery>): Promise<ContactRequestPage> {
  return apiGet('/me/contact-requests', contactRequestPageSchema, { page: query.page, pageSize: query.pageSize, status: query.status })
}

export function fetchHostContactRequests(query: Partial<ContactRequestListQuery>): Promise<ContactRequestPage> {
  return apiGet('/host/contact-requests', contactRequestPageSchema, { page: query.page, pageSize: query.pageSize, status: query.status })
}

export function answerContactRequest(id: number, input: AnswerContactRequest): Promise<ContactRequest> {
  return apiRequest({ path: `/host/contact-requests/${id}/answer`, method: 'POST', body: input, schema: contactRequestSchema })
}
