/**
 * Minimal AbortController for the mini-program JS engine, which has none. Injected by webpack's ProvidePlugin
 * (config/index.ts, weapp only) wherever a module refers to the global `AbortController`.
 * Covers what TanStack Query uses: `signal.aborted`, `signal.reason`, `addEventListener('abort')`, `abort()`.
 */
type AbortListener = (event: { type: 'abort' }) => void

class AbortSignalPolyfill {
  aborted = false
  reason: unknown = undefined
  onabort: AbortListener | null = null
  private listeners: AbortListener[] = []

  addEventListener(type: string, listener: AbortListener): void {
    if (type === 'abort') this.listeners.push(listener)
  }

  removeEventListener(type: string, listener: AbortListener): void {
    if (type === 'abort') this.listeners = this.listeners.filter((l) => l !== listener)
  }

  throwIfAborted(): void {
    if (this.aborted) throw this.reason
  }

  /** @internal */
  dispatchAbort(reason: unknown): void {
    if (this.aborted) return
    this.aborted = true
    this.reason = reason
    const event = { type: 'abort' as const }
    this.onabort?.(event)
    const listeners = this.listeners
    this.listeners = []
    listeners.forEach((l) => l(event))
  }
}

export class AbortControllerPolyfill {
  readonly signal = new AbortSignalPolyfill()

  abort(reason?: unknown): void {
    const error = reason ?? Object.assign(new Error('This operation was aborted'), { name: 'AbortError' })
    this.signal.dispatchAbort(error)
  }
}
