import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Switch, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  INDUSTRY_LABELS,
  ORIGIN_REGION_LABELS,
  PROJECT_STAGE_LABELS,
  PROJECT_STATUS_LABELS,
  REVIEW_CRITERIA,
  REVIEW_CRITERION_LABELS,
  STAFF_PROJECT_VIEWS,
  STAFF_PROJECT_VIEW_LABELS
} from '@ihaigui/shared'
import type { ProjectRecordRow, RankingRow, StaffProjectListView } from '@/features/console/console.api'
import { useProjectAction, useProjectRanking, useStaffProjects } from '@/features/console/console.hooks'
import { describeError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import { InfiniteList } from '@/components/InfiniteList'
import { FilterTabs } from '@/components/FilterTabs'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n, type MessageKey } from '@/i18n'
import { navigateTo } from '@/navigation'
import { ConsolePage, EventFilter, InfoRow, PROJECT_STATUS_TAG, score } from '@/features/console/parts'
import { ProjectCoreRows, ProjectTags } from '@/features/console/project-facts'

type ProjectView = (typeof STAFF_PROJECT_VIEWS)[number]

const EMPTY: Record<ProjectView, MessageKey> = {
  submitted: 'console.projects.emptySubmitted',
  accepted: 'console.projects.empty',
  returned: 'console.projects.empty',
  rejected: 'console.projects.empty',
  ranking: 'console.projects.emptyRanking',
  shortlisted: 'console.projects.emptyShortlisted'
}

const openProject = (id: number) => navigateTo('staffProject', { id })

function ProjectCard({ project }: { project: ProjectRecordRow }) {
  const { t, label, localized, dateTime } = useI18n()
  return (
    <View className='console__card' hoverClass='console__card--pressed' onClick={() => openProject(project.id)}>
      <View className='console__head'>
        <Text className='console__card-title'>{localized(project.name, project.nameEn)}</Text>
        <Tag className='console__card-status' type={PROJECT_STATUS_TAG[project.status]}>
          {label(PROJECT_STATUS_LABELS[project.status])}
        </Tag>
      </View>
      <ProjectTags project={project} />
      <View className='console__rows'>
        <ProjectCoreRows project={project} />
        {project.event && (
          <InfoRow label={t('console.project.event')} value={localized(project.event.title, project.event.titleEn)} />
        )}
        {project.status === 'accepted' && (
          <InfoRow
            label={t('console.project.reviews')}
            value={t('console.project.reviewsValue', {
              done: project.reviewCount,
              assigned: project.assignedCount,
              score: score(project.averageScore)
            })}
          />
        )}
      </View>
      {project.statusReason && (project.status === 'returned' || project.status === 'rejected') && (
        <Text className='console__reason'>{t('console.project.reasonGiven', { reason: project.statusReason })}</Text>
      )}
      <Text className='console__meta'>
        {project.submittedAt
          ? t('console.project.submittedAt', { date: dateTime(project.submittedAt) })
          : t('console.project.updatedAt', { date: dateTime(project.updatedAt) })}
      </Text>
    </View>
  )
}

