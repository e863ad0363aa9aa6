import { useEffect, useRef, useState } from 'react'
import { useReachBottom, useRouter } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  SEARCH_COUNT_LIMIT,
  SEARCH_QUERY_MAX,
  SEARCH_TYPES,
  SEARCH_TYPE_LABELS,
  type Highlight,
  type SearchHit,
  type SearchResult,
  type SearchType
} from '@ihaigui/shared'
import { useSearch } from '@/features/discovery/discovery.hooks'
import { EmptyState, ErrorState, ListFooter, ListSkeleton } from '@/components/StateViews'
import { FilterTabs } from '@/components/FilterTabs'
import { loadMorePages } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { formatCount, useI18n } from '@/i18n'
import { goBack, navigateTo } from '@/navigation'
import type { SubpageName } from '@/routes'
import { clearRecentSearches, readRecentSearches, rememberSearch } from './recent'
import './index.scss'

/** Typing pauses this long before the query is sent. */
const DEBOUNCE_MS = 350

const DETAIL_PAGE: Record<SearchType, SubpageName> = {
  policy: 'policyDetail',
  park: 'parkDetail',
  finance: 'financeDetail',
  announcement: 'announcementDetail',
  faq: 'faqDetail'
}

type TabValue = SearchType | 'all'
const TABS: readonly TabValue[] = ['all', ...SEARCH_TYPES]

/** Text cut into plain and matched parts; the matched ones stand out. */
function Highlighted({ parts, className }: { parts: Highlight; className: string }) {
  return (
    <Text className={className}>
      {parts.map((part, i) => (
        <Text key={i} className={part.hit ? 'search-hl' : undefined}>
          {part.text}
        </Text>
      ))}
    </Text>
  )
}

const hasHit = (parts: Highlight | null | undefined) => Boolean(parts?.some((part) => part.hit))

function HitCard({ hit, onOpen }: { hit: SearchHit; onOpen: (hit: SearchHit) => void }) {
  const { locale, label } = useI18n()
  const english = hit.titleEn && hit.titleEn.length > 0 ? hit.titleEn : null
  const title = locale === 'en' && english ? english : hit.title
  const other = title === hit.title ? english : hit.title
  // A query in the other language matched the title there: show that line too, so the reader sees why it came up.
  const matchedOther = !hasHit(title) && other && hasHit(other) ? other : null
  return (
    <View className='search-hit' hoverClass='search-hit--pressed' onClick={() => onOpen(hit)}>
      <View className='search-hit__head'>
        <Tag type='primary' plain className={`search-hit__type search-hit__type--${hit.type}`}>
          {label(SEARCH_TYPE_LABELS[hit.type])}
        </Tag>
      </View>
      <Highlighted parts={title} className='search-hit__title' />
      {matchedOther && <Highlighted parts={matchedOther} className='search-hit__also' />}
      {hit.snippet.length > 0 && <Highlighted parts={hit.snippet} className='search-hit__snippet' />}
    </View>
  )
}

/** Before anything is typed: recent queries on this device and a few suggestions. */
function StartPanel({
  recent,
  onPick,
  onClear
}: {
  recent: string[]
  onPick: (q: string) => void
  onClear: () => void
}) {
  const { t } = useI18n()
  const suggestions = t('search.suggestions')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean)
  return (
    <View className='search-start'>
      {recent.length > 0 && (
        <View className='search-start__block'>
          <View className='search-start__head'>
            <Text className='search-start__title'>{t('search.recent')}</Text>
            <Text className='search-start__clear' onClick={onClear}>
              {t('search.clearRecent')}
            </Text>
          </View>
          <View className='search-start__chips'>
            {recent.map((q) => (
              <View
                key={q}
                className='search-start__chip'
                hoverClass='search-start__chip--pressed'
                onClick={() => onPick(q)}
              >
                <Text>{q}</Text>
              </View>
            ))}
          </View>
        </View>
      )}
      <View className='search-start__block'>
        <View className='search-start__head'>
          <Text className='search-start__title'>{t('search.suggested')}</Text>
        </View>
        <View className='search-start__chips'>
          {suggestions.map((q) => (
            <View
              key={q}
              className='search-start__chip'
              hoverClass='search-start__chip--pressed'
              onClick={() => onPick(q)}
            >
              <Text>{q}</Text>
            </View>
          ))}
        </View>
      </View>
      <Text className='search-start__hint'>{t('search.hint')}</Text>
    </View>
  )
}

