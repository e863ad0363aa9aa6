import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  FINANCE_KINDS,
  FINANCE_KIND_LABELS,
  financeKindSchema,
  type FinanceKind,
  type FinanceSummary
} from '@ihaigui/shared'
import { useFinanceList } from '@/features/parks/finance.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { formatAmount } from '@/features/parks/format'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import '../../components/cards.scss'
import { FilterTabs } from '@/components/FilterTabs'
import '../../finance/finance.scss'

type Filter = FinanceKind | 'all'
const FILTERS: readonly Filter[] = ['all', ...FINANCE_KINDS]

function FinanceCard({ service }: { service: FinanceSummary }) {
  const { t, label, localized, locale } = useI18n()
  const amount = formatAmount(service.amountMin, service.amountMax, locale)
  return (
    <View
      className='finance-card'
      hoverClass='finance-card--pressed'
      onClick={() => navigateTo('financeDetail', { id: service.id })}
    >
      <View className='finance-card__meta'>
        <Tag type='primary' plain>
          {label(FINANCE_KIND_LABELS[service.kind])}
        </Tag>
        <Text className='finance-card__provider'>{service.provider.name}</Text>
      </View>
      <Text className='finance-card__name'>{localized(service.name, service.nameEn)}</Text>
      <Text className={`finance-card__amount${amount ? '' : ' finance-card__amount--none'}`}>
        {amount ?? t('finance.amountNone')}
      </Text>
      <Text className='finance-card__summary'>{localized(service.summary, service.summaryEn)}</Text>
    </View>
  )
}

export default function FinanceListPage() {
  const { t, label } = useI18n()
  const { params } = useRouter()
  const [filter, setFilter] = useState<Filter>(() => financeKindSchema.safeParse(params.kind).data ?? 'all')
  usePageChrome('financeList')

  const query = useFinanceList(filter === 'all' ? undefined : filter)
  useInfiniteListControls(query)

  const changeFilter = (value: string | number) => {
    const next = FILTERS.find((f) => f === value) ?? 'all'
    if (next === filter) return
    setFilter(next)
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }

  return (
    <View className='pf-list'>
      <View className='pf-list__tabs'>
        <FilterTabs
          value={filter}
          options={FILTERS.map((f) => ({
            value: f,
            title: f === 'all' ? t('finance.all') : label(FINANCE_KIND_LABELS[f])
          }))}
          onChange={changeFilter}
          align='left'
        />
      </View>
      <View className='pf-list__body'>
        <InfiniteList
          query={query}
          emptyMessage={t('finance.empty')}
          renderItem={(service) => <FinanceCard service={service} />}
        />
      </View>
    </View>
  )
}
