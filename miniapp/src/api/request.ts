import Taro from '@tarojs/taro'
import {
  API,
  apiErrorSchema,
  fillPath,
  type AuthTokens,
  type Locale,
  type Route,
  type RouteInput,
  type RouteOutput
} from '@ihaigui/shared'
import type { z } from 'zod'
import { getLocale } from '@/i18n/store'
import { API_ORIGIN, API_PREFIX, REQUEST_TIMEOUT_MS, UPLOAD_TIMEOUT_MS } from './config'
import { ApiRequestError, isApiRequestError } from './errors'
import { expireSession, getAccessToken, reloadSession, setSession } from './session'
import { createSessionRefresher } from './session-refresh'

export type QueryParams = Record<string, string | number | boolean | null | undefined>

interface ApiRequestOptions<S extends z.ZodType> {
  /** Path below /api/v1, e.g. '/announcements'. */
  path: string
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: QueryParams
  body?: unknown
  /** Shared zod schema the 2xx body must satisfy. */
  schema: S
  /**
   * Send the signed-in user's access token (the default; a 401 then refreshes the session once and retries).
   * false for public endpoints: no token is sent, and a 401 never touches the session.
   */
  auth?: boolean
  /** Send this access token as it is, with no refresh on 401 (signing out a session already dropped here). */
  bearer?: string
  /** Extra request headers (e.g. Idempotency-Key). */
  headers?: Record<string, string>
}

/** What came back, before any interpretation. */
interface RawResponse {
  statusCode: number
  data: unknown
  header: Record<string, unknown> | undefined
}

function buildUrl(path: string, query?: QueryParams): string {
  const qs = Object.entries(query ?? {})
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined && entry[1] !== null)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&')
  return `${API_ORIGIN}${API_PREFIX}${path}${qs ? `?${qs}` : ''}`
}

function headerValue(header: Record<string, unknown> | undefined, name: string): string | undefined {
  if (!header) return undefined
  const key = Object.keys(header).find((k) => k.toLowerCase() === name)
  const value = key ? header[key] : undefined
  return typeof value === 'string' ? value : undefined
}

/** weapp hands back the raw text when a body is not JSON; try once more before giving up. */
function asJson(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return data
  }
}

function errorFromResponse(status: number, data: unknown, header: Record<string, unknown> | undefined, locale: Locale) {
  const body = apiErrorSchema.safeParse(data)
  if (body.success) {
    return new ApiRequestError({
      status,
      code: body.data.code,
      serverMessage: body.data.message,
      requestId: body.data.requestId,
      issues: body.data.issues,
      report: body.data.report,
      reason: body.data.reason,
      locale
    })
  }
  // Not our error shape (a proxy's 502 page, say): classify by status.
  const code =
    status >= 500
      ? status === 503
        ? 'SERVICE_UNAVAILABLE'
        : 'INTERNAL_ERROR'
      : status === 404
        ? 'ROUTE_NOT_FOUND'
        : 'BAD_REQUEST'
  return new ApiRequestError({ status, code, requestId: headerValue(header, 'x-request-id'), locale })
}

function baseHeader(locale: Locale, token: string | undefined): Record<string, string> {
  return {
    Accept: 'application/json',
    'Accept-Language': locale,
    ...(token ? { Authorization: `Bearer ${token}` } : {})
  }
}

async function sendJson(
  options: Pick<ApiRequestOptions<z.ZodType>, 'path' | 'method' | 'query' | 'body' | 'headers'>,
  token: string | undefined,
  locale: Locale
): Promise<RawResponse> {
  try {
    const response = await Taro.request({
      url: buildUrl(options.path, options.query),
      method: options.method ?? 'GET',
      data: options.body as Record<string, unknown> | undefined,
      header: {
        ...baseHeader(locale, token),
        ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...options.headers
      },
      dataType: 'json',
      timeout: REQUEST_TIMEOUT_MS
    })
    return {
      statusCode: response.statusCode,
      data: asJson(response.data),
      header: response.header as RawResponse['header']
    }
  } catch {
    throw new ApiRequestError({ status: 0, code: 'NETWORK_ERROR', locale })
  }
}

