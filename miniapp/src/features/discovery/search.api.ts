import { API, DEFAULT_PAGE_SIZE, type SearchResult, type SearchType } from '@ihaigui/shared'
import { callApi } from '@/api/request'

/** One page of search hits over policies, parks, finance services and announcements (or one of them). */
export function searchContent(
  q: string,
  type: SearchType | undefined,
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<SearchResult> {
  return callApi(API.search.find, { query: { q, type, page, pageSize } })
}
