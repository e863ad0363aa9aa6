import { useCallback, useState } from 'react'
import type { FieldErrors } from './validation'

/**
 * Text values of a form and their field errors. Changing a field clears its error (the user is fixing it).
 */
export function useForm<V extends Record<string, string>>(initial: V | (() => V)) {
  const [values, setValues] = useState<V>(initial)
  const [errors, setErrors] = useState<FieldErrors<keyof V & string>>({})

  const setField = useCallback(<K extends keyof V & string>(field: K, value: V[K]) => {
    setValues((prev) => ({ ...prev, [field]: value }))
    setErrors((prev) => (prev[field] ? { ...prev, [field]: undefined } : prev))
  }, [])

  /** An onChange handler for one field (the `onChange` of `field`). */
  const bind = useCallback(
    <K extends keyof V & string>(field: K) =>
      (value: V[K]) =>
        setField(field, value),
    [setField]
  )

  /** The props a form field component takes for one field: its name, value, change handler and error. */
  const field = <K extends keyof V & string>(name: K) => ({
    name,
    value: values[name],
    onChange: bind(name),
    error: errors[name]
  })

  return { values, setValues, setField, field, errors, setErrors }
}
