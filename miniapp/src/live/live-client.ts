import {
  LIVE_CLOSE_UNAUTHORIZED,
  LIVE_PATH,
  liveServerFrameSchema,
  type LiveClientFrame,
  type LiveServerFrame
} from '@ihaigui/shared'

/**
 * The live socket of a signed-in app session, with no Taro or React in it so it can be tested on its own (the
 * socket, the token store and the timers are handed in).
 *
 * - One connection at a time, to `LIVE_PATH?token=<access token>`; a ping every PING_INTERVAL_MS keeps proxies from
 *   dropping it, and a connection that stays silent for two intervals is taken for dead.
 * - A lost connection is opened again after a delay that doubles each time (RECONNECT_MIN_MS … RECONNECT_MAX_MS) and
 *   varies by half at random, so a server restart is not met by every client in the same instant.
 * - Closed with LIVE_CLOSE_UNAUTHORIZED (or closed before `ready` with an expired token): the token is renewed first.
 * - Frames are checked against the shared schema; an unknown or malformed one is ignored.
 */
export const PING_INTERVAL_MS = 25_000
export const RECONNECT_MIN_MS = 1_000
export const RECONNECT_MAX_MS = 30_000

/** `idle`: signed out or stopped; `connecting`: opening (or waiting to reopen); `open`: ready and receiving. */
export type LiveState = 'idle' | 'connecting' | 'open'

/** What the client needs of a WebSocket (Taro's SocketTask, or the browser's WebSocket behind an adapter). */
export interface LiveSocket {
  send(data: string): void
  close(): void
  onOpen(handler: () => void): void
  onMessage(handler: (data: unknown) => void): void
  onClose(handler: (code: number) => void): void
  onError(handler: () => void): void
}

export interface LiveClientDeps {
  /** Origin the socket goes to: ws://host or wss://host. */
  origin(): string
  /** Opens a socket (rejects when the platform refuses). */
  open(url: string): Promise<LiveSocket>
  /** The current access token, or undefined when signed out. */
  accessToken(): string | undefined
  /** Renews the session after the server refused `rejected`; resolves with the new access token. */
  renewToken(rejected: string): Promise<string>
  now?: () => number
  random?: () => number
  setTimeout?: (fn: () => void, ms: number) => unknown
  clearTimeout?: (timer: unknown) => void
}

export type FrameListener = (frame: LiveServerFrame) => void
export type StateListener = (state: LiveState) => void

/** Seconds since the epoch at which a JWT expires, or undefined when it carries none (or is not a JWT). */
export function tokenExpiry(token: string): number | undefined {
  const payload = token.split('.')[1]
  if (!payload) return undefined
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/')
    const decoded =
      typeof atob === 'function'
        ? atob(base64)
        : (
            globalThis as unknown as { Buffer: { from(s: string, e: string): { toString(e: string): string } } }
          ).Buffer.from(base64, 'base64').toString('binary')
    const exp = (JSON.parse(decoded) as { exp?: unknown }).exp
    return typeof exp === 'number' ? exp : undefined
  } catch {
    return undefined
  }
}

/** The delay before reconnect attempt `attempt` (0 = first): doubling, capped, between half and all of it. */
export function reconnectDelay(attempt: number, random: () => number): number {
  const full = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** Math.min(attempt, 10))
  return Math.round(full / 2 + (full / 2) * random())
}

export function parseFrame(data: unknown): LiveServerFrame | undefined {
  if (typeof data !== 'string') return undefined
  let json: unknown
  try {
    json = JSON.parse(data)
  } catch {
    return undefined
  }
  const parsed = liveServerFrameSchema.safeParse(json)
  return parsed.success ? parsed.data : undefined
}

export class LiveClient {
  private state: LiveState = 'idle'
  private socket: LiveSocket | undefined
  /** Bumped on every new connection and on stop: callbacks of an older socket are ignored. */
  private generation = 0
  private attempt = 0
  private retryTimer: unknown
  private pingTimer: unknown
  private lastHeard = 0
  private readonly frameListeners = new Set<FrameListener>()
  private readonly stateListeners = new Set<StateListener>()
  private readonly now: () => number
  private readonly random: () => number
  private readonly setTimer: (fn: () => void, ms: number) => unknown
  private readonly clearTimer: (timer: unknown) => void

