import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { AnnouncementSummary } from '@ihaigui/shared'
import { usePinnedAndLatest } from '../../api/hooks'
import { AnnouncementCard } from '../../components/AnnouncementCard'
import { EmptyState, ErrorState, ListSkeleton } from '../../components/StateViews'
import { usePageChrome } from '../../hooks/usePageChrome'
import { useI18n, type MessageKey } from '../../i18n'
import { nav } from '../../navigation'
import './index.scss'

function Section({ title, items, withMore }: { title: MessageKey; items: AnnouncementSummary[]; withMore?: boolean }) {
  const { t } = useI18n()
  return (
    <View className='section'>
      <View className='section__head'>
        <Text className='section__title'>{t(title)}</Text>
        {withMore && (
          <Text className='section__more' onClick={() => nav.announcementList()}>
            {t('common.more')} ›
          </Text>
        )}
      </View>
      {items.map((item) => (
        <AnnouncementCard key={item.id} item={item} />
      ))}
    </View>
  )
}

export default function HomePage() {
  const { t } = useI18n()
  const { data, error, isPending, isError, refetch } = usePinnedAndLatest()
  usePageChrome('home')

  usePullDownRefresh(() => {
    refetch().finally(() => Taro.stopPullDownRefresh())
  })

  const showSearchSoon = () => {
    Taro.showToast({ title: t('home.searchSoon'), icon: 'none' })
  }

  let body: JSX.Element
  if (isPending) {
    body = (
      <View className='section'>
        <ListSkeleton count={3} />
      </View>
    )
  } else if (isError) {
    body = (
      <View className='section'>
        <ErrorState error={error} onRetry={() => refetch()} />
      </View>
    )
  } else if (data.pinned.length === 0 && data.latest.length === 0) {
    body = (
      <View className='section'>
        <EmptyState message={t('home.empty')} />
      </View>
    )
  } else {
    body = (
      <View>
        {data.pinned.length > 0 && <Section title='home.pinned' items={data.pinned} />}
        {data.latest.length > 0 && <Section title='home.latest' items={data.latest} withMore />}
        {data.latest.length === 0 && (
          <View className='home__more' onClick={() => nav.announcementList()}>
            <Text>{t('common.more')} ›</Text>
          </View>
        )}
      </View>
    )
  }

  return (
    <View className='page home'>
      <View className='home__hero'>
        <Text className='home__brand'>{t('app.name')}</Text>
        <Text className='home__tagline'>{t('app.tagline')}</Text>
        <View className='home__search' hoverClass='home__search--pressed' onClick={showSearchSoon}>
          <View className='home__search-icon' />
          <Text className='home__search-text'>{t('home.searchPlaceholder')}</Text>
        </View>
      </View>
      {body}
    </View>
  )
}