/** POST /auth/refresh: a public call (the refresh token is the credential). */
function refreshTokens(refreshToken: string): Promise<AuthTokens> {
  return callApi(API.auth.refresh, { body: { refreshToken } })
}

/**
 * Shared by every request of the app (and the live socket, refused for its token): concurrent 401s wait on one
 * refresh (see session-refresh.ts).
 */
export const renewAccessToken = createSessionRefresher({
  readSession: reloadSession,
  refresh: refreshTokens,
  saveSession: setSession,
  isRefusal: (error) => isApiRequestError(error) && error.isClientError,
  expireSession,
  noSessionError: () => new ApiRequestError({ status: 401, code: 'UNAUTHENTICATED', locale: getLocale() })
})

/**
 * Sends with the current access token (when `auth`), and after a 401 to that token refreshes the session once and
 * sends again with the new one. A refused refresh rejects with its error (AUTH_REFRESH_INVALID) after the session
 * has been ended; a second 401 is returned as it is.
 */
async function sendWithSession(
  auth: boolean,
  send: (token: string | undefined) => Promise<RawResponse>
): Promise<RawResponse> {
  const token = auth ? getAccessToken() : undefined
  const response = await send(token)
  if (response.statusCode !== 401 || !token) return response
  return send(await renewAccessToken(token))
}

/** Throws the ApiRequestError of a non-2xx answer. */
function assertOk(response: RawResponse, locale: Locale): void {
  if (response.statusCode < 200 || response.statusCode >= 300) {
    throw errorFromResponse(response.statusCode, response.data, response.header, locale)
  }
}

function parseBody<S extends z.ZodType>(response: RawResponse, schema: S, path: string, locale: Locale): z.output<S> {
  const parsed = schema.safeParse(response.data)
  if (!parsed.success) {
    // A contract break between this build and the server: report it, do not render half-valid data.
    console.error(`[api] ${path}: response does not match the shared schema`, parsed.error.issues)
    throw new ApiRequestError({
      status: response.statusCode,
      code: 'INVALID_RESPONSE',
      requestId: headerValue(response.header, 'x-request-id'),
      locale
    })
  }
  return parsed.data
}

/**
 * The one way the app talks to the API: JSON over Taro.request with the UI language in Accept-Language and the
 * session's bearer token. Resolves with the schema-checked body of a 2xx answer; otherwise rejects with an
 * ApiRequestError.
 */
async function apiRequest<S extends z.ZodType>(options: ApiRequestOptions<S>): Promise<z.output<S>> {
  const locale = getLocale()
  const response = await sendWithSession(options.auth ?? true, (token) => sendJson(options, token, locale))
  assertOk(response, locale)
  return parseBody(response, options.schema, options.path, locale)
}

/** A call answered with 204 No Content (logout, account deletion). */
async function apiRequestNoContent(
  options: Pick<ApiRequestOptions<z.ZodType>, 'path' | 'method' | 'query' | 'body' | 'auth' | 'bearer'>
): Promise<void> {
  const locale = getLocale()
  const response = options.bearer
    ? await sendJson(options, options.bearer, locale)
    : await sendWithSession(options.auth ?? true, (token) => sendJson(options, token, locale))
  assertOk(response, locale)
}

export interface UploadFile {
  /** weapp: the temp path of the chosen file. */
  path?: string
  /** H5: the File the user chose. */
  blob?: Blob
  /** Name the server sees. */
  name: string
}

interface ApiUploadOptions<S extends z.ZodType> {
  /** Path below /api/v1. */
  path: string
  query?: QueryParams
  file: UploadFile
  /** Multipart field name. */
  field?: string
  schema: S
}

