import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Dialog, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  AMOUNT_PERIOD_LABELS,
  POLICY_CATEGORY_LABELS,
  POLICY_STATUS_LABELS,
  REGION_LABELS,
  STAFF_POLICY_VIEWS,
  STAFF_POLICY_VIEW_LABELS,
  formatAmountRange,
  staffPolicyViewSchema,
  type StaffPolicyView
} from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import type { PolicyRecordRow } from '@/features/staff-policies/staff-policies.api'
import { usePolicyAction, useStaffPolicies } from '@/features/staff-policies/staff-policies.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { SignedIn } from '@/components/SessionGates'
import { FilterTabs } from '@/components/FilterTabs'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { POLICY_STATUS_TAG, expiryMark } from '@/features/staff/policy-status'
import '../../staff.scss'
import '../../staff-policy.scss'

type RowAction = { kind: 'publish' | 'archive'; row: PolicyRecordRow }

const openEditor = (id?: number) => navigateTo('staffPolicyEdit', { id })

function ExpiryTag({ validTo }: { validTo: string | null }) {
  const { t } = useI18n()
  const mark = expiryMark(validTo)
  if (!mark) return null
  if (mark.kind === 'expired') return <Tag type='danger'>{t('sp.expired')}</Tag>
  return (
    <Tag type='warning'>
      {mark.days === 0
        ? t('sp.expiresToday')
        : mark.days === 1
          ? t('sp.expiresInOneDay')
          : t('sp.expiresInDays', { days: mark.days })}
    </Tag>
  )
}

function PolicyRow({
  row,
  busy,
  onAction
}: {
  row: PolicyRecordRow
  busy: RowAction['kind'] | null
  onAction: (a: RowAction) => void
}) {
  const { t, label, localized, locale, date, dateTime } = useI18n()
  const amount = formatAmountRange(row.amountMin, row.amountMax, locale)
  const validity = row.validTo
    ? t('sp.validRange', { from: date(row.validFrom), to: date(row.validTo) })
    : t('sp.validStanding', { from: date(row.validFrom) })

  // The buttons sit on the card, which opens the editor when tapped.
  const act = (kind: RowAction['kind']) => (event: { stopPropagation: () => void }) => {
    event.stopPropagation()
    onAction({ kind, row })
  }
  const edit = (event: { stopPropagation: () => void }) => {
    event.stopPropagation()
    void openEditor(row.id)
  }

  return (
    <View
      className='staff__card staff__card--with-status'
      hoverClass='staff__card--pressed'
      onClick={() => openEditor(row.id)}
    >
      <Text className='staff__card-title'>{localized(row.title, row.titleEn)}</Text>
      <Tag className='staff__card-status' type={POLICY_STATUS_TAG[row.status]}>
        {label(POLICY_STATUS_LABELS[row.status])}
      </Tag>
      <View className='staff__tags'>
        <ExpiryTag validTo={row.validTo} />
        <Tag type='primary' plain>
          {label(REGION_LABELS[row.region])}
        </Tag>
        <Tag type='primary' plain>
          {label(POLICY_CATEGORY_LABELS[row.category])}
        </Tag>
      </View>
      <View className='staff__rows'>
        <View className='staff__row'>
          <Text className='staff__row-label'>{t('sp.issuer')}</Text>
          <Text className='staff__row-value'>{localized(row.issuer, row.issuerEn)}</Text>
        </View>
        <View className='staff__row'>
          <Text className='staff__row-label'>{t('sp.validity')}</Text>
          <Text className='staff__row-value'>{validity}</Text>
        </View>
        {amount && (
          <View className='staff__row'>
            <Text className='staff__row-label'>{t('sp.amount')}</Text>
            <Text className='staff__row-value'>
              {amount} · {label(AMOUNT_PERIOD_LABELS[row.amountPeriod])}
            </Text>
          </View>
        )}
      </View>
      <Text className='staff__meta'>
        {row.status === 'published' && row.publishedAt
          ? t('sp.publishedAt', { date: dateTime(row.publishedAt) })
          : t('sp.updatedAt', { date: dateTime(row.updatedAt) })}
      </Text>
      <View className='staff__actions'>
        <Button size='small' fill='outline' type='primary' onClick={edit}>
          {t('sp.edit')}
        </Button>
        {row.status === 'published' ? (
          <Button
            size='small'
            type='danger'
            fill='outline'
            loading={busy === 'archive'}
            disabled={busy !== null}
            onClick={act('archive')}
          >
            {t('sp.withdraw')}
          </Button>
        ) : (
          <Button
            size='small'
            type='primary'
            loading={busy === 'publish'}
            disabled={busy !== null}
            onClick={act('publish')}
          >
            {row.status === 'archived' ? t('sp.republish') : t('sp.publish')}
          </Button>
        )}
      </View>
    </View>
  )
}

