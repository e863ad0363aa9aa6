import { useState, type ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Dialog, TextArea } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import { describeError } from '@/api/errors'
import { useSubmit } from '@/forms/useSubmit'
import { useI18n } from '@/i18n'
import './NoteDialog.scss'

/**
 * A step that starts something with the other side (an intention, a pick): what will happen, an optional note they
 * will read, and confirm. A refusal from the server stays in the dialog so the note is not lost.
 */
export function NoteDialog({
  visible,
  title,
  confirmText,
  placeholder,
  children,
  maxLength = 500,
  onConfirm,
  onClose
}: {
  visible: boolean
  title: string
  confirmText: string
  placeholder: string
  /** What confirming does, shown above the note. */
  children: ReactNode
  maxLength?: number
  /** Resolves once done; the dialog then closes. */
  onConfirm: (note: string | null) => Promise<unknown>
  onClose: () => void
}) {
  const { t, locale } = useI18n()
  const [note, setNote] = useState('')
  const {
    submit: confirm,
    failure,
    clearFailure
  } = useSubmit(async () => {
    await onConfirm(note.trim() || null)
    close()
  })

  const close = () => {
    setNote('')
    clearFailure()
    onClose()
  }

  return (
    <Dialog
      className='note-dialog'
      visible={visible}
      title={title}
      confirmText={confirmText}
      cancelText={t('common.cancel')}
      onConfirm={confirm}
      onCancel={close}
      onClose={() => undefined}
    >
      <View className='note-dialog__body'>
        <View className='note-dialog__text'>{children}</View>
        <TextArea
          name='note'
          value={note}
          placeholder={placeholder}
          maxLength={maxLength}
          showCount
          onChange={(value) => {
            setNote(value)
            clearFailure()
          }}
        />
        {failure ? <Text className='form-field__error'>{describeError(failure, locale).message}</Text> : null}
      </View>
    </Dialog>
  )
}
