import { Fragment, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { loadMorePages, type InfiniteListQuery } from '@/hooks/useInfiniteListControls'
import { EmptyState, ErrorState, ListFooter, ListSkeleton } from './StateViews'

interface InfiniteListProps<T extends { id: number | string }> {
  /** The `useInfiniteQuery` result whose pages hold `items`. */
  query: InfiniteListQuery<T>
  renderItem: (item: T) => ReactNode
  emptyMessage: string
  skeletonCount?: number
  /** Rendered after the footer, while there are items to show. */
  children?: ReactNode
}

/**
 * The body of an infinite list: skeleton while the first page loads, an error with retry when nothing could be
 * loaded, the empty state, or the items followed by the footer (or an error to retry a failed later page).
 */
export function InfiniteList<T extends { id: number | string }>({
  query,
  renderItem,
  emptyMessage,
  skeletonCount = 4,
  children
}: InfiniteListProps<T>) {
  const { data, error, isPending, isError, refetch, fetchNextPage, hasNextPage, isFetchingNextPage } = query
  const items = data?.pages.flatMap((page) => page.items) ?? []

  if (isPending) return <ListSkeleton count={skeletonCount} />
  if (isError && items.length === 0) return <ErrorState error={error} onRetry={() => refetch()} />
  if (items.length === 0) return <EmptyState message={emptyMessage} />
  return (
    <View>
      {items.map((item) => (
        <Fragment key={item.id}>{renderItem(item)}</Fragment>
      ))}
      {isError ? (
        // A later page failed: keep what is shown and offer to try that page again.
        <ErrorState error={error} onRetry={() => fetchNextPage()} />
      ) : (
        <ListFooter loading={isFetchingNextPage} done={!hasNextPage} onLoadMore={() => loadMorePages(query)} />
      )}
      {children}
    </View>
  )
}
