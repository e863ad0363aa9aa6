import { defineRoutes } from '../common/route';
import {
  idParamSchema,
  organizationPageSchema,
  organizationQueueQuerySchema,
  organizationSchema,
  registerOrganizationSchema,
  verifyOrganizationSchema,
} from './organization.schema';

export const organizationsRoutes = defineRoutes('organizations', {
  register: {
    method: 'POST',
    path: '/organizations',
    summary: 'Register the organisation the caller acts for (pending until staff verify it)',
    body: registerOrganizationSchema,
    response: organizationSchema,
  },
  mine: {
    method: 'GET',
    path: '/organizations/mine',
    summary: "The caller's organisation and its verification state",
    response: organizationSchema,
  },
  queue: {
    method: 'GET',
    path: '/staff/organizations',
    summary: 'Verification queue by status, oldest first',
    query: organizationQueueQuerySchema,
    response: organizationPageSchema,
  },
  decide: {
    method: 'POST',
    path: '/staff/organizations/:id/verification',
    summary: 'Verify, or reject with a reason',
    params: idParamSchema,
    body: verifyOrganizationSchema,
    response: organizationSchema,
    status: 200,
  },
});
