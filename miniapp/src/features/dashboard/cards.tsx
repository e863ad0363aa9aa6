import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import {
  conversionFromPrevious,
  ACTIVITY_METRIC_LABELS,
  type Bilingual,
  type Dashboard,
  DASHBOARD_TABLE_LABELS,
  type DashboardQuery,
  type DashboardTable,
  DEGREE_LABELS,
  DISTRICT_LABELS,
  FUNNEL_STAGE_LABELS,
  INDUSTRY_LABELS,
  ORIGIN_REGION_LABELS
} from '@ihaigui/shared'
import { Chart } from '@/features/dashboard/components/Chart'
import { formatCount, useI18n, type MessageKey } from '@/i18n'
import { DataTable } from './DataTable'
import { ExportButton } from './ExportButton'
import { amountText, percentText } from './period'

/** One colour per funnel stage, dark to light along the way. */
const STAGE_COLORS = ['#1f4e9c', '#2f64b5', '#3f7bcc', '#5b93d9', '#f08c2e', '#e7772a', '#3ca272']
const PROJECTS_COLOR = '#1f4e9c'
const INTENTIONS_COLOR = '#f08c2e'
const SIGNED_COLOR = '#3ca272'
/** Rows a bar chart is drawn for (the table lists them all). */
const CHART_ROWS = 10

/** Height (design px) of a horizontal bar chart of `rows` categories with `series` bars each, and a legend. */
const barHeight = (rows: number, series: number, legend = false) =>
  Math.max(240, rows * (series * 32 + 28) + 48) + (legend ? 56 : 0)

function Card({
  table,
  query,
  hint,
  children
}: {
  table: DashboardTable
  query: DashboardQuery
  hint: MessageKey
  children: ReactNode
}) {
  const { t, label } = useI18n()
  return (
    <View className={`dash__card dash__card--${table}`}>
      <View className='dash__card-head'>
        <Text className='dash__card-title'>{label(DASHBOARD_TABLE_LABELS[table])}</Text>
        <ExportButton query={query} table={table} />
      </View>
      <Text className='dash__note'>{t(hint)}</Text>
      {children}
    </View>
  )
}

export function FunnelCard({ data, query }: { data: Dashboard; query: DashboardQuery }) {
  const { t, label, locale } = useI18n()
  const names = data.funnel.map((r) => label(FUNNEL_STAGE_LABELS[r.stage]))
  return (
    <Card table='funnel' query={query} hint='dash.funnelHint'>
      <View className='dash__chart'>
        <Chart
          id='dash-chart-funnel'
          type='bar'
          label={t('dash.chartOf', { table: label(DASHBOARD_TABLE_LABELS.funnel) })}
          height={barHeight(names.length, 1)}
          categories={names}
          series={[
            {
              name: t('dash.col.count'),
              data: data.funnel.map((r, i) => ({ value: r.count, color: STAGE_COLORS[i % STAGE_COLORS.length] }))
            }
          ]}
        />
      </View>
      <DataTable
        head={[t('dash.col.stage'), t('dash.col.count'), t('dash.col.conversion')]}
        rows={data.funnel.map((r, i) => ({
          key: r.stage,
          cells: [names[i], formatCount(r.count, locale), percentText(conversionFromPrevious(data.funnel, i))]
        }))}
      />
    </Card>
  )
}

type BreakdownTable = 'region' | 'field' | 'degree'
const BREAKDOWN: Record<
  BreakdownTable,
  { rows: (d: Dashboard) => Dashboard['byRegion']; labels: Record<string, Bilingual>; head: MessageKey }
> = {
  region: { rows: (d) => d.byRegion, labels: ORIGIN_REGION_LABELS, head: 'dash.col.region' },
  field: { rows: (d) => d.byField, labels: INDUSTRY_LABELS, head: 'dash.col.field' },
  degree: { rows: (d) => d.byDegree, labels: DEGREE_LABELS, head: 'dash.col.degree' }
}

export function BreakdownCard({
  table,
  data,
  query
}: {
  table: BreakdownTable
  data: Dashboard
  query: DashboardQuery
}) {
  const { t, label, locale } = useI18n()
  const spec = BREAKDOWN[table]
  const rows = spec.rows(data)
  const name = (key: string) => (spec.labels[key] ? label(spec.labels[key]) : key)
  const charted = rows.slice(0, CHART_ROWS)
  return (
    <Card table={table} query={query} hint='dash.breakdownHint'>
      {charted.length > 0 && (
        <View className='dash__chart'>
          <Chart
            id={`dash-chart-${table}`}
            type='bar'
            legend
            label={t('dash.chartOf', { table: label(DASHBOARD_TABLE_LABELS[table]) })}
            height={barHeight(charted.length, 2, true)}
            categories={charted.map((r) => name(r.key))}
            series={[
              { name: t('dash.col.projects'), data: charted.map((r) => r.projects), color: PROJECTS_COLOR },
              { name: t('dash.col.intentions'), data: charted.map((r) => r.intentions), color: INTENTIONS_COLOR }
            ]}
          />
        </View>
      )}
      <DataTable
        head={[
          t(spec.head),
          t('dash.col.projects'),
          t('dash.col.accepted'),
          t('dash.col.intentions'),
          t('dash.col.signed')
        ]}
        rows={rows.map((r) => ({
          key: r.key,
          cells: [
            name(r.key),
            formatCount(r.projects, locale),
            formatCount(r.accepted, locale),
            formatCount(r.intentions, locale),
            formatCount(r.signed, locale)
          ]
        }))}
      />
    </Card>
  )
}

export function DistrictCard({ data, query }: { data: Dashboard; query: DashboardQuery }) {
  const { t, label, locale } = useI18n()
  const name = (district: string) =>
    district in DISTRICT_LABELS ? label(DISTRICT_LABELS[district as keyof typeof DISTRICT_LABELS]) : t('dash.notGiven')
  return (
    <Card table='district' query={query} hint='dash.districtHint'>
      {data.byDistrict.length > 0 && (
        <View className='dash__chart'>
          <Chart
            id='dash-chart-district'
            type='bar'
            label={t('dash.chartOf', { table: label(DASHBOARD_TABLE_LABELS.district) })}
            height={barHeight(data.byDistrict.length, 1)}
            categories={data.byDistrict.map((r) => name(r.district))}
            series={[{ name: t('dash.col.signed'), data: data.byDistrict.map((r) => r.signed), color: SIGNED_COLOR }]}
          />
        </View>
      )}
      <DataTable
        head={[t('dash.col.district'), t('dash.col.signed'), t('dash.col.capital'), t('dash.col.investment')]}
        rows={data.byDistrict.map((r) => ({
          key: r.district || 'none',
          cells: [
            name(r.district),
            formatCount(r.signed, locale),
            amountText(r.registeredCapital),
            amountText(r.investmentAmount)
          ]
        }))}
      />
    </Card>
  )
}

export function ActivityCard({ data, query }: { data: Dashboard; query: DashboardQuery }) {
  const { label, locale } = useI18n()
  return (
    <Card table='activity' query={query} hint='dash.activityHint'>
      <View className='dash__tiles'>
        {data.activity.map((r) => (
          <View key={r.metric} className='dash__tile' data-metric={r.metric}>
            <Text className='dash__tile-value'>{formatCount(r.count, locale)}</Text>
            <Text className='dash__tile-label'>{label(ACTIVITY_METRIC_LABELS[r.metric])}</Text>
          </View>
        ))}
      </View>
    </Card>
  )
}
