import Taro from '@tarojs/taro'
import { authTokensSchema, type AuthTokens, type Me } from '@ihaigui/shared'

/**
 * The signed-in session: the tokens of the last sign-in or refresh, and the user they belong to (kept so the Me
 * page can show a name at once; /me refreshes it). Lives outside React, like the locale store, so the request
 * module reads the same value the UI shows; React subscribes through useSession().
 */
export type Session = AuthTokens

/** Storage key of the persisted session (Taro storage: wx storage on weapp, localStorage on H5). */
export const SESSION_STORAGE_KEY = 'session'

function readStoredSession(): Session | null {
  try {
    const parsed = authTokensSchema.safeParse(Taro.getStorageSync(SESSION_STORAGE_KEY))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

function writeStoredSession(session: Session | null): void {
  try {
    if (session) Taro.setStorageSync(SESSION_STORAGE_KEY, session)
    else if (typeof Taro.removeStorageSync === 'function') Taro.removeStorageSync(SESSION_STORAGE_KEY)
    else Taro.setStorageSync(SESSION_STORAGE_KEY, '')
  } catch {
    // Storage full or unavailable: the session still holds in memory until the app closes.
  }
}

let current: Session | null | undefined
const listeners = new Set<() => void>()

function notify(): void {
  listeners.forEach((listener) => listener())
}

/** The session, or null when signed out. The same object until something changes (a useSyncExternalStore snapshot). */
export function getSession(): Session | null {
  if (current === undefined) current = readStoredSession()
  return current
}

export function getAccessToken(): string | undefined {
  return getSession()?.accessToken
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** After a sign-in or a refresh: keeps the new tokens (a refresh token works once, so the old pair is gone). */
export function setSession(tokens: AuthTokens): void {
  current = tokens
  writeStoredSession(tokens)
  notify()
}

/** Keeps the user record fresh (from /me, PATCH /me, consent…) without touching the tokens. */
export function updateSessionUser(user: Me): void {
  const session = getSession()
  if (!session || session.user.id !== user.id) return
  current = { ...session, user }
  writeStoredSession(current)
  notify()
}

/** Signed out (logout, deleted account, refused refresh). */
export function clearSession(): void {
  if (getSession() === null) return
  current = null
  writeStoredSession(null)
  notify()
}

/**
 * Re-reads the stored session: on H5 another browser tab may have refreshed (and so rotated) the tokens since this
 * one loaded them. Adopts the stored value when it differs.
 */
export function reloadSession(): Session | null {
  const stored = readStoredSession()
  const mine = getSession()
  if (stored?.accessToken !== mine?.accessToken) {
    current = stored
    notify()
  }
  return current ?? null
}

type ExpiredHandler = () => void
let expiredHandler: ExpiredHandler | undefined

/** What to do when the server refuses the session for good: the app sends the user to the login page. */
export function onSessionExpired(handler: ExpiredHandler): () => void {
  expiredHandler = handler
  return () => {
    if (expiredHandler === handler) expiredHandler = undefined
  }
}

/**
 * The refresh token was refused: forget the session and tell the app once (however many requests were waiting
 * on that refresh).
 */
export function expireSession(): void {
  if (getSession() === null) return
  clearSession()
  expiredHandler?.()
}
