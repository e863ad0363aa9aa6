import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useQueryClient } from '@tanstack/react-query'
import { createContactRequestSchema, formatAmountYuan, type FinanceDetail, type Me } from '@ihaigui/shared'
import { describeError, isApiRequestError } from '@/api/errors'
import { useFinanceService, useSendContactRequest } from '@/features/parks/finance.hooks'
import { queryKeys } from '@/api/query-keys'
import { useSession } from '@/features/account/session.hooks'
import { FormMessage, FormSection, TextAreaField, TextField } from '@/components/form/Form'
import { ConsentGate, SignedIn } from '@/components/SessionGates'
import { ErrorState, PageLoading } from '@/components/StateViews'
import { useForm } from '@/forms/useForm'
import { serverFieldErrors, validateForm } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { goToLogin, redirectTo } from '@/navigation'
import '../../components/cards.scss'
import '../../finance/finance.scss'

type Values = { message: string; contactPhone: string; amountWanted: string }
const FIELDS = ['message', 'contactPhone', 'amountWanted'] as const
const REQUEST_ROLES = ['talent', 'enterprise'] as const

/** The typed amount as a number of yuan; '' is no amount, anything unreadable stays a string for the schema to refuse. */
function amountInput(text: string): number | null | string {
  const clean = text.replace(/[,，\s]/g, '')
  if (!clean) return null
  return /^\d+$/.test(clean) ? Number(clean) : clean
}

function ContactForm({ service, me }: { service: FinanceDetail; me: Me }) {
  const { t, locale, localized } = useI18n()
  const queryClient = useQueryClient()
  const send = useSendContactRequest(service.id)
  const form = useForm<Values>({ message: '', contactPhone: me.phone ?? '', amountWanted: '' })
  const [failure, setFailure] = useState<unknown>(null)
  const { values, field, errors } = form
  const amount = amountInput(values.amountWanted)

  const submit = async () => {
    if (send.isPending) return
    setFailure(null)
    const result = validateForm(
      createContactRequestSchema,
      { message: values.message, contactPhone: values.contactPhone.trim(), amountWanted: amount },
      {
        formats: { contactPhone: 'form.phone' },
        empty: (['message', 'contactPhone'] as const).filter((f) => !values[f].trim())
      }
    )
    if (!result.ok) {
      form.setErrors(result.errors)
      return
    }
    try {
      await send.mutateAsync(result.data)
      Taro.showToast({ title: t('finance.sent'), icon: 'success' })
      void redirectTo('myContactRequests')
    } catch (error) {
      if (isApiRequestError(error) && error.status === 401) {
        void goToLogin()
        return
      }
      if (isApiRequestError(error) && error.code === 'CONSENT_REQUIRED') {
        void queryClient.invalidateQueries({ queryKey: queryKeys.user.me(me.id) })
      }
      const fieldErrors = serverFieldErrors<(typeof FIELDS)[number]>(error, FIELDS)
      form.setErrors(fieldErrors)
      if (Object.keys(fieldErrors).length === 0) setFailure(error)
    }
  }

  const hasErrors = Object.values(errors).some(Boolean)

  return (
    <View className='contact-form'>
      <View className='contact-form__service'>
        <Text className='contact-form__service-name'>{localized(service.name, service.nameEn)}</Text>
        <Text className='contact-form__service-provider'>
          {t('finance.providerLine', { name: service.provider.name })}
        </Text>
      </View>
      <FormSection>
        <TextAreaField
          {...field('message')}
          label={t('finance.message')}
          placeholder={t('finance.messagePlaceholder')}
          maxLength={500}
          rows={4}
        />
        <TextField
          {...field('contactPhone')}
          type='tel'
          label={t('finance.phone')}
          placeholder={t('finance.phonePlaceholder')}
          maxLength={11}
        />
        <TextField
          {...field('amountWanted')}
          type='number'
          label={t('finance.amountWanted')}
          required={false}
          placeholder={t('finance.amountWantedPlaceholder')}
          hint={
            typeof amount === 'number'
              ? t('finance.amountPreview', { amount: formatAmountYuan(amount, locale) })
              : undefined
          }
          maxLength={12}
        />
      </FormSection>
      <Text className='contact-form__note'>{t('finance.afterSend')}</Text>
      {hasErrors ? <FormMessage>{t('form.fixErrors')}</FormMessage> : null}
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      <Button type='primary' block loading={send.isPending} disabled={send.isPending} onClick={submit}>
        {t('finance.send')}
      </Button>
    </View>
  )
}

function ContactLoader({ me }: { me: Me }) {
  const { params } = useRouter()
  const { data, error, isPending, isError, refetch } = useFinanceService(params.id)
  if (isPending) return <PageLoading />
  if (isError) return <ErrorState error={error} onRetry={() => refetch()} />
  return <ContactForm service={data} me={me} />
}

export default function FinanceContactPage() {
  const { t } = useI18n()
  const session = useSession()
  usePageChrome('financeContact')
  const mayRequest = session !== null && (REQUEST_ROLES as readonly string[]).includes(session.user.role)
  return (
    <View className='page'>
      <SignedIn roles={REQUEST_ROLES}>
        {(me) => (
          <ConsentGate>
            <ContactLoader me={me} />
          </ConsentGate>
        )}
      </SignedIn>
      {!mayRequest && <Text className='contact-form__gate-note'>{t('finance.roleHint')}</Text>}
    </View>
  )
}
