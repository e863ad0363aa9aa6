import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { REGISTRATION_STATUS_LABELS } from '@ihaigui/shared'
import type { EventWhen, MyEvent } from '@/features/engage/events.api'
import { useMyEvents } from '@/features/engage/events.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { SignedIn } from '@/components/SessionGates'
import { FilterTabs } from '@/components/FilterTabs'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { EventCard } from '@/features/engage/event/EventCard'
import { REGISTRATION_TAG, eventPhase } from '@/features/engage/event/event-display'
import '../../event/event.scss'

const WHENS: readonly EventWhen[] = ['upcoming', 'past']

function RegistrationStatus({ item }: { item: MyEvent }) {
  const { t, label } = useI18n()
  const { registration, event } = item
  if (event.status === 'cancelled') return <Tag type='danger'>{t('event.phase.cancelled')}</Tag>
  if (registration.checkedInAt) return <Tag type='success'>{t('event.checkedIn')}</Tag>
  if (registration.status === 'waitlisted') {
    return <Tag type='warning'>{t('event.waitlistPosition', { position: registration.waitlistPosition ?? '—' })}</Tag>
  }
  return (
    <Tag type={REGISTRATION_TAG[registration.status]}>{label(REGISTRATION_STATUS_LABELS[registration.status])}</Tag>
  )
}

function MyEventCard({ item }: { item: MyEvent }) {
  const { t } = useI18n()
  const { event, registration } = item
  const phase = eventPhase(event)
  const showTicket = registration.status === 'registered' && phase !== 'cancelled' && phase !== 'ended'
  return (
    <EventCard
      event={event}
      status={<RegistrationStatus item={item} />}
      extra={
        showTicket ? (
          <View className='ev-card__actions'>
            <Button
              size='small'
              type='primary'
              onClick={(e) => {
                e.stopPropagation()
                void navigateTo('eventTicket', { id: event.id })
              }}
            >
              {t('event.showTicket')}
            </Button>
          </View>
        ) : null
      }
    />
  )
}

function MyEvents({ when }: { when: EventWhen }) {
  const { t } = useI18n()
  const query = useMyEvents(when)
  useInfiniteListControls(query)
  const none = query.data?.pages[0]?.total === 0
  return (
    <>
      <InfiniteList
        query={query}
        emptyMessage={t(when === 'upcoming' ? 'event.mineEmptyUpcoming' : 'event.mineEmptyPast')}
        renderItem={(item) => <MyEventCard item={item} />}
      />
      {none && when === 'upcoming' && (
        <View className='ev-actions'>
          <Button type='primary' fill='outline' block onClick={() => navigateTo('eventList')}>
            {t('event.browse')}
          </Button>
        </View>
      )}
    </>
  )
}

export default function MyEventsPage() {
  const { t } = useI18n()
  const [when, setWhen] = useState<EventWhen>('upcoming')
  usePageChrome('myEvents')
  return (
    <View className='ev-list'>
      <SignedIn>
        {() => (
          <>
            <View className='ev-list__header'>
              <FilterTabs
                value={when}
                options={WHENS.map((w) => ({ value: w, title: t(w === 'upcoming' ? 'event.upcoming' : 'event.past') }))}
                onChange={setWhen}
              />
            </View>
            <View className='ev-list__body'>
              <MyEvents key={when} when={when} />
            </View>
          </>
        )}
      </SignedIn>
    </View>
  )
}
