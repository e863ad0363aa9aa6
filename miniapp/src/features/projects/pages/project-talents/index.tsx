import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import {
  DEGREES,
  DEGREE_LABELS,
  INDUSTRIES,
  INDUSTRY_LABELS,
  INTENT_LABELS,
  intentSchema,
  type TalentCard
} from '@ihaigui/shared'
import type { TalentFilters } from '@/features/projects/projects.api'
import { useTalents } from '@/features/projects/projects.hooks'
import { useMe } from '@/features/account/session.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { SignedIn } from '@/components/SessionGates'
import { EmptyState, PageLoading } from '@/components/StateViews'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { formatCount, useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { FilterBar } from '@/features/projects/project/FilterBar'
import '../../project/project.scss'

function Talent({ talent }: { talent: TalentCard }) {
  const { t, label } = useI18n()
  const intent = intentSchema.safeParse(talent.intent)
  const facts = [
    label(DEGREE_LABELS[talent.degree]),
    talent.studyCountry,
    talent.industry ? label(INDUSTRY_LABELS[talent.industry]) : null,
    intent.success ? label(INTENT_LABELS[intent.data]) : null
  ].filter((f): f is string => Boolean(f))
  return (
    <View className='pj-card pj-talent'>
      <View className='pj-talent__head'>
        <View className='pj-talent__avatar'>
          <Text>{talent.displayName.slice(0, 1)}</Text>
        </View>
        <View className='pj-talent__text'>
          <Text className='pj-card__title'>{talent.displayName}</Text>
          <Text className='pj-card__meta'>
            {talent.major}
            {talent.returnYear ? ` · ${t('pj.talents.returned', { year: talent.returnYear })}` : ''}
          </Text>
        </View>
      </View>
      <View className='pj-talent__facts'>
        {facts.map((fact) => (
          <Text key={fact} className='pj-fact'>
            {fact}
          </Text>
        ))}
      </View>
      <View className='pj-card__actions'>
        {talent.canPropose ? (
          <Button
            size='small'
            type='primary'
            onClick={() => navigateTo('intentionPropose', { talentUserId: talent.userId, name: talent.displayName })}
          >
            {t('pj.talents.propose')}
          </Button>
        ) : (
          <Text className='pj-muted'>{t('pj.talents.inProgress')}</Text>
        )}
      </View>
    </View>
  )
}

function Talents() {
  const { t, label, locale } = useI18n()
  const [filters, setFilters] = useState<TalentFilters>({})
  const query = useTalents(filters)
  useInfiniteListControls(query)
  const total = query.data?.pages[0]?.total
  const change = (next: TalentFilters) => {
    setFilters(next)
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }
  const filtered = Boolean(filters.industry || filters.degree)
  return (
    <View className='pj-list'>
      <View className='pj-list__header'>
        <Text className='pj-list__intro'>{t('pj.talents.intro')}</Text>
        <FilterBar
          filters={[
            {
              name: 'industry',
              title: t('pj.talents.industry'),
              value: filters.industry,
              options: [
                { value: undefined, label: t('pj.list.anyField') },
                ...INDUSTRIES.map((v) => ({ value: v, label: label(INDUSTRY_LABELS[v]) }))
              ],
              onChange: (value) => change({ ...filters, industry: INDUSTRIES.find((v) => v === value) })
            },
            {
              name: 'degree',
              title: t('pj.talents.degree'),
              value: filters.degree,
              options: [
                { value: undefined, label: t('pj.talents.anyDegree') },
                ...DEGREES.map((v) => ({ value: v, label: label(DEGREE_LABELS[v]) }))
              ],
              onChange: (value) => change({ ...filters, degree: DEGREES.find((v) => v === value) })
            }
          ]}
        />
      </View>
      <View className='pj-list__body'>
        <View className='pj-list__summary'>
          <Text className='pj-list__count'>
            {total === undefined ? ' ' : t('pj.talents.count', { count: formatCount(total, locale) })}
          </Text>
          {filtered && (
            <Text className='pj-list__clear' onClick={() => change({})}>
              {t('pj.list.clear')}
            </Text>
          )}
        </View>
        <InfiniteList
          query={query}
          emptyMessage={filtered ? t('pj.talents.emptyFiltered') : t('pj.talents.empty')}
          renderItem={(talent) => <Talent talent={talent} />}
        />
      </View>
    </View>
  )
}

/** Only members of a verified organisation browse talents; others are told why and where to go. */
function VerifiedOnly() {
  const { t } = useI18n()
  const me = useMe()
  if (!me.data) return <PageLoading />
  if (me.data.organization?.status === 'verified') return <Talents />
  return (
    <View className='page pj'>
      <EmptyState message={t('pj.talents.notVerified')} />
      <View className='pj-actions'>
        <Button type='primary' block onClick={() => navigateTo(me.data?.organization ? 'orgMine' : 'orgRegister')}>
          {t(me.data.organization ? 'pj.talents.openOrganization' : 'pj.talents.registerOrganization')}
        </Button>
      </View>
    </View>
  )
}

export default function TalentBrowsePage() {
  usePageChrome('talentBrowse')
  return <SignedIn roles={['enterprise']}>{() => <VerifiedOnly />}</SignedIn>
}
