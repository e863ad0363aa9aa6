/**
 * Single-flight token refresh, with no Taro or React in it so it can be tested on its own.
 *
 * Refresh tokens rotate: each one works exactly once. When several requests fail with 401 at the same moment they
 * must not each spend the refresh token (the second attempt would be refused and sign the user out), so they all
 * wait on one shared refresh and then retry with its access token.
 */

export interface SessionTokens {
  accessToken: string
  refreshToken: string
}

export interface SessionRefresherDeps<T extends SessionTokens> {
  /** The session as it stands now (re-read from storage: another tab may have refreshed it), or null. */
  readSession(): T | null
  /** POST /auth/refresh; resolves with the new session. */
  refresh(refreshToken: string): Promise<T>
  /** Keeps the refreshed session. */
  saveSession(session: T): void
  /** True when the server refused the refresh token for good (as opposed to a network failure). */
  isRefusal(error: unknown): boolean
  /** The session is over: forget it and send the user to sign in. Called once per refused refresh. */
  expireSession(): void
  /** The error a waiting request fails with when there is no session left to refresh. */
  noSessionError(): Error
}

/**
 * Returns `renewAccessToken(rejectedToken)`: the access token to retry a request with after the server answered 401
 * to `rejectedToken`.
 * - Someone already refreshed since that token was sent: resolves at once with the current token.
 * - A refresh is under way: resolves with its result (no second refresh).
 * - Otherwise starts one refresh, shared by every caller until it settles.
 * A refused refresh expires the session (once) and rejects every waiting caller; a network failure rejects them
 * but keeps the session, so the next request can try again.
 */
export function createSessionRefresher<T extends SessionTokens>(deps: SessionRefresherDeps<T>) {
  let inFlight: Promise<string> | null = null

  return function renewAccessToken(rejectedToken: string): Promise<string> {
    if (inFlight) return inFlight
    const session = deps.readSession()
    if (!session) return Promise.reject(deps.noSessionError())
    if (session.accessToken !== rejectedToken) return Promise.resolve(session.accessToken)

    const spent = session.refreshToken
    inFlight = deps
      .refresh(spent)
      .then(
        (next) => {
          // Signed out, or signed in as someone else, while the refresh was on its way: keep what is there now.
          const now = deps.readSession()
          if (!now) throw deps.noSessionError()
          if (now.refreshToken !== spent) return now.accessToken
          deps.saveSession(next)
          return next.accessToken
        },
        (error: unknown) => {
          if (deps.isRefusal(error)) {
            const now = deps.readSession()
            // Only end the session that was refused, not one started meanwhile.
            if (now && now.refreshToken === spent) deps.expireSession()
          }
          throw error
        }
      )
      .finally(() => {
        inFlight = null
      })
    return inFlight
  }
}
