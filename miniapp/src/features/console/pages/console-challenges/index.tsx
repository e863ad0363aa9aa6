import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  CHALLENGE_STATUS_LABELS,
  INDUSTRY_LABELS,
  RESPONSE_STATUS_LABELS,
  STAFF_CHALLENGE_VIEWS,
  formatAmountRange,
  reviewChallengeSchema
} from '@ihaigui/shared'
import type { ChallengeRecordRow, StaffChallengeView } from '@/features/console/console.api'
import {
  useChallengeResponses,
  useStaffChallenge,
  useReviewChallenge,
  useStaffChallenges
} from '@/features/console/console.hooks'
import { describeError } from '@/api/errors'
import { InfiniteList } from '@/components/InfiniteList'
import { RejectReasonDialog, rejectProblem } from '@/components/RejectReasonDialog'
import { ErrorState, ListFooter, PageLoading } from '@/components/StateViews'
import { FilterTabs } from '@/components/FilterTabs'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { CHALLENGE_STATUS_TAG, ConsolePage, InfoRow } from '@/features/console/parts'

/** The problem and the expected outcome, loaded when staff open them. */
function ChallengeText({ id }: { id: number }) {
  const { t, localized } = useI18n()
  const query = useStaffChallenge(id, true)
  if (query.isPending) return <PageLoading />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />
  const c = query.data
  return (
    <View className='console-challenge__text'>
      <Text className='console__label'>{t('console.challenges.problem')}</Text>
      <Text className='console__text'>{localized(c.problem, c.problemEn)}</Text>
      <Text className='console__label'>{t('console.challenges.outcome')}</Text>
      <Text className='console__text'>{localized(c.expectedOutcome, c.expectedOutcomeEn)}</Text>
    </View>
  )
}

function Responses({ id }: { id: number }) {
  const { t, label, dateTime } = useI18n()
  const query = useChallengeResponses(id, true)
  if (query.isPending) return <PageLoading />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />
  const items = query.data.pages.flatMap((p) => p.items)
  if (items.length === 0) return <Text className='console__hint'>{t('console.challenges.noResponses')}</Text>
  return (
    <View>
      {items.map((r) => (
        <View key={r.id} className='console-review'>
          <View className='console-review__head'>
            <Text className='console-review__name'>{r.responder.displayName}</Text>
            <Tag type={r.status === 'picked' ? 'success' : r.status === 'shortlisted' ? 'primary' : 'default'}>
              {label(RESPONSE_STATUS_LABELS[r.status])}
            </Tag>
          </View>
          {r.project && (
            <Text className='console__meta'>{t('console.challenges.withProject', { name: r.project.name })}</Text>
          )}
          <Text className='console-timeline__note'>{r.proposal}</Text>
          <Text className='console__meta'>{dateTime(r.createdAt)}</Text>
        </View>
      ))}
      {query.hasNextPage && (
        <ListFooter loading={query.isFetchingNextPage} done={false} onLoadMore={() => void query.fetchNextPage()} />
      )}
    </View>
  )
}