function PolicyList({ view }: { view: StaffPolicyView }) {
  const { t, locale, localized } = useI18n()
  const query = useStaffPolicies(view)
  const action = usePolicyAction()
  const [running, setRunning] = useState<{ id: number; kind: RowAction['kind'] } | null>(null)
  const [confirming, setConfirming] = useState<PolicyRecordRow | null>(null)
  useInfiniteListControls(query)

  const run = async ({ kind, row }: RowAction) => {
    if (action.isPending) return
    setRunning({ id: row.id, kind })
    try {
      await action.mutateAsync({ kind, id: row.id })
      Taro.showToast({ title: t(kind === 'publish' ? 'sp.publishedToast' : 'sp.withdrawnToast'), icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    } finally {
      setRunning(null)
    }
  }

  return (
    <>
      <InfiniteList
        query={query}
        emptyMessage={t(view === 'all' ? 'sp.emptyAll' : 'sp.emptyView')}
        renderItem={(row) => (
          <PolicyRow
            row={row}
            busy={running?.id === row.id ? running.kind : null}
            onAction={(a) => (a.kind === 'archive' ? setConfirming(a.row) : void run(a))}
          />
        )}
      />
      <Dialog
        visible={confirming !== null}
        title={t('sp.withdrawTitle')}
        content={t('sp.withdrawConfirm', { title: confirming ? localized(confirming.title, confirming.titleEn) : '' })}
        confirmText={t('sp.withdraw')}
        cancelText={t('common.cancel')}
        onConfirm={() => {
          const row = confirming
          setConfirming(null)
          if (row) void run({ kind: 'archive', row })
        }}
        onCancel={() => setConfirming(null)}
        onClose={() => setConfirming(null)}
      />
    </>
  )
}

export default function StaffPoliciesPage() {
  const { t, label } = useI18n()
  const { params } = useRouter()
  const initial = staffPolicyViewSchema.safeParse(params.view)
  const [view, setView] = useState<StaffPolicyView>(initial.success ? initial.data : 'all')
  usePageChrome('staffPolicies')

  return (
    <View className='staff'>
      <SignedIn roles={['staff', 'admin']}>
        {() => (
          <>
            <View className='staff__tabs'>
              <FilterTabs
                value={view}
                options={STAFF_POLICY_VIEWS.map((v) => ({ value: v, title: label(STAFF_POLICY_VIEW_LABELS[v]) }))}
                onChange={setView}
              />
            </View>
            <View className='staff__body'>
              <View className='staff__toolbar'>
                <Button size='small' fill='outline' type='primary' onClick={() => navigateTo('staffPolicyImport')}>
                  {t('sp.importExcel')}
                </Button>
                <Button className='sp-toolbar__new' size='small' type='primary' onClick={() => openEditor()}>
                  {t('sp.new')}
                </Button>
              </View>
              {view === 'expiring' && <Text className='sp-view-hint'>{t('sp.expiringHint')}</Text>}
              {view === 'expired' && <Text className='sp-view-hint'>{t('sp.expiredHint')}</Text>}
              <PolicyList key={view} view={view} />
            </View>
          </>
        )}
      </SignedIn>
    </View>
  )
}
