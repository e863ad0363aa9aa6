import {
  CLIENT_ERROR_MESSAGES,
  ERROR_MESSAGES,
  pickLabel,
  type ApiError,
  type Bilingual,
  type ErrorCode,
  type Locale
} from '@ihaigui/shared'

/** Failures produced on the client. INVALID_RESPONSE = the server answered with a shape the contract does not allow. */
export type ClientErrorCode = keyof typeof CLIENT_ERROR_MESSAGES | 'INVALID_RESPONSE'

/** Bilingual text of a known code, or undefined for a code this client version does not know. */
function knownMessage(code: string): Bilingual | undefined {
  if (Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, code)) return ERROR_MESSAGES[code as ErrorCode]
  if (code === 'INVALID_RESPONSE') return CLIENT_ERROR_MESSAGES.UNKNOWN_ERROR
  if (Object.prototype.hasOwnProperty.call(CLIENT_ERROR_MESSAGES, code)) {
    return CLIENT_ERROR_MESSAGES[code as keyof typeof CLIENT_ERROR_MESSAGES]
  }
  return undefined
}

export interface ApiRequestErrorInit {
  /** HTTP status; 0 when no response arrived. */
  status: number
  code: ErrorCode | ClientErrorCode | (string & {})
  /** The server's own message (already in the request's language), if any. */
  serverMessage?: string
  requestId?: string
  /** Per-field problems the server found (VALIDATION_FAILED), messages already in the request's language. */
  issues?: ApiError['issues']
  /** IMPORT_ROWS_INVALID: the server's per-row check of the refused file. */
  report?: ApiError['report']
  /** CONTENT_RISKY: what kind of content was refused, in the request's language. */
  reason?: string
  locale: Locale
}

/** Every failure of the request module: a server error response, a network failure or a contract violation. */
export class ApiRequestError extends Error {
  readonly isApiRequestError = true
  readonly status: number
  readonly code: string
  readonly requestId: string | undefined
  readonly serverMessage: string | undefined
  readonly issues: NonNullable<ApiError['issues']>
  readonly report: ApiError['report']
  readonly reason: string | undefined

  constructor(init: ApiRequestErrorInit) {
    super(localizeErrorCode(init.code, init.locale, init.serverMessage))
    // Transpiled subclasses of Error lose their prototype on some engines.
    Object.setPrototypeOf(this, ApiRequestError.prototype)
    this.name = 'ApiRequestError'
    this.status = init.status
    this.code = init.code
    this.requestId = init.requestId
    this.serverMessage = init.serverMessage
    this.issues = init.issues ?? []
    this.report = init.report
    this.reason = init.reason
  }

  /** 4xx answers will not change by asking again (except 408/429). */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500 && this.status !== 408 && this.status !== 429
  }
}

export function isApiRequestError(error: unknown): error is ApiRequestError {
  return (
    error instanceof ApiRequestError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { isApiRequestError?: unknown }).isApiRequestError === true)
  )
}

/** The message for a code in a locale: shared translation, else the server's message, else a generic one. */
export function localizeErrorCode(code: string, locale: Locale, serverMessage?: string): string {
  const known = knownMessage(code)
  if (known) return pickLabel(known, locale)
  if (serverMessage && serverMessage.trim()) return serverMessage
  return pickLabel(CLIENT_ERROR_MESSAGES.UNKNOWN_ERROR, locale)
}

/** What to tell the user about any thrown value, in the locale showing now (it may have changed since). */
export function describeError(error: unknown, locale: Locale): { message: string; requestId?: string } {
  if (isApiRequestError(error)) {
    return { message: localizeErrorCode(error.code, locale, error.serverMessage), requestId: error.requestId }
  }
  return { message: pickLabel(CLIENT_ERROR_MESSAGES.UNKNOWN_ERROR, locale) }
}
