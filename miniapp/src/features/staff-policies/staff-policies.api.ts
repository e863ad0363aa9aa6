import {
  API,
  type ImportMode,
  type ImportReport,
  type PolicyInput,
  type PolicyRecord,
  type RouteOutput,
  type StaffPolicyQuery,
  type UpdatePolicy
} from '@ihaigui/shared'
import { isApiRequestError } from '@/api/errors'
import { callApi, uploadApi, type DownloadedFile, type UploadFile } from '@/api/request'

/* Staff policy console: the policy records, their attachments and the Excel import. */

export type PolicyRecordPage = RouteOutput<typeof API.staffPolicies.list>
export type PolicyRecordRow = PolicyRecordPage['items'][number]

export function fetchStaffPolicies(query: StaffPolicyQuery): Promise<PolicyRecordPage> {
  return callApi(API.staffPolicies.list, { query })
}

export function fetchStaffPolicy(id: number): Promise<PolicyRecord> {
  return callApi(API.staffPolicies.get, { params: { id } })
}

/** A new policy is saved as a draft. */
export function createPolicy(input: PolicyInput): Promise<PolicyRecord> {
  return callApi(API.staffPolicies.create, { body: input })
}

export function updatePolicy(id: number, input: UpdatePolicy): Promise<PolicyRecord> {
  return callApi(API.staffPolicies.update, { params: { id }, body: input })
}

export function publishPolicy(id: number): Promise<PolicyRecord> {
  return callApi(API.staffPolicies.publish, { params: { id }, body: {} })
}

/** Withdraws a published policy (readers no longer see it). */
export function archivePolicy(id: number): Promise<PolicyRecord> {
  return callApi(API.staffPolicies.archive, { params: { id }, body: {} })
}

/** A chosen file: a weapp temp path, or the File itself on H5. */
export interface ChosenFile extends UploadFile {
  size: number
}

export function uploadPolicyAttachment(id: number, file: ChosenFile): Promise<PolicyRecord> {
  return uploadApi(API.staffPolicies.attach, { params: { id }, file })
}

export function deletePolicyAttachment(id: number, attachmentId: number): Promise<PolicyRecord> {
  return callApi(API.staffPolicies.detach, { params: { id, attachmentId } })
}

export function downloadImportTemplate(): Promise<DownloadedFile> {
  return callApi(API.staffPolicies.importTemplate)
}

/**
 * Sends a spreadsheet of policies. `dryRun` only checks it. A refused file rejects with IMPORT_FILE_INVALID, or with
 * IMPORT_ROWS_INVALID carrying the per-row report (see importReportOf).
 */
export function importPolicies(
  file: ChosenFile,
  options: { mode: ImportMode; dryRun: boolean }
): Promise<ImportReport> {
  return uploadApi(API.staffPolicies.import, {
    query: { mode: options.mode, dryRun: options.dryRun ? 'true' : 'false' },
    file
  })
}

/** The per-row report a refused import carries (IMPORT_ROWS_INVALID), if any. */
export function importReportOf(error: unknown): ImportReport | undefined {
  return isApiRequestError(error) ? error.report : undefined
}
