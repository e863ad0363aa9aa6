import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  EVENT_KIND_LABELS,
  EVENT_STATUSES,
  EVENT_STATUS_LABELS,
  type EventStatus,
  type EventSummary
} from '@ihaigui/shared'
import { useStaffEvents } from '@/features/console/console.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { FilterTabs } from '@/components/FilterTabs'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { ConsolePage, EVENT_STATUS_TAG, EventCounts, InfoRow } from '@/features/console/parts'
import { eventWhen } from '@/features/console/event-display'

type Filter = EventStatus | 'all'
const FILTERS: readonly Filter[] = ['all', ...EVENT_STATUSES]

function EventCard({ event }: { event: EventSummary }) {
  const { t, label, localized, locale, dateTime } = useI18n()
  const ended = Date.parse(event.endsAt) < Date.now()
  return (
    <View
      className='console__card'
      hoverClass='console__card--pressed'
      onClick={() => navigateTo('staffEvent', { id: event.id })}
    >
      <View className='console__head'>
        <Text className='console__card-title'>{localized(event.title, event.titleEn)}</Text>
        <Tag className='console__card-status' type={EVENT_STATUS_TAG[event.status]}>
          {label(EVENT_STATUS_LABELS[event.status])}
        </Tag>
      </View>
      <View className='console__tags'>
        <Tag type='primary' plain>
          {label(EVENT_KIND_LABELS[event.kind])}
        </Tag>
        {ended && event.status === 'published' && <Tag type='default'>{t('console.event.ended')}</Tag>}
        {event.status === 'published' && !ended && (
          <Tag type={event.registrationOpen ? 'success' : 'default'} plain={event.registrationOpen}>
            {t(event.registrationOpen ? 'console.event.registrationOpen' : 'console.event.registrationClosed')}
          </Tag>
        )}
      </View>
      <View className='console__rows'>
        <InfoRow label={t('console.event.when')} value={eventWhen(event, locale)} />
        <InfoRow
          label={t('console.event.where')}
          value={event.online ? t('console.event.online') : localized(event.place ?? '', event.placeEn)}
        />
        <InfoRow label={t('console.event.deadline')} value={dateTime(event.registrationDeadline)} />
      </View>
      <EventCounts event={event} />
    </View>
  )
}

function EventList({ filter }: { filter: Filter }) {
  const { t } = useI18n()
  const query = useStaffEvents(filter === 'all' ? undefined : filter)
  useInfiniteListControls(query)
  return (
    <InfiniteList
      query={query}
      skeletonCount={3}
      emptyMessage={t('console.events.empty')}
      renderItem={(e) => <EventCard event={e} />}
    />
  )
}

export default function StaffEventsPage() {
  const { t, label } = useI18n()
  const [filter, setFilter] = useState<Filter>('all')
  usePageChrome('staffEvents')
  return (
    <ConsolePage>
      {() => (
        <>
          <View className='console__tabs'>
            <FilterTabs
              value={filter}
              options={FILTERS.map((f) => ({
                value: f,
                title: f === 'all' ? t('console.events.all') : label(EVENT_STATUS_LABELS[f])
              }))}
              onChange={setFilter}
            />
          </View>
          <View className='console__body'>
            <View className='console__toolbar'>
              <Text className='console__hint'>{t('console.events.hint')}</Text>
              <Button size='small' type='primary' onClick={() => navigateTo('staffEventEdit')}>
                {t('console.events.new')}
              </Button>
            </View>
            <EventList key={filter} filter={filter} />
          </View>
        </>
      )}
    </ConsolePage>
  )
}
