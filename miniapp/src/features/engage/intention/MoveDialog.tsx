import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Dialog, TextArea } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import { DISTRICTS, DISTRICT_LABELS, moveIntentionSchema, type District, type MoveIntention } from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { useMoveIntention } from '@/features/engage/intentions.hooks'
import { useErrorText } from '@/components/form/Form'
import { AmountField } from '@/features/projects/components/AmountField'
import { yuanValue } from '@/features/projects/amount'
import { serverFieldErrors, validateForm, type FieldErrors } from '@/forms/validation'
import { useI18n, type MessageKey } from '@/i18n'

export type Move = MoveIntention['status']

export const MOVE_LABELS: Record<Move, MessageKey> = {
  accepted: 'in.move.accepted',
  declined: 'in.move.declined',
  meeting: 'in.move.meeting',
  agreement: 'in.move.agreement',
  signed: 'in.move.signed',
  withdrawn: 'in.move.withdrawn'
}

const MOVE_HINTS: Record<Move, MessageKey> = {
  accepted: 'in.move.acceptedHint',
  declined: 'in.move.declinedHint',
  meeting: 'in.move.meetingHint',
  agreement: 'in.move.agreementHint',
  signed: 'in.move.signedHint',
  withdrawn: 'in.move.withdrawnHint'
}

type MoveField = 'note' | 'registeredCapital' | 'investmentAmount' | 'district'
const MOVE_FIELDS: readonly MoveField[] = ['note', 'registeredCapital', 'investmentAmount', 'district']

/**
 * One step of the intention, confirmed in a dialog with an optional note for the other side. The landing
 * agreement also records the registered capital and/or the investment (typed in 万元 in Chinese, yuan in English,
 * stored in yuan) and the district the project lands in.
 */
export function MoveDialog({
  intentionId,
  move,
  onClose
}: {
  intentionId: number
  move: Move | null
  onClose: () => void
}) {
  const { t, label, locale } = useI18n()
  const errorText = useErrorText()
  const send = useMoveIntention(intentionId)
  const [note, setNote] = useState('')
  const [capital, setCapital] = useState('')
  const [investment, setInvestment] = useState('')
  const [district, setDistrict] = useState<District | null>(null)
  const [errors, setErrors] = useState<FieldErrors<MoveField>>({})

  const close = () => {
    setNote('')
    setCapital('')
    setInvestment('')
    setDistrict(null)
    setErrors({})
    onClose()
  }

  const confirm = async () => {
    if (move === null || send.isPending) return
    const signing = move === 'signed'
    const input = {
      status: move,
      note,
      registeredCapital: signing ? yuanValue(capital) : null,
      investmentAmount: signing ? yuanValue(investment) : null,
      district: signing ? district : null
    }
    const result = validateForm(moveIntentionSchema, input, { choices: ['district'] })
    const problems: FieldErrors<MoveField> = result.ok ? {} : { ...result.errors }
    if (signing) {
      // The schema puts "district and an amount" on the district; say which one is missing.
      if (district === null) problems.district = { key: 'form.choose' }
      else if (problems.district) problems.district = undefined
      if (yuanValue(capital) === null && yuanValue(investment) === null && !problems.registeredCapital) {
        problems.registeredCapital = { key: 'in.move.amountNeeded' }
      }
    }
    if (!result.ok || Object.values(problems).some(Boolean)) {
      setErrors(problems)
      return
    }
    try {
      await send.mutateAsync(result.data)
      Taro.showToast({ title: t('in.move.done'), icon: 'success' })
      close()
    } catch (error) {
      const fieldErrors = serverFieldErrors(error, MOVE_FIELDS)
      setErrors(
        Object.keys(fieldErrors).length > 0 ? fieldErrors : { note: { text: describeError(error, locale).message } }
      )
    }
  }

  return (
    <Dialog
      visible={move !== null}
      className='in-dialog'
      title={move ? t(MOVE_LABELS[move]) : ''}
      // The button is narrow: the title says what is confirmed.
      confirmText={t('in.move.confirm')}
      cancelText={t('common.cancel')}
      onConfirm={confirm}
      onCancel={close}
      onClose={() => undefined}
    >
      {move && (
        <View className='in-dialog__body'>
          <Text className='in-dialog__hint'>{t(MOVE_HINTS[move])}</Text>
          {move === 'signed' && (
            <View className='in-dialog__landing'>
              <AmountField
                name='registeredCapital'
                label={t('in.landing.capital')}
                value={capital}
                onChange={(yuan) => {
                  setCapital(yuan)
                  // Either amount satisfies "an amount is needed".
                  setErrors((prev) => ({ ...prev, registeredCapital: undefined, investmentAmount: undefined }))
                }}
                required={false}
                error={errors.registeredCapital}
              />
              <AmountField
                name='investmentAmount'
                label={t('in.landing.investment')}
                value={investment}
                onChange={(yuan) => {
                  setInvestment(yuan)
                  setErrors((prev) => ({ ...prev, registeredCapital: undefined, investmentAmount: undefined }))
                }}
                required={false}
                error={errors.investmentAmount}
              />
              <Text className='in-dialog__label'>{t('in.landing.district')}</Text>
              <View className='in-choices'>
                {DISTRICTS.map((d) => (
                  <Text
                    key={d}
                    className={district === d ? 'in-choice in-choice--on' : 'in-choice'}
                    onClick={() => {
                      setDistrict(d)
                      setErrors((prev) => ({ ...prev, district: undefined }))
                    }}
                  >
                    {label(DISTRICT_LABELS[d])}
                  </Text>
                ))}
              </View>
              {errors.district ? <Text className='form-field__error'>{errorText(errors.district)}</Text> : null}
            </View>
          )}
          <TextArea
            name='moveNote'
            value={note}
            placeholder={t('in.move.notePlaceholder')}
            maxLength={1000}
            rows={3}
            onChange={(value) => {
              setNote(value)
              setErrors((prev) => ({ ...prev, note: undefined }))
            }}
          />
          {errors.note ? <Text className='form-field__error'>{errorText(errors.note)}</Text> : null}
        </View>
      )}
    </Dialog>
  )
}
