import {
  API,
  myDataExportSchema,
  type MyDataExport,
  type Me,
  type PhoneUpdate,
  type TalentProfile,
  type TalentProfileInput
} from '@ihaigui/shared'
import type { z } from 'zod'
import { isApiRequestError } from '@/api/errors'
import { callApi, uploadApi, type UploadFile } from '@/api/request'
import { clearSession, updateSessionUser } from '@/api/session'

/** Every answer that carries the user also refreshes the session's copy of it. */
function keepUser(me: Me): Me {
  updateSessionUser(me)
  return me
}

export async function fetchMe(): Promise<Me> {
  return keepUser(await callApi(API.me.get))
}

export async function updateMe(input: z.input<typeof API.me.update.body>): Promise<Me> {
  return keepUser(await callApi(API.me.update, { body: input }))
}

export async function giveConsent(policyVersion: string): Promise<Me> {
  return keepUser(await callApi(API.me.consent, { body: { policyVersion } }))
}

/** `{ wechatCode }` from the getPhoneNumber button (weapp) or a typed `{ phone }`. */
export async function updatePhone(input: PhoneUpdate): Promise<Me> {
  return keepUser(await callApi(API.me.phone, { body: input }))
}

/**
 * The export is a free-form JSON document of everything stored about the user; the shared contract does not
 * describe its inside, so only "a JSON object" is checked.
 */
export { myDataExportSchema, type MyDataExport }

export function exportMyData(): Promise<MyDataExport> {
  return callApi(API.me.export)
}

/** Deletes the account on the server, then forgets the session. */
export async function deleteMyAccount(): Promise<void> {
  await callApi(API.me.remove)
  clearSession()
}

/** The talent's profile, or null when none has been saved yet. */
export async function fetchTalentProfile(): Promise<TalentProfile | null> {
  try {
    return await callApi(API.me.talentProfile)
  } catch (error) {
    if (isApiRequestError(error) && error.code === 'PROFILE_NOT_FOUND') return null
    throw error
  }
}

export function saveTalentProfile(input: TalentProfileInput): Promise<TalentProfile> {
  return callApi(API.me.saveTalentProfile, { body: input })
}

/** A chosen file: a weapp temp path, or the File itself on H5. */
export interface PickedFile extends UploadFile {
  size: number
}

export function uploadCv(file: PickedFile): Promise<TalentProfile> {
  return uploadApi(API.me.uploadCv, { file })
}
