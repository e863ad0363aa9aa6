import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import type { VisitBooking } from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { useCancelVisitBooking, useMyVisitBookings } from '@/features/parks/parks.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { VisitBookingCard } from '@/features/parks/components/VisitBookingCard'
import { SignedIn } from '@/components/SessionGates'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import '../../components/cards.scss'
import '../../park/park.scss'

function Bookings() {
  const { t, locale } = useI18n()
  const query = useMyVisitBookings()
  const cancel = useCancelVisitBooking()
  const [cancelling, setCancelling] = useState<VisitBooking | null>(null)
  useInfiniteListControls(query)

  const confirmCancel = async () => {
    const booking = cancelling
    setCancelling(null)
    if (!booking) return
    try {
      await cancel.mutateAsync(booking.id)
      Taro.showToast({ title: t('visit.cancelled'), icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }

  const empty = query.data?.pages[0]?.total === 0

  return (
    <>
      <InfiniteList
        query={query}
        emptyMessage={t('visit.empty')}
        renderItem={(booking) => (
          <VisitBookingCard
            booking={booking}
            side='visitor'
            onOpenPark={(id) => navigateTo('parkDetail', { id })}
            actions={
              booking.status === 'pending' || booking.status === 'confirmed' ? (
                <Button
                  size='small'
                  type='danger'
                  fill='outline'
                  loading={cancel.isPending && cancel.variables === booking.id}
                  disabled={cancel.isPending}
                  onClick={() => setCancelling(booking)}
                >
                  {t('visit.cancel')}
                </Button>
              ) : null
            }
          />
        )}
      />
      {empty && (
        <View className='park-clear'>
          <Button type='primary' fill='outline' block onClick={() => navigateTo('parkList')}>
            {t('visit.browseParks')}
          </Button>
        </View>
      )}
      <Dialog
        visible={cancelling !== null}
        title={t('visit.cancelTitle')}
        content={t('visit.cancelConfirm')}
        confirmText={t('visit.cancel')}
        cancelText={t('visit.keep')}
        onConfirm={confirmCancel}
        onCancel={() => setCancelling(null)}
        onClose={() => setCancelling(null)}
      />
    </>
  )
}

export default function MyVisitsPage() {
  usePageChrome('myVisits')
  return (
    <View className='page'>
      <SignedIn>{() => <Bookings />}</SignedIn>
    </View>
  )
}
