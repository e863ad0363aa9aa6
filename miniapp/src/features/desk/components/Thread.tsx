import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ConsultationDetail, ConsultationMessage, DeskAttachment } from '@ihaigui/shared'
import { deliverDownload } from '@/components/save-download'
import { useSubmit } from '@/forms/useSubmit'
import { formatFileSize, useI18n } from '@/i18n'
import { downloadDeskAttachment } from '../desk.api'
import { useZonedTime } from './zoned-time'

function AttachmentLink({ file }: { file: DeskAttachment }) {
  const { t } = useI18n()
  const { submit, pending } = useSubmit(
    async () => {
      const downloaded = await downloadDeskAttachment(file.id)
      if (file.mime !== 'application/pdf' && process.env.TARO_ENV !== 'h5' && downloaded.tempFilePath)
        await Taro.previewImage({ urls: [downloaded.tempFilePath] })
      else await deliverDownload(downloaded, 'pdf', file.fileName)
      if (process.env.TARO_ENV === 'h5') Taro.showToast({ title: t('desk.att.downloaded'), icon: 'none' })
    },
    { failureToast: true }
  )
  return (
    <Button
      size='small'
      fill='outline'
      className='desk-file'
      loading={pending}
      aria-label={t('desk.att.openNamed', { name: file.fileName })}
      onClick={submit}
    >
      {`${file.fileName} · ${formatFileSize(file.size)}`}
    </Button>
  )
}

export function Attachments({ files }: { files: readonly DeskAttachment[] }) {
  if (files.length === 0) return null
  return (
    <View className='desk-files'>
      {files.map((file) => (
        <AttachmentLink key={file.id} file={file} />
      ))}
    </View>
  )
}

function Message({ message, staffView }: { message: ConsultationMessage; staffView: boolean }) {
  const { t } = useI18n()
  const zoned = useZonedTime()
  const who =
    message.author === 'system'
      ? t('desk.thread.system')
      : message.author === 'staff'
        ? t('desk.thread.staff', { name: message.authorName ?? t('desk.thread.station') })
        : staffView
          ? t('desk.thread.asker', { name: message.authorName ?? '' })
          : t('desk.thread.you')
  const kind = message.internal ? 'internal' : message.author
  return (
    <View className={`desk-msg desk-msg--${kind}`} data-author={message.author} data-internal={message.internal}>
      <View className='desk-msg__head'>
        <Text className='desk-msg__who'>{who}</Text>
        {message.internal && <Text className='desk-msg__internal'>{t('desk.thread.internal')}</Text>}
        <Text className='desk-msg__time'>{zoned(message.createdAt)}</Text>
      </View>
      <Text className='desk-msg__body' userSelect>
        {message.body}
      </Text>
      <Attachments files={message.attachments} />
    </View>
  )
}

/** The question and everything said since, oldest first. */
export function Thread({ consultation, staffView }: { consultation: ConsultationDetail; staffView: boolean }) {
  const { t } = useI18n()
  return (
    <View className='desk-thread' aria-live='polite' aria-label={t('desk.thread.title')}>
      <Text className='desk-section__title'>{t('desk.thread.title')}</Text>
      {consultation.messages.length === 0 ? (
        <Text className='desk-thread__empty'>{t(staffView ? 'desk.thread.emptyStaff' : 'desk.thread.empty')}</Text>
      ) : (
        consultation.messages.map((m) => <Message key={m.id} message={m} staffView={staffView} />)
      )}
    </View>
  )
}
