import { useState, type ReactNode } from 'react'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Dialog, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { EVENT_KIND_LABELS, REGISTRATION_STATUS_LABELS, ROADSHOW_KINDS, type EventDetail } from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { useCancelRegistration, useEvent, useRegisterForEvent } from '@/features/engage/events.hooks'
import { useMe, useSession } from '@/features/account/session.hooks'
import { DetailQuery } from '@/components/DetailQuery'
import { AskAbout } from '@/features/desk/components/AskAbout'
import { formatSlotTime } from '@/features/parks/format'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n, type MessageKey } from '@/i18n'
import { goToLogin, navigateTo, pageUrl } from '@/navigation'
import { AvailabilityText, PHASE_KEYS, usePlaceText } from '@/features/engage/event/EventCard'
import {
  KIND_CLASS,
  PHASE_TAG,
  REGISTRATION_TAG,
  eventPhase,
  placesLeft,
  type EventPhase
} from '@/features/engage/event/event-display'
import { RoadshowSlots } from '@/features/engage/event/RoadshowSlots'
import '../../event/event.scss'

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className='ev-detail__section'>
      <Text className='ev-detail__section-title'>{title}</Text>
      {children}
    </View>
  )
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className='ev-detail__fact'>
      <Text className='ev-detail__fact-label'>{label}</Text>
      <View className='ev-detail__fact-value'>{children}</View>
    </View>
  )
}

function Head({ event }: { event: EventDetail }) {
  const { t, label, localized, locale, dateTime } = useI18n()
  const placeText = usePlaceText()
  const phase = eventPhase(event)
  return (
    <View className={`ev-detail__head ${KIND_CLASS[event.kind]}`}>
      <View className='ev-card__top'>
        <Text className='ev-card__kind'>{label(EVENT_KIND_LABELS[event.kind])}</Text>
        <Tag type={PHASE_TAG[phase]}>{t(PHASE_KEYS[phase])}</Tag>
      </View>
      <Text className='ev-detail__title'>{localized(event.title, event.titleEn)}</Text>
      <View className='ev-detail__facts'>
        <Fact label={t('event.time')}>
          <Text>{formatSlotTime(event.startsAt, event.endsAt, locale)}</Text>
        </Fact>
        <Fact label={event.place ? t('event.place') : t('event.where')}>
          <Text>{placeText(event)}</Text>
        </Fact>
        <Fact label={t('event.capacity')}>
          <Text>{t('event.capacityText', { capacity: event.capacity, registered: event.registered })}</Text>
          {phase !== 'cancelled' && phase !== 'ended' && (
            <View>
              <AvailabilityText event={event} />
            </View>
          )}
        </Fact>
        <Fact label={t('event.deadlineLabel')}>
          <Text>{dateTime(event.registrationDeadline)}</Text>
        </Fact>
      </View>
    </View>
  )
}

/** The reader's registration: a place (with the ticket), or a place in the waitlist. */
function MyRegistration({ event }: { event: EventDetail }) {
  const { t, label, dateTime } = useI18n()
  const registration = event.myRegistration
  if (!registration || registration.status === 'cancelled') return null
  const registered = registration.status === 'registered'
  return (
    <View className={`ev-mine ev-mine--${registration.status}`}>
      <View className='ev-mine__head'>
        <Tag type={REGISTRATION_TAG[registration.status]}>{label(REGISTRATION_STATUS_LABELS[registration.status])}</Tag>
        <Text className='ev-mine__since'>{t('event.registeredOn', { date: dateTime(registration.createdAt) })}</Text>
      </View>
      {registered ? (
        <Text className='ev-mine__text'>
          {registration.checkedInAt
            ? t('event.checkedInAt', { date: dateTime(registration.checkedInAt) })
            : t('event.registeredHint')}
        </Text>
      ) : (
        <Text className='ev-mine__text'>
          {t('event.waitlistHint', { position: registration.waitlistPosition ?? '—' })}
        </Text>
      )}
    </View>
  )
}

/** A cloud roadshow's live link, for registered readers: copied (weapp cannot open outside pages), or opened on H5. */
function OnlineLink({ url }: { url: string }) {
  const { t } = useI18n()
  const copy = () => {
    Taro.setClipboardData({ data: url })
      .then(() => Taro.showToast({ title: t('event.linkCopied'), icon: 'none' }))
      .catch(() => undefined)
  }
  return (
    <Section title={t('event.onlineLink')}>
      <Text className='ev-detail__link' selectable userSelect>
        {url}
      </Text>
      <Text className='ev-detail__muted'>
        {t(process.env.TARO_ENV === 'h5' ? 'event.onlineLinkHintH5' : 'event.onlineLinkHint')}
      </Text>
      <View className='ev-detail__link-actions'>
        <Button size='small' type='primary' fill='outline' onClick={copy}>
          {t('event.copyLink')}
        </Button>
        {process.env.TARO_ENV === 'h5' && (
          <Button size='small' type='primary' onClick={() => window.open(url, '_blank', 'noopener')}>
            {t('event.openLink')}
          </Button>
        )}
      </View>
    </Section>
  )
}

