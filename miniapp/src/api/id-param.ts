import { idParamSchema } from '@ihaigui/shared'

/** An id from a page URL, or undefined when it is not one. */
export function parseIdParam(raw: string | undefined): number | undefined {
  const parsed = idParamSchema.safeParse({ id: raw })
  return parsed.success ? parsed.data.id : undefined
}
