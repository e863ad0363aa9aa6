import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'

/** The parts of a `useInfiniteQuery` result that an infinite list page reads. */
export interface InfiniteListQuery<T> {
  data: { pages: readonly { items: readonly T[] }[] } | undefined
  error: unknown
  isPending: boolean
  isError: boolean
  hasNextPage: boolean
  isFetchingNextPage: boolean
  refetch: () => Promise<unknown>
  fetchNextPage: () => Promise<unknown>
}

/** Asks for the next page unless there is none, one is on its way, or the last request failed. */
export function loadMorePages(query: InfiniteListQuery<unknown>) {
  if (query.hasNextPage && !query.isFetchingNextPage && !query.isError) void query.fetchNextPage()
}

/**
 * Page wiring for an infinite list: pull down to refetch it, reach the bottom to load the next page.
 * Returns the guarded `loadMore`.
 */
export function useInfiniteListControls(query: InfiniteListQuery<unknown>) {
  usePullDownRefresh(() => {
    // refetch() settles with the query's state, a failure included; it does not reject.
    void query.refetch().finally(() => Taro.stopPullDownRefresh())
  })
  const loadMore = () => loadMorePages(query)
  useReachBottom(loadMore)
  return loadMore
}