  constructor(private readonly deps: LiveClientDeps) {
    this.now = deps.now ?? Date.now
    this.random = deps.random ?? Math.random
    this.setTimer = deps.setTimeout ?? ((fn, ms) => setTimeout(fn, ms))
    this.clearTimer = deps.clearTimeout ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>))
  }

  getState(): LiveState {
    return this.state
  }

  onFrame(listener: FrameListener): () => void {
    this.frameListeners.add(listener)
    return () => {
      this.frameListeners.delete(listener)
    }
  }

  onState(listener: StateListener): () => void {
    this.stateListeners.add(listener)
    return () => {
      this.stateListeners.delete(listener)
    }
  }

  /** Connects when signed in and not connected (or connecting) already. */
  start(): void {
    if (this.state !== 'idle') return
    if (!this.deps.accessToken()) return
    this.attempt = 0
    this.setState('connecting')
    void this.connect()
  }

  /** Closes the connection and stays closed (sign-out). */
  stop(): void {
    this.generation += 1
    this.clearTimers()
    const socket = this.socket
    this.socket = undefined
    if (socket) socket.close()
    this.setState('idle')
  }

  /** Reconnects now (the app came back to the foreground, or the network returned), skipping any wait. */
  wake(): void {
    if (this.state === 'open' || !this.deps.accessToken()) return
    if (this.state === 'idle') return this.start()
    if (this.socket) return
    this.clearTimers()
    void this.connect()
  }

  private setState(state: LiveState): void {
    if (this.state === state) return
    this.state = state
    this.stateListeners.forEach((listener) => listener(state))
  }

  private clearTimers(): void {
    if (this.retryTimer !== undefined) this.clearTimer(this.retryTimer)
    if (this.pingTimer !== undefined) this.clearTimer(this.pingTimer)
    this.retryTimer = undefined
    this.pingTimer = undefined
  }

  private async connect(renewFirst = false): Promise<void> {
    const generation = ++this.generation
    let token = this.deps.accessToken()
    if (!token) return this.stop()
    const exp = tokenExpiry(token)
    if (renewFirst || (exp !== undefined && exp * 1000 <= this.now() + 5_000)) {
      try {
        token = await this.deps.renewToken(token)
      } catch {
        // Refused (the session is over: the app signs out, which stops this) or offline: try again later.
        if (generation === this.generation) this.scheduleRetry()
        return
      }
      if (generation !== this.generation) return
    }
    let socket: LiveSocket
    try {
      socket = await this.deps.open(`${this.deps.origin()}${LIVE_PATH}?token=${encodeURIComponent(token)}`)
    } catch {
      if (generation === this.generation) this.scheduleRetry()
      return
    }
    if (generation !== this.generation) {
      socket.close()
      return
    }
    this.socket = socket
    let ready = false
    socket.onOpen(() => {
      if (generation !== this.generation) return
      this.lastHeard = this.now()
      this.schedulePing(generation)
    })
    socket.onMessage((data) => {
      if (generation !== this.generation) return
      this.lastHeard = this.now()
      const frame = parseFrame(data)
      if (!frame) return
      if (frame.type === 'ready') {
        ready = true
        this.attempt = 0
        this.setState('open')
      }
      this.frameListeners.forEach((listener) => listener(frame))
    })
    const lost = (code: number) => {
      if (generation !== this.generation) return
      this.generation += 1
      this.socket = undefined
      this.clearTimers()
      this.setState('connecting')
      // Refused for its token: renew at once. A close before `ready` with a token now expired counts the same
      // (H5's socket wrapper does not pass the close code on).
      const current = this.deps.accessToken()
      const expired = !ready && current !== undefined && (tokenExpiry(current) ?? Infinity) * 1000 <= this.now()
      if (code === LIVE_CLOSE_UNAUTHORIZED || expired) {
        void this.connect(true)
        return
      }
      this.scheduleRetry()
    }
    socket.onClose((code) => lost(code))
    socket.onError(() => {
      if (generation !== this.generation) return
      socket.close()
      lost(1006)
    })
  }

  private scheduleRetry(): void {
    this.setState('connecting')
    const delay = reconnectDelay(this.attempt, this.random)
    this.attempt += 1
    this.retryTimer = this.setTimer(() => {
      this.retryTimer = undefined
      void this.connect()
    }, delay)
  }

  private schedulePing(generation: number): void {
    this.pingTimer = this.setTimer(() => {
      if (generation !== this.generation || !this.socket) return
      if (this.now() - this.lastHeard > 2 * PING_INTERVAL_MS + 5_000) {
        // Nothing heard (not even a pong) for two rounds: the connection is dead without having said so.
        const socket = this.socket
        this.generation += 1
        this.socket = undefined
        this.clearTimers()
        socket.close()
        this.scheduleRetry()
        return
      }
      const ping: LiveClientFrame = { type: 'ping' }
      try {
        this.socket.send(JSON.stringify(ping))
      } catch {
        // A failed send shows as a close soon enough.
      }
      this.schedulePing(generation)
    }, PING_INTERVAL_MS)
  }
}
