import { useState } from 'react'
import Taro from '@tarojs/taro'
import { ScrollView, Text, View } from '@tarojs/components'
import { ActionSheet } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/actionsheet/style/css'
import {
  POLICY_CATEGORIES,
  POLICY_CATEGORY_LABELS,
  POLICY_SORTS,
  POLICY_SORT_LABELS,
  REGIONS,
  REGION_LABELS,
  TARGET_GROUPS,
  TARGET_GROUP_LABELS,
  formatAmountYuan,
  type PolicyCategory
} from '@ihaigui/shared'
import { usePolicyList } from '@/features/discovery/discovery.hooks'
import type { PolicyFilters } from '@/features/discovery/policies.api'
import { InfiniteList } from '@/components/InfiniteList'
import { PolicyCard } from '@/features/discovery/components/PolicyCard'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { formatCount, useI18n, type MessageKey } from '@/i18n'
import { navigateTo } from '@/navigation'
import { FaqBanner } from '@/features/desk/components/FaqBanner'
import './index.scss'

/** Benefit thresholds offered in the amount filter, in yuan. */
const MIN_AMOUNTS = [10_000, 100_000, 500_000, 1_000_000] as const

type SheetName = 'region' | 'targetGroup' | 'minAmount' | 'sort'

interface SheetOption {
  name: string
  apply: (filters: PolicyFilters) => PolicyFilters
  selected: boolean
}

function MatcherBanner() {
  const { t } = useI18n()
  return (
    <View
      className='policy-tab__banner'
      hoverClass='policy-tab__banner--pressed'
      onClick={() => navigateTo('policyMatch')}
    >
      <View className='policy-tab__banner-text'>
        <Text className='policy-tab__banner-title'>{t('policies.matcherBannerTitle')}</Text>
        <Text className='policy-tab__banner-hint'>{t('policies.matcherBannerHint')}</Text>
      </View>
      <View className='policy-tab__banner-action'>
        <Text>{t('policies.matcherBannerAction')}</Text>
      </View>
    </View>
  )
}

