import Taro from '@tarojs/taro'
import { SEARCH_QUERY_MAX } from '@ihaigui/shared'

/** Storage key of the queries searched on this device, newest first. */
export const RECENT_SEARCHES_KEY = 'recentSearches'
const RECENT_MAX = 8

export function readRecentSearches(): string[] {
  try {
    const stored: unknown = Taro.getStorageSync(RECENT_SEARCHES_KEY)
    if (!Array.isArray(stored)) return []
    return stored
      .filter((q): q is string => typeof q === 'string' && q.trim().length > 0 && q.length <= SEARCH_QUERY_MAX)
      .slice(0, RECENT_MAX)
  } catch {
    return []
  }
}

function write(list: string[]): void {
  try {
    Taro.setStorageSync(RECENT_SEARCHES_KEY, list)
  } catch {
    // Storage full or unavailable: the list only lasts while the page is open.
  }
}

/** Puts a query first (once, whatever its case) and returns the new list. */
export function rememberSearch(q: string): string[] {
  const query = q.trim()
  if (!query) return readRecentSearches()
  const next = [query, ...readRecentSearches().filter((old) => old.toLowerCase() !== query.toLowerCase())].slice(
    0,
    RECENT_MAX
  )
  write(next)
  return next
}

export function clearRecentSearches(): void {
  write([])
}
