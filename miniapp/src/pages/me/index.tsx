import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Cell, Radio } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/radio/style/css'
import { LOCALES, ORGANIZATION_STATUS_LABELS, ROLE_LABELS, maskPhone, type Locale, type Me } from '@ihaigui/shared'
import { updateMe } from '@/features/account/account.api'
import { logout } from '@/features/account/auth.api'
import { useMe, useSession } from '@/features/account/session.hooks'
import { JobEntries } from '@/features/jobs/components/JobEntries'
import { NavCell } from '@/components/NavCell'
import { DeskEntries } from '@/features/desk/components/DeskEntries'
import { ParkFinanceEntries } from '@/features/parks/components/ParkFinanceEntries'
import { MatchEntries } from '@/features/projects/components/MatchEntries'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n, type MessageKey } from '@/i18n'
import { nav, navigateTo } from '@/navigation'
import './index.scss'

const LANGUAGE_NAMES: Record<Locale, MessageKey> = {
  'zh-CN': 'lang.zh-CN',
  en: 'lang.en'
}

/** The entries a role has under "My services". */
function RoleEntries({ me }: { me: Me }) {
  const { t, label } = useI18n()
  switch (me.role) {
    case 'talent':
      return (
        <>
          <NavCell
            title={t('me.profile')}
            value={me.hasTalentProfile ? t('me.profileDone') : t('common.notSet')}
            onClick={() => nav.talentProfile()}
          />
          <NavCell
            title={t('me.phone')}
            value={maskPhone(me.phone) ?? t('common.notSet')}
            onClick={() => nav.phone()}
          />
        </>
      )
    case 'enterprise':
      return (
        <NavCell
          title={t('me.organization')}
          value={me.organization ? label(ORGANIZATION_STATUS_LABELS[me.organization.status]) : t('me.organizationNone')}
          onClick={() => (me.organization ? nav.orgMine() : nav.orgRegister())}
        />
      )
    case 'staff':
    case 'admin':
      return <NavCell title={t('me.console')} onClick={() => nav.staffHome()} />
    case 'reviewer':
      return null
  }
}

export default function MePage() {
  const { t, locale, setLocale, label } = useI18n()
  const session = useSession()
  const { data: me } = useMe()
  const [leaving, setLeaving] = useState(false)
  usePageChrome('me')

  const user = me ?? session?.user

  const chooseLocale = (next: Locale) => {
    setLocale(next)
    // Messages the server sends later (notifications) follow the same choice.
    if (user && user.locale !== next) updateMe({ locale: next }).catch(() => undefined)
  }

  const signOut = async () => {
    if (leaving) return
    setLeaving(true)
    try {
      await logout()
      Taro.showToast({ title: t('me.loggedOut'), icon: 'none' })
    } finally {
      setLeaving(false)
    }
  }

  return (
    <View className='page me'>
      <View
        className='me__profile'
        hoverClass={user ? undefined : 'me__profile--pressed'}
        onClick={user ? undefined : () => nav.login()}
      >
        <View className='me__avatar' />
        <View className='me__profile-text'>
          {user ? (
            <>
              <Text className='me__name'>{user.displayName}</Text>
              <Text className='me__role'>{label(ROLE_LABELS[user.role])}</Text>
            </>
          ) : (
            <>
              <Text className='me__name'>{t('me.guest')}</Text>
              <Text className='me__hint'>{t('me.signInHint')}</Text>
            </>
          )}
        </View>
      </View>

      {user ? (
        <Cell.Group title={t('me.services')} className='me__group'>
          <RoleEntries me={user} />
          <NavCell title={t('meEntry.savedPolicies')} onClick={() => navigateTo('policyFavorites')} />
          <NavCell title={t('meEntry.policyMatcher')} onClick={() => navigateTo('policyMatch')} />
          <NavCell title={t('me.myData')} onClick={() => nav.myData()} />
        </Cell.Group>
      ) : (
        <Cell.Group className='me__group'>
          <NavCell className='me__sign-in' title={t('me.signInEntry')} onClick={() => nav.login()} />
        </Cell.Group>
      )}

      <DeskEntries me={user ?? null} className='me__group' />

      {user && <JobEntries me={user} className='me__group' />}

      {user && <MatchEntries me={user} className='me__group' />}

      <ParkFinanceEntries me={user ?? null} className='me__group' />

      <Cell.Group title={t('me.language')} className='me__group'>
        {LOCALES.map((option) => (
          <Cell
            key={option}
            className='me__language'
            title={t(LANGUAGE_NAMES[option])}
            extra={<Radio checked={locale === option} value={option} />}
            onClick={() => chooseLocale(option)}
          />
        ))}
      </Cell.Group>

      <Cell.Group title={t('me.about')} className='me__group'>
        <NavCell title={t('me.privacy')} onClick={() => nav.privacy()} />
        <Cell title={t('me.version')} extra={APP_VERSION} />
        <Cell title={t('me.operator')} extra={t('me.operatorName')} />
      </Cell.Group>

      {user && (
        <View className='me__logout' hoverClass='me__logout--pressed' onClick={signOut}>
          <Text>{t('me.logout')}</Text>
        </View>
      )}
    </View>
  )
}