export default function SearchPage() {
  const { t, locale, label } = useI18n()
  const { params } = useRouter()
  const initial = (params.q ?? '').slice(0, SEARCH_QUERY_MAX)
  const [text, setText] = useState(initial)
  const [q, setQ] = useState(initial.trim())
  const [tab, setTab] = useState<TabValue>('all')
  const [recent, setRecent] = useState<string[]>(readRecentSearches)
  /** The per-type counts of the current query, kept while another tab loads. */
  const counts = useRef<{ q: string; counts: SearchResult['counts'] } | null>(null)
  usePageChrome('search')

  const query = useSearch(q, tab === 'all' ? undefined : tab)
  useReachBottom(() => {
    if (q) loadMorePages(query)
  })

  useEffect(() => {
    const next = text.trim()
    if (next === q) return
    const timer = setTimeout(() => {
      setQ(next)
      setTab('all')
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text, q])

  const first = query.data?.pages[0]
  if (first) counts.current = { q, counts: first.counts }
  const known = counts.current?.q === q ? counts.current.counts : undefined

  const runNow = (value: string) => {
    const next = value.trim().slice(0, SEARCH_QUERY_MAX)
    setText(next)
    setQ(next)
    setTab('all')
    if (next) setRecent(rememberSearch(next))
  }

  const open = (hit: SearchHit) => {
    setRecent(rememberSearch(q))
    void navigateTo(DETAIL_PAGE[hit.type], { id: hit.id })
  }

  const tabTitle = (value: TabValue) => {
    const name = value === 'all' ? t('search.all') : label(SEARCH_TYPE_LABELS[value])
    if (!known) return name
    const types: readonly SearchType[] = value === 'all' ? SEARCH_TYPES : [value]
    const n = types.reduce((sum, type) => sum + known[type], 0)
    // A count that reached the limit means "at least that many".
    const capped = types.some((type) => known[type] >= SEARCH_COUNT_LIMIT)
    return `${name} ${formatCount(n, locale)}${capped ? '+' : ''}`
  }

  const hits = query.data?.pages.flatMap((page) => page.items) ?? []
  let body: JSX.Element
  if (!q) {
    body = (
      <StartPanel
        recent={recent}
        onPick={runNow}
        onClear={() => {
          clearRecentSearches()
          setRecent([])
        }}
      />
    )
  } else if (query.isPending) {
    body = <ListSkeleton count={4} />
  } else if (query.isError && hits.length === 0) {
    body = <ErrorState error={query.error} onRetry={() => query.refetch()} />
  } else if (hits.length === 0) {
    body = <EmptyState message={t('search.noResults', { q })} />
  } else {
    body = (
      <View>
        {first && first.terms.length > 0 && (
          <Text className='search__terms'>
            {t('search.terms', { terms: first.terms.join(locale === 'en' ? ', ' : '、') })}
          </Text>
        )}
        {hits.map((hit) => (
          <HitCard key={`${hit.type}-${hit.id}`} hit={hit} onOpen={open} />
        ))}
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => query.fetchNextPage()} />
        ) : (
          <ListFooter
            loading={query.isFetchingNextPage}
            done={!query.hasNextPage}
            onLoadMore={() => loadMorePages(query)}
          />
        )}
      </View>
    )
  }

  return (
    <View className='search'>
      <View className='search__header'>
        <View className='search__bar'>
          <View className='search__field'>
            <View className='search__icon' />
            <Input
              className='search__input'
              value={text}
              focus
              confirmType='search'
              maxlength={SEARCH_QUERY_MAX}
              placeholder={t('search.placeholder')}
              onInput={(event) => setText(event.detail.value)}
              onConfirm={(event) => runNow(event.detail.value)}
            />
            {text.length > 0 && (
              <View className='search__clear' onClick={() => runNow('')}>
                <Text>×</Text>
              </View>
            )}
          </View>
          <Text className='search__cancel' onClick={() => goBack('home')}>
            {t('common.cancel')}
          </Text>
        </View>
        {q && (
          <View className='search__tabs'>
            <FilterTabs
              value={tab}
              options={TABS.map((value) => ({ value, title: tabTitle(value) }))}
              onChange={setTab}
              align='left'
            />
          </View>
        )}
      </View>
      <View className='search__body'>{body}</View>
    </View>
  )
}
