import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, ScrollView, Text, View } from '@tarojs/components'
import { INDUSTRIES, INDUSTRY_LABELS, type Industry } from '@ihaigui/shared'
import type { ChallengeFilters } from '../../../api/challenges'
import { useChallengeList } from '../../../api/challenges-hooks'
import { useSession } from '../../../api/session-hooks'
import { InfiniteList } from '../../../components/InfiniteList'
import { useInfiniteListControls } from '../../../hooks/useInfiniteListControls'
import { usePageChrome } from '../../../hooks/usePageChrome'
import { formatCount, useI18n } from '../../../i18n'
import { navigateTo } from '../../../navigation'
import { ChallengeCard } from '../ChallengeCard'
import '../challenge.scss'

/** Typing pauses this long before the query is sent. */
const DEBOUNCE_MS = 400
const QUERY_MAX = 40

export default function ChallengeListPage() {
  const { t, label, locale } = useI18n()
  const session = useSession()
  const [filters, setFilters] = useState<ChallengeFilters>({})
  const [text, setText] = useState('')
  usePageChrome('challengeList')

  const query = useChallengeList(filters)
  useInfiniteListControls(query)
  const total = query.data?.pages[0]?.total

  const change = (next: ChallengeFilters) => {
    setFilters(next)
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }

  // The search runs once typing pauses (or at once on "search" on the keyboard).
  useEffect(() => {
    const q = text.trim() || undefined
    if (q === filters.q) return
    const timer = setTimeout(() => change({ ...filters, q }), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text, filters])

  const searchNow = (value: string) => {
    const q = value.trim().slice(0, QUERY_MAX) || undefined
    setText(q ?? '')
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
        <View className='ch-search'>
          <View className='ch-search__icon' />
          <Input
            className='ch-search__input'
            name='q'
            value={text}
            confirmType='search'
            maxlength={QUERY_MAX}
            placeholder={t('challenge.searchPlaceholder')}
            onInput={(event) => setText(event.detail.value)}
            onConfirm={(event) => searchNow(event.detail.value)}
          />
          {text.length > 0 && (
            <View className='ch-search__clear' onClick={() => searchNow('')}>
              <Text>×</Text>
            </View>
          )}
        </View>
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
          <Text className='ch-list__count'>{total === undefined ? ' ' : t('challenge.count', { count: formatCount(total, locale) })}</Text>
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
          renderItem={(challenge) => <ChallengeCard challenge={challenge} onClick={() => navigateTo('challengeDetail', { id: challenge.id })} />}
        />
      </View>
    </View>
  )
}
