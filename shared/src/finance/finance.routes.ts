import { defineRoutes } from '../common/route';
import { idParamSchema } from '../organization/organization.schema';
import {
  answerContactRequestSchema,
  contactRequestListQuerySchema,
  contactRequestPageSchema,
  contactRequestSchema,
  createContactRequestSchema,
  financeDetailSchema,
  financeInputObject,
  financeListQuerySchema,
  financePageSchema,
  updateFinanceSchema,
} from './finance.schema';

export const financeRoutes = defineRoutes('finance', {
  list: {
    method: 'GET',
    path: '/finance',
    summary: 'Finance services (funds, talent loans, guarantees, insurance), by kind',
    public: true,
    query: financeListQuerySchema,
    response: financePageSchema,
  },
  detail: {
    method: 'GET',
    path: '/finance/:id',
    summary: 'One finance service with its terms and audience',
    public: true,
    params: idParamSchema,
    response: financeDetailSchema,
  },
  contact: {
    method: 'POST',
    path: '/finance/:id/contact-requests',
    summary: 'Ask the provider to get in touch',
    params: idParamSchema,
    body: createContactRequestSchema,
    response: contactRequestSchema,
  },
  myContactRequests: {
    method: 'GET',
    path: '/me/contact-requests',
    summary: "The caller's contact requests with their status and replies, newest first",
    query: contactRequestListQuerySchema,
    response: contactRequestPageSchema,
  },
  hostContactRequests: {
    method: 'GET',
    path: '/host/contact-requests',
    summary: 'Contact requests to the finance services the caller provides, newest first',
    query: contactRequestListQuerySchema,
    response: contactRequestPageSchema,
  },
  answerContactRequest: {
    method: 'POST',
    path: '/host/contact-requests/:id/answer',
    summary: 'Reply to a request, optionally closing it',
    params: idParamSchema,
    body: answerContactRequestSchema,
    response: contactRequestSchema,
    status: 200,
  },
  create: {
    method: 'POST',
    path: '/staff/finance',
    summary: 'Add a finance service (indexed for search)',
    body: financeInputObject,
    response: financeDetailSchema,
  },
  update: {
    method: 'PATCH',
    path: '/staff/finance/:id',
    summary: 'Edit a finance service; fields left out keep their values',
    params: idParamSchema,
    body: updateFinanceSchema,
    response: financeDetailSchema,
  },
});
