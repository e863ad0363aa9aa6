import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Empty } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/empty/style/css'
import type { Me, Role } from '@ihaigui/shared'
import { useQueryClient } from '@tanstack/react-query'
import { giveConsent } from '@/features/account/account.api'
import { usePrivacyPolicy } from '@/features/account/account.hooks'
import { fetchPrivacyPolicy } from '@/features/account/auth.api'
import { queryKeys } from '@/api/query-keys'
import { describeError } from '@/api/errors'
import { useSubmit } from '@/forms/useSubmit'
import { useApplyMe, useMe, useSession } from '@/features/account/session.hooks'
import { useI18n } from '@/i18n'
import { goToLogin, nav } from '@/navigation'
import { FormMessage } from './form/Form'
import { PageLoading } from './StateViews'
import './SessionGates.scss'

interface SignedInProps {
  /** Roles that may use the page; any signed-in user when omitted. */
  roles?: readonly Role[]
  children: (me: Me) => ReactNode
}

/**
 * Pages for signed-in users: signed out, it offers the login page (coming back here afterwards); with the wrong
 * role, it says so. Public pages never use it.
 */
export function SignedIn({ roles, children }: SignedInProps) {
  const { t } = useI18n()
  const session = useSession()
  const me = useMe()
  if (!session) {
    return (
      <Empty
        className='gate'
        size='small'
        image={<View className='gate__emblem' />}
        title={t('common.signInRequired')}
        description={t('common.signInRequiredHint')}
      >
        <View className='gate__action'>
          <Button type='primary' onClick={() => goToLogin()}>
            {t('common.signIn')}
          </Button>
        </View>
      </Empty>
    )
  }
  const user = me.data ?? session.user
  if (roles && !roles.includes(user.role)) {
    return (
      <Empty className='gate' size='small' image={<View className='gate__emblem' />} title={t('common.forbidden')} />
    )
  }
  return <>{children(user)}</>
}

/**
 * Shown before any form that collects personal data: until the current privacy policy is accepted, a summary of
 * it and "Accept and continue" (which records the consent) stand in for the form.
 */
export function ConsentGate({ children }: { children: ReactNode }) {
  const { t, locale } = useI18n()
  const me = useMe()
  // Loaded ahead so the version is at hand; the button also works before it arrives.
  usePrivacyPolicy()
  const queryClient = useQueryClient()
  const applyMe = useApplyMe()
  const {
    submit: accept,
    pending,
    failure
  } = useSubmit(async () => {
    const current = await queryClient.ensureQueryData({
      queryKey: queryKeys.privacyPolicy(),
      queryFn: fetchPrivacyPolicy
    })
    applyMe(await giveConsent(current.version))
  })

  if (!me.data) return <PageLoading />
  if (me.data.consentCurrent) return <>{children}</>

  return (
    <View className='consent'>
      <Text className='consent__title'>{t('consent.title')}</Text>
      {me.data.consent && <Text className='consent__updated'>{t('consent.updated')}</Text>}
      {(['consent.summary1', 'consent.summary2', 'consent.summary3'] as const).map((key, i) => (
        <View key={key} className='consent__point'>
          <Text className='consent__index'>{i + 1}</Text>
          <Text className='consent__text'>{t(key)}</Text>
        </View>
      ))}
      <Text className='consent__link' onClick={() => nav.privacy()}>
        {t('consent.readFull')} ›
      </Text>
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      <Button type='primary' block loading={pending} onClick={accept}>
        {t('consent.accept')}
      </Button>
    </View>
  )
}
