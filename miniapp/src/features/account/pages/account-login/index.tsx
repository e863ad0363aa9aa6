import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import { DEV_PERSONAS, DEV_PERSONA_LABELS, passwordLoginSchema, type DevPersona } from '@ihaigui/shared'
import { loginAsPersona, loginWithPassword, loginWithWechat } from '@/features/account/auth.api'
import { describeError, localizeErrorCode } from '@/api/errors'
import { FormMessage, FormSection, TextField } from '@/components/form/Form'
import { NavCell } from '@/components/NavCell'
import { useForm } from '@/forms/useForm'
import { useSubmit } from '@/forms/useSubmit'
import { blankFields, validateForm } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { finishSignIn, nav } from '@/navigation'
import '../../account.scss'

type Pending = 'password' | 'wechat' | DevPersona

export default function LoginPage() {
  const { t, label, locale } = useI18n()
  const { params } = useRouter()
  usePageChrome('login')
  const form = useForm({ username: '', password: '' })
  const submission = useSubmit(
    (_what: Pending, signIn: () => Promise<unknown>) =>
      signIn().then(() => {
        Taro.showToast({ title: t('login.success'), icon: 'success' })
        void finishSignIn(params.redirect)
      }),
    { key: (what) => what }
  )
  const pending = submission.pendingKey
  // A persona's failure shows with the demo accounts, the others under the form.
  const demoFailed = submission.failedKey !== 'password' && submission.failedKey !== 'wechat'
  const failure = demoFailed ? null : submission.failure
  const demoFailure = demoFailed ? submission.failure : null

  const submitPassword = () => {
    const result = validateForm(passwordLoginSchema, form.values, { empty: blankFields(form.values) })
    if (!result.ok) {
      form.setErrors(result.errors)
      return
    }
    void submission.submit('password', () => loginWithPassword(result.data))
  }

  const signInWithWechat = () =>
    submission.submit('wechat', async () => {
      const { code } = await Taro.login()
      return loginWithWechat(code)
    })

  return (
    <View className='page account'>
      <View className='account__hero'>
        <Text className='account__brand'>{t('app.name')}</Text>
        <Text className='account__tagline'>{t('app.tagline')}</Text>
      </View>

      {params.expired && !failure ? (
        <FormMessage tone='info'>{localizeErrorCode('AUTH_REFRESH_INVALID', locale)}</FormMessage>
      ) : null}

      {process.env.TARO_ENV === 'weapp' && (
        <View className='account__wechat'>
          <Button type='success' block loading={pending === 'wechat'} onClick={signInWithWechat}>
            {t('login.wechat')}
          </Button>
          <Text className='account__divider'>{t('login.or')}</Text>
        </View>
      )}

      <FormSection>
        <TextField
          {...form.field('username')}
          label={t('login.username')}
          placeholder={t('login.usernamePlaceholder')}
          maxLength={64}
        />
        <TextField
          {...form.field('password')}
          type='password'
          label={t('login.password')}
          placeholder={t('login.passwordPlaceholder')}
          maxLength={128}
        />
      </FormSection>

      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      <View className='form-actions'>
        <Button type='primary' block loading={pending === 'password'} onClick={submitPassword}>
          {t('login.submit')}
        </Button>
      </View>

      <View className='account__switch'>
        <Text>{t('login.noAccount')}</Text>
        <Text className='account__link' onClick={() => nav.register(params.redirect)}>
          {t('login.toRegister')}
        </Text>
      </View>

      <View className='section'>
        <View className='section__head'>
          <Text className='section__title'>{t('login.demo')}</Text>
        </View>
        <Text className='account__note'>{t('login.demoHint')}</Text>
        {demoFailure ? <FormMessage>{describeError(demoFailure, locale).message}</FormMessage> : null}
        <Cell.Group className='account__personas'>
          {DEV_PERSONAS.map((persona) => (
            <NavCell
              key={persona}
              className='account__persona'
              title={label(DEV_PERSONA_LABELS[persona])}
              value={pending === persona ? t('common.loading') : undefined}
              onClick={() => void submission.submit(persona, () => loginAsPersona(persona))}
            />
          ))}
        </Cell.Group>
      </View>

      <View className='account__privacy'>
        <Text>{t('login.privacyNote')} </Text>
        <Text className='account__link' onClick={() => nav.privacy()}>
          {t('me.privacy')}
        </Text>
      </View>
    </View>
  )
}
