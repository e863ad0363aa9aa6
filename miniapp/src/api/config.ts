/** Origin of the API server ('' = same origin, the H5 default). Injected at build time, see config/index.ts. */
export const API_ORIGIN: string = API_BASE.replace(/\/+$/, '')
export const API_PREFIX = '/api/v1'
/** Milliseconds before a request is abandoned as a network error. */
export const REQUEST_TIMEOUT_MS = 15_000
/** Uploads go over slow mobile links: allow a minute. */
export const UPLOAD_TIMEOUT_MS = 60_000
