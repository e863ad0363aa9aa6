import { API, type Organization, type RegisterOrganization } from '@ihaigui/shared'
import { isApiRequestError } from '@/api/errors'
import { callApi } from '@/api/request'

export function registerOrganization(input: RegisterOrganization): Promise<Organization> {
  return callApi(API.organizations.register, { body: input })
}

/** The enterprise user's organisation, or null when none has been registered. */
export async function fetchMyOrganization(): Promise<Organization | null> {
  try {
    return await callApi(API.organizations.mine)
  } catch (error) {
    if (isApiRequestError(error) && error.code === 'ORGANIZATION_NOT_FOUND') return null
    throw error
  }
}