export default function PolicyPage() {
  const { t, locale, label } = useI18n()
  const [filters, setFilters] = useState<PolicyFilters>({ sort: 'newest' })
  const [sheet, setSheet] = useState<SheetName | null>(null)
  usePageChrome('policy')

  const query = usePolicyList(filters)
  useInfiniteListControls(query)
  const total = query.data?.pages[0]?.total

  const change = (next: PolicyFilters) => {
    setFilters(next)
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }

  const chooseCategory = (category: PolicyCategory | undefined) => {
    if (category !== filters.category) change({ ...filters, category })
  }

  const sheetOptions = (name: SheetName): SheetOption[] => {
    switch (name) {
      case 'region':
        return [
          { name: t('policies.anyRegion'), apply: (f) => ({ ...f, region: undefined }), selected: !filters.region },
          ...REGIONS.map((region) => ({
            name: label(REGION_LABELS[region]),
            apply: (f: PolicyFilters) => ({ ...f, region }),
            selected: filters.region === region
          }))
        ]
      case 'targetGroup':
        return [
          {
            name: t('policies.anyTarget'),
            apply: (f) => ({ ...f, targetGroup: undefined }),
            selected: !filters.targetGroup
          },
          ...TARGET_GROUPS.map((group) => ({
            name: label(TARGET_GROUP_LABELS[group]),
            apply: (f: PolicyFilters) => ({ ...f, targetGroup: group }),
            selected: filters.targetGroup === group
          }))
        ]
      case 'minAmount':
        return [
          {
            name: t('policies.anyAmount'),
            apply: (f) => ({ ...f, minAmount: undefined }),
            selected: !filters.minAmount
          },
          ...MIN_AMOUNTS.map((amount) => ({
            name: t('policies.amountAtLeast', { amount: formatAmountYuan(amount, locale) }),
            apply: (f: PolicyFilters) => ({ ...f, minAmount: amount }),
            selected: filters.minAmount === amount
          }))
        ]
      case 'sort':
        return POLICY_SORTS.map((sort) => ({
          name: label(POLICY_SORT_LABELS[sort]),
          apply: (f: PolicyFilters) => ({ ...f, sort }),
          selected: (filters.sort ?? 'newest') === sort
        }))
    }
  }

  const SHEET_TITLES: Record<SheetName, MessageKey> = {
    region: 'policies.filterRegion',
    targetGroup: 'policies.filterTarget',
    minAmount: 'policies.filterAmount',
    sort: 'policies.filterSort'
  }

  /** The trigger of one drop-down filter: its name, or the value chosen. */
  const trigger = (name: SheetName, value: string | undefined) => (
    <View
      className={value ? 'policy-tab__trigger policy-tab__trigger--active' : 'policy-tab__trigger'}
      hoverClass='policy-tab__trigger--pressed'
      onClick={() => setSheet(name)}
    >
      <Text className='policy-tab__trigger-text'>{value ?? t(SHEET_TITLES[name])}</Text>
      <Text className='policy-tab__caret'>▾</Text>
    </View>
  )

  const options = sheet ? sheetOptions(sheet) : []
  const filtered = Boolean(filters.region || filters.category || filters.targetGroup || filters.minAmount)

  return (
    <View className='policy-tab'>
      <View className='policy-tab__top'>
        <MatcherBanner />
      </View>

      <View className='policy-tab__filters'>
        <ScrollView className='policy-tab__chips' scrollX enhanced showScrollbar={false}>
          {[undefined, ...POLICY_CATEGORIES].map((category) => (
            <View
              key={category ?? 'all'}
              className={
                filters.category === category ? 'policy-tab__chip policy-tab__chip--active' : 'policy-tab__chip'
              }
              onClick={() => chooseCategory(category)}
            >
              <Text>{category ? label(POLICY_CATEGORY_LABELS[category]) : t('policies.allCategories')}</Text>
            </View>
          ))}
        </ScrollView>
        <View className='policy-tab__triggers'>
          {trigger('region', filters.region ? label(REGION_LABELS[filters.region]) : undefined)}
          {trigger('targetGroup', filters.targetGroup ? label(TARGET_GROUP_LABELS[filters.targetGroup]) : undefined)}
          {trigger(
            'minAmount',
            filters.minAmount
              ? t('policies.amountAtLeast', { amount: formatAmountYuan(filters.minAmount, locale) })
              : undefined
          )}
          {trigger(
            'sort',
            filters.sort && filters.sort !== 'newest' ? label(POLICY_SORT_LABELS[filters.sort]) : undefined
          )}
        </View>
      </View>

      <View className='policy-tab__body'>
        <FaqBanner />
        <View className='policy-tab__summary'>
          <Text className='policy-tab__count'>
            {total === undefined ? ' ' : t('policies.count', { count: formatCount(total, locale) })}
          </Text>
          {filtered && (
            <Text className='policy-tab__clear' onClick={() => change({ sort: filters.sort })}>
              {t('policies.clearFilters')}
            </Text>
          )}
        </View>
        <InfiniteList
          query={query}
          emptyMessage={filtered ? t('policies.emptyFiltered') : t('policies.empty')}
          renderItem={(policy) => <PolicyCard policy={policy} showCategory={!filters.category} />}
        />
      </View>

      <ActionSheet
        visible={sheet !== null}
        title={sheet ? t(SHEET_TITLES[sheet]) : ''}
        className='policy-tab__sheet'
        options={options.map((o) => ({ name: o.selected ? `✓ ${o.name}` : o.name }))}
        cancelText={t('common.cancel')}
        onSelect={(_item, index) => {
          setSheet(null)
          const picked = options[index]
          if (picked && !picked.selected) change(picked.apply(filters))
        }}
        onCancel={() => setSheet(null)}
      />
    </View>
  )
}
