import { defineRoutes } from '../common/route';
import { idParamSchema } from '../organization/organization.schema';
import {
  createOfflineIntentionSchema,
  intentionDetailSchema,
  intentionListQuerySchema,
  intentionPageSchema,
  moveIntentionSchema,
  proposeToOrganizationSchema,
  proposeToTalentSchema,
  recordIntentionStepSchema,
  staffIntentionQuerySchema,
} from './intention.schema';

export const intentionsRoutes = defineRoutes('intentions', {
  orgPropose: {
    method: 'POST',
    path: '/org/intentions',
    summary: 'Propose an intention to an accepted project (its owner) or to a talent open to organisations',
    body: proposeToTalentSchema,
    response: intentionDetailSchema,
  },
  orgList: {
    method: 'GET',
    path: '/org/intentions',
    summary: 'Our organisation’s intentions, newest activity first (404 without an organisation)',
    query: intentionListQuerySchema,
    response: intentionPageSchema,
  },
  myPropose: {
    method: 'POST',
    path: '/me/intentions',
    summary: 'Propose an intention to a verified organisation, optionally with one of my accepted projects',
    body: proposeToOrganizationSchema,
    response: intentionDetailSchema,
  },
  myList: {
    method: 'GET',
    path: '/me/intentions',
    summary: 'My intentions, newest activity first',
    query: intentionListQuerySchema,
    response: intentionPageSchema,
  },
  detail: {
    method: 'GET',
    path: '/intentions/:id',
    summary: 'An intention with every step and its note, and what the caller may do next (parties and staff)',
    params: idParamSchema,
    response: intentionDetailSchema,
  },
  move: {
    method: 'POST',
    path: '/intentions/:id/steps',
    summary:
      'A party’s next step: accept or decline (the side proposed to), meeting, letter of intent, landing agreement, withdraw',
    params: idParamSchema,
    body: moveIntentionSchema,
    response: intentionDetailSchema,
    status: 200,
  },
  staffList: {
    method: 'GET',
    path: '/staff/intentions',
    summary: 'Every intention, newest activity first, by status and event',
    query: staffIntentionQuerySchema,
    response: intentionPageSchema,
  },
  staffCreate: {
    method: 'POST',
    path: '/staff/intentions',
    summary: 'Record an intention that began offline (both sides are told)',
    body: createOfflineIntentionSchema,
    response: intentionDetailSchema,
  },
  staffRecordStep: {
    method: 'POST',
    path: '/staff/intentions/:id/steps',
    summary: 'Record a step made offline, for either side (both sides are told)',
    params: idParamSchema,
    body: recordIntentionStepSchema,
    response: intentionDetailSchema,
    status: 200,
  },
});
