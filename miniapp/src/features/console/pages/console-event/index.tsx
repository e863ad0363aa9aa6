import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Dialog, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS, ROADSHOW_KINDS, type EventDetail } from '@ihaigui/shared'
import { useEventAction, useStaffEvent } from '@/features/console/console.hooks'
import { describeError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import { DetailQuery } from '@/components/DetailQuery'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { eventWhen } from '@/features/console/event-display'
import { ConsolePage, EVENT_STATUS_TAG, EventCounts, InfoRow, NotFound, Section } from '@/features/console/parts'
import { Attendees } from './Attendees'
import { CheckInDesk } from './CheckInDesk'
import { RoadshowSlots } from './RoadshowSlots'

function Overview({ event }: { event: EventDetail }) {
  const { t, label, localized, locale, dateTime } = useI18n()
  const action = useEventAction()
  const [cancelling, setCancelling] = useState(false)

  const run = async (kind: 'publish' | 'cancel') => {
    try {
      await action.mutateAsync({ kind, id: event.id })
      Taro.showToast({
        title: t(kind === 'publish' ? 'console.event.publishedToast' : 'console.event.cancelledToast'),
        icon: 'success'
      })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }

  return (
    <View className='console__section'>
      <View className='console__head'>
        <Text className='console__title'>{localized(event.title, event.titleEn)}</Text>
        <Tag className='console__card-status' type={EVENT_STATUS_TAG[event.status]}>
          {label(EVENT_STATUS_LABELS[event.status])}
        </Tag>
      </View>
      <View className='console__tags'>
        <Tag type='primary' plain>
          {label(EVENT_KIND_LABELS[event.kind])}
        </Tag>
        {event.status === 'published' && (
          <Tag type={event.registrationOpen ? 'success' : 'default'} plain={event.registrationOpen}>
            {t(event.registrationOpen ? 'console.event.registrationOpen' : 'console.event.registrationClosed')}
          </Tag>
        )}
      </View>
      <View className='console__rows'>
        <InfoRow label={t('console.event.when')} value={eventWhen(event, locale)} />
        {event.place && <InfoRow label={t('console.event.where')} value={localized(event.place, event.placeEn)} />}
        {event.onlineUrl && <InfoRow label={t('console.event.link')} value={event.onlineUrl} />}
        <InfoRow label={t('console.event.deadline')} value={dateTime(event.registrationDeadline)} />
        <InfoRow label={t('console.event.organisers')} value={localized(event.organisers, event.organisersEn)} />
      </View>
      <EventCounts event={event} />
      {event.status !== 'cancelled' && (
        <View className='console__actions'>
          <Button
            size='small'
            type='danger'
            fill='outline'
            disabled={action.isPending}
            onClick={() => setCancelling(true)}
          >
            {t('console.event.cancel')}
          </Button>
          <Button
            size='small'
            type='primary'
            fill='outline'
            onClick={() => navigateTo('staffEventEdit', { id: event.id })}
          >
            {t('console.event.edit')}
          </Button>
          {event.status === 'draft' && (
            <Button size='small' type='primary' loading={action.isPending} onClick={() => void run('publish')}>
              {t('console.event.publish')}
            </Button>
          )}
        </View>
      )}
      <Dialog
        visible={cancelling}
        title={t('console.event.cancelTitle')}
        content={t(
          event.registered + event.waitlisted > 0 ? 'console.event.cancelConfirmNotify' : 'console.event.cancelConfirm',
          {
            count: event.registered + event.waitlisted
          }
        )}
        confirmText={t('console.event.cancel')}
        cancelText={t('common.back')}
        onConfirm={() => {
          setCancelling(false)
          void run('cancel')
        }}
        onCancel={() => setCancelling(false)}
        onClose={() => setCancelling(false)}
      />
    </View>
  )
}

function Content({ event }: { event: EventDetail }) {
  const { t, localized } = useI18n()
  return (
    <Section title={t('console.event.content')}>
      <Text className='console__label'>{t('console.event.agenda')}</Text>
      <Text className='console__text'>{localized(event.agenda, event.agendaEn)}</Text>
      <Text className='console__label'>{t('console.event.description')}</Text>
      <Text className='console__text'>{localized(event.description, event.descriptionEn)}</Text>
    </Section>
  )
}

function Desk({ id }: { id: number }) {
  const query = useStaffEvent(id)
  return (
    <DetailQuery query={query} className='console--padded'>
      {(event) => (
        <View className='console--padded'>
          <Overview event={event} />
          {event.status === 'published' && <CheckInDesk eventId={event.id} />}
          {ROADSHOW_KINDS.includes(event.kind) && <RoadshowSlots event={event} />}
          <Attendees eventId={event.id} />
          <Content event={event} />
        </View>
      )}
    </DetailQuery>
  )
}

export default function StaffEventPage() {
  const { params } = useRouter()
  usePageChrome('staffEvent')
  const id = parseIdParam(params.id)
  return <ConsolePage>{() => (id === undefined ? <NotFound code='EVENT_NOT_FOUND' /> : <Desk id={id} />)}</ConsolePage>
}
