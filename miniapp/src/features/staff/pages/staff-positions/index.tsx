import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  CLOSE_REASON_LABELS,
  DEGREE_LABELS,
  DISTRICT_LABELS,
  INDUSTRY_LABELS,
  JOB_FUNCTION_LABELS,
  POSITION_STATUS_LABELS,
  STAFF_POSITION_VIEWS,
  STAFF_POSITION_VIEW_LABELS,
  reviewPositionSchema
} from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import type { PositionRecordRow, StaffPositionView } from '@/features/recruit/recruit.api'
import { useReviewPosition, useStaffPositions } from '@/features/recruit/recruit.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { salaryText } from '@/features/jobs/job-display'
import { POSITION_STATUS_TAG, expiresSoon, expiryCountdown } from '@/features/recruit/recruit-display'
import { SignedIn } from '@/components/SessionGates'
import { RejectReasonDialog, rejectProblem } from '@/components/RejectReasonDialog'
import { FilterTabs } from '@/components/FilterTabs'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import '../../staff.scss'
import './positions.scss'

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='staff__row'>
      <Text className='staff__row-label'>{label}</Text>
      <Text className='staff__row-value'>{value}</Text>
    </View>
  )
}

function PositionCard({
  position,
  onReject
}: {
  position: PositionRecordRow
  onReject: (p: PositionRecordRow) => void
}) {
  const { t, label, locale, date, dateTime } = useI18n()
  const review = useReviewPosition()
  const approve = async () => {
    try {
      await review.mutateAsync({ id: position.id, review: { decision: 'approve', reason: null } })
      Taro.showToast({ title: t('recruit.staff.approvedToast'), icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }
  const live = position.status === 'approved' || position.status === 'pending'
  return (
    <View className='staff__card staff__card--with-status'>
      <Text className='staff__card-title'>{position.title}</Text>
      <Tag className='staff__card-status' type={POSITION_STATUS_TAG[position.status]}>
        {label(POSITION_STATUS_LABELS[position.status])}
      </Tag>
      {position.titleEn && <Text className='staff__meta'>{position.titleEn}</Text>}
      {position.status === 'pending' && position.contentCheck === 'review' && (
        <View className='staff__tags'>
          <Tag type='danger' plain>
            {t('recruit.staff.flagged')}
          </Tag>
        </View>
      )}
      <View className='staff__rows'>
        <Row label={t('recruit.staff.organization')} value={position.organization.name} />
        <Row
          label={t('recruit.staff.category')}
          value={`${label(JOB_FUNCTION_LABELS[position.function])} · ${label(INDUSTRY_LABELS[position.industry])}`}
        />
        <Row
          label={t('recruit.staff.place')}
          value={`${position.city} · ${label(DISTRICT_LABELS[position.district])}`}
        />
        <Row label={t('recruit.staff.salary')} value={salaryText(position, t)} />
        <Row
          label={t('recruit.staff.requirement')}
          value={t('recruit.staff.requirementValue', {
            degree: label(DEGREE_LABELS[position.minDegree]),
            years: position.experienceYears,
            headcount: position.headcount
          })}
        />
        {position.languages.length > 0 && (
          <Row label={t('recruit.staff.languages')} value={position.languages.join(' / ')} />
        )}
        <Row label={t('recruit.staff.expiresOn')} value={date(position.expiresOn)} />
        {position.status === 'approved' && (
          <Row
            label={t('recruit.staff.activity')}
            value={t('recruit.applicants.summary', {
              applicants: position.applicationCount,
              views: position.viewCount
            })}
          />
        )}
      </View>
      {live && (
        <Text className={`staff__meta${expiresSoon(position.expiresOn) ? ' staff-positions__soon' : ''}`}>
          {expiryCountdown(position.expiresOn, locale)}
        </Text>
      )}
      {position.rejectReason && (
        <View className='staff__reason'>
          <Text>{t('recruit.staff.rejectedWith', { reason: position.rejectReason })}</Text>
        </View>
      )}
      {position.status === 'closed' && position.closeReason && (
        <Text className='staff__meta'>
          {t('recruit.list.closedBecause', { reason: label(CLOSE_REASON_LABELS[position.closeReason]) })}
        </Text>
      )}
      <Text className='staff__meta'>
        {t('recruit.staff.updatedAt', { date: dateTime(position.updatedAt) })}
        {position.publishedAt ? ` · ${t('recruit.staff.publishedAt', { date: date(position.publishedAt) })}` : ''}
      </Text>
      {position.status === 'pending' && (
        <View className='staff__actions'>
          <Button
            size='small'
            type='danger'
            fill='outline'
            disabled={review.isPending}
            onClick={() => onReject(position)}
          >
            {t('staff.reject')}
          </Button>
          <Button size='small' type='primary' loading={review.isPending} onClick={approve}>
            {t('staff.approve')}
          </Button>
        </View>
      )}
    </View>
  )
}

function RejectDialog({ position, onClose }: { position: PositionRecordRow | null; onClose: () => void }) {
  const review = useReviewPosition()
  return (
    <RejectReasonDialog
      subject={position?.title ?? null}
      title='recruit.staff.rejectTitle'
      placeholder='recruit.staff.rejectPlaceholder'
      check={(reason) => rejectProblem(reviewPositionSchema, reason, { reason: 'recruit.staff.reasonShort' })}
      reject={(reason) =>
        review.mutateAsync({ id: position!.id, review: { decision: 'reject', reason: reason.trim() } })
      }
      onClose={onClose}
    />
  )
}

function Queue({ view }: { view: StaffPositionView }) {
  const { t } = useI18n()
  const [rejecting, setRejecting] = useState<PositionRecordRow | null>(null)
  const query = useStaffPositions(view)
  useInfiniteListControls(query)
  return (
    <>
      {view === 'stale' && <Text className='staff__meta staff-positions__hint'>{t('recruit.staff.staleHint')}</Text>}
      <InfiniteList
        query={query}
        skeletonCount={3}
        emptyMessage={t(view === 'pending' ? 'recruit.staff.emptyPending' : 'recruit.staff.empty')}
        renderItem={(position) => <PositionCard position={position} onReject={setRejecting} />}
      />
      <RejectDialog position={rejecting} onClose={() => setRejecting(null)} />
    </>
  )
}

export default function StaffPositionsPage() {
  const { label } = useI18n()
  const [view, setView] = useState<StaffPositionView>('pending')
  usePageChrome('staffPositions')

  return (
    <View className='staff'>
      <SignedIn roles={['staff', 'admin']}>
        {() => (
          <>
            <View className='staff__tabs'>
              <FilterTabs
                value={view}
                options={STAFF_POSITION_VIEWS.map((v) => ({ value: v, title: label(STAFF_POSITION_VIEW_LABELS[v]) }))}
                onChange={setView}
              />
            </View>
            <View className='staff__body'>
              <Queue key={view} view={view} />
            </View>
          </>
        )}
      </SignedIn>
    </View>
  )
}
