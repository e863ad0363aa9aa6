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
 * Signs out here at once, whatever the server says; then asks the server to revoke the refresh token (with the
 * access token as it is: an expired one is not worth a refresh, the tokens then die with their expiry).
 */
export async function logout(): Promise<void> {
  const session = getSession()
  if (!session) return
  clearSession()
  try {
    await apiRequestNoContent({
      path: '/auth/logout',
      method: 'POST',
      body: { refreshToken: session.refreshToken },
      bearer: session.accessToken
    })
  } catch {
    // Offline or refused: nothing more to do here.
  }
}

export function fetchPrivacyPolicy(): Promise<PrivacyPolicy> {
  return apiGetPublic('/privacy-policy', privacyPolicySchema)
}