function Article({ event }: { event: EventDetail }) {
  const { t, localized, locale } = useI18n()
  const englishMissing = locale === 'en' && !event.descriptionEn?.trim()
  return (
    <View>
      <Head event={event} />
      <MyRegistration event={event} />
      {event.onlineUrl && event.myRegistration?.status === 'registered' ? <OnlineLink url={event.onlineUrl} /> : null}
      <Section title={t('event.description')}>
        {englishMissing && (
          <View className='ev-detail__notice'>
            <Text>{t('detail.englishFallback')}</Text>
          </View>
        )}
        <Text className='ev-detail__text'>{localized(event.description, event.descriptionEn)}</Text>
      </Section>
      <Section title={t('event.agenda')}>
        <Text className='ev-detail__text'>{localized(event.agenda, event.agendaEn)}</Text>
      </Section>
      <Section title={t('event.organisers')}>
        <Text className='ev-detail__text'>{localized(event.organisers, event.organisersEn)}</Text>
      </Section>
      {ROADSHOW_KINDS.includes(event.kind) && <RoadshowSlots event={event} />}
    </View>
  )
}

/** What the bar says when registering is not possible. */
const BAR_TEXT: Record<EventPhase, MessageKey> = {
  open: 'event.register',
  closed: 'event.bar.closed',
  ongoing: 'event.bar.ongoing',
  ended: 'event.bar.ended',
  cancelled: 'event.bar.cancelled'
}

/** The main button at the bottom: register / join the waitlist / the ticket / cancel, or why none is possible. */
function RegistrationBar({ event }: { event: EventDetail }) {
  const { t, locale } = useI18n()
  const session = useSession()
  const register = useRegisterForEvent()
  const cancel = useCancelRegistration()
  const [confirming, setConfirming] = useState(false)
  const phase = eventPhase(event)
  const registration = event.myRegistration?.status === 'cancelled' ? null : event.myRegistration
  const started = Date.parse(event.startsAt) <= Date.now()

  const join = async () => {
    if (!session) {
      void goToLogin()
      return
    }
    if (register.isPending) return
    try {
      const result = await register.mutateAsync(event.id)
      Taro.showToast({
        title:
          result.status === 'registered'
            ? t('event.registered')
            : t('event.waitlisted', { position: result.waitlistPosition ?? '' }),
        icon: result.status === 'registered' ? 'success' : 'none'
      })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }

  const confirmCancel = async () => {
    setConfirming(false)
    try {
      await cancel.mutateAsync(event.id)
      Taro.showToast({ title: t('event.cancelled'), icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }

  let main: ReactNode
  if (registration && !started && phase !== 'cancelled') {
    main = (
      <View className='ev-bar__pair'>
        <Button
          className='ev-bar__secondary'
          fill='outline'
          loading={cancel.isPending}
          disabled={cancel.isPending}
          onClick={() => setConfirming(true)}
        >
          {t(registration.status === 'registered' ? 'event.cancelRegistration' : 'event.leaveWaitlist')}
        </Button>
        {registration.status === 'registered' ? (
          <Button type='primary' onClick={() => navigateTo('eventTicket', { id: event.id })}>
            {t('event.showTicket')}
          </Button>
        ) : (
          <Button type='warning' fill='outline' disabled>
            {t('event.waitlistPosition', { position: registration.waitlistPosition ?? '—' })}
          </Button>
        )}
      </View>
    )
  } else if (registration?.status === 'registered' && phase === 'ongoing') {
    main = (
      <Button type='primary' block onClick={() => navigateTo('eventTicket', { id: event.id })}>
        {t('event.showTicket')}
      </Button>
    )
  } else if (phase !== 'open') {
    main = (
      <Button block disabled>
        {t(BAR_TEXT[phase])}
      </Button>
    )
  } else {
    const full = placesLeft(event) === 0
    main = (
      <Button
        type={full ? 'warning' : 'primary'}
        block
        loading={register.isPending}
        disabled={register.isPending}
        onClick={join}
      >
        {t(full ? 'event.joinWaitlist' : 'event.register')}
      </Button>
    )
  }

  return (
    <View className='ev-bar'>
      {main}
      <Dialog
        className='ev-dialog'
        visible={confirming}
        title={t(registration?.status === 'waitlisted' ? 'event.leaveWaitlistTitle' : 'event.cancelTitle')}
        content={t(registration?.status === 'waitlisted' ? 'event.leaveWaitlistConfirm' : 'event.cancelConfirm')}
        confirmText={t('event.cancelYes')}
        cancelText={t('event.keep')}
        onConfirm={confirmCancel}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      />
    </View>
  )
}

export default function EventDetailPage() {
  const { t, localized } = useI18n()
  const { params } = useRouter()
  const query = useEvent(params.id)
  // Loaded ahead: whether the reader may mark interest in roadshow projects depends on their organisation.
  useMe()
  usePageChrome('eventDetail')

  useShareAppMessage(() => ({
    title: query.data ? localized(query.data.title, query.data.titleEn) : t('title.eventDetail'),
    path: pageUrl('eventDetail', { id: params.id })
  }))

  return (
    <DetailQuery query={query} className='page ev-detail'>
      {(event, homeLink) => (
        <View className='page ev-detail ev-detail--with-bar'>
          <Article event={event} />
          <View className='ev-detail__ask'>
            <AskAbout type='event' id={event.id} title={localized(event.title, event.titleEn)} category='other' />
          </View>
          {homeLink}
          <RegistrationBar event={event} />
        </View>
      )}
    </DetailQuery>
  )
}
