import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  INTENTION_SOURCE_LABELS,
  INTENTION_STATUSES,
  INTENTION_STATUS_LABELS,
  type IntentionStatus,
  type IntentionSummary
} from '@ihaigui/shared'
import type { IntentionSide } from '@/features/engage/intentions.api'
import { useIntentions } from '@/features/engage/intentions.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { INTENTION_STATUS_TAG } from '@/features/projects/project-display'
import { SignedIn } from '@/components/SessionGates'
import { EmptyState } from '@/components/StateViews'
import { FilterTabs } from '@/components/FilterTabs'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import '../../intention/intention.scss'

type Filter = IntentionStatus | 'all'
const FILTERS: readonly Filter[] = ['all', ...INTENTION_STATUSES]

function IntentionCard({ intention, side }: { intention: IntentionSummary; side: IntentionSide }) {
  const { t, label, localized, date } = useI18n()
  // Each side sees who is on the other end.
  const counterpart = side === 'talent' ? intention.organization.name : intention.talent.displayName
  const subject = intention.project
    ? t('in.card.project', { name: localized(intention.project.name, intention.project.nameEn) })
    : intention.challenge
      ? t('in.card.challenge', { title: intention.challenge.title })
      : t('in.card.talent')
  return (
    <View
      className='in-card'
      hoverClass='in-card--pressed'
      onClick={() => navigateTo('intentionDetail', { id: intention.id })}
    >
      <View className='in-card__head'>
        <Text className='in-card__title'>{counterpart}</Text>
        <Tag className='in-card__status' type={INTENTION_STATUS_TAG[intention.status]}>
          {label(INTENTION_STATUS_LABELS[intention.status])}
        </Tag>
      </View>
      <Text className='in-card__subject'>{subject}</Text>
      <Text className='in-card__meta'>
        {label(INTENTION_SOURCE_LABELS[intention.source])} ·{' '}
        {t(intention.proposedBy === side ? 'in.card.byUs' : 'in.card.byThem')} ·{' '}
        {t('in.card.updated', { date: date(intention.updatedAt) })}
      </Text>
    </View>
  )
}

function Intentions({ side, status }: { side: IntentionSide; status: IntentionStatus | undefined }) {
  const { t } = useI18n()
  const query = useIntentions(side, status)
  useInfiniteListControls(query)
  return (
    <InfiniteList
      query={query}
      emptyMessage={
        status ? t('in.list.emptyStatus') : t(side === 'talent' ? 'in.list.emptyTalent' : 'in.list.emptyOrg')
      }
      renderItem={(intention) => <IntentionCard intention={intention} side={side} />}
    />
  )
}

export default function MyIntentionsPage() {
  const { t, label } = useI18n()
  const [filter, setFilter] = useState<Filter>('all')
  usePageChrome('myIntentions')
  return (
    <View className='in-list'>
      <SignedIn roles={['talent', 'enterprise']}>
        {(me) => {
          const side: IntentionSide = me.role === 'talent' ? 'talent' : 'organization'
          // An enterprise account without an organisation has no intentions yet: it registers one first.
          if (side === 'organization' && !me.organization) {
            return (
              <View className='in-list__body'>
                <EmptyState message={t('in.list.noOrganization')} />
                <View className='form-actions'>
                  <Button type='primary' block onClick={() => navigateTo('orgRegister')}>
                    {t('pj.talents.registerOrganization')}
                  </Button>
                </View>
              </View>
            )
          }
          return (
            <>
              <View className='in-tabs'>
                <FilterTabs
                  value={filter}
                  options={FILTERS.map((f) => ({
                    value: f,
                    title: f === 'all' ? t('in.list.all') : label(INTENTION_STATUS_LABELS[f])
                  }))}
                  onChange={setFilter}
                  align='left'
                />
              </View>
              <View className='in-list__body'>
                {side === 'organization' && me.organization ? (
                  <Text className='in-list__intro'>{t('in.list.orgIntro', { name: me.organization.name })}</Text>
                ) : null}
                <Intentions key={filter} side={side} status={filter === 'all' ? undefined : filter} />
              </View>
            </>
          )
        }}
      </SignedIn>
    </View>
  )
}
