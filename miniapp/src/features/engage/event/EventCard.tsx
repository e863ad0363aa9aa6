import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { EVENT_KIND_LABELS, type EventSummary } from '@ihaigui/shared'
import { formatSlotTime } from '@/features/parks/format'
import { useI18n, type MessageKey } from '@/i18n'
import { navigateTo } from '@/navigation'
import { KIND_CLASS, PHASE_TAG, eventPhase, placesLeft, type EventPhase } from './event-display'

export const PHASE_KEYS: Record<EventPhase, MessageKey> = {
  open: 'event.phase.open',
  ongoing: 'event.phase.ongoing',
  closed: 'event.phase.closed',
  ended: 'event.phase.ended',
  cancelled: 'event.phase.cancelled'
}

/** "剩余 n 个名额", or — when full — how many wait. */
export function AvailabilityText({ event }: { event: EventSummary }) {
  const { t } = useI18n()
  const left = placesLeft(event)
  if (left > 0) {
    return (
      <Text className='ev-places ev-places--left'>
        {t(left === 1 ? 'event.placesLeftOne' : 'event.placesLeft', { count: left })}
      </Text>
    )
  }
  return (
    <Text className='ev-places ev-places--full'>
      {event.waitlisted > 0 ? t('event.fullWaitlist', { count: event.waitlisted }) : t('event.full')}
    </Text>
  )
}

/** Where it happens: the place, or "online". */
export function usePlaceText() {
  const { t, localized } = useI18n()
  return (event: Pick<EventSummary, 'online' | 'place' | 'placeEn'>) =>
    event.place
      ? `${localized(event.place, event.placeEn)}${event.online ? ` · ${t('event.online')}` : ''}`
      : t('event.online')
}

/** An event in a list: kind, title, when and where, places, and the registration deadline. `extra` goes at the bottom. */
export function EventCard({ event, status, extra }: { event: EventSummary; status?: ReactNode; extra?: ReactNode }) {
  const { t, label, localized, locale, dateTime } = useI18n()
  const placeText = usePlaceText()
  const phase = eventPhase(event)
  return (
    <View
      className={`ev-card ${KIND_CLASS[event.kind]}`}
      hoverClass='ev-card--pressed'
      onClick={() => navigateTo('eventDetail', { id: event.id })}
    >
      <View className='ev-card__top'>
        <Text className='ev-card__kind'>{label(EVENT_KIND_LABELS[event.kind])}</Text>
        {status ?? <Tag type={PHASE_TAG[phase]}>{t(PHASE_KEYS[phase])}</Tag>}
      </View>
      <Text className='ev-card__title'>{localized(event.title, event.titleEn)}</Text>
      <View className='ev-card__row'>
        <Text className='ev-card__label'>{t('event.time')}</Text>
        <Text className='ev-card__value'>{formatSlotTime(event.startsAt, event.endsAt, locale)}</Text>
      </View>
      <View className='ev-card__row'>
        <Text className='ev-card__label'>{event.place ? t('event.place') : t('event.where')}</Text>
        <Text className='ev-card__value'>{placeText(event)}</Text>
      </View>
      {(phase === 'open' || phase === 'closed') && (
        <View className='ev-card__foot'>
          <AvailabilityText event={event} />
          <Text className='ev-card__deadline'>
            {t('event.deadline', { date: dateTime(event.registrationDeadline) })}
          </Text>
        </View>
      )}
      {extra}
    </View>
  )
}
