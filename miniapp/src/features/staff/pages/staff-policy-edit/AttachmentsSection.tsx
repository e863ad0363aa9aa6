import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import { POLICY_ATTACHMENT_MAX_BYTES, type PolicyAttachment, type PolicyRecord } from '@ihaigui/shared'
import { describeError, localizeErrorCode } from '@/api/errors'
import { usePolicyAction } from '@/features/staff-policies/staff-policies.hooks'
import { FormMessage, FormSection } from '@/components/form/Form'
import { useSubmit } from '@/forms/useSubmit'
import { formatFileSize, useI18n, type MessageKey } from '@/i18n'
import { hasExtension, pickFile } from '@/features/staff/pick-file'

/** The server's limit for one attachment (ATTACHMENT_TOO_LARGE names it too); checked here to spare a slow upload. */
const ATTACHMENT_MAX_BYTES = POLICY_ATTACHMENT_MAX_BYTES

/** The PDF files published with the policy (the official notice, application forms). */
export function AttachmentsSection({ record }: { record: PolicyRecord | undefined }) {
  const { t, locale } = useI18n()
  const action = usePolicyAction()
  const [problem, setProblem] = useState<string | null>(null)
  const [removing, setRemoving] = useState<PolicyAttachment | null>(null)
  const {
    submit,
    pendingKey: pending,
    failure,
    clearFailure
  } = useSubmit(
    async (_what: 'upload' | number, change: () => Promise<unknown>, done: MessageKey) => {
      await change()
      Taro.showToast({ title: t(done), icon: 'success' })
    },
    { key: (what) => what }
  )
  const shown = problem ?? (failure ? describeError(failure, locale).message : null)

  const upload = async () => {
    if (!record || pending !== undefined) return
    setProblem(null)
    clearFailure()
    const file = await pickFile('pdf')
    if (!file) return
    if (!hasExtension(file, 'pdf')) {
      setProblem(localizeErrorCode('ATTACHMENT_NOT_PDF', locale))
      return
    }
    if (file.size > ATTACHMENT_MAX_BYTES) {
      setProblem(localizeErrorCode('ATTACHMENT_TOO_LARGE', locale))
      return
    }
    await submit('upload', () => action.mutateAsync({ kind: 'attach', id: record.id, file }), 'sp.att.uploaded')
  }

  const remove = async (attachment: PolicyAttachment) => {
    if (!record) return
    setProblem(null)
    await submit(
      attachment.id,
      () => action.mutateAsync({ kind: 'detach', id: record.id, attachmentId: attachment.id }),
      'sp.att.removed'
    )
  }

  return (
    <FormSection title={t('sp.att.title')}>
      <View className='sp-attachments'>
        {!record && <Text className='sp-attachments__empty'>{t('sp.att.saveFirst')}</Text>}
        {record && record.attachments.length === 0 && <Text className='sp-attachments__empty'>{t('sp.att.none')}</Text>}
        {record?.attachments.map((attachment) => (
          <View key={attachment.id} className='sp-attachment'>
            <View className='sp-attachment__badge'>
              <Text>PDF</Text>
            </View>
            <View className='sp-attachment__text'>
              <Text className='sp-attachment__name'>{attachment.fileName}</Text>
              <Text className='sp-attachment__meta'>{formatFileSize(attachment.size)}</Text>
            </View>
            <Button
              size='small'
              type='danger'
              fill='outline'
              loading={pending === attachment.id}
              disabled={pending !== undefined}
              onClick={() => setRemoving(attachment)}
            >
              {t('sp.att.remove')}
            </Button>
          </View>
        ))}
        {shown ? <FormMessage>{shown}</FormMessage> : null}
        {record && (
          <View className='form-actions'>
            <Button
              type='primary'
              fill='outline'
              block
              loading={pending === 'upload'}
              disabled={pending !== undefined}
              onClick={upload}
            >
              {pending === 'upload' ? t('sp.att.uploading') : t('sp.att.upload')}
            </Button>
          </View>
        )}
        <Text className='form-field__hint'>{t('sp.att.hint')}</Text>
      </View>
      <Dialog
        visible={removing !== null}
        title={t('sp.att.removeTitle')}
        content={removing?.fileName ?? ''}
        confirmText={t('sp.att.remove')}
        cancelText={t('common.cancel')}
        onConfirm={() => {
          const attachment = removing
          setRemoving(null)
          if (attachment) void remove(attachment)
        }}
        onCancel={() => setRemoving(null)}
        onClose={() => setRemoving(null)}
      />
    </FormSection>
  )
}
