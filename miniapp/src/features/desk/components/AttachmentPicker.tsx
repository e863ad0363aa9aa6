import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ActionSheet, Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/actionsheet/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { MAX_CONSULTATION_ATTACHMENTS, MAX_DESK_ATTACHMENT_BYTES, type DeskAttachment } from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { pickFromChat, pickInBrowser, type PickedFile } from '@/forms/pick-files'
import { formatFileSize, useI18n } from '@/i18n'
import { uploadDeskAttachment } from '../desk.api'

const IS_H5 = process.env.TARO_ENV === 'h5'

type Picked = PickedFile

/** One file in the list: on its way, uploaded, or failed (with the reason). */
export interface AttachmentItem {
  key: string
  name: string
  size: number
  state: 'uploading' | 'done' | 'failed'
  attachment?: DeskAttachment
  error?: string
}

let counter = 0

async function pickImages(count: number): Promise<Picked[]> {
  try {
    const { tempFiles } = await Taro.chooseImage({ count, sizeType: ['compressed'] })
    return tempFiles.map((f, i) => ({
      path: f.path,
      name: `image-${i + 1}.${f.path.split('.').pop() ?? 'jpg'}`,
      size: f.size
    }))
  } catch {
    return []
  }
}

/** The uploaded attachments' ids, in the order shown. */
export function attachmentIds(items: readonly AttachmentItem[]): number[] {
  return items.flatMap((item) => (item.state === 'done' && item.attachment ? [item.attachment.id] : []))
}

/**
 * Up to five images or PDFs: each uploads as soon as it is chosen, shows whether it is on its way, done or failed
 * (and why), and can be removed.
 */
export function AttachmentPicker({
  items,
  onChange
}: {
  items: AttachmentItem[]
  onChange: (update: (items: AttachmentItem[]) => AttachmentItem[]) => void
}) {
  const { t, locale } = useI18n()
  const [sheet, setSheet] = useState(false)
  const room = MAX_CONSULTATION_ATTACHMENTS - items.length

  const upload = (files: Picked[]) => {
    for (const file of files.slice(0, room)) {
      const key = `a${++counter}`
      const tooBig = file.size > MAX_DESK_ATTACHMENT_BYTES
      onChange((list) => [
        ...list,
        {
          key,
          name: file.name,
          size: file.size,
          state: tooBig ? 'failed' : 'uploading',
          error: tooBig ? t('desk.att.tooBig', { max: formatFileSize(MAX_DESK_ATTACHMENT_BYTES) }) : undefined
        }
      ])
      if (tooBig) continue
      uploadDeskAttachment(file)
        .then((attachment) =>
          onChange((list) => list.map((i) => (i.key === key ? { ...i, state: 'done', attachment } : i)))
        )
        .catch((error: unknown) =>
          onChange((list) =>
            list.map((i) =>
              i.key === key ? { ...i, state: 'failed', error: describeError(error, locale).message } : i
            )
          )
        )
    }
  }

  const add = () => {
    if (IS_H5) void pickInBrowser('image/jpeg,image/png,application/pdf,.pdf,.jpg,.jpeg,.png', true).then(upload)
    else setSheet(true)
  }

  return (
    <View className='desk-att'>
      {items.length > 0 && (
        <View className='desk-att__list' aria-live='polite'>
          {items.map((item) => (
            <View key={item.key} className={`desk-att__item desk-att__item--${item.state}`}>
              <View className='desk-att__text'>
                <Text className='desk-att__name'>{item.name}</Text>
                <View className='desk-att__state' role={item.state === 'failed' ? 'alert' : undefined}>
                  {item.state === 'uploading'
                    ? t('desk.att.uploading')
                    : item.state === 'done'
                      ? t('desk.att.done', { size: formatFileSize(item.size) })
                      : t('desk.att.failed', { reason: item.error ?? '' })}
                </View>
              </View>
              <Button
                size='small'
                fill='outline'
                className='desk-att__remove'
                aria-label={t('desk.att.removeNamed', { name: item.name })}
                onClick={() => onChange((list) => list.filter((i) => i.key !== item.key))}
              >
                {t('desk.att.remove')}
              </Button>
            </View>
          ))}
        </View>
      )}
      {room > 0 ? (
        <Button size='small' type='primary' fill='outline' className='desk-att__add' onClick={add}>
          {t('desk.att.add', { left: room })}
        </Button>
      ) : (
        <Text className='desk-att__full'>{t('desk.att.full', { max: MAX_CONSULTATION_ATTACHMENTS })}</Text>
      )}
      <Text className='desk-att__hint'>{t('desk.att.hint', { max: formatFileSize(MAX_DESK_ATTACHMENT_BYTES) })}</Text>
      <ActionSheet
        visible={sheet}
        title={t('desk.att.choose')}
        options={[{ name: t('desk.att.image') }, { name: t('desk.att.pdf') }]}
        cancelText={t('common.cancel')}
        onSelect={(_item, index) => {
          setSheet(false)
          void (index === 0 ? pickImages(room) : pickFromChat(['pdf'], room)).then(upload)
        }}
        onCancel={() => setSheet(false)}
      />
    </View>
  )
}
