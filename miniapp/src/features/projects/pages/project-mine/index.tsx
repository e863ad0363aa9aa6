import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { PROJECT_STATUS_LABELS } from '@ihaigui/shared'
import type { ProjectRecordRow } from '@/features/projects/projects.api'
import { useMyProjects } from '@/features/projects/projects.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { PROJECT_STATUS_TAG } from '@/features/projects/project-display'
import { SignedIn } from '@/components/SessionGates'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { EDITABLE, STATUS_HINTS, openOwnProject } from '@/features/projects/project/project-status'
import '../../project/project.scss'

function ProjectRow({ project }: { project: ProjectRecordRow }) {
  const { t, label, localized, date } = useI18n()
  const editable = EDITABLE.includes(project.status)
  const open = () => openOwnProject(project.id, project.status)
  return (
    <View className='pj-card' hoverClass='pj-card--pressed' onClick={open}>
      <View className='pj-card__head'>
        <Text className='pj-card__title'>{localized(project.name, project.nameEn)}</Text>
        <Tag className='pj-card__status' type={PROJECT_STATUS_TAG[project.status]}>
          {label(PROJECT_STATUS_LABELS[project.status])}
        </Tag>
      </View>
      {project.statusReason && (project.status === 'returned' || project.status === 'rejected') ? (
        <View className='pj-reason'>
          <Text className='pj-reason__label'>
            {t(project.status === 'returned' ? 'pj.mine.returnReason' : 'pj.mine.rejectReason')}
          </Text>
          <Text className='pj-reason__text'>{project.statusReason}</Text>
        </View>
      ) : null}
      <Text className='pj-card__hint'>{t(STATUS_HINTS[project.status])}</Text>
      {project.event ? (
        <Text className='pj-card__meta'>
          {t('pj.mine.event', { title: localized(project.event.title, project.event.titleEn) })}
        </Text>
      ) : null}
      <Text className='pj-card__meta'>
        {project.submittedAt
          ? t('pj.mine.submittedOn', { date: date(project.submittedAt) })
          : t('pj.mine.createdOn', { date: date(project.createdAt) })}
        {project.shortlisted ? ` · ${t('pj.shortlisted')}` : ''}
      </Text>
      <View className='pj-card__actions'>
        <Button
          size='small'
          type='primary'
          fill={editable ? 'solid' : 'outline'}
          onClick={(event) => {
            event.stopPropagation()
            void open()
          }}
        >
          {t(editable ? (project.status === 'returned' ? 'pj.mine.revise' : 'pj.mine.edit') : 'pj.mine.view')}
        </Button>
      </View>
    </View>
  )
}

function Projects() {
  const { t } = useI18n()
  const query = useMyProjects()
  useInfiniteListControls(query)
  const none = query.data?.pages[0]?.total === 0
  return (
    <>
      {none ? (
        <View className='pj-empty'>
          <Text className='pj-empty__title'>{t('pj.mine.emptyTitle')}</Text>
          <Text className='pj-empty__text'>{t('pj.mine.emptyText')}</Text>
        </View>
      ) : (
        <InfiniteList
          query={query}
          emptyMessage={t('pj.mine.emptyTitle')}
          renderItem={(project) => <ProjectRow project={project} />}
        />
      )}
      <View className='pj-actions'>
        <Button type='primary' block onClick={() => navigateTo('projectEdit')}>
          {t('pj.mine.register')}
        </Button>
      </View>
    </>
  )
}

export default function MyProjectsPage() {
  usePageChrome('myProjects')
  return (
    <View className='page pj'>
      <SignedIn roles={['talent']}>{() => <Projects />}</SignedIn>
    </View>
  )
}
