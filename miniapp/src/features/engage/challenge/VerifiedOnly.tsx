import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useMe } from '@/features/account/session.hooks'
import { EmptyState, PageLoading } from '@/components/StateViews'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'

/** Only members of a verified organisation post and manage challenges; others are told why and where to go. */
export function VerifiedOnly({ children }: { children: () => JSX.Element }) {
  const { t } = useI18n()
  const me = useMe()
  if (!me.data) return <PageLoading />
  if (me.data.organization?.status === 'verified') return children()
  const hasOrganization = Boolean(me.data.organization)
  return (
    <View>
      <EmptyState message={t('orgChallenge.notVerified')} />
      <View className='ch-actions'>
        <Button type='primary' block onClick={() => navigateTo(hasOrganization ? 'orgMine' : 'orgRegister')}>
          {t(hasOrganization ? 'orgChallenge.openOrganization' : 'orgChallenge.registerOrganization')}
        </Button>
      </View>
    </View>
  )
}
