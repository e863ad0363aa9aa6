import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Dialog, TextArea } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import {
  BOOKING_STATUSES,
  BOOKING_STATUS_LABELS,
  respondBookingSchema,
  type BookingStatus,
  type VisitBooking
} from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { useHostVisitBookings, useRespondToVisitBooking } from '@/features/parks/parks.hooks'
import { useErrorText } from '@/components/form/Form'
import { InfiniteList } from '@/components/InfiniteList'
import { formatSlotTime } from '@/features/parks/format'
import { VisitBookingCard } from '@/features/parks/components/VisitBookingCard'
import { SignedIn } from '@/components/SessionGates'
import { validateForm, type FieldError } from '@/forms/validation'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import '../../components/cards.scss'
import { FilterTabs } from '@/components/FilterTabs'

type Filter = BookingStatus | 'all'
const FILTERS: readonly Filter[] = [...BOOKING_STATUSES, 'all']
const HOST_ROLES = ['enterprise', 'staff', 'admin'] as const

interface Responding {
  booking: VisitBooking
  decision: 'confirmed' | 'declined'
}

function RespondDialog({ responding, onClose }: { responding: Responding | null; onClose: () => void }) {
  const { t, locale, localized } = useI18n()
  const respond = useRespondToVisitBooking()
  const errorText = useErrorText()
  const [note, setNote] = useState('')
  const [error, setError] = useState<FieldError | undefined>()

  const close = () => {
    setNote('')
    setError(undefined)
    onClose()
  }

  const confirm = async () => {
    if (!responding || respond.isPending) return
    const result = validateForm(respondBookingSchema, { decision: responding.decision, note })
    if (!result.ok) {
      setError(result.errors.note)
      return
    }
    try {
      await respond.mutateAsync({ id: responding.booking.id, input: result.data })
      Taro.showToast({
        title: t(responding.decision === 'confirmed' ? 'host.confirmed' : 'host.declined'),
        icon: 'success'
      })
      close()
    } catch (failure) {
      setError({ text: describeError(failure, locale).message })
    }
  }

  const booking = responding?.booking
  return (
    <Dialog
      visible={responding !== null}
      title={t(responding?.decision === 'declined' ? 'host.declineTitle' : 'host.confirmTitle')}
      confirmText={t(responding?.decision === 'declined' ? 'host.decline' : 'host.confirm')}
      cancelText={t('common.cancel')}
      onConfirm={confirm}
      onCancel={close}
      onClose={() => undefined}
    >
      <View className='pf-dialog'>
        {booking && (
          <Text className='pf-dialog__subject'>
            {`${booking.visitor.displayName} · ${localized(booking.park.name, booking.park.nameEn)} · ${formatSlotTime(
              booking.slot.startsAt,
              booking.slot.endsAt,
              locale
            )}`}
          </Text>
        )}
        <TextArea
          value={note}
          placeholder={t('host.notePlaceholder')}
          maxLength={300}
          showCount
          rows={3}
          onChange={(value) => {
            setNote(value)
            setError(undefined)
          }}
        />
        {error && <Text className='form-field__error'>{errorText(error)}</Text>}
      </View>
    </Dialog>
  )
}

function Bookings({ status }: { status: Filter }) {
  const { t } = useI18n()
  const query = useHostVisitBookings(status === 'all' ? undefined : status)
  const [responding, setResponding] = useState<Responding | null>(null)
  useInfiniteListControls(query)
  return (
    <>
      <InfiniteList
        query={query}
        skeletonCount={3}
        emptyMessage={t('host.visitsEmpty')}
        renderItem={(booking) => (
          <VisitBookingCard
            booking={booking}
            side='host'
            actions={
              booking.status === 'pending' ? (
                <>
                  <Button
                    size='small'
                    type='danger'
                    fill='outline'
                    onClick={() => setResponding({ booking, decision: 'declined' })}
                  >
                    {t('host.decline')}
                  </Button>
                  <Button size='small' type='primary' onClick={() => setResponding({ booking, decision: 'confirmed' })}>
                    {t('host.confirm')}
                  </Button>
                </>
              ) : null
            }
          />
        )}
      />
      <RespondDialog responding={responding} onClose={() => setResponding(null)} />
    </>
  )
}

export default function HostVisitsPage() {
  const { t, label } = useI18n()
  const [status, setStatus] = useState<Filter>('pending')
  usePageChrome('hostVisits')
  return (
    <View className='pf-list'>
      <SignedIn roles={HOST_ROLES}>
        {() => (
          <>
            <View className='pf-list__tabs'>
              <FilterTabs
                value={status}
                options={FILTERS.map((f) => ({
                  value: f,
                  title: f === 'all' ? t('host.all') : label(BOOKING_STATUS_LABELS[f])
                }))}
                onChange={setStatus}
                align='left'
              />
            </View>
            <View className='pf-list__body'>
              <Bookings key={status} status={status} />
            </View>
          </>
        )}
      </SignedIn>
    </View>
  )
}
