import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ActionSheet, Button, Dialog, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/actionsheet/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  CLOSE_REASON_LABELS,
  DISTRICT_LABELS,
  JOB_FUNCTION_LABELS,
  POSITION_STATUSES,
  POSITION_STATUS_LABELS,
  type PositionStatus
} from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import type { PositionRecordRow } from '@/features/recruit/recruit.api'
import { useOrgPositions, usePositionAction } from '@/features/recruit/recruit.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { POSITION_STATUS_TAG, expiresSoon, expiryCountdown } from '@/features/recruit/recruit-display'
import { salaryText } from '@/features/jobs/job-display'
import { SignedIn } from '@/components/SessionGates'
import { FilterTabs } from '@/components/FilterTabs'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { DateInput } from '@/features/recruit/controls'
import { extensionWindow } from '@/features/recruit/dates'
import { takeRequestedTab } from '@/features/recruit/positions-tab'
import '../../recruit.scss'

const CLOSE_CHOICES = ['filled', 'withdrawn'] as const

function PositionCard({
  position,
  onClose,
  onExtend
}: {
  position: PositionRecordRow
  onClose: (p: PositionRecordRow) => void
  onExtend: (p: PositionRecordRow) => void
}) {
  const { t, label, localized, locale, date } = useI18n()
  const live = position.status === 'pending' || position.status === 'approved'
  const canExtend = live && !position.extended && extensionWindow(position) !== null
  return (
    <View className='rc-card rc-card--with-status'>
      <Text className='rc-card__title'>{localized(position.title, position.titleEn)}</Text>
      <Tag className='rc-card__status' type={POSITION_STATUS_TAG[position.status]}>
        {label(POSITION_STATUS_LABELS[position.status])}
      </Tag>
      <Text className='rc-card__meta'>
        {[
          label(JOB_FUNCTION_LABELS[position.function]),
          label(DISTRICT_LABELS[position.district]),
          salaryText(position, t)
        ].join(' · ')}
      </Text>

      {live && (
        <View className='rc-card__expiry'>
          <Text className='rc-card__expiry-date'>
            {t('recruit.list.expiresOn', { date: date(position.expiresOn) })}
          </Text>
          <Text className={`rc-card__countdown${expiresSoon(position.expiresOn) ? ' rc-card__countdown--soon' : ''}`}>
            {expiryCountdown(position.expiresOn, locale)}
          </Text>
          {position.extended && <Text className='rc-card__extended'>{t('recruit.list.extended')}</Text>}
        </View>
      )}
      {position.status === 'pending' && (
        <Text className='rc-card__note'>
          {t(position.contentCheck === 'review' ? 'recruit.list.pendingManual' : 'recruit.list.pendingHint')}
        </Text>
      )}
      {position.status === 'rejected' && position.rejectReason && (
        <View className='rc-reason'>
          <Text className='rc-reason__label'>{t('recruit.list.rejectReason')}</Text>
          <Text>{position.rejectReason}</Text>
        </View>
      )}
      {position.status === 'closed' && position.closeReason && (
        <Text className='rc-card__note'>
          {t('recruit.list.closedBecause', { reason: label(CLOSE_REASON_LABELS[position.closeReason]) })}
        </Text>
      )}

      <View className='rc-stats'>
        <View className='rc-stats__item'>
          <Text className='rc-stats__value'>{position.applicationCount}</Text>
          <Text className='rc-stats__label'>{t('recruit.list.applicants')}</Text>
        </View>
        <View className='rc-stats__item'>
          <Text className='rc-stats__value'>{position.viewCount}</Text>
          <Text className='rc-stats__label'>{t('recruit.list.views')}</Text>
        </View>
        <View className='rc-stats__item'>
          <Text className='rc-stats__value'>{position.headcount}</Text>
          <Text className='rc-stats__label'>{t('recruit.list.headcount')}</Text>
        </View>
      </View>

      <View className='rc-actions'>
        <Button size='small' fill='outline' onClick={() => navigateTo('orgApplicants', { positionId: position.id })}>
          {t('recruit.list.viewApplicants')}
        </Button>
        {position.status === 'approved' && (
          <Button size='small' fill='outline' onClick={() => navigateTo('orgPositionShare', { id: position.id })}>
            {t('recruit.list.share')}
          </Button>
        )}
        {position.status !== 'closed' && (
          <Button size='small' fill='outline' onClick={() => navigateTo('orgPositionEdit', { id: position.id })}>
            {t('recruit.list.edit')}
          </Button>
        )}
        {canExtend && (
          <Button size='small' fill='outline' onClick={() => onExtend(position)}>
            {t('recruit.list.extend')}
          </Button>
        )}
        {position.status !== 'closed' && (
          <Button size='small' type='danger' fill='outline' onClick={() => onClose(position)}>
            {t('recruit.list.close')}
          </Button>
        )}
      </View>
    </View>
  )
}

