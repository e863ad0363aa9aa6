import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { ROLE_LABELS, registerAccountSchema, type RegisterAccount } from '@ihaigui/shared'
import { registerAccount } from '@/features/account/auth.api'
import { describeError } from '@/api/errors'
import { FormField, FormMessage, FormSection, TextField } from '@/components/form/Form'
import { useForm } from '@/forms/useForm'
import { useSubmit } from '@/forms/useSubmit'
import { blankFields, validateForm } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { finishSignIn, goToLogin, nav, parseRedirect } from '@/navigation'
import '../../account.scss'

type Field = 'username' | 'password' | 'displayName' | 'role'
const FIELDS: readonly Field[] = ['username', 'password', 'displayName', 'role']
const ROLES: readonly RegisterAccount['role'][] = ['talent', 'enterprise']

export default function RegisterPage() {
  const { t, label, locale } = useI18n()
  const { params } = useRouter()
  usePageChrome('register')
  const form = useForm({ username: '', password: '', displayName: '', role: 'talent' as RegisterAccount['role'] })
  const { submit, pending, failure } = useSubmit(
    () => {
      const result = validateForm(registerAccountSchema, form.values, {
        empty: blankFields(form.values),
        formats: { username: 'form.username', password: 'form.password' }
      })
      if (!result.ok) {
        form.setErrors(result.errors)
        return
      }
      return (async () => {
        // An account holds no personal data yet; consent is asked before the first form that collects some.
        await registerAccount(result.data)
        Taro.showToast({ title: t('register.success'), icon: 'success' })
        void finishSignIn(params.redirect)
      })()
    },
    { form, fields: FIELDS, codeFields: { USERNAME_TAKEN: 'username', PASSWORD_TOO_WEAK: 'password' } }
  )

  const toLogin = () => {
    // Came from the login page: just go back to it.
    const stack = Taro.getCurrentPages()
    if (stack.length > 1 && stack[stack.length - 2].route?.includes('login')) void Taro.navigateBack()
    else void goToLogin(parseRedirect(params.redirect)?.url)
  }

  return (
    <View className='page account'>
      <FormSection>
        <FormField label={t('register.role')}>
          <View className='account__roles'>
            {ROLES.map((role) => (
              <View
                key={role}
                className={`account__role${form.values.role === role ? ' account__role--active' : ''}`}
                onClick={() => form.setField('role', role)}
              >
                <Text>{label(ROLE_LABELS[role])}</Text>
              </View>
            ))}
          </View>
        </FormField>
        <TextField
          {...form.field('username')}
          label={t('login.username')}
          placeholder={t('register.usernamePlaceholder')}
          maxLength={32}
        />
        <TextField
          {...form.field('displayName')}
          label={t('register.displayName')}
          placeholder={t('register.displayNamePlaceholder')}
          maxLength={40}
        />
        <TextField
          {...form.field('password')}
          type='password'
          label={t('login.password')}
          placeholder={t('register.passwordPlaceholder')}
          maxLength={128}
        />
      </FormSection>

      <View className='account__agree'>
        <Text>{t('login.privacyNote')}</Text>
        <Text className='account__link' onClick={() => nav.privacy()}>
          {t('register.privacyLink')}
        </Text>
      </View>
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}

      <View className='form-actions'>
        <Button type='primary' block loading={pending} onClick={submit}>
          {t('register.submit')}
        </Button>
      </View>
      <View className='account__switch'>
        <Text className='account__link' onClick={toLogin}>
          {t('register.haveAccount')}
        </Text>
      </View>
    </View>
  )
}
