import { defineRoutes } from '../common/route';
import { emptyBodySchema, pageQuerySchema } from '../common/pagination';
import { idParamSchema } from '../organization/organization.schema';
import {
  projectDetailSchema,
  projectInputSchema,
  projectListQuerySchema,
  projectPageSchema,
  projectRecordPageSchema,
  projectRecordSchema,
  talentCardPageSchema,
  talentListQuerySchema,
  updateProjectSchema,
} from './project.schema';

/** Talent projects: the owner's side, the accepted projects everyone browses, and the talents organisations browse. */
export const projectsRoutes = defineRoutes('projects', {
  create: {
    method: 'POST',
    path: '/me/projects',
    summary: 'Register a project (saved as a draft); an event must be published and not yet started',
    body: projectInputSchema,
    response: projectRecordSchema,
  },
  listMine: {
    method: 'GET',
    path: '/me/projects',
    summary: 'My projects in every state, newest first',
    query: pageQuerySchema,
    response: projectRecordPageSchema,
  },
  readMine: {
    method: 'GET',
    path: '/me/projects/:id',
    summary: 'One of my projects with its screening history and reasons',
    params: idParamSchema,
    response: projectRecordSchema,
  },
  update: {
    method: 'PATCH',
    path: '/me/projects/:id',
    summary: 'Edit a draft or a returned project; fields left out keep their values',
    params: idParamSchema,
    body: updateProjectSchema,
    response: projectRecordSchema,
  },
  submit: {
    method: 'POST',
    path: '/me/projects/:id/submit',
    summary: 'Send a draft or a returned project to screening',
    params: idParamSchema,
    body: emptyBodySchema,
    response: projectRecordSchema,
    status: 200,
  },
  // POST, like the CV: WeChat's uploadFile can only POST.
  uploadPitchDeck: {
    method: 'POST',
    path: '/me/projects/:id/pitch-deck',
    summary: 'Upload the pitch deck (PDF, judged by content, at most 20 MB) as the multipart field "file"',
    params: idParamSchema,
    upload: { field: 'file' },
    response: projectRecordSchema,
    status: 200,
  },
  removePitchDeck: {
    method: 'DELETE',
    path: '/me/projects/:id/pitch-deck',
    summary: 'Remove the pitch deck of a draft or a returned project',
    params: idParamSchema,
    response: projectRecordSchema,
  },
  remove: {
    method: 'DELETE',
    path: '/me/projects/:id',
    summary: 'Delete a draft (a project once submitted stays)',
    params: idParamSchema,
    response: 'noContent',
  },
  list: {
    method: 'GET',
    path: '/projects',
    summary: 'Accepted projects, newest first; verified organisations also see those shown only to them',
    public: true,
    query: projectListQuerySchema,
    response: projectPageSchema,
  },
  detail: {
    method: 'GET',
    path: '/projects/:id',
    summary: 'One accepted project; `private` only for its owner, staff, its reviewers and intention parties',
    public: true,
    params: idParamSchema,
    response: projectDetailSchema,
  },
  pitchDeck: {
    method: 'GET',
    path: '/projects/:id/pitch-deck',
    summary: 'The pitch deck (PDF), for those who see the details',
    params: idParamSchema,
    response: 'file',
  },
  talents: {
    method: 'GET',
    path: '/org/talents',
    summary: 'Talents whose profile is visible to organisations, most recently updated first',
    query: talentListQuerySchema,
    response: talentCardPageSchema,
  },
});
