import { DEFAULT_PAGE_SIZE, searchResultSchema, type SearchResult, type SearchType } from '@ihaigui/shared'
import { apiGetPublic } from './request'

/** One page of search hits over policies, parks, finance services and announcements (or one of them). */
export function searchContent(q: string, type: SearchType | undefined, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<SearchResult> {
  return apiGetPublic('/search', searchResultSchema, { q, type, page, pageSize })
}