/** Shortlisting straight from the ranking. */
function ShortlistSwitch({ id, shortlisted }: { id: number; shortlisted: boolean }) {
  const { t, locale } = useI18n()
  const action = useProjectAction()
  const toggle = async (next: boolean) => {
    try {
      await action.mutateAsync({ kind: 'shortlist', id, shortlisted: next })
      Taro.showToast({
        title: t(next ? 'console.project.shortlistedToast' : 'console.project.unshortlistedToast'),
        icon: 'success'
      })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }
  return (
    // The card opens the project; the switch only toggles.
    <View className='console__switch' onClick={(e) => e.stopPropagation()}>
      <Text>{t('console.project.shortlistLabel')}</Text>
      <Switch
        className='console-shortlist'
        checked={shortlisted}
        loading={action.isPending}
        onChange={(v) => void toggle(v)}
      />
    </View>
  )
}

function RankingCard({ row }: { row: RankingRow }) {
  const { t, label, localized } = useI18n()
  const { project } = row
  return (
    <View
      className='console__card console-ranking'
      hoverClass='console__card--pressed'
      onClick={() => openProject(project.id)}
    >
      <View className='console-rank'>
        <Text
          className={`console-rank__badge${row.rank <= 3 && row.averageScore !== null ? ' console-rank__badge--top' : ''}`}
        >
          {row.rank}
        </Text>
        <View className='console-rank__main'>
          <Text className='console-slot__name'>{localized(project.name, project.nameEn)}</Text>
          <Text className='console__meta'>
            {label(INDUSTRY_LABELS[project.field])} · {label(ORIGIN_REGION_LABELS[project.originRegion])} ·{' '}
            {label(PROJECT_STAGE_LABELS[project.stage])}
          </Text>
          <Text className='console__meta'>
            {t('console.ranking.reviewsDone', { done: row.reviewCount, assigned: row.assignedCount })}
          </Text>
        </View>
        <View className='console-rank__score'>
          {row.averageScore === null ? (
            <Text className='console-rank__score-none'>{t('console.ranking.unscored')}</Text>
          ) : (
            <>
              <Text className='console-rank__score-value'>{score(row.averageScore)}</Text>
              <Text className='console-rank__score-none'>{t('console.ranking.average')}</Text>
            </>
          )}
        </View>
      </View>
      {row.reviewCount > 0 && (
        <View className='console-scores'>
          {REVIEW_CRITERIA.map((c) => (
            <View key={c} className='console-scores__item'>
              <Text className='console-scores__value'>{score(row.byCriterion[c])}</Text>
              <Text className='console-scores__name'>{label(REVIEW_CRITERION_LABELS[c])}</Text>
            </View>
          ))}
        </View>
      )}
      <ShortlistSwitch id={project.id} shortlisted={project.shortlisted} />
    </View>
  )
}

function RecordList({ view, eventId }: { view: StaffProjectListView; eventId: number | undefined }) {
  const { t } = useI18n()
  const query = useStaffProjects(view, eventId)
  useInfiniteListControls(query)
  return (
    <InfiniteList
      query={query}
      skeletonCount={3}
      emptyMessage={t(EMPTY[view])}
      renderItem={(p) => <ProjectCard project={p} />}
    />
  )
}

function RankingList({ eventId }: { eventId: number | undefined }) {
  const { t } = useI18n()
  const query = useProjectRanking(eventId)
  useInfiniteListControls(query)
  const rows = {
    ...query,
    data: query.data && {
      pages: query.data.pages.map((page) => ({ items: page.items.map((row) => ({ ...row, id: row.project.id })) }))
    }
  }
  return (
    <>
      <Text className='console__hint'>{t('console.ranking.hint')}</Text>
      <InfiniteList
        query={rows}
        skeletonCount={3}
        emptyMessage={t(EMPTY.ranking)}
        renderItem={(row) => <RankingCard row={row} />}
      />
    </>
  )
}

export default function StaffProjectsPage() {
  const { label } = useI18n()
  const { params } = useRouter()
  const [view, setView] = useState<ProjectView>(STAFF_PROJECT_VIEWS.find((v) => v === params.view) ?? 'submitted')
  const [eventId, setEventId] = useState<number | undefined>(parseIdParam(params.eventId))
  usePageChrome('staffProjects')

  return (
    <ConsolePage>
      {() => (
        <>
          <View className='console__tabs'>
            <FilterTabs
              value={view}
              options={STAFF_PROJECT_VIEWS.map((v) => ({ value: v, title: label(STAFF_PROJECT_VIEW_LABELS[v]) }))}
              onChange={setView}
            />
          </View>
          <View className='console__body'>
            <View className='console__toolbar'>
              <EventFilter value={eventId} onChange={setEventId} />
            </View>
            {view === 'ranking' ? (
              <RankingList key={`ranking-${eventId ?? 0}`} eventId={eventId} />
            ) : (
              <RecordList key={`${view}-${eventId ?? 0}`} view={view} eventId={eventId} />
            )}
          </View>
        </>
      )}
    </ConsolePage>
  )
}
