import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { CONSULTATION_CATEGORIES, CONSULTATION_CATEGORY_LABELS } from '@ihaigui/shared'
import { deliverDownload } from '@/components/save-download'
import { ErrorState, PageLoading } from '@/components/StateViews'
import { DataTable } from '@/features/dashboard/DataTable'
import { useSubmit } from '@/forms/useSubmit'
import { formatCount, useI18n } from '@/i18n'
import { exportDeskStats } from '../desk.api'
import { hoursText, percentText } from '../desk-display'
import { useDeskStats } from '../desk.hooks'
import '../desk.scss'

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <View className='desk-kpi'>
      <Text className='desk-kpi__label'>{label}</Text>
      <Text className='desk-kpi__value'>{value}</Text>
    </View>
  )
}

/** The dashboard's service-desk section: counts per category and week, times, target share, satisfaction. */
export function DeskStatsCard({ from, to }: { from: string; to: string }) {
  const { t, label, locale, date } = useI18n()
  const stats = useDeskStats(from, to)
  const exporter = useSubmit(
    async () => {
      const file = await exportDeskStats(from, to)
      await deliverDownload(file, 'xlsx', `service-desk-${from}_${to}.xlsx`)
      if (process.env.TARO_ENV === 'h5') Taro.showToast({ title: t('dash.exported'), icon: 'success' })
    },
    { failureToast: true }
  )
  const none = t('desk.dash.noData')
  const hours = (h: number | null) => {
    const text = hoursText(h)
    return text === null ? none : t('desk.dash.hours', { hours: text })
  }
  let body
  if (stats.isPending) body = <PageLoading />
  else if (stats.isError) body = <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
  else {
    const s = stats.data
    const sat = s.satisfaction
    body = (
      <>
        <View className='desk-kpis'>
          <Figure label={t('desk.dash.total')} value={formatCount(s.total, locale)} />
          <Figure label={t('desk.dash.overdueNow')} value={formatCount(s.overdueNow, locale)} />
          <Figure label={t('desk.dash.firstMedian')} value={hours(s.medianFirstResponseHours)} />
          <Figure label={t('desk.dash.resolutionMedian')} value={hours(s.medianResolutionHours)} />
          <Figure label={t('desk.dash.withinTarget')} value={percentText(s.resolvedWithinTarget) ?? none} />
          <Figure
            label={t('desk.dash.satisfaction')}
            value={
              sat.meanScore === null
                ? none
                : t('desk.dash.satisfactionValue', {
                    score: sat.meanScore.toFixed(1),
                    ratings: sat.ratings,
                    resolved: percentText(sat.resolvedShare) ?? none
                  })
            }
          />
        </View>
        <Text className='dash__note'>{t('desk.dash.perWeek')}</Text>
        <DataTable
          head={[t('desk.dash.week'), ...CONSULTATION_CATEGORIES.map((c) => label(CONSULTATION_CATEGORY_LABELS[c]))]}
          rows={s.weeks.map((w) => ({
            key: w.weekStart,
            cells: [date(`${w.weekStart}T04:00:00Z`), ...CONSULTATION_CATEGORIES.map((c) => String(w.counts[c] ?? 0))]
          }))}
        />
      </>
    )
  }
  return (
    <View className='dash__card dash__card--desk'>
      <View className='dash__card-head'>
        <Text className='dash__card-title'>{t('desk.dash.title')}</Text>
        <Button
          className='dash__export dash__export--desk'
          size='small'
          type='primary'
          fill='outline'
          loading={exporter.pending}
          onClick={() => void exporter.submit()}
        >
          {t('dash.export')}
        </Button>
      </View>
      {body}
    </View>
  )
}
