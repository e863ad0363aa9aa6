import { emptyBodySchema, pageQuerySchema } from '../common/pagination';
import { defineRoutes } from '../common/route';
import { idParamSchema } from '../organization/organization.schema';
import { matchAnswersSchema } from './matcher';
import {
  favoriteStateSchema,
  matchResultSchema,
  policyAttachmentParamSchema,
  policyDetailSchema,
  policyListQuerySchema,
  policyPageSchema,
} from './policy.schema';

export const policiesRoutes = defineRoutes('policies', {
  list: {
    method: 'GET',
    path: '/policies',
    summary: 'Published, current policies with filters and sort',
    public: true,
    query: policyListQuerySchema,
    response: policyPageSchema,
  },
  match: {
    method: 'POST',
    path: '/policies/match',
    summary: 'The policy matcher on a questionnaire (every answer optional); no sign-in needed',
    public: true,
    body: matchAnswersSchema,
    response: matchResultSchema,
    status: 200,
  },
  matchMe: {
    method: 'GET',
    path: '/policies/match/me',
    summary: 'The policy matcher on the signed-in talent’s saved profile',
    response: matchResultSchema,
  },
  detail: {
    method: 'GET',
    path: '/policies/:id',
    summary: 'One published policy with its criteria and attachments; counts a view',
    public: true,
    params: idParamSchema,
    response: policyDetailSchema,
  },
  favorite: {
    method: 'PUT',
    path: '/policies/:id/favorite',
    summary: 'Save to favourites (repeating it changes nothing)',
    params: idParamSchema,
    body: emptyBodySchema,
    response: favoriteStateSchema,
  },
  unfavorite: {
    method: 'DELETE',
    path: '/policies/:id/favorite',
    summary: 'Remove from favourites',
    params: idParamSchema,
    response: favoriteStateSchema,
  },
  attachment: {
    method: 'GET',
    path: '/policies/:id/attachments/:attachmentId',
    summary: 'Download an attachment (PDF) of a published policy',
    public: true,
    params: policyAttachmentParamSchema,
    response: 'file',
  },
  favorites: {
    method: 'GET',
    path: '/me/favorites/policies',
    summary: 'My saved policies, newest first',
    query: pageQuerySchema,
    response: policyPageSchema,
  },
});
