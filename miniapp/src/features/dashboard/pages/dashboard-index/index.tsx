import { useMemo, useState } from 'react'
import { View } from '@tarojs/components'
import type { DashboardQuery } from '@ihaigui/shared'
import { useDashboard } from '@/features/dashboard/dashboard.hooks'
import { SignedIn } from '@/components/SessionGates'
import { EmptyState, ErrorState, PageLoading } from '@/components/StateViews'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { ActivityCard, BreakdownCard, DistrictCard, FunnelCard } from '@/features/dashboard/cards'
import { PeriodFilter } from '@/features/dashboard/PeriodFilter'
import {
  cityToday,
  isEmptyDashboard,
  periodProblem,
  presetPeriod,
  type Period,
  type PeriodPreset
} from '@/features/dashboard/period'
import { DeskStatsCard } from '@/features/desk/components/DeskStatsCard'
import '../../dashboard.scss'

function Figures({ query }: { query: DashboardQuery }) {
  const { t } = useI18n()
  const dashboard = useDashboard(query)
  if (dashboard.isPending) return <PageLoading />
  if (dashboard.isError) return <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
  const data = dashboard.data
  if (isEmptyDashboard(data)) return <EmptyState message={`${t('dash.empty')} · ${t('dash.emptyHint')}`} />
  return (
    <View className={dashboard.isPlaceholderData ? 'dash__updating' : ''} aria-busy={dashboard.isPlaceholderData}>
      <FunnelCard data={data} query={query} />
      <BreakdownCard table='region' data={data} query={query} />
      <BreakdownCard table='field' data={data} query={query} />
      <BreakdownCard table='degree' data={data} query={query} />
      <DistrictCard data={data} query={query} />
      <ActivityCard data={data} query={query} />
    </View>
  )
}

function Dashboard() {
  const today = useMemo(() => cityToday(), [])
  const [preset, setPreset] = useState<PeriodPreset>('month')
  const [custom, setCustom] = useState<Period>(() => presetPeriod('month', today))
  const [eventId, setEventId] = useState<number | undefined>(undefined)
  const period = preset === 'custom' ? custom : presetPeriod(preset, today)
  const choosePreset = (next: PeriodPreset) => {
    // A custom period starts from what was on screen.
    if (next === 'custom' && preset !== 'custom') setCustom(period)
    setPreset(next)
  }
  const valid = periodProblem(period) === null
  return (
    <View className='dash__body'>
      <PeriodFilter
        preset={preset}
        custom={custom}
        period={period}
        eventId={eventId}
        onPreset={choosePreset}
        onCustom={setCustom}
        onEvent={setEventId}
      />
      {valid && <Figures query={{ from: period.from, to: period.to, eventId }} />}
      {valid && <DeskStatsCard from={period.from} to={period.to} />}
    </View>
  )
}

/** 数据看板: the matchmaking funnel, its breakdowns, landings and platform activity for a period and an event. */
export default function StaffDashboardPage() {
  usePageChrome('staffDashboard')
  return (
    <View className='dash'>
      <SignedIn roles={['staff', 'admin']}>{() => <Dashboard />}</SignedIn>
    </View>
  )
}
