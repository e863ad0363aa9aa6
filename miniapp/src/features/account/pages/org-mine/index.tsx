import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  ORGANIZATION_STATUS_LABELS,
  ORGANIZATION_TYPE_LABELS,
  type Organization,
  type OrganizationStatus
} from '@ihaigui/shared'
import { useMyOrganization } from '@/features/account/account.hooks'
import { NavCell } from '@/components/NavCell'
import { SignedIn } from '@/components/SessionGates'
import { EmptyState, ErrorState, PageLoading } from '@/components/StateViews'
import { ORGANIZATION_STATUS_TAG } from '@/components/status-tags'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n, type MessageKey } from '@/i18n'
import { navigateTo, redirectTo } from '@/navigation'
import '../../org/org.scss'

const STATUS_HINTS: Record<OrganizationStatus, MessageKey> = {
  pending: 'org.pendingHint',
  verified: 'org.verifiedHint',
  rejected: 'org.rejectedHint'
}

function OrganizationStatusView({ organization }: { organization: Organization }) {
  const { t, label, date } = useI18n()
  return (
    <View>
      <View className='org__status'>
        <View className='org__status-head'>
          <Text className='org__name'>{organization.name}</Text>
          <Tag type={ORGANIZATION_STATUS_TAG[organization.status]}>
            {label(ORGANIZATION_STATUS_LABELS[organization.status])}
          </Tag>
        </View>
        <Text className='org__hint'>{t(STATUS_HINTS[organization.status])}</Text>
        {organization.status === 'rejected' && organization.rejectReason && (
          <View className='org__reason'>
            <Text className='org__reason-label'>{t('org.rejectReason')}</Text>
            <Text>{organization.rejectReason}</Text>
          </View>
        )}
        <Text className='org__dates'>
          {t('org.submittedAt', { date: date(organization.createdAt) })}
          {organization.verifiedAt ? ` · ${t('org.verifiedAt', { date: date(organization.verifiedAt) })}` : ''}
        </Text>
      </View>
      <Cell.Group>
        <Cell title={t('org.uscc')} extra={organization.uscc} />
        <Cell title={t('org.type')} extra={label(ORGANIZATION_TYPE_LABELS[organization.type])} />
        <Cell title={t('org.industry')} extra={organization.industry} />
        <Cell title={t('org.district')} extra={organization.district} />
        <Cell title={t('org.contactName')} extra={organization.contactName} />
        <Cell title={t('org.contactPhone')} extra={organization.contactPhone} />
      </Cell.Group>
      {organization.status === 'verified' && <RecruitLinks />}
    </View>
  )
}

/** Positions: what members of a verified organisation post and follow. */
function RecruitLinks() {
  const { t } = useI18n()
  return (
    <Cell.Group title={t('recruit.org.group')}>
      <NavCell
        title={t('recruit.org.positions')}
        description={t('recruit.org.positionsHint')}
        onClick={() => navigateTo('orgPositions')}
      />
      <NavCell
        title={t('recruit.org.post')}
        description={t('recruit.org.postHint')}
        onClick={() => navigateTo('orgPositionEdit')}
      />
    </Cell.Group>
  )
}

function MyOrganization() {
  const { t } = useI18n()
  const { data, error, isPending, isError, refetch } = useMyOrganization()
  usePullDownRefresh(() => {
    // refetch() settles with the query's state, a failure included; it does not reject.
    void refetch().finally(() => Taro.stopPullDownRefresh())
  })
  if (isPending) return <PageLoading />
  if (isError) return <ErrorState error={error} onRetry={() => refetch()} />
  if (!data) {
    return (
      <View>
        <EmptyState message={t('org.none')} />
        <View className='form-actions'>
          <Button type='primary' block onClick={() => redirectTo('orgRegister')}>
            {t('org.register')}
          </Button>
        </View>
      </View>
    )
  }
  return <OrganizationStatusView organization={data} />
}

export default function MyOrganizationPage() {
  usePageChrome('orgMine')
  return (
    <View className='page org'>
      <SignedIn roles={['enterprise']}>{() => <MyOrganization />}</SignedIn>
    </View>
  )
}