function CloseSheet({ position, onDone }: { position: PositionRecordRow | null; onDone: () => void }) {
  const { t, locale } = useI18n()
  const action = usePositionAction()
  return (
    <ActionSheet
      visible={position !== null}
      title={t('recruit.close.title')}
      description={t('recruit.close.hint')}
      options={CLOSE_CHOICES.map((reason) => ({
        name: t(reason === 'filled' ? 'recruit.close.filled' : 'recruit.close.withdrawn')
      }))}
      cancelText={t('common.cancel')}
      onSelect={async (_item, index) => {
        const reason = CLOSE_CHOICES[index]
        if (!position || !reason) return
        onDone()
        try {
          await action.mutateAsync({ kind: 'close', id: position.id, reason })
          Taro.showToast({ title: t('recruit.close.done'), icon: 'success' })
        } catch (error) {
          Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
        }
      }}
      onCancel={onDone}
    />
  )
}

function ExtendDialog({ position, onDone }: { position: PositionRecordRow; onDone: () => void }) {
  const { t, locale, date } = useI18n()
  const action = usePositionAction()
  const range = extensionWindow(position)
  const [value, setValue] = useState(range?.max ?? '')
  const [message, setMessage] = useState<string | null>(null)

  const confirm = async () => {
    if (!range || action.isPending) return
    if (!value || value < range.min || value > range.max) {
      setMessage(t('recruit.extend.outOfRange', { min: date(range.min), max: date(range.max) }))
      return
    }
    try {
      await action.mutateAsync({ kind: 'extend', id: position.id, expiresOn: value })
      Taro.showToast({ title: t('recruit.extend.done'), icon: 'success' })
      onDone()
    } catch (error) {
      setMessage(describeError(error, locale).message)
    }
  }

  return (
    <Dialog
      visible
      title={t('recruit.extend.title')}
      confirmText={t('recruit.extend.confirm')}
      cancelText={t('common.cancel')}
      onConfirm={confirm}
      onCancel={onDone}
      onClose={() => undefined}
    >
      <View className='rc-dialog'>
        <Text className='rc-dialog__text'>{t('recruit.extend.current', { date: date(position.expiresOn) })}</Text>
        {range && <Text className='rc-dialog__text'>{t('recruit.extend.limit', { date: date(range.max) })}</Text>}
        <DateInput
          name='extendTo'
          value={value}
          min={range?.min}
          max={range?.max}
          onChange={(v) => {
            setValue(v)
            setMessage(null)
          }}
        />
        <Text className='rc-dialog__hint'>{t('recruit.extend.once')}</Text>
        {message && <Text className='form-field__error'>{message}</Text>}
      </View>
    </Dialog>
  )
}

function PositionList({ status }: { status: PositionStatus }) {
  const { t } = useI18n()
  const [closing, setClosing] = useState<PositionRecordRow | null>(null)
  const [extending, setExtending] = useState<PositionRecordRow | null>(null)
  const query = useOrgPositions(status)
  useInfiniteListControls(query)
  return (
    <>
      <InfiniteList
        query={query}
        skeletonCount={3}
        emptyMessage={t(`recruit.list.empty.${status}`)}
        renderItem={(position) => <PositionCard position={position} onClose={setClosing} onExtend={setExtending} />}
      />
      <CloseSheet position={closing} onDone={() => setClosing(null)} />
      {extending && <ExtendDialog key={extending.id} position={extending} onDone={() => setExtending(null)} />}
    </>
  )
}

function initialStatus(raw: string | undefined): PositionStatus {
  return POSITION_STATUSES.find((s) => s === raw) ?? 'approved'
}

export default function OrgPositionsPage() {
  const { t, label } = useI18n()
  const { params } = useRouter()
  const [status, setStatus] = useState<PositionStatus>(() => initialStatus(params.status))
  usePageChrome('orgPositions')
  useDidShow(() => {
    const requested = takeRequestedTab()
    if (requested) setStatus(requested)
  })

  return (
    <View className='rc'>
      <SignedIn roles={['enterprise']}>
        {() => (
          <>
            <View className='rc__tabs'>
              <FilterTabs
                value={status}
                options={POSITION_STATUSES.map((s) => ({ value: s, title: label(POSITION_STATUS_LABELS[s]) }))}
                onChange={setStatus}
              />
            </View>
            <View className='rc__body'>
              <View className='rc__toolbar'>
                <Button type='primary' size='small' onClick={() => navigateTo('orgPositionEdit')}>
                  {t('recruit.list.post')}
                </Button>
              </View>
              <PositionList key={status} status={status} />
            </View>
          </>
        )}
      </SignedIn>
    </View>
  )
}