/** weapp: multipart upload of a temp file over Taro.uploadFile. */
async function sendFileWeapp(
  options: ApiUploadOptions<z.ZodType>,
  token: string | undefined,
  locale: Locale
): Promise<RawResponse> {
  try {
    const result = await Taro.uploadFile({
      url: buildUrl(options.path, options.query),
      filePath: options.file.path ?? '',
      name: options.field ?? 'file',
      header: baseHeader(locale, token),
      timeout: UPLOAD_TIMEOUT_MS
    })
    return { statusCode: result.statusCode, data: asJson(result.data), header: result.header as RawResponse['header'] }
  } catch {
    throw new ApiRequestError({ status: 0, code: 'NETWORK_ERROR', locale })
  }
}

/**
 * H5: the chosen File goes straight into FormData. (Taro.uploadFile on H5 would re-read the file through an
 * object URL with XHR, which the server's Content-Security-Policy, connect-src 'self', forbids.)
 */
async function sendFileH5(
  options: ApiUploadOptions<z.ZodType>,
  token: string | undefined,
  locale: Locale
): Promise<RawResponse> {
  const form = new FormData()
  if (options.file.blob) form.append(options.field ?? 'file', options.file.blob, options.file.name)
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), UPLOAD_TIMEOUT_MS)
  try {
    const response = await fetch(buildUrl(options.path, options.query), {
      method: 'POST',
      headers: baseHeader(locale, token),
      body: form,
      signal: controller.signal
    })
    const header: Record<string, unknown> = {}
    response.headers.forEach((value, key) => {
      header[key] = value
    })
    return { statusCode: response.status, data: asJson(await response.text()), header }
  } catch {
    throw new ApiRequestError({ status: 0, code: 'NETWORK_ERROR', locale })
  } finally {
    clearTimeout(timer)
  }
}

/** multipart/form-data upload of one file, with the same session handling as apiRequest. */
async function apiUpload<S extends z.ZodType>(options: ApiUploadOptions<S>): Promise<z.output<S>> {
  const locale = getLocale()
  const response = await sendWithSession(true, (token) =>
    process.env.TARO_ENV === 'h5' ? sendFileH5(options, token, locale) : sendFileWeapp(options, token, locale)
  )
  assertOk(response, locale)
  return parseBody(response, options.schema, options.path, locale)
}

/** A file the server sent: a temp file on weapp, the bytes on H5, and the name the server suggests. */
export interface DownloadedFile {
  tempFilePath?: string
  blob?: Blob
  fileName?: string
}

/** The file name of a Content-Disposition header (RFC 5987 `filename*` first). */
function attachmentName(header: Record<string, unknown> | undefined): string | undefined {
  const disposition = headerValue(header, 'content-disposition')
  if (!disposition) return undefined
  const extended = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition)
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''))
    } catch {
      // Fall through to the plain name.
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1]
}

/** weapp: Taro.downloadFile into a temp file; an error answer is read back from that file. */
async function downloadWeapp(
  path: string,
  query: QueryParams | undefined,
  token: string | undefined,
  locale: Locale
): Promise<RawResponse> {
  try {
    const result = await Taro.downloadFile({
      url: buildUrl(path, query),
      header: { ...baseHeader(locale, token), Accept: '*/*' }
    })
    const header = (result as { header?: Record<string, unknown> }).header
    if (result.statusCode >= 200 && result.statusCode < 300) {
      const file: DownloadedFile = { tempFilePath: result.tempFilePath, fileName: attachmentName(header) }
      return { statusCode: result.statusCode, data: file, header }
    }
    let data: unknown
    try {
      data = asJson(Taro.getFileSystemManager().readFileSync(result.tempFilePath, 'utf8'))
    } catch {
      data = undefined
    }
    return { statusCode: result.statusCode, data, header }
  } catch {
    throw new ApiRequestError({ status: 0, code: 'NETWORK_ERROR', locale })
  }
}

