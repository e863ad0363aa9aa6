import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  ORGANIZATION_STATUSES,
  ORGANIZATION_STATUS_LABELS,
  ORGANIZATION_TYPE_LABELS,
  verifyOrganizationSchema,
  type Organization,
  type OrganizationStatus
} from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { useOrganizationQueue, useVerifyOrganization } from '@/features/staff/staff.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { SignedIn } from '@/components/SessionGates'
import { ORGANIZATION_STATUS_TAG } from '@/components/status-tags'
import { RejectReasonDialog, rejectProblem } from '@/components/RejectReasonDialog'
import { FilterTabs } from '@/components/FilterTabs'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import '../../staff.scss'

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='staff__row'>
      <Text className='staff__row-label'>{label}</Text>
      <Text className='staff__row-value'>{value}</Text>
    </View>
  )
}

function OrganizationCard({
  organization,
  onReject
}: {
  organization: Organization
  onReject: (o: Organization) => void
}) {
  const { t, label, date, locale } = useI18n()
  const verify = useVerifyOrganization()

  const approve = async () => {
    try {
      await verify.mutateAsync({ id: organization.id, decision: { decision: 'verify' } })
      Taro.showToast({ title: t('staff.approved'), icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }

  return (
    // Name, status and actions are direct children of the card: it is the one element holding them all.
    <View className='staff__card staff__card--with-status'>
      <Text className='staff__card-title'>{organization.name}</Text>
      <Tag className='staff__card-status' type={ORGANIZATION_STATUS_TAG[organization.status]}>
        {label(ORGANIZATION_STATUS_LABELS[organization.status])}
      </Tag>
      <View className='staff__rows'>
        <Row label={t('staff.uscc')} value={organization.uscc} />
        <Row label={t('org.type')} value={label(ORGANIZATION_TYPE_LABELS[organization.type])} />
        <Row label={t('org.industry')} value={organization.industry} />
        <Row label={t('org.district')} value={organization.district} />
        <Row label={t('staff.contact')} value={`${organization.contactName} ${organization.contactPhone}`} />
      </View>
      {organization.rejectReason && (
        <View className='staff__reason'>
          <Text>{`${t('org.rejectReason')}: ${organization.rejectReason}`}</Text>
        </View>
      )}
      <Text className='staff__meta'>{t('staff.submittedAt', { date: date(organization.createdAt) })}</Text>
      {organization.status === 'pending' && (
        <View className='staff__actions'>
          <Button
            size='small'
            type='danger'
            fill='outline'
            disabled={verify.isPending}
            onClick={() => onReject(organization)}
          >
            {t('staff.reject')}
          </Button>
          <Button size='small' type='primary' loading={verify.isPending} onClick={approve}>
            {t('staff.approve')}
          </Button>
        </View>
      )}
    </View>
  )
}

function RejectDialog({ organization, onClose }: { organization: Organization | null; onClose: () => void }) {
  const verify = useVerifyOrganization()
  return (
    <RejectReasonDialog
      subject={organization?.name ?? null}
      title='staff.rejectTitle'
      placeholder='staff.rejectPlaceholder'
      check={(reason) => rejectProblem(verifyOrganizationSchema, reason)}
      reject={(reason) =>
        verify.mutateAsync({ id: organization!.id, decision: { decision: 'reject', reason: reason.trim() } })
      }
      onClose={onClose}
    />
  )
}

function Queue({ status }: { status: OrganizationStatus }) {
  const { t } = useI18n()
  const [rejecting, setRejecting] = useState<Organization | null>(null)
  const query = useOrganizationQueue(status)
  useInfiniteListControls(query)
  return (
    <InfiniteList
      query={query}
      skeletonCount={3}
      emptyMessage={t('staff.queueEmpty')}
      renderItem={(organization) => <OrganizationCard organization={organization} onReject={setRejecting} />}
    >
      <RejectDialog organization={rejecting} onClose={() => setRejecting(null)} />
    </InfiniteList>
  )
}

export default function VerificationPage() {
  const { label } = useI18n()
  const [status, setStatus] = useState<OrganizationStatus>('pending')
  usePageChrome('staffVerification')

  return (
    <View className='staff'>
      <SignedIn roles={['staff', 'admin']}>
        {() => (
          <>
            <View className='staff__tabs'>
              <FilterTabs
                value={status}
                options={ORGANIZATION_STATUSES.map((s) => ({ value: s, title: label(ORGANIZATION_STATUS_LABELS[s]) }))}
                onChange={setStatus}
              />
            </View>
            <View className='staff__body'>
              <Queue key={status} status={status} />
            </View>
          </>
        )}
      </SignedIn>
    </View>
  )
}
