import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, InputNumber } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/inputnumber/style/css'
import { useQueryClient } from '@tanstack/react-query'
import { VISIT_PARTY_MAX, bookVisitSchema, type Me, type ParkDetail, type VisitSlot } from '@ihaigui/shared'
import { describeError, isApiRequestError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import { useBookVisit, usePark } from '@/features/parks/parks.hooks'
import { queryKeys } from '@/api/query-keys'
import { useSession } from '@/features/account/session.hooks'
import { FormField, FormMessage, FormSection, TextAreaField, TextField, useErrorText } from '@/components/form/Form'
import { ConsentGate, SignedIn } from '@/components/SessionGates'
import { ErrorState, PageLoading } from '@/components/StateViews'
import { useForm } from '@/forms/useForm'
import { serverFieldErrors, validateForm, type FieldError } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { goToLogin, navigateTo, redirectTo } from '@/navigation'
import { SlotItem } from '@/features/parks/park/SlotItem'
import { slotBlocked } from '@/features/parks/park/slots'
import '../../components/cards.scss'
import '../../park/park.scss'

type Values = { contactPhone: string; message: string }
const FIELDS = ['contactPhone', 'message'] as const

/** Slot errors the server may answer with when the slot changed under the user. */
const SLOT_GONE = ['VISIT_SLOT_FULL', 'VISIT_SLOT_PAST', 'VISIT_SLOT_NOT_FOUND']

function SlotPicker({
  slots,
  value,
  onChange
}: {
  slots: VisitSlot[]
  value: number | undefined
  onChange: (id: number) => void
}) {
  const { t } = useI18n()
  if (slots.length === 0) return <Text className='park-detail__text'>{t('park.slotsEmpty')}</Text>
  return (
    <View className='slot-list'>
      {slots.map((slot) => (
        <SlotItem key={slot.id} slot={slot} withRadio selected={slot.id === value} onPress={(s) => onChange(s.id)} />
      ))}
    </View>
  )
}

function BookingForm({ park, me, initialSlot }: { park: ParkDetail; me: Me; initialSlot: number | undefined }) {
  const { t, locale, localized } = useI18n()
  const queryClient = useQueryClient()
  const errorText = useErrorText()
  const book = useBookVisit(park.id)
  const form = useForm<Values>({ contactPhone: me.phone ?? '', message: '' })
  const [slotId, setSlotId] = useState<number | undefined>(() =>
    park.slots.some((s) => s.id === initialSlot && !slotBlocked(s)) ? initialSlot : undefined
  )
  const [partySize, setPartySize] = useState(1)
  const [slotError, setSlotError] = useState<FieldError | undefined>()
  const [failure, setFailure] = useState<unknown>(null)
  const { field, errors } = form

  const chooseSlot = (id: number) => {
    setSlotId(id)
    setSlotError(undefined)
    setFailure(null)
  }

  const submit = async () => {
    if (book.isPending) return
    setFailure(null)
    const slot = park.slots.find((s) => s.id === slotId)
    let slotProblem: FieldError | undefined
    if (!slot || slotBlocked(slot)) slotProblem = { key: 'visit.chooseSlotFirst' }
    else if (partySize > slot.remaining) slotProblem = { key: 'visit.partyTooLarge', params: { count: slot.remaining } }
    const result = validateForm(
      bookVisitSchema,
      { slotId: slotId ?? 0, partySize, contactPhone: form.values.contactPhone.trim(), message: form.values.message },
      { formats: { contactPhone: 'form.phone' }, empty: form.values.contactPhone.trim() ? [] : ['contactPhone'] }
    )
    setSlotError(slotProblem)
    if (!result.ok) form.setErrors(result.errors)
    if (slotProblem || !result.ok) return

    try {
      await book.mutateAsync(result.data)
      Taro.showToast({ title: t('visit.submitted'), icon: 'success' })
      void redirectTo('myVisits')
    } catch (error) {
      if (!isApiRequestError(error)) {
        setFailure(error)
        return
      }
      if (error.status === 401) {
        void goToLogin()
        return
      }
      if (error.code === 'CONSENT_REQUIRED') {
        // The policy changed since the page loaded: the consent step takes the form's place.
        void queryClient.invalidateQueries({ queryKey: queryKeys.user.me(me.id) })
      }
      if (SLOT_GONE.includes(error.code)) {
        // The park's slots are fetched again (see useBookVisit); the user picks another.
        setSlotId(undefined)
        setSlotError({ key: 'visit.slotTaken' })
      }
      const fieldErrors = serverFieldErrors<(typeof FIELDS)[number]>(error, FIELDS)
      form.setErrors(fieldErrors)
      if (Object.keys(fieldErrors).length === 0) setFailure(error)
    }
  }

  const alreadyBooked = isApiRequestError(failure) && failure.code === 'VISIT_ALREADY_BOOKED'
  const hasErrors = Object.values(errors).some(Boolean) || Boolean(slotError)

  return (
    <View className='visit-form'>
      <View className='visit-form__park'>
        <Text className='visit-form__park-name'>{localized(park.name, park.nameEn)}</Text>
        <Text className='visit-form__park-address'>{localized(park.address, park.addressEn)}</Text>
      </View>

      <FormSection title={t('visit.chooseSlot')}>
        <View className='visit-form__slots'>
          <SlotPicker slots={park.slots} value={slotId} onChange={chooseSlot} />
          {slotError && <Text className='form-field__error'>{errorText(slotError)}</Text>}
        </View>
      </FormSection>

      <FormSection title={t('visit.details')}>
        <FormField label={t('visit.partySize')} hint={t('visit.partySizeHint', { max: VISIT_PARTY_MAX })}>
          <View className='visit-form__stepper'>
            <InputNumber
              value={partySize}
              min={1}
              max={VISIT_PARTY_MAX}
              readOnly
              onChange={(value) => {
                const n = Math.min(VISIT_PARTY_MAX, Math.max(1, Math.round(Number(value)) || 1))
                setPartySize(n)
                setSlotError(undefined)
              }}
            />
          </View>
        </FormField>
        <TextField
          {...field('contactPhone')}
          type='tel'
          label={t('visit.phone')}
          placeholder={t('visit.phonePlaceholder')}
          maxLength={11}
        />
        <TextAreaField
          {...field('message')}
          label={t('visit.message')}
          required={false}
          placeholder={t('visit.messagePlaceholder')}
          maxLength={300}
          rows={3}
        />
      </FormSection>

      <Text className='visit-form__note'>{t('visit.afterSubmit')}</Text>
      {hasErrors && !slotError ? <FormMessage>{t('form.fixErrors')}</FormMessage> : null}
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      {alreadyBooked && (
        <View className='park-clear'>
          <Button type='primary' fill='outline' block onClick={() => navigateTo('myVisits')}>
            {t('visit.viewMine')}
          </Button>
        </View>
      )}
      <View className='park-clear'>
        <Button type='primary' block loading={book.isPending} disabled={book.isPending} onClick={submit}>
          {t('visit.submit')}
        </Button>
      </View>
    </View>
  )
}

function BookingLoader({ me }: { me: Me }) {
  const { params } = useRouter()
  const { data, error, isPending, isError, refetch } = usePark(params.id)
  if (isPending) return <PageLoading />
  if (isError) return <ErrorState error={error} onRetry={() => refetch()} />
  return <BookingForm park={data} me={me} initialSlot={parseIdParam(params.slot)} />
}

const BOOKING_ROLES = ['talent', 'enterprise'] as const

export default function ParkBookPage() {
  const { t } = useI18n()
  const session = useSession()
  usePageChrome('parkBook')
  const mayBook = session !== null && (BOOKING_ROLES as readonly string[]).includes(session.user.role)
  return (
    <View className='page'>
      <SignedIn roles={BOOKING_ROLES}>
        {(me) => (
          <ConsentGate>
            <BookingLoader me={me} />
          </ConsentGate>
        )}
      </SignedIn>
      {!mayBook && <Text className='visit-form__note park-gate-note'>{t('visit.roleHint')}</Text>}
    </View>
  )
}
