import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { ScrollView, Text, View } from '@tarojs/components'
import { EVENT_KINDS, EVENT_KIND_LABELS, type EventKind } from '@ihaigui/shared'
import type { EventWhen } from '@/features/engage/events.api'
import { useEventList } from '@/features/engage/events.hooks'
import { useSession } from '@/features/account/session.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { FilterTabs } from '@/components/FilterTabs'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { formatCount, useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { EventCard } from '@/features/engage/event/EventCard'
import '../../event/event.scss'

const WHENS: readonly EventWhen[] = ['upcoming', 'past']

function Events({ kind, when }: { kind: EventKind | undefined; when: EventWhen }) {
  const { t, locale } = useI18n()
  const query = useEventList(kind, when)
  useInfiniteListControls(query)
  const total = query.data?.pages[0]?.total
  return (
    <>
      <Text className='ev-list__count'>
        {total === undefined ? ' ' : t('event.count', { count: formatCount(total, locale) })}
      </Text>
      <InfiniteList
        query={query}
        emptyMessage={t(when === 'upcoming' ? 'event.emptyUpcoming' : 'event.emptyPast')}
        renderItem={(event) => <EventCard event={event} />}
      />
    </>
  )
}

export default function EventListPage() {
  const { t, label } = useI18n()
  const session = useSession()
  const { params } = useRouter()
  const [when, setWhen] = useState<EventWhen>(params.when === 'past' ? 'past' : 'upcoming')
  const [kind, setKind] = useState<EventKind | undefined>(() => EVENT_KINDS.find((k) => k === params.kind))
  usePageChrome('eventList')

  const chooseKind = (next: EventKind | undefined) => {
    setKind(next)
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }

  return (
    <View className='ev-list'>
      <View className='ev-list__header'>
        <FilterTabs
          value={when}
          options={WHENS.map((w) => ({ value: w, title: t(w === 'upcoming' ? 'event.upcoming' : 'event.past') }))}
          onChange={setWhen}
        />
        <ScrollView className='ev-list__chips' scrollX enhanced showScrollbar={false}>
          {[undefined, ...EVENT_KINDS].map((k) => (
            <View
              key={k ?? 'all'}
              className={kind === k ? 'ev-chip ev-chip--active' : 'ev-chip'}
              onClick={() => chooseKind(k)}
            >
              <Text>{k ? label(EVENT_KIND_LABELS[k]) : t('event.allKinds')}</Text>
            </View>
          ))}
        </ScrollView>
      </View>
      <View className='ev-list__body'>
        {session && (
          <View className='ev-list__mine' onClick={() => navigateTo('myEvents')}>
            <Text>{t('event.myEventsLink')} ›</Text>
          </View>
        )}
        <Events key={`${kind ?? 'all'}-${when}`} kind={kind} when={when} />
      </View>
    </View>
  )
}
