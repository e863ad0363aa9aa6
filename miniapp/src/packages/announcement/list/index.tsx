import { useState } from 'react'
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Tabs } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/tabs/style/css'
import { ANNOUNCEMENT_CATEGORIES, ANNOUNCEMENT_CATEGORY_LABELS, announcementCategorySchema, type AnnouncementCategory } from '@ihaigui/shared'
import { useAnnouncementList } from '../../../api/hooks'
import { AnnouncementCard } from '../../../components/AnnouncementCard'
import { EmptyState, ErrorState, ListFooter, ListSkeleton } from '../../../components/StateViews'
import { usePageChrome } from '../../../hooks/usePageChrome'
import { useI18n } from '../../../i18n'
import './index.scss'

type Filter = AnnouncementCategory | 'all'
const FILTERS: readonly Filter[] = ['all', ...ANNOUNCEMENT_CATEGORIES]

function initialFilter(param: string | undefined): Filter {
  const parsed = announcementCategorySchema.safeParse(param)
  return parsed.success ? parsed.data : 'all'
}

export default function AnnouncementListPage() {
  const { t, label } = useI18n()
  const router = useRouter()
  const [filter, setFilter] = useState<Filter>(() => initialFilter(router.params.category))
  usePageChrome('announcementList')

  const { data, error, isPending, isError, refetch, fetchNextPage, hasNextPage, isFetchingNextPage } =
    useAnnouncementList(filter === 'all' ? undefined : filter)

  usePullDownRefresh(() => {
    refetch().finally(() => Taro.stopPullDownRefresh())
  })

  const loadMore = () => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage()
  }
  useReachBottom(loadMore)

  const changeFilter = (value: string | number) => {
    const next = FILTERS.find((f) => f === value) ?? 'all'
    if (next === filter) return
    setFilter(next)
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }

  const items = data?.pages.flatMap((page) => page.items) ?? []

  let body: JSX.Element
  if (isPending) {
    body = <ListSkeleton count={4} />
  } else if (isError && items.length === 0) {
    body = <ErrorState error={error} onRetry={() => refetch()} />
  } else if (items.length === 0) {
    body = <EmptyState message={t('list.empty')} />
  } else {
    body = (
      <View>
        {items.map((item) => (
          <AnnouncementCard key={item.id} item={item} withSummary showCategory={filter === 'all'} />
        ))}
        {isError ? (
          // A later page failed: keep what is shown and offer to try that page again.
          <ErrorState error={error} onRetry={() => fetchNextPage()} />
        ) : (
          <ListFooter loading={isFetchingNextPage} done={!hasNextPage} onLoadMore={loadMore} />
        )}
      </View>
    )
  }

  return (
    <View className='announcement-list'>
      <View className='announcement-list__tabs'>
        <Tabs value={filter} onChange={changeFilter} activeType='line' align='left'>
          {FILTERS.map((f) => (
            <Tabs.TabPane
              key={f}
              value={f}
              title={f === 'all' ? t('list.all') : label(ANNOUNCEMENT_CATEGORY_LABELS[f])}
            />
          ))}
        </Tabs>
      </View>
      <View className='announcement-list__body'>{body}</View>
    </View>
  )
}
