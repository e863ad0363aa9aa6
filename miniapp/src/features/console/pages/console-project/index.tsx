import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Dialog, Switch, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  PROJECT_SEEK_LABELS,
  PROJECT_STATUS_LABELS,
  PROJECT_VISIBILITY_LABELS,
  REVIEW_CRITERIA,
  REVIEW_CRITERION_LABELS,
  screenProjectSchema,
  type ProjectRecord
} from '@ihaigui/shared'
import { downloadPitchDeck } from '@/features/console/console.api'
import { useProjectAction, useStaffProject } from '@/features/console/console.hooks'
import { describeError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import { useUserId } from '@/features/account/session.hooks'
import { DetailQuery } from '@/components/DetailQuery'
import { RejectReasonDialog, rejectProblem } from '@/components/RejectReasonDialog'
import { deliverDownload } from '@/components/save-download'
import { useSubmit } from '@/forms/useSubmit'
import { usePageChrome } from '@/hooks/usePageChrome'
import { formatFileSize, useI18n, type MessageKey } from '@/i18n'
import { navigateTo } from '@/navigation'
import { ConsolePage, InfoRow, NotFound, PROJECT_STATUS_TAG, Section, score } from '@/features/console/parts'
import { ProjectCoreRows, ProjectTags } from '@/features/console/project-facts'
import { AssignReviewersDialog } from './AssignReviewersDialog'

const HISTORY_LABELS: Record<ProjectRecord['history'][number]['action'], MessageKey> = {
  submitted: 'console.history.submitted',
  accepted: 'console.history.accepted',
  returned: 'console.history.returned',
  rejected: 'console.history.rejected',
  shortlisted: 'console.history.shortlisted',
  unshortlisted: 'console.history.unshortlisted'
}

function Header({ project }: { project: ProjectRecord }) {
  const { t, label, localized, locale, dateTime } = useI18n()
  return (
    <View className='console__section'>
      <View className='console__head'>
        <Text className='console__title'>{localized(project.name, project.nameEn)}</Text>
        <Tag className='console__card-status' type={PROJECT_STATUS_TAG[project.status]}>
          {label(PROJECT_STATUS_LABELS[project.status])}
        </Tag>
      </View>
      {/* Staff read both names: the one not in the title under it. */}
      {project.nameEn && <Text className='console__meta'>{locale === 'en' ? project.name : project.nameEn}</Text>}
      <Text className='console__meta'>{t('console.project.number', { id: project.id })}</Text>
      <ProjectTags project={project} />
      <View className='console__rows'>
        <ProjectCoreRows project={project} />
        <InfoRow
          label={t('console.project.seeks')}
          value={project.seeks.map((s) => label(PROJECT_SEEK_LABELS[s])).join(' / ')}
        />
        <InfoRow label={t('console.project.visibility')} value={label(PROJECT_VISIBILITY_LABELS[project.visibility])} />
        {project.event && (
          <InfoRow label={t('console.project.event')} value={localized(project.event.title, project.event.titleEn)} />
        )}
        {project.submittedAt && (
          <InfoRow label={t('console.project.submitted')} value={dateTime(project.submittedAt)} />
        )}
      </View>
      {project.statusReason && (project.status === 'returned' || project.status === 'rejected') && (
        <Text className='console__reason'>{t('console.project.reasonGiven', { reason: project.statusReason })}</Text>
      )}
    </View>
  )
}

function PitchDeck({ project }: { project: ProjectRecord }) {
  const { t, dateTime } = useI18n()
  const deck = project.private?.pitchDeck
  const { submit: open, pending } = useSubmit(
    async (fileName: string) => {
      const file = await downloadPitchDeck(project.id)
      await deliverDownload(file, 'pdf', fileName)
    },
    { failureToast: true }
  )
  if (!deck) return <InfoRow label={t('console.project.pitchDeck')} value={t('console.project.noPitchDeck')} />
  return (
    <View className='console__switch'>
      <View>
        <Text className='console__text'>{deck.fileName}</Text>
        <Text className='console__meta'>
          {formatFileSize(deck.size)} · {dateTime(deck.uploadedAt)}
        </Text>
      </View>
      <Button size='small' type='primary' fill='outline' loading={pending} onClick={() => open(deck.fileName)}>
        {t('console.project.openPitchDeck')}
      </Button>
    </View>
  )
}

function Content({ project }: { project: ProjectRecord }) {
  const { t } = useI18n()
  const details = project.private
  return (
    <Section title={t('console.project.content')}>
      <Text className='console__label'>{t('console.project.summary')}</Text>
      <Text className='console__text'>{project.summary}</Text>
      {project.summaryEn && <Text className='console__text'>{project.summaryEn}</Text>}
      {details && (
        <>
          <Text className='console__label'>{t('console.project.details')}</Text>
          <Text className='console__text'>{details.details}</Text>
          {details.detailsEn && <Text className='console__text'>{details.detailsEn}</Text>}
          <View className='console__rows'>
            <InfoRow label={t('console.project.leader')} value={details.leaderName} />
            <InfoRow label={t('console.project.contact')} value={details.contact} />
          </View>
          <PitchDeck project={project} />
        </>
      )}
    </Section>
  )
}

type Refusal = 'return' | 'reject'

/** Accept, or return / reject with a reason the talent reads. */
function Screening({ project }: { project: ProjectRecord }) {
  const { t, locale } = useI18n()
  const action = useProjectAction()
  const [confirming, setConfirming] = useState(false)
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const accept = async () => {
    setConfirming(false)
    try {
      await action.mutateAsync({ kind: 'screen', id: project.id, screen: { decision: 'accept', reason: null } })
      Taro.showToast({ title: t('console.screen.acceptedToast'), icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }
  return (
    <Section title={t('console.screen.title')}>
      <Text className='console__hint'>{t('console.screen.hint')}</Text>
      <View className='console__actions'>
        <Button
          size='small'
          type='danger'
          fill='outline'
          disabled={action.isPending}
          onClick={() => setRefusal('reject')}
        >
          {t('console.screen.reject')}
        </Button>
        <Button
          size='small'
          type='warning'
          fill='outline'
          disabled={action.isPending}
          onClick={() => setRefusal('return')}
        >
          {t('console.screen.return')}
        </Button>
        <Button size='small' type='primary' loading={action.isPending} onClick={() => setConfirming(true)}>
          {t('console.screen.accept')}
        </Button>
      </View>
      <Dialog
        visible={confirming}
        title={t('console.screen.acceptTitle')}
        content={t('console.screen.acceptConfirm', { name: project.name })}
        confirmText={t('console.screen.accept')}
        cancelText={t('common.cancel')}
        onConfirm={() => void accept()}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      />
      <RejectReasonDialog
        subject={refusal ? project.name : null}
        title={refusal === 'return' ? 'console.screen.returnTitle' : 'console.screen.rejectTitle'}
        placeholder={refusal === 'return' ? 'console.screen.returnPlaceholder' : 'console.screen.rejectPlaceholder'}
        confirmText={refusal === 'return' ? 'console.screen.return' : 'console.screen.reject'}
        doneText={refusal === 'return' ? 'console.screen.returnedToast' : 'console.screen.rejectedToast'}
        maxLength={500}
        check={(reason) => rejectProblem(screenProjectSchema, reason, { reason: 'console.screen.reasonShort' })}
        reject={(reason) =>
          action.mutateAsync({
            kind: 'screen',
            id: project.id,
            screen: { decision: refusal ?? 'reject', reason: reason.trim() }
          })
        }
        onClose={() => setRefusal(null)}
      />
    </Section>
  )
}

function Reviews({ project }: { project: ProjectRecord }) {
  const { t, label, locale, dateTime } = useI18n()
  const userId = useUserId()
  const action = useProjectAction()
  const [assigning, setAssigning] = useState(false)
  const [removing, setRemoving] = useState<{ id: number; name: string } | null>(null)
  const reviews = project.reviews ?? []
  const canAssign = project.status === 'accepted'
  const mine = reviews.find((r) => r.reviewer.id === userId)

  const remove = async () => {
    const target = removing
    setRemoving(null)
    if (!target) return
    try {
      await action.mutateAsync({ kind: 'unassign', id: project.id, userId: target.id })
      Taro.showToast({ title: t('console.reviews.removedToast'), icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }

  return (
    <Section
      title={t('console.reviews.title')}
      extra={
        canAssign ? (
          <Button size='small' type='primary' fill='outline' onClick={() => setAssigning(true)}>
            {t('console.reviews.assign')}
          </Button>
        ) : undefined
      }
    >
      {project.averageScore !== null && (
        <Text className='console__text'>
          {t('console.reviews.average', {
            score: score(project.averageScore),
            done: reviews.filter((r) => r.submittedAt).length,
            assigned: reviews.length
          })}
        </Text>
      )}
      {reviews.length === 0 && (
        <Text className='console__hint'>{t(canAssign ? 'console.reviews.none' : 'console.reviews.notYet')}</Text>
      )}
      {reviews.map((review) => (
        <View key={review.reviewer.id} className='console-review'>
          <View className='console-review__head'>
            <Text className='console-review__name'>{review.reviewer.displayName}</Text>
            {review.total !== null ? (
              <Text className='console-review__total'>{score(review.total)}</Text>
            ) : (
              <Text className='console-review__pending'>{t('console.reviews.pending')}</Text>
            )}
          </View>
          {review.scores && (
            <View className='console-scores'>
              {REVIEW_CRITERIA.map((c) => (
                <View key={c} className='console-scores__item'>
                  <Text className='console-scores__value'>{review.scores?.[c]}</Text>
                  <Text className='console-scores__name'>{label(REVIEW_CRITERION_LABELS[c])}</Text>
                </View>
              ))}
            </View>
          )}
          {review.comment && <Text className='console-timeline__note'>{review.comment}</Text>}
          <Text className='console__meta'>
            {review.submittedAt
              ? t('console.reviews.submittedAt', { date: dateTime(review.submittedAt) })
              : t('console.reviews.assignedAt', { date: dateTime(review.assignedAt) })}
          </Text>
          {!review.submittedAt && (
            <View className='console__actions'>
              <Button
                size='small'
                type='danger'
                fill='outline'
                disabled={action.isPending}
                onClick={() => setRemoving({ id: review.reviewer.id, name: review.reviewer.displayName })}
              >
                {t('console.reviews.remove')}
              </Button>
            </View>
          )}
        </View>
      ))}
      {mine && project.status === 'accepted' && (
        <View className='console__actions'>
          <Button size='small' type='primary' onClick={() => navigateTo('reviewScore', { id: project.id })}>
            {t(mine.submittedAt ? 'console.reviews.editMine' : 'console.reviews.scoreMine')}
          </Button>
        </View>
      )}
      <AssignReviewersDialog
        visible={assigning}
        projectId={project.id}
        assigned={reviews.map((r) => r.reviewer.id)}
        onClose={() => setAssigning(false)}
      />
      <Dialog
        visible={removing !== null}
        title={t('console.reviews.removeTitle')}
        content={t('console.reviews.removeConfirm', { name: removing?.name ?? '' })}
        confirmText={t('console.reviews.remove')}
        cancelText={t('common.cancel')}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
        onClose={() => setRemoving(null)}
      />
    </Section>
  )
}

function Shortlist({ project }: { project: ProjectRecord }) {
  const { t, locale } = useI18n()
  const action = useProjectAction()
  const toggle = async (next: boolean) => {
    try {
      await action.mutateAsync({ kind: 'shortlist', id: project.id, shortlisted: next })
      Taro.showToast({
        title: t(next ? 'console.project.shortlistedToast' : 'console.project.unshortlistedToast'),
        icon: 'success'
      })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }
  return (
    <Section title={t('console.project.roadshow')}>
      <Text className='console__hint'>{t('console.project.shortlistHint')}</Text>
      <View className='console__switch'>
        <Text>{t('console.project.shortlistLabel')}</Text>
        <Switch
          className='console-shortlist'
          checked={project.shortlisted}
          loading={action.isPending}
          onChange={(v) => void toggle(v)}
        />
      </View>
    </Section>
  )
}

function History({ project }: { project: ProjectRecord }) {
  const { t, dateTime } = useI18n()
  const events = [...project.history].reverse()
  if (events.length === 0) return null
  return (
    <Section title={t('console.project.history')}>
      <View className='console-timeline'>
        {events.map((event, i) => (
          <View
            key={`${event.action}-${event.at}`}
            className={`console-timeline__item${i === 0 ? ' console-timeline__item--latest' : ''}`}
          >
            <View className='console-timeline__dot' />
            <View className='console-timeline__body'>
              <View className='console-timeline__line'>
                <Text className='console-timeline__status'>{t(HISTORY_LABELS[event.action])}</Text>
                <Text className='console-timeline__time'>{dateTime(event.at)}</Text>
              </View>
              {event.reason && <Text className='console-timeline__note'>{event.reason}</Text>}
            </View>
          </View>
        ))}
      </View>
    </Section>
  )
}

function ProjectPage({ id }: { id: number }) {
  const query = useStaffProject(id)
  return (
    <DetailQuery query={query} className='console--padded'>
      {(project) => (
        <View className='console--padded'>
          <Header project={project} />
          {project.status === 'submitted' && <Screening project={project} />}
          <Content project={project} />
          {(project.status === 'accepted' || (project.reviews?.length ?? 0) > 0) && <Reviews project={project} />}
          {project.status === 'accepted' && <Shortlist project={project} />}
          <History project={project} />
        </View>
      )}
    </DetailQuery>
  )
}

export default function StaffProjectPage() {
  const { params } = useRouter()
  usePageChrome('staffProject')
  const id = parseIdParam(params.id)
  return (
    <ConsolePage>
      {() => (id === undefined ? <NotFound code='PROJECT_NOT_FOUND' /> : <ProjectPage id={id} />)}
    </ConsolePage>
  )
}
