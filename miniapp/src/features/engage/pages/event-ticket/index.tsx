import { useRef } from 'react'
import Taro, { useDidHide, useDidShow, useRouter, useUnload } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { EventDetail } from '@ihaigui/shared'
import { useEvent } from '@/features/engage/events.hooks'
import { QrCode } from '@/features/engage/components/QrCode'
import { formatSlotTime } from '@/features/parks/format'
import { SignedIn } from '@/components/SessionGates'
import { EmptyState, ErrorState, PageLoading } from '@/components/StateViews'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { redirectTo } from '@/navigation'
import { pageFromPath } from '@/routes'
import { usePlaceText } from '@/features/engage/event/EventCard'
import { groupedCode } from '@/features/engage/event/event-display'
import '../../event/event.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** weapp: full brightness while the code shows (door scanners read a dim screen badly), the user's own level after. */
function useBrightScreen() {
  const saved = useRef<number | null>(null)
  const restore = () => {
    if (!IS_WEAPP || saved.current === null) return
    const value = saved.current
    saved.current = null
    Taro.setScreenBrightness({ value }).catch(() => undefined)
  }
  useDidShow(() => {
    if (!IS_WEAPP) return
    Taro.getScreenBrightness()
      .then(({ value }) => {
        saved.current = value
        return Taro.setScreenBrightness({ value: 1 })
      })
      .catch(() => undefined)
  })
  useDidHide(restore)
  useUnload(restore)
}

/** Back to the event when the ticket was opened from it, else to the event in place of the ticket. */
function openEvent(id: number) {
  const stack = Taro.getCurrentPages()
  const below = stack[stack.length - 2]
  if (below && pageFromPath(below.route) === 'eventDetail') void Taro.navigateBack()
  else void redirectTo('eventDetail', { id })
}

function Ticket({ event }: { event: EventDetail }) {
  const { t, localized, locale, dateTime } = useI18n()
  const placeText = usePlaceText()
  const registration = event.myRegistration
  const code = registration?.status === 'registered' ? registration.checkInCode : null
  const title = localized(event.title, event.titleEn)

  return (
    <View className='ticket'>
      <View className='ticket__card'>
        <Text className='ticket__event'>{title}</Text>
        <Text className='ticket__when'>{formatSlotTime(event.startsAt, event.endsAt, locale)}</Text>
        <Text className='ticket__where'>{placeText(event)}</Text>
        <View className='ticket__tear' />
        {code ? (
          <>
            <View className='ticket__qr'>
              <QrCode value={code} label={t('ticket.qrLabel', { code })} />
            </View>
            <Text className='ticket__code-label'>{t('ticket.codeLabel')}</Text>
            <Text className='ticket__code' selectable userSelect>
              {groupedCode(code)}
            </Text>
            {registration?.checkedInAt ? (
              <Text className='ticket__checked'>
                {t('ticket.checkedIn', { date: dateTime(registration.checkedInAt) })}
              </Text>
            ) : (
              <Text className='ticket__hint'>{t('ticket.hint')}</Text>
            )}
          </>
        ) : (
          <View className='ticket__none'>
            <EmptyState
              message={
                registration?.status === 'waitlisted'
                  ? t('ticket.waitlisted', { position: registration.waitlistPosition ?? '—' })
                  : t('ticket.notRegistered')
              }
            />
          </View>
        )}
      </View>
      {code && (
        <View className='ticket__brightness'>
          <View className='ticket__sun' />
          <Text>{t(IS_WEAPP ? 'ticket.brightnessAuto' : 'ticket.brightness')}</Text>
        </View>
      )}
      <View className='ticket__back' hoverClass='ticket__back--pressed' onClick={() => openEvent(event.id)}>
        <Text>{t('ticket.eventDetails')} ›</Text>
      </View>
    </View>
  )
}

function TicketLoader() {
  const { params } = useRouter()
  const query = useEvent(params.id)
  if (query.isPending) return <PageLoading />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />
  return <Ticket event={query.data} />
}

export default function EventTicketPage() {
  usePageChrome('eventTicket')
  useBrightScreen()
  return (
    <View className='page ev-ticket'>
      <SignedIn>{() => <TicketLoader />}</SignedIn>
    </View>
  )
}
