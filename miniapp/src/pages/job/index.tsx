import { useState } from 'react'
import Taro from '@tarojs/taro'
import { ScrollView, Text, View } from '@tarojs/components'
import { ActionSheet } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/actionsheet/style/css'
import {
  DEGREES,
  DEGREE_LABELS,
  DISTRICTS,
  DISTRICT_LABELS,
  INDUSTRIES,
  INDUSTRY_LABELS,
  JOB_FUNCTIONS,
  JOB_FUNCTION_LABELS,
  POSTED_WITHIN,
  type JobFunction
} from '@ihaigui/shared'
import { usePositionList } from '@/features/jobs/jobs.hooks'
import type { PositionFilters } from '@/features/jobs/jobs.api'
import { InfiniteList } from '@/components/InfiniteList'
import { JobCard } from '@/features/jobs/components/JobCard'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { formatCount, useI18n, type MessageKey } from '@/i18n'
import { SearchBox } from '@/components/SearchBox'
import './index.scss'

/** Typing pauses this long before the query is sent. */
const QUERY_MAX = 40
/** Monthly pay thresholds offered in the salary filter, in yuan. */
const MIN_SALARIES = [10_000, 20_000, 30_000, 50_000] as const

type SheetName = 'industry' | 'district' | 'minDegree' | 'minSalary' | 'postedWithin'
const SHEETS: readonly SheetName[] = ['industry', 'district', 'minDegree', 'minSalary', 'postedWithin']
const SHEET_TITLES: Record<SheetName, MessageKey> = {
  industry: 'jobs.filterIndustry',
  district: 'jobs.filterDistrict',
  minDegree: 'jobs.filterDegree',
  minSalary: 'jobs.filterSalary',
  postedWithin: 'jobs.filterPosted'
}

interface SheetOption {
  name: string
  value: string | number | undefined
}

export default function JobPage() {
  const { t, label, locale } = useI18n()
  const [filters, setFilters] = useState<PositionFilters>({})
  const [sheet, setSheet] = useState<SheetName | null>(null)
  usePageChrome('job')

  const query = usePositionList(filters)
  useInfiniteListControls(query)
  const total = query.data?.pages[0]?.total

  const change = (next: PositionFilters) => {
    setFilters(next)
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }

  // The search runs once typing pauses (or at once on "search" on the keyboard).
  const search = (q: string | undefined) => {
    if (q !== filters.q) change({ ...filters, q })
  }

  const salaryName = (yuan: number) =>
    t('jobs.salaryAtLeast', { amount: t('jobs.salaryAmount', { wan: yuan / 10_000, k: yuan / 1000 }) })
  const postedName = (days: string) => t('jobs.postedWithinDays', { days })

  const sheetOptions = (name: SheetName): SheetOption[] => {
    switch (name) {
      case 'industry':
        return [
          { name: t('jobs.anyIndustry'), value: undefined },
          ...INDUSTRIES.map((v) => ({ name: label(INDUSTRY_LABELS[v]), value: v }))
        ]
      case 'district':
        return [
          { name: t('jobs.anyDistrict'), value: undefined },
          ...DISTRICTS.map((v) => ({ name: label(DISTRICT_LABELS[v]), value: v }))
        ]
      case 'minDegree':
        return [
          { name: t('jobs.anyDegree'), value: undefined },
          ...DEGREES.filter((v) => v !== 'other').map((v) => ({
            name: t('jobs.degreeMine', { degree: label(DEGREE_LABELS[v]) }),
            value: v
          }))
        ]
      case 'minSalary':
        return [
          { name: t('jobs.anySalary'), value: undefined },
          ...MIN_SALARIES.map((v) => ({ name: salaryName(v), value: v }))
        ]
      case 'postedWithin':
        return [
          { name: t('jobs.anyTime'), value: undefined },
          ...POSTED_WITHIN.map((v) => ({ name: postedName(v), value: v }))
        ]
    }
  }

  /** The text of a trigger: the value chosen, or the filter's name. */
  const chosen = (name: SheetName): string | undefined => {
    switch (name) {
      case 'industry':
        return filters.industry && label(INDUSTRY_LABELS[filters.industry])
      case 'district':
        return filters.district && label(DISTRICT_LABELS[filters.district])
      case 'minDegree':
        return filters.minDegree && t('jobs.degreeMine', { degree: label(DEGREE_LABELS[filters.minDegree]) })
      case 'minSalary':
        return filters.minSalary ? salaryName(filters.minSalary) : undefined
      case 'postedWithin':
        return filters.postedWithin && postedName(filters.postedWithin)
    }
  }

  const choose = (name: SheetName, value: string | number | undefined) => {
    if (filters[name] === value) return
    change({ ...filters, [name]: value } as PositionFilters)
  }

  const chooseFunction = (fn: JobFunction | undefined) => {
    if (fn !== filters.function) change({ ...filters, function: fn })
  }

  const options = sheet ? sheetOptions(sheet) : []
  const filtered = Boolean(
    filters.q ||
    filters.function ||
    filters.industry ||
    filters.district ||
    filters.minDegree ||
    filters.minSalary ||
    filters.postedWithin
  )

  return (
    <View className='job-tab'>
      <View className='job-tab__header'>
        <SearchBox
          value={filters.q}
          onSearch={search}
          placeholder={t('jobs.searchPlaceholder')}
          maxLength={QUERY_MAX}
        />

        <ScrollView className='job-tab__chips' scrollX enhanced showScrollbar={false}>
          {[undefined, ...JOB_FUNCTIONS].map((fn) => (
            <View
              key={fn ?? 'all'}
              className={filters.function === fn ? 'job-tab__chip job-tab__chip--active' : 'job-tab__chip'}
              onClick={() => chooseFunction(fn)}
            >
              <Text>{fn ? label(JOB_FUNCTION_LABELS[fn]) : t('jobs.allFunctions')}</Text>
            </View>
          ))}
        </ScrollView>

        <View className='job-tab__triggers'>
          {SHEETS.map((name) => {
            const value = chosen(name)
            return (
              <View
                key={name}
                className={value ? 'job-tab__trigger job-tab__trigger--active' : 'job-tab__trigger'}
                hoverClass='job-tab__trigger--pressed'
                onClick={() => setSheet(name)}
              >
                <Text className='job-tab__trigger-text'>{value ?? t(SHEET_TITLES[name])}</Text>
                <Text className='job-tab__caret'>▾</Text>
              </View>
            )
          })}
        </View>
      </View>

      <View className='job-tab__body'>
        <View className='job-tab__summary'>
          <Text className='job-tab__count'>
            {total === undefined ? ' ' : t('jobs.count', { count: formatCount(total, locale) })}
          </Text>
          {filtered && (
            <Text className='job-tab__clear' onClick={() => change({})}>
              {t('jobs.clearFilters')}
            </Text>
          )}
        </View>
        <InfiniteList
          query={query}
          emptyMessage={filtered ? t('jobs.emptyFiltered') : t('jobs.empty')}
          renderItem={(position) => <JobCard position={position} />}
        />
      </View>

      <ActionSheet
        visible={sheet !== null}
        title={sheet ? t(SHEET_TITLES[sheet]) : ''}
        className='job-tab__sheet'
        options={options.map((o) => ({ name: sheet && filters[sheet] === o.value ? `✓ ${o.name}` : o.name }))}
        cancelText={t('common.cancel')}
        onSelect={(_item, index) => {
          const name = sheet
          setSheet(null)
          const picked = options[index]
          if (name && picked) choose(name, picked.value)
        }}
        onCancel={() => setSheet(null)}
      />
    </View>
  )
}
