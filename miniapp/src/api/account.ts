import {
  meSchema,
  myDataExportSchema,
  talentProfileSchema,
  type MyDataExport,
  type Me,
  type PhoneUpdate,
  type TalentProfile,
  type TalentProfileInput,
  type updateMeSchema
} from '@ihaigui/shared'
import type { z } from 'zod'
import { isApiRequestError } from './errors'
import { apiGet, apiRequest, apiRequestNoContent, apiUpload, type UploadFile } from './request'
import { clearSession, updateSessionUser } from './session'

/** Every answer that carries the user also refreshes the session's copy of it. */
function keepUser(me: Me): Me {
  updateSessionUser(me)
  return me
}

export async function fetchMe(): Promise<Me> {
  return keepUser(await apiGet('/me', meSchema))
}

export async function updateMe(input: z.input<typeof updateMeSchema>): Promise<Me> {
  return keepUser(await apiRequest({ path: '/me', method: 'PATCH', body: input, schema: meSchema }))
}

export async function giveConsent(policyVersion: string): Promise<Me> {
  return keepUser(await apiRequest({ path: '/me/consent', method: 'POST', body: { policyVersion }, schema: meSchema }))
}

/** `{ wechatCode }` from the getPhoneNumber button (weapp) or a typed `{ phone }`. */
export async function updatePhone(input: PhoneUpdate): Promise<Me> {
  return keepUser(await apiRequest({ path: '/me/phone', method: 'PUT', body: input, schema: meSchema }))
}

/**
 * The export is a free-form JSON document of everything stored about the user; the shared contract does not
 * describe its inside, so only "a JSON object" is checked.
 */
export { myDataExportSchema, type MyDataExport }

export function exportMyData(): Promise<MyDataExport> {
  return apiGet('/me/export', myDataExportSchema)
}

/** Deletes the account on the server, then forgets the session. */
export async function deleteMyAccount(): Promise<void> {
  await apiRequestNoContent({ path: '/me', method: 'DELETE' })
  clearSession()
}

/** The talent's profile, or null when none has been saved yet. */
export async function fetchTalentProfile(): Promise<TalentProfile | null> {
  try {
    return await apiGet('/me/talent-profile', talentProfileSchema)
  } catch (error) {
    if (isApiRequestError(error) && error.code === 'PROFILE_NOT_FOUND') return null
    throw error
  }
}

export function saveTalentProfile(input: TalentProfileInput): Promise<TalentProfile> {
  return apiRequest({ path: '/me/talent-profile', method: 'PUT', body: input, schema: talentProfileSchema })
}

/** A chosen file: a weapp temp path, or the File itself on H5. */
export interface PickedFile extends UploadFile {
  size: number
}

export function uploadCv(file: PickedFile): Promise<TalentProfile> {
  return apiUpload({ path: '/me/talent-profile/cv', file, field: 'file', schema: talentProfileSchema })
}
