import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { AnnouncementSummary } from '@ihaigui/shared'
import { usePinnedAndLatest } from '@/features/announcements/announcements.hooks'
import { AnnouncementCard } from '@/features/announcements/components/AnnouncementCard'
import { EmptyState, ErrorState, ListSkeleton } from '@/components/StateViews'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n, type MessageKey } from '@/i18n'
import { nav, navigateTo } from '@/navigation'
import type { SubpageName } from '@/routes'
import './index.scss'

/** Shortcuts under the search box: the matcher, parks and finance services. */
const ENTRIES: readonly { page: SubpageName; title: MessageKey; hint: MessageKey; tone: string }[] = [
  { page: 'policyMatch', title: 'homeEntry.match', hint: 'homeEntry.matchHint', tone: 'blue' },
  { page: 'parkList', title: 'homeEntry.parks', hint: 'homeEntry.parksHint', tone: 'green' },
  { page: 'financeList', title: 'homeEntry.finance', hint: 'homeEntry.financeHint', tone: 'orange' }
]

function Entries() {
  const { t } = useI18n()
  return (
    <View className='home__entries'>
      {ENTRIES.map((entry) => (
        <View
          key={entry.page}
          className={`home__entry home__entry--${entry.tone}`}
          hoverClass='home__entry--pressed'
          onClick={() => navigateTo(entry.page)}
        >
          <View className='home__entry-icon'>
            <Text>{t(entry.title).slice(0, 1)}</Text>
          </View>
          <Text className='home__entry-title'>{t(entry.title)}</Text>
          <Text className='home__entry-hint'>{t(entry.hint)}</Text>
        </View>
      ))}
    </View>
  )
}

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
    // refetch() settles with the query's state, a failure included; it does not reject.
    void refetch().finally(() => Taro.stopPullDownRefresh())
  })

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
        <View className='home__search' hoverClass='home__search--pressed' onClick={() => navigateTo('search')}>
          <View className='home__search-icon' />
          <Text className='home__search-text'>{t('homeEntry.searchPlaceholder')}</Text>
        </View>
      </View>
      <Entries />
      {body}
    </View>
  )
}
