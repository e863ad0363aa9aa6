import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { BOOKING_STATUS_LABELS, type BookingStatus, type VisitBooking } from '@ihaigui/shared'
import { useI18n } from '@/i18n'
import { formatSlotTime } from '@/features/parks/format'
import './cards.scss'

/** NutUI Tag colour of each booking state. */
export const BOOKING_STATUS_TAG: Record<BookingStatus, 'warning' | 'success' | 'danger' | 'default'> = {
  pending: 'warning',
  confirmed: 'success',
  declined: 'danger',
  cancelled: 'default'
}

export function InfoRow({ label, value }: { label: string; value: string }) {
  return (
    <View className='pf-card__row'>
      <Text className='pf-card__row-label'>{label}</Text>
      <Text className='pf-card__row-value'>{value}</Text>
    </View>
  )
}

interface Props {
  booking: VisitBooking
  /** The visitor sees the park's address; the host sees who comes. */
  side: 'visitor' | 'host'
  /** Buttons under the card (cancel, confirm / decline). */
  actions?: ReactNode
  onOpenPark?: (parkId: number) => void
}

/** One visit booking: park, time, party, status, and what either side wrote. */
export function VisitBookingCard({ booking, side, actions, onOpenPark }: Props) {
  const { t, label, localized, locale, dateTime } = useI18n()
  return (
    <View className='pf-card'>
      <View className='pf-card__head'>
        <Text
          className={`pf-card__title${onOpenPark ? ' pf-card__title--link' : ''}`}
          onClick={onOpenPark ? () => onOpenPark(booking.park.id) : undefined}
        >
          {localized(booking.park.name, booking.park.nameEn)}
        </Text>
        <Tag className='pf-card__status' type={BOOKING_STATUS_TAG[booking.status]}>
          {label(BOOKING_STATUS_LABELS[booking.status])}
        </Tag>
      </View>
      <View className='pf-card__rows'>
        <InfoRow label={t('visit.time')} value={formatSlotTime(booking.slot.startsAt, booking.slot.endsAt, locale)} />
        <InfoRow label={t('visit.party')} value={t('visit.people', { count: booking.partySize })} />
        {side === 'visitor' ? (
          <InfoRow label={t('visit.address')} value={booking.park.address} />
        ) : (
          <InfoRow
            label={t('visit.visitor')}
            value={`${booking.visitor.displayName} ${booking.visitor.contactPhone}`}
          />
        )}
        {side === 'visitor' && <InfoRow label={t('visit.phone')} value={booking.visitor.contactPhone} />}
        {booking.message && <InfoRow label={t('visit.yourMessage')} value={booking.message} />}
      </View>
      {booking.responseNote && (
        <View className={`pf-card__note pf-card__note--${booking.status === 'declined' ? 'negative' : 'positive'}`}>
          <Text className='pf-card__note-label'>{t('visit.hostNote')}</Text>
          <Text className='pf-card__note-text'>{booking.responseNote}</Text>
        </View>
      )}
      <Text className='pf-card__meta'>
        {t('visit.createdAt', { date: dateTime(booking.createdAt) })}
        {booking.respondedAt ? ` · ${t('visit.respondedAt', { date: dateTime(booking.respondedAt) })}` : ''}
      </Text>
      {actions ? <View className='pf-card__actions'>{actions}</View> : null}
    </View>
  )
}
