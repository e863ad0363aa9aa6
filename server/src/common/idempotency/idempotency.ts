import { createHash } from 'node:crypto';
import { successStatus, type Route } from '@ihaigui/shared';
import { AppException } from '../errors/app.exception';

/** What a client may send as Idempotency-Key (a UUID fits). */
const KEY_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

/** The header's value, or null when it is absent; a malformed key is a 400. */
export function parseIdempotencyKey(raw: string | string[] | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (typeof raw !== 'string' || !KEY_PATTERN.test(raw)) {
    throw new AppException('VALIDATION_FAILED', 400, 'bad Idempotency-Key header');
  }
  return raw;
}

/** JSON with object keys in sorted order, so the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** What identifies "the same request" for a key: the path parameters and the body. */
export function requestHash(params: unknown, body: unknown): string {
  return createHash('sha256')
    .update(canonicalJson({ params: params ?? {}, body: body ?? null }))
    .digest('hex');
}

/**
 * Runs a read that follows a committed write, retrying it a few times: the write is done, so a database hiccup
 * between the commit and the read must not turn into an error for a record that exists.
 */
export async function readAfterCommit<T>(read: () => Promise<T>, attempts = 4, delayMs = 250): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await read();
    } catch (err) {
      if (attempt >= attempts || err instanceof AppException) throw err;
      await new Promise((resolve) => setTimeout(resolve, delayMs * attempt));
    }
  }
}

/** Create routes: POST answered with 201 Created, JSON body (uploads are excluded). */
export function acceptsIdempotencyKey(route: Route): boolean {
  return route.method === 'POST' && successStatus(route) === 201 && !route.upload;
}
