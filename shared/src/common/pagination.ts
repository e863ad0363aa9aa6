import { z } from 'zod';

export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 10;

/** page/pageSize as they arrive in a query string; out of range is a validation error, not a silent clamp. */
export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1).describe('1-based page number'),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .describe(`Items per page, at most ${MAX_PAGE_SIZE}`),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export function hasNextPage(p: Pick<Page<unknown>, 'page' | 'pageSize' | 'total'>): boolean {
  return p.page * p.pageSize < p.total;
}

/** The body of an action that takes no input: nothing, or an empty object; anything else is refused. */
export const emptyBodySchema = z.strictObject({}).default({});

/**
 * The PATCH form of a create schema: every field optional and WITHOUT its default, so an edit that leaves a field
 * out keeps the stored value instead of resetting it to the default.
 */
export function partialWithoutDefaults<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => {
      const bare = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
      return [key, bare.optional()];
    }),
  ) as unknown as { [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer T> ? T : S[K]> };
  return z.strictObject(shape).refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });
}
