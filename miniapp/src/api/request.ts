import Taro from '@tarojs/taro'
import { apiErrorSchema, type Locale } from '@ihaigui/shared'
import type { z } from 'zod'
import { getLocale } from '../i18n/store'
import { API_ORIGIN, API_PREFIX, REQUEST_TIMEOUT_MS } from './config'
import { ApiRequestError } from './errors'

export type QueryParams = Record<string, string | number | boolean | null | undefined>

export interface ApiRequestOptions<S extends z.ZodType> {
  /** Path below /api/v1, e.g. '/announcements'. */
  path: string
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: QueryParams
  body?: unknown
  /** Shared zod schema the 2xx body must satisfy. */
  schema: S
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
      locale
    })
  }
  // Not our error shape (a proxy's 502 page, say): classify by status.
  const code = status >= 500 ? (status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR') : status === 404 ? 'ROUTE_NOT_FOUND' : 'BAD_REQUEST'
  return new ApiRequestError({ status, code, requestId: headerValue(header, 'x-request-id'), locale })
}

/**
 * The one way the app talks to the API: JSON over Taro.request with the UI language in Accept-Language.
 * Resolves with the schema-checked body of a 2xx answer; otherwise rejects with an ApiRequestError.
 */
export async function apiRequest<S extends z.ZodType>(options: ApiRequestOptions<S>): Promise<z.output<S>> {
  const locale = getLocale()
  let response: Taro.request.SuccessCallbackResult
  try {
    response = await Taro.request({
      url: buildUrl(options.path, options.query),
      method: options.method ?? 'GET',
      data: options.body as Taro.request.Option['data'],
      header: {
        Accept: 'application/json',
        'Accept-Language': locale,
        ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {})
      },
      dataType: 'json',
      timeout: REQUEST_TIMEOUT_MS
    })
  } catch {
    throw new ApiRequestError({ status: 0, code: 'NETWORK_ERROR', locale })
  }

  const { statusCode, header } = response
  const data = asJson(response.data)
  if (statusCode < 200 || statusCode >= 300) {
    throw errorFromResponse(statusCode, data, header as Record<string, unknown> | undefined, locale)
  }

  const parsed = options.schema.safeParse(data)
  if (!parsed.success) {
    // A contract break between this build and the server: report it, do not render half-valid data.
    console.error(`[api] ${options.path}: response does not match the shared schema`, parsed.error.issues)
    throw new ApiRequestError({
      status: statusCode,
      code: 'INVALID_RESPONSE',
      requestId: headerValue(header as Record<string, unknown> | undefined, 'x-request-id'),
      locale
    })
  }
  return parsed.data
}

export function apiGet<S extends z.ZodType>(path: string, schema: S, query?: QueryParams): Promise<z.output<S>> {
  return apiRequest({ path, schema, query })
}
