import Taro from '@tarojs/taro'
import { useEffect, useRef, useSyncExternalStore } from 'react'
import type { LiveServerFrame } from '@ihaigui/shared'
import { API_ORIGIN } from '@/api/config'
import { renewAccessToken } from '@/api/request'
import { getAccessToken, getSession, subscribeSession } from '@/api/session'
import { LiveClient, type LiveSocket, type LiveState } from './live-client'

/** Where the socket goes: the API's origin with ws(s), or on H5 with the same-origin API the page's own host. */
function socketOrigin(): string {
  if (API_ORIGIN) return API_ORIGIN.replace(/^http/, 'ws')
  const { protocol, host } = window.location
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}`
}

/** H5: the browser's WebSocket (Taro's H5 wrapper reports every close as 1006, losing the server's close code). */
function openBrowserSocket(url: string): Promise<LiveSocket> {
  const ws = new WebSocket(url)
  return Promise.resolve({
    send: (data) => ws.send(data),
    close: () => ws.close(),
    onOpen: (handler) => ws.addEventListener('open', () => handler()),
    onMessage: (handler) => ws.addEventListener('message', (event) => handler(event.data)),
    onClose: (handler) => ws.addEventListener('close', (event) => handler(event.code)),
    onError: (handler) => ws.addEventListener('error', () => handler())
  })
}

/** weapp: Taro.connectSocket (wx.connectSocket). */
async function openTaroSocket(url: string): Promise<LiveSocket> {
  const task = await Taro.connectSocket({ url })
  return {
    send: (data) => void task.send({ data }),
    close: () => void task.close({}),
    onOpen: (handler) => task.onOpen(() => handler()),
    onMessage: (handler) => task.onMessage((event) => handler(event.data)),
    onClose: (handler) => task.onClose((event) => handler(event.code)),
    onError: (handler) => task.onError(() => handler())
  }
}

/** The app's one live connection. */
export const live = new LiveClient({
  origin: socketOrigin,
  open: (url) => (process.env.TARO_ENV === 'h5' ? openBrowserSocket(url) : openTaroSocket(url)),
  accessToken: getAccessToken,
  renewToken: renewAccessToken
})

let installed = false

/**
 * Opens the socket while someone is signed in and closes it on sign-out (or when another user signs in, reopens it
 * with their token); when the app comes back to the foreground or the network returns, reconnects without waiting.
 */
export function installLive(): void {
  if (installed) return
  installed = true
  let userId = getSession()?.user.id
  if (userId !== undefined) live.start()
  subscribeSession(() => {
    const next = getSession()?.user.id
    if (next === userId) return
    userId = next
    live.stop()
    if (next !== undefined) live.start()
  })
  Taro.onAppShow?.(() => live.wake())
  Taro.onNetworkStatusChange?.((status) => {
    if (status.isConnected) live.wake()
  })
  if (process.env.TARO_ENV === 'h5') {
    window.addEventListener('online', () => live.wake())
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') live.wake()
    })
  }
}

const getState = () => live.getState()
const subscribeState = (listener: () => void) => live.onState(listener)

/** The live connection's state, re-rendering when it changes. */
export function useLiveState(): LiveState {
  return useSyncExternalStore(subscribeState, getState, getState)
}

type FrameOf<T extends LiveServerFrame['type']> = Extract<LiveServerFrame, { type: T }>

/** Calls `handler` with every frame of `type` while the component is mounted (the latest handler, no resubscribe). */
export function useLiveFrames<T extends LiveServerFrame['type']>(type: T, handler: (frame: FrameOf<T>) => void): void {
  const ref = useRef(handler)
  ref.current = handler
  useEffect(
    () =>
      live.onFrame((frame) => {
        if (frame.type === type) ref.current(frame as FrameOf<T>)
      }),
    [type]
  )
}

/** Calls `handler` each time the connection becomes ready again after having been lost (time to catch up). */
export function useLiveReconnected(handler: () => void): void {
  const ref = useRef(handler)
  ref.current = handler
  useEffect(() => {
    let previous = live.getState()
    return live.onState((state) => {
      if (state === 'open' && previous !== 'open') ref.current()
      previous = state
    })
  }, [])
}

/** How often a screen without a live connection asks for what is new. */
export const POLL_INTERVAL_MS = 4_000
/** How long the connection may be away before polling starts (a quick reconnect needs none). */
export const POLL_AFTER_MS = 3_000

/**
 * The fallback when the socket is unavailable: while the connection is not open (after a short grace), calls `poll`
 * every POLL_INTERVAL_MS. `enabled` false turns it off (signed out, nothing loaded yet).
 */
export function usePollWhileOffline(poll: () => void, enabled = true, intervalMs = POLL_INTERVAL_MS): void {
  const state = useLiveState()
  const ref = useRef(poll)
  ref.current = poll
  useEffect(() => {
    if (!enabled || state === 'open') return
    let timer: ReturnType<typeof setTimeout>
    const tick = () => {
      ref.current()
      timer = setTimeout(tick, intervalMs)
    }
    timer = setTimeout(tick, POLL_AFTER_MS)
    return () => clearTimeout(timer)
  }, [enabled, state, intervalMs])
}
