import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import {
  ANNOUNCEMENT_CATEGORIES,
  ANNOUNCEMENT_CATEGORY_LABELS,
  announcementCategorySchema,
  type AnnouncementCategory
} from '@ihaigui/shared'
import { useAnnouncementList } from '@/features/announcements/announcements.hooks'
import { AnnouncementCard } from '@/features/announcements/components/AnnouncementCard'
import { InfiniteList } from '@/components/InfiniteList'
import { FilterTabs } from '@/components/FilterTabs'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
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

  const query = useAnnouncementList(filter === 'all' ? undefined : filter)
  useInfiniteListControls(query)

  const changeFilter = (value: string | number) => {
    const next = FILTERS.find((f) => f === value) ?? 'all'
    if (next === filter) return
    setFilter(next)
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }

  return (
    <View className='announcement-list'>
      <View className='announcement-list__tabs'>
        <FilterTabs
          value={filter}
          options={FILTERS.map((f) => ({
            value: f,
            title: f === 'all' ? t('list.all') : label(ANNOUNCEMENT_CATEGORY_LABELS[f])
          }))}
          onChange={changeFilter}
          align='left'
        />
      </View>
      <View className='announcement-list__body'>
        <InfiniteList
          query={query}
          emptyMessage={t('list.empty')}
          renderItem={(item) => <AnnouncementCard item={item} withSummary showCategory={filter === 'all'} />}
        />
      </View>
    </View>
  )
}
