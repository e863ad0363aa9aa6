import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { INDUSTRY_LABELS, ORIGIN_REGION_LABELS, PROJECT_STAGE_LABELS } from '@ihaigui/shared'
import type { ReviewAssignment } from '@/features/projects/projects.api'
import { useReviewAssignments } from '@/features/projects/projects.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { SignedIn } from '@/components/SessionGates'
import { FilterTabs } from '@/components/FilterTabs'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import '../../project/project.scss'

type Queue = 'todo' | 'done'
const VIEWS: readonly Queue[] = ['todo', 'done']

function AssignmentCard({ assignment }: { assignment: ReviewAssignment }) {
  const { t, label, localized, date } = useI18n()
  const { project } = assignment
  const done = assignment.submittedAt !== null
  return (
    <View
      className='pj-card'
      hoverClass='pj-card--pressed'
      onClick={() => navigateTo('reviewScore', { id: project.id })}
    >
      <View className='pj-card__head'>
        <Text className='pj-card__title'>{localized(project.name, project.nameEn)}</Text>
        {done ? (
          <Tag className='pj-card__status' type='success'>
            {t('pj.reviews.score', { total: assignment.total ?? 0 })}
          </Tag>
        ) : (
          <Tag className='pj-card__status' type='warning'>
            {t('pj.reviews.toScore')}
          </Tag>
        )}
      </View>
      <View className='pj-talent__facts'>
        <Text className='pj-fact pj-fact--field'>{label(INDUSTRY_LABELS[project.field])}</Text>
        <Text className='pj-fact'>{label(PROJECT_STAGE_LABELS[project.stage])}</Text>
        <Text className='pj-fact'>{label(ORIGIN_REGION_LABELS[project.originRegion])}</Text>
      </View>
      <Text className='pj-card__summary'>{localized(project.summary, project.summaryEn)}</Text>
      <Text className='pj-card__meta'>
        {t('pj.reviews.assignedOn', { date: date(assignment.assignedAt) })}
        {assignment.submittedAt ? ` · ${t('pj.reviews.scoredOn', { date: date(assignment.submittedAt) })}` : ''}
      </Text>
    </View>
  )
}

function Assignments({ view }: { view: Queue }) {
  const { t } = useI18n()
  const query = useReviewAssignments(view === 'done')
  useInfiniteListControls(query)
  return (
    <InfiniteList
      query={query}
      emptyMessage={t(view === 'done' ? 'pj.reviews.emptyDone' : 'pj.reviews.emptyTodo')}
      renderItem={(assignment) => <AssignmentCard assignment={assignment} />}
    />
  )
}

export default function ReviewQueuePage() {
  const { t } = useI18n()
  const [view, setView] = useState<Queue>('todo')
  usePageChrome('reviewQueue')
  return (
    <View className='pj-list'>
      <SignedIn roles={['reviewer', 'staff', 'admin']}>
        {() => (
          <>
            <View className='pj-tabs'>
              <FilterTabs
                value={view}
                options={VIEWS.map((v) => ({
                  value: v,
                  title: t(v === 'todo' ? 'pj.reviews.todo' : 'pj.reviews.done')
                }))}
                onChange={setView}
                align='left'
              />
            </View>
            <View className='pj-list__body pj-list__body--tabs'>
              <Text className='pj-list__intro'>{t('pj.reviews.intro')}</Text>
              <Assignments key={view} view={view} />
            </View>
          </>
        )}
      </SignedIn>
    </View>
  )
}
