import {
  importReportSchema,
  policyRecordPageSchema,
  policyRecordSchema,
  type ImportMode,
  type ImportReport,
  type PolicyInput,
  type PolicyRecord,
  type StaffPolicyQuery,
  type UpdatePolicy
} from '@ihaigui/shared'
import type { z } from 'zod'
import { isApiRequestError } from './errors'
import { apiDownload, apiGet, apiRequest, apiUpload, type DownloadedFile, type UploadFile } from './request'

/* Staff policy console: the policy records, their attachments and the Excel import. */

export type PolicyRecordPage = z.infer<typeof policyRecordPageSchema>
export type PolicyRecordRow = PolicyRecordPage['items'][number]

export function fetchStaffPolicies(query: StaffPolicyQuery): Promise<PolicyRecordPage> {
  return apiGet('/staff/policies', policyRecordPageSchema, query)
}

export function fetchStaffPolicy(id: number): Promise<PolicyRecord> {
  return apiGet(`/staff/policies/${id}`, policyRecordSchema)
}

/** A new policy is saved as a draft. */
export function createPolicy(input: PolicyInput): Promise<PolicyRecord> {
  return apiRequest({ path: '/staff/policies', method: 'POST', body: input, schema: policyRecordSchema })
}

export function updatePolicy(id: number, input: UpdatePolicy): Promise<PolicyRecord> {
  return apiRequest({ path: `/staff/policies/${id}`, method: 'PATCH', body: input, schema: policyRecordSchema })
}

export function publishPolicy(id: number): Promise<PolicyRecord> {
  return apiRequest({ path: `/staff/policies/${id}/publish`, method: 'POST', body: {}, schema: policyRecordSchema })
}

/** Withdraws a published policy (readers no longer see it). */
export function archivePolicy(id: number): Promise<PolicyRecord> {
  return apiRequest({ path: `/staff/policies/${id}/archive`, method: 'POST', body: {}, schema: policyRecordSchema })
}

/** A chosen file: a weapp temp path, or the File itself on H5. */
export interface ChosenFile extends UploadFile {
  size: number
}

export function uploadPolicyAttachment(id: number, file: ChosenFile): Promise<PolicyRecord> {
  return apiUpload({ path: `/staff/policies/${id}/attachments`, file, field: 'file', schema: policyRecordSchema })
}

export function deletePolicyAttachment(id: number, attachmentId: number): Promise<PolicyRecord> {
  return apiRequest({ path: `/staff/policies/${id}/attachments/${attachmentId}`, method: 'DELETE', schema: policyRecordSchema })
}

export function downloadImportTemplate(): Promise<DownloadedFile> {
  return apiDownload('/staff/policies/import/template')
}

/**
 * Sends a spreadsheet of policies. `dryRun` only checks it. A refused file rejects with IMPORT_FILE_INVALID, or with
 * IMPORT_ROWS_INVALID carrying the per-row report (see importReportOf).
 */
export function importPolicies(file: ChosenFile, options: { mode: ImportMode; dryRun: boolean }): Promise<ImportReport> {
  const query = `mode=${options.mode}&dryRun=${options.dryRun ? 'true' : 'false'}`
  return apiUpload({ path: `/staff/policies/import?${query}`, file, field: 'file', schema: importReportSchema })
}

/** The per-row report a refused import carries (IMPORT_ROWS_INVALID), if any. */
export function importReportOf(error: unknown): ImportReport | undefined {
  return isApiRequestError(error) ? error.report : undefined
}
