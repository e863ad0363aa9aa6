import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { describeError, isApiRequestError } from '@/api/errors'
import { useI18n } from '@/i18n'
import { goToLogin } from '@/navigation'
import { createSubmitGate, type SubmitGate } from './submit-gate'
import { serverFieldErrors, type FieldErrors } from './validation'

export interface SubmitOptions<A extends unknown[], K, F extends string> {
  /** Which of the page's buttons a call belongs to (login: password, wechat, a persona); shown as `pendingKey`. */
  key?: (...args: A) => K
  /** The form whose fields take the server's field errors (see serverFieldErrors); they replace its errors. */
  form?: { setErrors: (errors: FieldErrors<F>) => void }
  /** The form's fields the server may name (per key when only some calls are about them). */
  fields?: readonly F[] | ((key: K) => readonly F[])
  /** Error codes that belong to one field (USERNAME_TAKEN → username). */
  codeFields?: Partial<Record<string, F>>
  /** A 401 (signed out meanwhile) goes to the login page instead of showing a failure. */
  signInOn401?: boolean
  /** Page-specific handling of a failure, before field errors; return true when nothing more should show it. */
  onError?: (error: unknown, key: K) => boolean | void
  /** Show a failure as a toast instead of keeping it for the page (download buttons). */
  failureToast?: boolean
}

export interface Submission<A extends unknown[], K> {
  /**
   * Runs the work unless a submission is in flight. The work checks its input first and returns nothing when it
   * sends nothing (the form shows why); otherwise it returns the promise of sending and of the success step.
   */
  submit: (...args: A) => Promise<void>
  pending: boolean
  /** The key of the call in flight. */
  pendingKey: K | undefined
  /** The last failure kept for the page's error view (cleared when the next submission starts). */
  failure: unknown
  /** The key of the call that failed. */
  failedKey: K | undefined
  clearFailure: () => void
}

/**
 * The one way a page submits: validate → mutate → success step, with one in-flight guard, a pending state taken from
 * the work in flight, server field errors mapped onto the form, a 401 sent to login where asked, and any other failure
 * kept for the page (or shown as a toast).
 */
export function useSubmit<A extends unknown[], K = true, F extends string = never>(
  work: (...args: A) => Promise<unknown> | void,
  options: SubmitOptions<A, K, F> = {}
): Submission<A, K> {
  const { locale } = useI18n()
  const [pendingKey, setPendingKey] = useState<K | undefined>(undefined)
  const [failed, setFailed] = useState<{ error: unknown; key: K } | null>(null)
  const gate = useRef<SubmitGate<K> | null>(null)
  if (!gate.current) gate.current = createSubmitGate<K>(setPendingKey)
  const current = gate.current

  const fail = (error: unknown, key: K) => {
    if (options.signInOn401 && isApiRequestError(error) && error.status === 401) {
      void goToLogin()
      return
    }
    if (options.onError?.(error, key) === true) return
    if (options.failureToast) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
      return
    }
    if (options.form) {
      const fields = typeof options.fields === 'function' ? options.fields(key) : (options.fields ?? [])
      const fieldErrors = serverFieldErrors(error, fields, options.codeFields)
      options.form.setErrors(fieldErrors)
      if (Object.keys(fieldErrors).length > 0) return
    }
    setFailed({ error, key })
  }

  const submit = async (...args: A) => {
    const key = options.key ? options.key(...args) : (true as K)
    await current.run(
      key,
      () => {
        const started = work(...args)
        if (started) setFailed(null)
        return started
      },
      (error) => fail(error, key)
    )
  }

  return {
    submit,
    pending: pendingKey !== undefined,
    pendingKey,
    failure: failed?.error ?? null,
    failedKey: failed?.key,
    clearFailure: () => setFailed(null)
  }
}
