import Taro from '@tarojs/taro'
import { Button as TaroButton, Text, View, type ButtonProps, type BaseEventOrig } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { mainlandPhoneSchema, type Me, type PhoneUpdate } from '@ihaigui/shared'
import { z } from 'zod'
import { updatePhone } from '@/features/account/account.api'
import { describeError } from '@/api/errors'
import { useApplyMe } from '@/features/account/session.hooks'
import { FormMessage, FormSection, TextField } from '@/components/form/Form'
import { ConsentGate, SignedIn } from '@/components/SessionGates'
import { useForm } from '@/forms/useForm'
import { useSubmit } from '@/forms/useSubmit'
import { blankFields, validateForm } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import '../../account.scss'

/** The typed-number half of the shared phone update. */
const typedPhoneSchema = z.object({ phone: mainlandPhoneSchema })

function PhoneForm({ me }: { me: Me }) {
  const { t, locale } = useI18n()
  const applyMe = useApplyMe()
  const form = useForm({ phone: '' })
  const {
    submit: send,
    pendingKey: pending,
    failure
  } = useSubmit(
    async (_how: 'wechat' | 'typed', update: PhoneUpdate) => {
      applyMe(await updatePhone(update))
      form.setValues({ phone: '' })
      Taro.showToast({ title: t('phone.saved'), icon: 'success' })
    },
    { key: (how) => how, form, fields: (how) => (how === 'typed' ? (['phone'] as const) : []) }
  )

  const onWechatPhone = (event: BaseEventOrig<ButtonProps.onGetPhoneNumberEventDetail>) => {
    const code = event.detail.code
    if (!code) {
      Taro.showToast({ title: t('phone.wechatDenied'), icon: 'none' })
      return
    }
    void send('wechat', { wechatCode: code })
  }

  const submitTyped = () => {
    const result = validateForm(typedPhoneSchema, form.values, {
      empty: blankFields(form.values),
      formats: { phone: 'form.phone' }
    })
    if (!result.ok) {
      form.setErrors(result.errors)
      return
    }
    void send('typed', { phone: result.data.phone })
  }

  return (
    <View>
      <View className='account__card'>
        <Text className='account__card-title'>{t('phone.current')}</Text>
        <Text className={me.phone ? 'account__value' : 'account__text'}>{me.phone ?? t('phone.none')}</Text>
        <Text className='form-field__hint'>{t('phone.privacy')}</Text>
      </View>

      {process.env.TARO_ENV === 'weapp' && (
        <View className='form-actions'>
          <TaroButton
            className='account__wechat-phone'
            openType='getPhoneNumber'
            onGetPhoneNumber={onWechatPhone}
            disabled={pending !== undefined}
          >
            {t('phone.wechat')}
          </TaroButton>
        </View>
      )}

      <FormSection title={t('phone.manual')}>
        <TextField
          {...form.field('phone')}
          type='tel'
          label={t('me.phone')}
          placeholder={t('phone.placeholder')}
          maxLength={11}
        />
      </FormSection>
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      <View className='form-actions'>
        <Button type='primary' block loading={pending === 'typed'} onClick={submitTyped}>
          {t('phone.save')}
        </Button>
      </View>
    </View>
  )
}

export default function PhonePage() {
  usePageChrome('phone')
  return (
    <View className='page account'>
      <SignedIn>
        {(me) => (
          <ConsentGate>
            <PhoneForm me={me} />
          </ConsentGate>
        )}
      </SignedIn>
    </View>
  )
}
