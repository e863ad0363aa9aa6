/**
 * One submission at a time: the part of useSubmit that does not need React. `run` starts the work unless one is in
 * flight (a second tap then does nothing), reports which one is pending, and hands a failure to `onFailure` before the
 * pending state clears (so a page never shows "not pending" without its failure).
 */
export interface SubmitGate<K> {
  /** The key of the work in flight, undefined when idle. */
  readonly pending: K | undefined
  /**
   * Calls `work` now. A work that returns no promise (its check failed before anything was sent) leaves the gate idle.
   * Resolves once the work has settled; false when it did not start (busy, or nothing sent) or failed.
   */
  run(key: K, work: () => Promise<unknown> | void, onFailure: (error: unknown) => void): Promise<boolean>
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | undefined)?.then === 'function'
}

export function createSubmitGate<K>(onPendingChange: (key: K | undefined) => void): SubmitGate<K> {
  let inFlight: { key: K } | undefined
  return {
    get pending() {
      return inFlight?.key
    },
    async run(key, work, onFailure) {
      if (inFlight) return false
      let started: Promise<unknown> | void
      try {
        started = work()
      } catch (error) {
        onFailure(error)
        return false
      }
      if (!isThenable(started)) return false
      inFlight = { key }
      onPendingChange(key)
      try {
        await started
        return true
      } catch (error) {
        onFailure(error)
        return false
      } finally {
        inFlight = undefined
        onPendingChange(undefined)
      }
    }
  }
}