/** H5: fetch the bytes (the same origin as every other call, so the Content-Security-Policy allows it). */
async function downloadH5(
  path: string,
  query: QueryParams | undefined,
  token: string | undefined,
  locale: Locale
): Promise<RawResponse> {
  try {
    const response = await fetch(buildUrl(path, query), { headers: { ...baseHeader(locale, token), Accept: '*/*' } })
    const header: Record<string, unknown> = {}
    response.headers.forEach((value, key) => {
      header[key] = value
    })
    if (!response.ok) return { statusCode: response.status, data: asJson(await response.text()), header }
    const file: DownloadedFile = { blob: await response.blob(), fileName: attachmentName(header) }
    return { statusCode: response.status, data: file, header }
  } catch {
    throw new ApiRequestError({ status: 0, code: 'NETWORK_ERROR', locale })
  }
}

/** GET of a file (a spreadsheet template, an export), with the same session handling as apiRequest. */
async function apiDownload(path: string, query?: QueryParams): Promise<DownloadedFile> {
  const locale = getLocale()
  const response = await sendWithSession(true, (token) =>
    process.env.TARO_ENV === 'h5' ? downloadH5(path, query, token, locale) : downloadWeapp(path, query, token, locale)
  )
  assertOk(response, locale)
  return response.data as DownloadedFile
}

/** How to send one call: overrides of what the route declares. */
export interface CallOptions {
  /** Send the session's token on a public route too (the answer then says what is the caller's own), or none. */
  auth?: boolean
  /** Send this access token as it is, with no refresh on 401 (signing out a session already dropped here). */
  bearer?: string
  /** Extra request headers (e.g. Idempotency-Key). */
  headers?: Record<string, string>
}

type CallArgs<R extends Route> =
  object extends RouteInput<R>
    ? [input?: RouteInput<R>, options?: CallOptions]
    : [input: RouteInput<R>, options?: CallOptions]

type CallResult<R extends Route> = R['response'] extends 'file' ? DownloadedFile : RouteOutput<R>

/**
 * Calls an endpoint through its declaration in the shared route contract: the path is filled from `params`, the
 * query and body are typed by the route's schemas, and the answer is checked against its response schema. Public
 * routes go without a token unless `options.auth` asks for one.
 */
export async function callApi<R extends Route>(route: R, ...[input, options]: CallArgs<R>): Promise<CallResult<R>> {
  const { params, query, body } = (input ?? {}) as {
    params?: Record<string, unknown>
    query?: QueryParams
    body?: unknown
  }
  const path = fillPath(route.path, params)
  const auth = options?.auth ?? !route.public
  if (route.response === 'noContent') {
    await apiRequestNoContent({ path, method: route.method, query, body, auth, bearer: options?.bearer })
    return undefined as CallResult<R>
  }
  if (route.response === 'file') return (await apiDownload(path, query)) as CallResult<R>
  return apiRequest({
    path,
    method: route.method,
    query,
    body,
    schema: route.response,
    auth,
    headers: options?.headers
  }) as Promise<CallResult<R>>
}

/** Uploads one file to an endpoint declared with `upload` in the route contract. */
export function uploadApi<R extends Route & { upload: { field: string }; response: z.ZodType }>(
  route: R,
  input: { file: UploadFile } & (R['params'] extends z.ZodType
    ? { params: z.input<R['params']> }
    : { params?: never }) &
    (R['query'] extends z.ZodType ? { query?: z.input<R['query']> } : { query?: never })
): Promise<z.output<R['response']>> {
  const path = fillPath(route.path, input.params as Record<string, unknown> | undefined)
  const query = input.query as QueryParams | undefined
  return apiUpload({ path, query, file: input.file, field: route.upload.field, schema: route.response }) as Promise<
    z.output<R['response']>
  >
}
