import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Dialog, TextArea } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import type { z } from 'zod'
import { describeError } from '@/api/errors'
import { type FieldError, validateForm } from '@/forms/validation'
import { useSubmit } from '@/forms/useSubmit'
import { type MessageKey, useI18n } from '@/i18n'
import { useErrorText } from './form/Form'
import './RejectReasonDialog.scss'

/**
 * Staff turning something down (or sending it back) with a reason the other side will read: the text is checked before
 * sending, and a refusal from the server stays in the dialog so nothing typed is lost.
 */
export function RejectReasonDialog({
  subject,
  title,
  placeholder,
  check,
  reject,
  onClose,
  confirmText = 'staff.reject',
  doneText = 'staff.rejected',
  maxLength = 300
}: {
  /** What is being rejected (its name); null hides the dialog. */
  subject: string | null
  title: MessageKey
  placeholder: MessageKey
  /** The reason's problem, if it would be refused. */
  check: (reason: string) => FieldError | undefined
  reject: (reason: string) => Promise<unknown>
  onClose: () => void
  /** The confirm button (default "reject"). */
  confirmText?: MessageKey
  /** The toast once it is done (default "rejected"). */
  doneText?: MessageKey
  /** The longest reason the schema takes. */
  maxLength?: number
}) {
  const { t, locale } = useI18n()
  const errorText = useErrorText()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<FieldError | undefined>()
  const submission = useSubmit(() => {
    if (subject === null) return
    const problem = check(reason)
    if (problem) {
      setError(problem)
      return
    }
    return (async () => {
      await reject(reason)
      Taro.showToast({ title: t(doneText), icon: 'success' })
      close()
    })()
  })
  const { submit: confirm, failure } = submission
  const shown = error ?? (failure ? { text: describeError(failure, locale).message } : undefined)

  const close = () => {
    setReason('')
    setError(undefined)
    submission.clearFailure()
    onClose()
  }

  return (
    <Dialog
      visible={subject !== null}
      title={t(title)}
      confirmText={t(confirmText)}
      cancelText={t('common.cancel')}
      onConfirm={confirm}
      onCancel={close}
      onClose={() => undefined}
    >
      <View className='reason-dialog'>
        <Text className='reason-dialog__subject'>{subject}</Text>
        <TextArea
          name='rejectReason'
          value={reason}
          placeholder={t(placeholder)}
          maxLength={maxLength}
          showCount
          onChange={(value) => {
            setReason(value)
            setError(undefined)
            submission.clearFailure()
          }}
        />
        {shown && <Text className='form-field__error'>{errorText(shown)}</Text>}
      </View>
    </Dialog>
  )
}

/** The reason's problem under a review schema ({ decision: 'reject', reason }), or undefined when it would pass. */
export function rejectProblem(
  schema: z.ZodType,
  reason: string,
  formats?: { reason?: MessageKey }
): FieldError | undefined {
  const result = validateForm(
    schema,
    { decision: 'reject', reason },
    { empty: reason.trim() ? [] : ['reason'], formats }
  )
  return result.ok ? undefined : result.errors.reason
}
