import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  CONTACT_REQUEST_STATUS_LABELS,
  formatAmountYuan,
  type ContactRequest,
  type ContactRequestStatus
} from '@ihaigui/shared'
import { useI18n } from '@/i18n'
import { InfoRow } from './VisitBookingCard'
import './cards.scss'

/** NutUI Tag colour of each contact-request state. */
export const CONTACT_REQUEST_STATUS_TAG: Record<ContactRequestStatus, 'warning' | 'success' | 'default'> = {
  sent: 'warning',
  answered: 'success',
  closed: 'default'
}

interface Props {
  request: ContactRequest
  /** The requester sees the provider; the provider sees who asks. */
  side: 'requester' | 'host'
  actions?: ReactNode
  onOpenService?: (serviceId: number) => void
}

/** One finance contact request: service, what was asked, status and the provider's reply. */
export function ContactRequestCard({ request, side, actions, onOpenService }: Props) {
  const { t, label, localized, locale, dateTime } = useI18n()
  return (
    <View className='pf-card'>
      <View className='pf-card__head'>
        <Text
          className={`pf-card__title${onOpenService ? ' pf-card__title--link' : ''}`}
          onClick={onOpenService ? () => onOpenService(request.service.id) : undefined}
        >
          {localized(request.service.name, request.service.nameEn)}
        </Text>
        <Tag className='pf-card__status' type={CONTACT_REQUEST_STATUS_TAG[request.status]}>
          {label(CONTACT_REQUEST_STATUS_LABELS[request.status])}
        </Tag>
      </View>
      <View className='pf-card__rows'>
        {side === 'requester' ? (
          <InfoRow label={t('finance.provider')} value={request.service.providerName} />
        ) : (
          <InfoRow
            label={t('finance.requester')}
            value={`${request.requester.displayName} ${request.requester.contactPhone}`}
          />
        )}
        {side === 'requester' && <InfoRow label={t('finance.phone')} value={request.requester.contactPhone} />}
        {request.amountWanted !== null && (
          <InfoRow label={t('finance.amountWantedShort')} value={formatAmountYuan(request.amountWanted, locale)} />
        )}
        <InfoRow label={t('finance.yourMessage')} value={request.message} />
      </View>
      {request.reply && (
        <View className='pf-card__note pf-card__note--positive'>
          <Text className='pf-card__note-label'>{t('finance.reply')}</Text>
          <Text className='pf-card__note-text'>{request.reply}</Text>
        </View>
      )}
      <Text className='pf-card__meta'>
        {t('finance.sentAt', { date: dateTime(request.createdAt) })}
        {request.answeredAt ? ` · ${t('finance.answeredAt', { date: dateTime(request.answeredAt) })}` : ''}
      </Text>
      {actions ? <View className='pf-card__actions'>{actions}</View> : null}
    </View>
  )
}
