import type { z } from 'zod'
import { isApiRequestError } from '@/api/errors'
import type { MessageKey, MessageParams } from '@/i18n/messages'

/**
 * A problem with one field: a dictionary message (rendered in whatever language shows when it is displayed) or a
 * text the server already wrote in the request's language.
 */
export type FieldError = { key: MessageKey; params?: MessageParams } | { text: string }
export type FieldErrors<F extends string> = Partial<Record<F, FieldError>>

export type ValidationResult<S extends z.ZodType, F extends string> =
  { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors<F> }

export interface ValidateOptions<F extends string> {
  /** Message for a field whose format or custom rule failed (the shared schemas' own messages are English only). */
  formats?: Partial<Record<F, MessageKey>>
  /** Fields left empty: any failure of theirs reads "required" ("please choose" for a choice). */
  empty?: readonly F[]
  /** Fields filled by picking from a list. */
  choices?: readonly F[]
}

function issueError(
  issue: z.core.$ZodIssue,
  empty: boolean,
  choice: boolean,
  format: MessageKey | undefined
): FieldError {
  if (empty) return { key: choice ? 'form.choose' : 'form.required' }
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum)
      if (issue.origin === 'string')
        return min <= 1
          ? { key: 'form.required' }
          : format
            ? { key: format }
            : { key: 'form.tooShort', params: { min } }
      if (issue.origin === 'number') return { key: 'form.tooSmall', params: { min } }
      return { key: 'form.required' }
    }
    case 'too_big': {
      const max = Number(issue.maximum)
      if (issue.origin === 'string') return { key: 'form.tooLong', params: { max } }
      if (issue.origin === 'number') return { key: 'form.tooBig', params: { max } }
      return { key: 'form.invalid' }
    }
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return { key: 'form.notNumber' }
      return { key: 'form.required' }
    case 'invalid_value':
      return { key: 'form.choose' }
    default:
      return { key: format ?? 'form.invalid' }
  }
}

/** Checks form input against a shared schema and turns the first issue of each field into a message. */
export function validateForm<S extends z.ZodType, F extends string>(
  schema: S,
  input: unknown,
  options: ValidateOptions<F> = {}
): ValidationResult<S, F> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return { ok: true, data: parsed.data }
  const errors: FieldErrors<F> = {}
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '') as F
    if (!field || errors[field]) continue
    errors[field] = issueError(
      issue,
      options.empty?.includes(field) ?? false,
      options.choices?.includes(field) ?? false,
      options.formats?.[field]
    )
  }
  return { ok: false, errors }
}

/**
 * Field errors from a failed submission: the server's per-field issues (VALIDATION_FAILED) and error codes that
 * belong to one field (USERNAME_TAKEN → username). Empty when the error is not about fields.
 */
export function serverFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  codeFields: Partial<Record<string, F>> = {}
): FieldErrors<F> {
  if (!isApiRequestError(error)) return {}
  const errors: FieldErrors<F> = {}
  const byCode = codeFields[error.code]
  if (byCode) errors[byCode] = { text: error.message }
  for (const issue of error.issues) {
    const field = issue.path.split('.')[0] as F
    if (fields.includes(field) && !errors[field]) errors[field] = { text: issue.message }
  }
  return errors
}

/** Fields of a values object whose text is blank. */
export function blankFields<F extends string>(values: Record<F, string>): F[] {
  return (Object.keys(values) as F[]).filter((field) => values[field].trim() === '')
}
