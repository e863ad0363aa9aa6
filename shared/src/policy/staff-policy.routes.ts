import { emptyBodySchema } from '../common/pagination';
import { defineRoutes } from '../common/route';
import { idParamSchema } from '../organization/organization.schema';
import { importQuerySchema, importReportSchema } from './import.schema';
import {
  policyAttachmentParamSchema,
  policyInputSchema,
  policyRecordPageSchema,
  policyRecordSchema,
  staffPolicyQuerySchema,
  updatePolicySchema,
} from './policy.schema';

export const staffPoliciesRoutes = defineRoutes('staffPolicies', {
  list: {
    method: 'GET',
    path: '/staff/policies',
    summary: 'Policies by state, or expiring within 30 days / expired',
    query: staffPolicyQuerySchema,
    response: policyRecordPageSchema,
  },
  importTemplate: {
    method: 'GET',
    path: '/staff/policies/import/template',
    summary: 'The Excel template for the import, with a help sheet',
    response: 'file',
  },
  import: {
    method: 'POST',
    path: '/staff/policies/import',
    summary: 'Import policies as drafts from an .xlsx (multipart field "file"); 422 with the report when refused',
    query: importQuerySchema,
    upload: { field: 'file' },
    response: importReportSchema,
    status: 200,
  },
  get: {
    method: 'GET',
    path: '/staff/policies/:id',
    summary: 'One policy in any state',
    params: idParamSchema,
    response: policyRecordSchema,
  },
  create: {
    method: 'POST',
    path: '/staff/policies',
    summary: 'Create a draft',
    body: policyInputSchema,
    response: policyRecordSchema,
  },
  update: {
    method: 'PATCH',
    path: '/staff/policies/:id',
    summary: 'Edit any field; a published policy is re-indexed at once',
    params: idParamSchema,
    body: updatePolicySchema,
    response: policyRecordSchema,
  },
  publish: {
    method: 'POST',
    path: '/staff/policies/:id/publish',
    summary: 'Publish now',
    params: idParamSchema,
    body: emptyBodySchema,
    response: policyRecordSchema,
    status: 200,
  },
  archive: {
    method: 'POST',
    path: '/staff/policies/:id/archive',
    summary: 'Withdraw from the public list',
    params: idParamSchema,
    body: emptyBodySchema,
    response: policyRecordSchema,
    status: 200,
  },
  attach: {
    method: 'POST',
    path: '/staff/policies/:id/attachments',
    summary: 'Attach a PDF (judged by content, at most 10 MB) as the multipart field "file"',
    params: idParamSchema,
    upload: { field: 'file' },
    response: policyRecordSchema,
    status: 200,
  },
  detach: {
    method: 'DELETE',
    path: '/staff/policies/:id/attachments/:attachmentId',
    summary: 'Remove an attachment',
    params: policyAttachmentParamSchema,
    response: policyRecordSchema,
  },
});
