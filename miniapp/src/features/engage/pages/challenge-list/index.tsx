import { useState } from 'react'
import Taro from '@tarojs/taro'
import { ScrollView, Text, View } from '@tarojs/components'
import { INDUSTRIES, INDUSTRY_LABELS, type Industry } from '@ihaigui/shared'
import type { ChallengeFilters } from '@/features/engage/challenges.api'
import { useChallengeList } from '@/features/engage/challenges.hooks'
import { useSession } from '@/features/account/session.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { formatCount, useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { ChallengeCard } from '@/features/engage/challenge/ChallengeCard'
import { SearchBox } from '@/components/SearchBox'
import '../../challenge/challenge.scss'

/** Typing pauses this long before the query is sent. */
const QUERY_MAX = 40

export default function ChallengeListPage() {
  const { t, label, locale } = useI18n()
  const session = useSession()
  const [filters, setFilters] = useState<ChallengeFilters>({})
  usePageChrome('challengeList')

  const query = useChallengeList(filters)
  useInfiniteListControls(query)
  const total = query.data?.pages[0]?.total

  const change = (next: ChallengeFilters) => {
    setFilters(next)
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }

  const search = (q: string | undefined) => {
    if (q !== filters.q) change({ ...filters, q })
  }

  const chooseField = (field: Industry | undefined) => {
    if (field !== filters.field) change({ ...filters, field })
  }

  const filtered = Boolean(filters.q || filters.field)
  const role = session?.user.role

  return (
    <View className='ch-list'>
      <View className='ch-list__header'>
        <SearchBox
          value={filters.q}
          onSearch={search}
          placeholder={t('challenge.searchPlaceholder')}
          maxLength={QUERY_MAX}
        />
        <ScrollView className='ch-list__chips' scrollX enhanced showScrollbar={false}>
          {[undefined, ...INDUSTRIES].map((field) => (
            <View
              key={field ?? 'all'}
              className={filters.field === field ? 'ch-chip ch-chip--active' : 'ch-chip'}
              onClick={() => chooseField(field)}
            >
              <Text>{field ? label(INDUSTRY_LABELS[field]) : t('challenge.allFields')}</Text>
            </View>
          ))}
        </ScrollView>
      </View>

      <View className='ch-list__body'>
        <View className='ch-list__summary'>
          <Text className='ch-list__count'>
            {total === undefined ? ' ' : t('challenge.count', { count: formatCount(total, locale) })}
          </Text>
          {role === 'talent' && (
            <Text className='ch-list__link' onClick={() => navigateTo('myResponses')}>
              {t('challenge.myResponsesLink')} ›
            </Text>
          )}
          {role === 'enterprise' && (
            <Text className='ch-list__link' onClick={() => navigateTo('orgChallenges')}>
              {t('challenge.orgLink')} ›
            </Text>
          )}
        </View>
        <Text className='ch-list__intro'>{t('challenge.intro')}</Text>
        <InfiniteList
          query={query}
          emptyMessage={filtered ? t('challenge.emptyFiltered') : t('challenge.empty')}
          renderItem={(challenge) => (
            <ChallengeCard challenge={challenge} onClick={() => navigateTo('challengeDetail', { id: challenge.id })} />
          )}
        />
      </View>
    </View>
  )
}