function ChallengeCard({
  challenge,
  onReject
}: {
  challenge: ChallengeRecordRow
  onReject: (c: ChallengeRecordRow) => void
}) {
  const { t, label, localized, locale, date, dateTime } = useI18n()
  const review = useReviewChallenge()
  const [open, setOpen] = useState<'text' | 'responses' | null>(challenge.status === 'pending' ? 'text' : null)
  const budget = formatAmountRange(challenge.budgetMin, challenge.budgetMax, locale)
  const approve = async () => {
    try {
      await review.mutateAsync({ id: challenge.id, review: { decision: 'approve', reason: null } })
      Taro.showToast({ title: t('console.challenges.approvedToast'), icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }
  const toggle = (part: 'text' | 'responses') => setOpen((current) => (current === part ? null : part))
  return (
    <View className='console__card'>
      <View className='console__head'>
        <Text className='console__card-title'>{localized(challenge.title, challenge.titleEn)}</Text>
        <Tag className='console__card-status' type={CHALLENGE_STATUS_TAG[challenge.status]}>
          {label(CHALLENGE_STATUS_LABELS[challenge.status])}
        </Tag>
      </View>
      <View className='console__tags'>
        <Tag type='primary' plain>
          {label(INDUSTRY_LABELS[challenge.field])}
        </Tag>
        {challenge.status === 'pending' && challenge.contentCheck === 'review' && (
          <Tag type='danger' plain>
            {t('console.challenges.flagged')}
          </Tag>
        )}
      </View>
      <View className='console__rows'>
        <InfoRow label={t('console.challenges.organization')} value={challenge.organization.name} />
        <InfoRow label={t('console.challenges.budget')} value={budget ?? t('console.challenges.budgetOpen')} />
        <InfoRow label={t('console.challenges.deadline')} value={date(challenge.deadline)} />
        <InfoRow label={t('console.challenges.responses')} value={String(challenge.responseCount)} />
      </View>
      {challenge.rejectReason && (
        <Text className='console__reason'>
          {t('console.challenges.rejectedWith', { reason: challenge.rejectReason })}
        </Text>
      )}
      <Text className='console__meta'>
        {challenge.publishedAt
          ? t('console.challenges.publishedAt', { date: dateTime(challenge.publishedAt) })
          : t('console.challenges.submittedAt', { date: dateTime(challenge.createdAt) })}
      </Text>
      <View className='console-chips console-challenge__parts'>
        <Text className={`console-chip${open === 'text' ? ' console-chip--on' : ''}`} onClick={() => toggle('text')}>
          {t('console.challenges.showText')}
        </Text>
        {challenge.responseCount > 0 && (
          <Text
            className={`console-chip${open === 'responses' ? ' console-chip--on' : ''}`}
            onClick={() => toggle('responses')}
          >
            {t('console.challenges.showResponses', { count: challenge.responseCount })}
          </Text>
        )}
      </View>
      {open === 'text' && <ChallengeText id={challenge.id} />}
      {open === 'responses' && <Responses id={challenge.id} />}
      {challenge.status === 'pending' && (
        <View className='console__actions'>
          <Button
            size='small'
            type='danger'
            fill='outline'
            disabled={review.isPending}
            onClick={() => onReject(challenge)}
          >
            {t('staff.reject')}
          </Button>
          <Button size='small' type='primary' loading={review.isPending} onClick={() => void approve()}>
            {t('staff.approve')}
          </Button>
        </View>
      )}
    </View>
  )
}

function Queue({ view }: { view: StaffChallengeView }) {
  const { t, localized } = useI18n()
  const query = useStaffChallenges(view)
  const review = useReviewChallenge()
  const [rejecting, setRejecting] = useState<ChallengeRecordRow | null>(null)
  useInfiniteListControls(query)
  return (
    <>
      <InfiniteList
        query={query}
        skeletonCount={3}
        emptyMessage={t(view === 'pending' ? 'console.challenges.emptyPending' : 'console.challenges.empty')}
        renderItem={(c) => <ChallengeCard challenge={c} onReject={setRejecting} />}
      />
      <RejectReasonDialog
        subject={rejecting ? localized(rejecting.title, rejecting.titleEn) : null}
        title='console.challenges.rejectTitle'
        placeholder='console.challenges.rejectPlaceholder'
        check={(reason) => rejectProblem(reviewChallengeSchema, reason, { reason: 'console.screen.reasonShort' })}
        reject={(reason) =>
          review.mutateAsync({ id: rejecting!.id, review: { decision: 'reject', reason: reason.trim() } })
        }
        onClose={() => setRejecting(null)}
      />
    </>
  )
}

export default function StaffChallengesPage() {
  const { label } = useI18n()
  const [view, setView] = useState<StaffChallengeView>('pending')
  usePageChrome('staffChallenges')
  return (
    <ConsolePage>
      {() => (
        <>
          <View className='console__tabs'>
            <FilterTabs
              value={view}
              options={STAFF_CHALLENGE_VIEWS.map((v) => ({ value: v, title: label(CHALLENGE_STATUS_LABELS[v]) }))}
              onChange={setView}
            />
          </View>
          <View className='console__body'>
            <Queue key={view} view={view} />
          </View>
        </>
      )}
    </ConsolePage>
  )
}
