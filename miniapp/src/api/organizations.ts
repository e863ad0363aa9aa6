import { organizationSchema, type Organization, type RegisterOrganization } from '@ihaigui/shared'
import { isApiRequestError } from './errors'
import { apiGet, apiRequest } from './request'

export function registerOrganization(input: RegisterOrganization): Promise<Organization> {
  return apiRequest({ path: '/organizations', method: 'POST', body: input, schema: organizationSchema })
}

/** The enterprise user's organisation, or null when none has been registered. */
export async function fetchMyOrganization(): Promise<Organization | null> {
  try {
    return await apiGet('/organizations/mine', organizationSchema)
  } catch (error) {
    if (isApiRequestError(error) && error.code === 'ORGANIZATION_NOT_FOUND') return null
    throw error
  }
}
