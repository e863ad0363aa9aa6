import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import {
  ORGANIZATION_STATUS_LABELS,
  ORGANIZATION_TYPES,
  ORGANIZATION_TYPE_LABELS,
  registerOrganizationSchema,
  type Me,
  type OrganizationType
} from '@ihaigui/shared'
import { useRegisterOrganization } from '@/features/account/account.hooks'
import { describeError } from '@/api/errors'
import { FormMessage, FormSection, SelectField, TextField } from '@/components/form/Form'
import { NavCell } from '@/components/NavCell'
import { ConsentGate, SignedIn } from '@/components/SessionGates'
import { useForm } from '@/forms/useForm'
import { blankFields, serverFieldErrors, validateForm } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { nav, redirectTo } from '@/navigation'
import '../../org/org.scss'

type Values = {
  name: string
  uscc: string
  type: OrganizationType | ''
  industry: string
  district: string
  contactName: string
  contactPhone: string
}
const FIELDS = ['name', 'uscc', 'type', 'industry', 'district', 'contactName', 'contactPhone'] as const

function OrganizationForm({ me }: { me: Me }) {
  const { t, label, locale } = useI18n()
  const register = useRegisterOrganization()
  const [failure, setFailure] = useState<unknown>(null)
  const form = useForm<Values>({
    name: '',
    uscc: '',
    // Most organisations signing up are companies.
    type: 'enterprise',
    industry: '',
    district: '',
    contactName: me.displayName,
    contactPhone: me.phone ?? ''
  })
  const { values, field, errors } = form

  const submit = async () => {
    // The credit code's check character is verified here (shared usccSchema) before anything is sent.
    const result = validateForm(
      registerOrganizationSchema,
      { ...values, type: values.type || undefined },
      {
        empty: blankFields(values),
        choices: ['type'],
        formats: { uscc: 'form.uscc', contactPhone: 'form.phone' }
      }
    )
    setFailure(null)
    if (!result.ok) {
      form.setErrors(result.errors)
      return
    }
    try {
      await register.mutateAsync(result.data)
      Taro.showToast({ title: t('org.submitted'), icon: 'success' })
      void redirectTo('orgMine')
    } catch (error) {
      const fieldErrors = serverFieldErrors(error, FIELDS, { ORGANIZATION_USCC_TAKEN: 'uscc' })
      form.setErrors(fieldErrors)
      if (Object.keys(fieldErrors).length === 0) setFailure(error)
    }
  }

  const hasErrors = Object.values(errors).some(Boolean)

  return (
    <View>
      <Text className='org__intro'>{t('org.intro')}</Text>
      <FormSection>
        <TextField {...field('name')} label={t('org.name')} maxLength={100} />
        <TextField
          name='uscc'
          label={t('org.uscc')}
          placeholder={t('org.usccPlaceholder')}
          value={values.uscc}
          onChange={(v) => form.setField('uscc', v.toUpperCase())}
          error={errors.uscc}
          maxLength={18}
        />
        <SelectField
          {...field('type')}
          label={t('org.type')}
          options={ORGANIZATION_TYPES.map((value) => ({ value, label: label(ORGANIZATION_TYPE_LABELS[value]) }))}
        />
        <TextField
          {...field('industry')}
          label={t('org.industry')}
          placeholder={t('org.industryPlaceholder')}
          maxLength={50}
        />
        <TextField
          {...field('district')}
          label={t('org.district')}
          placeholder={t('org.districtPlaceholder')}
          maxLength={30}
        />
      </FormSection>
      <FormSection>
        <TextField {...field('contactName')} label={t('org.contactName')} maxLength={30} />
        <TextField
          {...field('contactPhone')}
          type='tel'
          label={t('org.contactPhone')}
          placeholder={t('phone.placeholder')}
          maxLength={11}
        />
      </FormSection>
      {hasErrors ? <FormMessage>{t('form.fixErrors')}</FormMessage> : null}
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      <View className='form-actions'>
        <Button type='primary' block loading={register.isPending} onClick={submit}>
          {t('org.submit')}
        </Button>
      </View>
    </View>
  )
}

export default function OrganizationRegisterPage() {
  const { label } = useI18n()
  usePageChrome('orgRegister')
  return (
    <View className='page org'>
      <SignedIn roles={['enterprise']}>
        {(me) =>
          me.organization ? (
            // One organisation per account: show where it stands instead of a second form.
            <NavCell
              title={me.organization.name}
              value={label(ORGANIZATION_STATUS_LABELS[me.organization.status])}
              onClick={() => nav.orgMine()}
            />
          ) : (
            <ConsentGate>
              <OrganizationForm me={me} />
            </ConsentGate>
          )
        }
      </SignedIn>
    </View>
  )
}
