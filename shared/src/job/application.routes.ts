import { defineRoutes } from '../common/route';
import { emptyBodySchema } from '../common/pagination';
import { idParamSchema } from '../organization/organization.schema';
import {
  applicationListQuerySchema,
  applicationPageSchema,
  applicationSchema,
  applySchema,
  moveApplicationSchema,
} from './job.schema';

export const applicationsRoutes = defineRoutes('applications', {
  apply: {
    method: 'POST',
    path: '/positions/:id/applications',
    summary: 'Apply with my talent profile and CV (one application per position)',
    params: idParamSchema,
    body: applySchema,
    // 201 for a new application; 200 with the first one for a repeat with the same Idempotency-Key.
    response: applicationSchema,
  },
  mine: {
    method: 'GET',
    path: '/me/applications',
    summary: 'My applications, newest first, each with its history',
    query: applicationListQuerySchema,
    response: applicationPageSchema,
  },
  myDetail: {
    method: 'GET',
    path: '/me/applications/:id',
    summary: 'One of my applications with every status and its time',
    params: idParamSchema,
    response: applicationSchema,
  },
  withdraw: {
    method: 'POST',
    path: '/me/applications/:id/withdraw',
    summary: 'Withdraw one of my applications (not once there is an outcome)',
    params: idParamSchema,
    body: emptyBodySchema,
    response: applicationSchema,
    status: 200,
  },
  forPosition: {
    method: 'GET',
    path: '/org/positions/:id/applications',
    summary: 'Applicants to one of our positions, newest first',
    params: idParamSchema,
    query: applicationListQuerySchema,
    response: applicationPageSchema,
  },
  orgDetail: {
    method: 'GET',
    path: '/org/applications/:id',
    summary: 'One applicant; the first opening marks the application viewed',
    params: idParamSchema,
    response: applicationSchema,
  },
  cv: {
    method: 'GET',
    path: '/org/applications/:id/cv',
    summary: 'The CV the talent sent with the application (PDF)',
    params: idParamSchema,
    response: 'file',
  },
  move: {
    method: 'POST',
    path: '/org/applications/:id/status',
    summary: 'Move an application on (viewed → interview → offer, or rejected), with an optional message',
    params: idParamSchema,
    body: moveApplicationSchema,
    response: applicationSchema,
    status: 200,
  },
});
