import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { PROJECT_STATUS_LABELS, type ProjectRecord } from '@ihaigui/shared'
import { PROJECT_STATUS_TAG } from '@/features/projects/project-display'
import { useI18n, type MessageKey } from '@/i18n'
import { navigateTo } from '@/navigation'
import { STATUS_HINTS } from './project-status'
import { PrivateSection, ProjectHead, Section, SummarySection } from './ProjectParts'

type HistoryAction = ProjectRecord['history'][number]['action']

const HISTORY_LABELS: Record<HistoryAction, MessageKey> = {
  submitted: 'pj.history.submitted',
  accepted: 'pj.history.accepted',
  returned: 'pj.history.returned',
  rejected: 'pj.history.rejected',
  shortlisted: 'pj.history.shortlisted',
  unshortlisted: 'pj.history.unshortlisted'
}

/** The screening so far, newest first, with the service center's reasons. */
function History({ history }: { history: ProjectRecord['history'] }) {
  const { t, dateTime } = useI18n()
  if (history.length === 0) return null
  return (
    <Section title={t('pj.history.title')}>
      {[...history].reverse().map((event) => (
        <View key={`${event.action}-${event.at}`} className='pj-history'>
          <View className='pj-history__line'>
            <Text className='pj-history__action'>{t(HISTORY_LABELS[event.action])}</Text>
            <Text className='pj-history__time'>{dateTime(event.at)}</Text>
          </View>
          {event.reason ? <Text className='pj-history__reason'>{event.reason}</Text> : null}
        </View>
      ))}
    </Section>
  )
}

/** One of the talent's projects that cannot be edited now (waiting for screening, or not accepted): the record as sent. */
export function OwnProject({ record }: { record: ProjectRecord }) {
  const { t, label } = useI18n()
  return (
    <View>
      <View className='pj-status-bar'>
        <View className='pj-status-bar__line'>
          <Tag type={PROJECT_STATUS_TAG[record.status]}>{label(PROJECT_STATUS_LABELS[record.status])}</Tag>
          <Text className='pj-status-bar__text'>{t(STATUS_HINTS[record.status])}</Text>
        </View>
        {record.status === 'rejected' && record.statusReason ? (
          <View className='pj-reason'>
            <Text className='pj-reason__label'>{t('pj.mine.rejectReason')}</Text>
            <Text className='pj-reason__text'>{record.statusReason}</Text>
          </View>
        ) : null}
      </View>
      <ProjectHead project={record} />
      <SummarySection project={record} />
      {record.private && <PrivateSection projectId={record.id} details={record.private} />}
      <History history={record.history} />
      <View className='pj-actions'>
        <Button type='primary' fill='outline' block onClick={() => navigateTo('myProjects')}>
          {t('pj.form.toMine')}
        </Button>
      </View>
    </View>
  )
}
