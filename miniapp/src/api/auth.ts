import {
  authTokensSchema,
  privacyPolicySchema,
  type AuthTokens,
  type DevPersona,
  type Me,
  type PasswordLogin,
  type PrivacyPolicy,
  type RegisterAccount
} from '@ihaigui/shared'
import { apiGetPublic, apiRequest, apiRequestNoContent } from './request'
import { clearSession, getSession, setSession } from './session'

/** Keeps the tokens of a successful sign-in and hands back the user. */
function startSession(tokens: AuthTokens): Me {
  setSession(tokens)
  return tokens.user
}

export async function loginWithPassword(input: PasswordLogin): Promise<Me> {
  return startSession(await apiRequest({ path: '/auth/login', method: 'POST', body: input, schema: authTokensSchema, auth: false }))
}

/** weapp: `code` from Taro.login(). */
export async function loginWithWechat(code: string): Promise<Me> {
  return startSession(await apiRequest({ path: '/auth/wechat', method: 'POST', body: { code }, schema: authTokensSchema, auth: false }))
}

/** Demo accounts; the server refuses with DEV_LOGIN_DISABLED in production. */
export async function loginAsPersona(persona: DevPersona): Promise<Me> {
  return startSession(
    await apiRequest({ path: '/auth/dev-login', method: 'POST', body: { persona }, schema: authTokensSchema, auth: false })
  )
}

export async function registerAccount(input: RegisterAccount): Promise<Me> {
  return startSession(await apiRequest({ path: '/auth/register', method: 'POST', body: input, schema: authTokensSchema, auth: false }))
}

/**
 * Signs out here whatever the server says: the refresh token is revoked when the server can be reached, and the
 * local session is forgotten in any case.
 */
export async function logout(): Promise<void> {
  const session = getSession()
  if (!session) return
  try {
    await apiRequestNoContent({ path: '/auth/logout', method: 'POST', body: { refreshToken: session.refreshToken } })
  } catch {
    // Offline or already expired: the tokens die with their expiry.
  } finally {
    clearSession()
  }
}

export function fetchPrivacyPolicy(): Promise<PrivacyPolicy> {
  return apiGetPublic('/privacy-policy', privacyPolicySchema)
}
