import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { ROLE_LABELS, createStaffSchema } from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { useCreateStaffAccount } from '@/features/staff/staff.hooks'
import { FormMessage, FormSection, SelectField, TextField } from '@/components/form/Form'
import { SignedIn } from '@/components/SessionGates'
import { useForm } from '@/forms/useForm'
import { blankFields, serverFieldErrors, validateForm } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import '../../staff.scss'

type StaffRole = 'staff' | 'admin'
const STAFF_ROLES: readonly StaffRole[] = ['staff', 'admin']
const FIELDS = ['username', 'password', 'displayName', 'role'] as const
const EMPTY = { username: '', password: '', displayName: '', role: 'staff' as StaffRole }

function CreateStaffForm() {
  const { t, label, locale } = useI18n()
  const create = useCreateStaffAccount()
  const form = useForm(EMPTY)
  const [created, setCreated] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const { values, field } = form

  const submit = async () => {
    setCreated(null)
    setFailure(null)
    const result = validateForm(createStaffSchema, values, {
      empty: blankFields(values),
      formats: { username: 'form.username', password: 'form.password' }
    })
    if (!result.ok) {
      form.setErrors(result.errors)
      return
    }
    try {
      const account = await create.mutateAsync(result.data)
      setCreated(account.username)
      form.setValues(EMPTY)
    } catch (error) {
      const fieldErrors = serverFieldErrors(error, FIELDS, {
        USERNAME_TAKEN: 'username',
        PASSWORD_TOO_WEAK: 'password'
      })
      form.setErrors(fieldErrors)
      if (Object.keys(fieldErrors).length === 0) setFailure(error)
    }
  }

  return (
    <View>
      <FormSection>
        <TextField {...field('displayName')} label={t('register.displayName')} maxLength={40} />
        <TextField
          {...field('username')}
          label={t('login.username')}
          placeholder={t('register.usernamePlaceholder')}
          maxLength={32}
        />
        <TextField
          {...field('password')}
          type='password'
          label={t('login.password')}
          placeholder={t('register.passwordPlaceholder')}
          maxLength={128}
        />
        <SelectField
          {...field('role')}
          label={t('createStaff.role')}
          options={STAFF_ROLES.map((value) => ({ value, label: label(ROLE_LABELS[value]) }))}
        />
      </FormSection>
      {created ? <FormMessage tone='success'>{t('createStaff.created', { username: created })}</FormMessage> : null}
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      <View className='form-actions'>
        <Button type='primary' block loading={create.isPending} onClick={submit}>
          {t('createStaff.submit')}
        </Button>
      </View>
    </View>
  )
}

export default function CreateStaffPage() {
  usePageChrome('staffCreateAccount')
  return (
    <View className='page staff'>
      <SignedIn roles={['admin']}>{() => <CreateStaffForm />}</SignedIn>
    </View>
  )
}
