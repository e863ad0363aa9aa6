import { z } from 'zod';
import type { Bilingual } from '../common/locale';
import { pageQuerySchema, pageSchema } from '../common/pagination';
import { searchText } from '../common/text';

export const SEARCH_TYPES = ['policy', 'park', 'finance', 'announcement', 'faq'] as const;
export const searchTypeSchema = z.enum(SEARCH_TYPES);
export type SearchType = z.infer<typeof searchTypeSchema>;
export const SEARCH_TYPE_LABELS: Record<SearchType, Bilingual> = {
  policy: { zh: '政策', en: 'Policies' },
  park: { zh: '园区', en: 'Parks' },
  finance: { zh: '金融', en: 'Finance' },
  announcement: { zh: '公告', en: 'Announcements' },
  faq: { zh: '常见问题', en: 'FAQ' },
};

export const SEARCH_QUERY_MAX = 40;
export const searchQuerySchema = pageQuerySchema.extend({
  q: searchText(SEARCH_QUERY_MAX).describe('Words to find; Chinese and English'),
  type: searchTypeSchema.optional().describe('Only this kind of document'),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** Text cut into plain and matched parts, so clients highlight without injecting HTML. */
export const highlightSchema = z.array(z.object({ text: z.string(), hit: z.boolean() }));
export type Highlight = z.infer<typeof highlightSchema>;

export const searchHitSchema = z.object({
  type: searchTypeSchema,
  id: z.number().int().describe('Id of the policy, park, finance service, announcement or FAQ entry'),
  title: highlightSchema,
  titleEn: highlightSchema.nullable(),
  snippet: highlightSchema,
  score: z.number(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/**
 * Matches are counted per type up to this many: a count (and so a total) of SEARCH_COUNT_LIMIT means "at least
 * that many" (show 1000+). Counting every match of a very common word would cost more than the search itself.
 */
export const SEARCH_COUNT_LIMIT = 1000;

export const searchResultSchema = pageSchema(searchHitSchema).extend({
  query: z.string(),
  terms: z.array(z.string()).describe('The words the query was cut into'),
  counts: z
    .object({
      policy: z.number().int(),
      park: z.number().int(),
      finance: z.number().int(),
      announcement: z.number().int(),
      faq: z.number().int(),
    })
    .describe(
      `Matches per type, for the type tabs; counted up to ${SEARCH_COUNT_LIMIT} (that value means "${SEARCH_COUNT_LIMIT} or more")`,
    ),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
