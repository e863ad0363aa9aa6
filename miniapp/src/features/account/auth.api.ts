import {
  API,
  type AuthTokens,
  type DevPersona,
  type Me,
  type PasswordLogin,
  type PrivacyPolicy,
  type RegisterAccount
} from '@ihaigui/shared'
import { callApi } from '@/api/request'
import { clearSession, getSession, setSession } from '@/api/session'

/** Keeps the tokens of a successful sign-in and hands back the user. */
function startSession(tokens: AuthTokens): Me {
  setSession(tokens)
  return tokens.user
}

export async function loginWithPassword(input: PasswordLogin): Promise<Me> {
  return startSession(await callApi(API.auth.login, { body: input }))
}

/** weapp: `code` from Taro.login(). */
export async function loginWithWechat(code: string): Promise<Me> {
  return startSession(await callApi(API.auth.wechat, { body: { code } }))
}

/** Demo accounts; the server refuses with DEV_LOGIN_DISABLED in production. */
export async function loginAsPersona(persona: DevPersona): Promise<Me> {
  return startSession(await callApi(API.auth.devLogin, { body: { persona } }))
}

export async function registerAccount(input: RegisterAccount): Promise<Me> {
  return startSession(await callApi(API.auth.register, { body: input }))
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
    await callApi(API.auth.logout, { body: { refreshToken: session.refreshToken } }, { bearer: session.accessToken })
  } catch {
    // Offline or refused: nothing more to do here.
  }
}

export function fetchPrivacyPolicy(): Promise<PrivacyPolicy> {
  return callApi(API.auth.privacyPolicy)
}
