import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import type { AnnouncementRecord } from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { useAnnouncementAction, type AnnouncementAction } from '@/features/staff/staff.hooks'
import { FormMessage } from '@/components/form/Form'
import { useI18n, type MessageKey } from '@/i18n'
import { isScheduled } from '@/features/staff/announcement-status'
import { ScheduleDialog } from './ScheduleDialog'

interface Props {
  record: AnnouncementRecord
  /** Unsaved edits in the form: publishing now would publish the old text. */
  dirty: boolean
}

/** Publish now / schedule / pin / unpin / archive, as the record's state allows. */
export function PublishPanel({ record, dirty }: Props) {
  const { t, locale, dateTime } = useI18n()
  const action = useAnnouncementAction()
  const [scheduling, setScheduling] = useState(false)
  const [archiving, setArchiving] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const [running, setRunning] = useState<AnnouncementAction['kind'] | null>(null)

  const run = async (next: AnnouncementAction, done: MessageKey) => {
    if (action.isPending) return
    setFailure(null)
    setRunning(next.kind)
    try {
      await action.mutateAsync(next)
      Taro.showToast({ title: t(done), icon: 'success' })
    } catch (error) {
      setFailure(error)
    } finally {
      setRunning(null)
    }
  }

  const schedule = (at: Date) => {
    setScheduling(false)
    void run({ kind: 'publish', id: record.id, at: at.toISOString() }, 'ann.done')
  }

  const { status } = record
  const scheduled = isScheduled(record)

  return (
    <View className='staff__publish'>
      <View className='section__head'>
        <Text className='section__title'>{t('ann.publishing')}</Text>
      </View>
      {scheduled && record.publishedAt && (
        <FormMessage tone='info'>{t('ann.scheduledFor', { date: dateTime(record.publishedAt) })}</FormMessage>
      )}
      {dirty && <FormMessage tone='info'>{t('ann.unsaved')}</FormMessage>}
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}

      {(status === 'draft' || status === 'archived') && (
        <>
          <Button
            type='primary'
            block
            disabled={dirty}
            loading={running === 'publish'}
            onClick={() => run({ kind: 'publish', id: record.id }, 'ann.done')}
          >
            {status === 'archived' ? t('ann.republish') : t('ann.publishNow')}
          </Button>
          <Button type='primary' fill='outline' block disabled={dirty} onClick={() => setScheduling(true)}>
            {t('ann.schedule')}
          </Button>
        </>
      )}
      {status !== 'archived' && (
        <Button
          type='default'
          block
          disabled={dirty}
          loading={running === 'pin'}
          onClick={() => run({ kind: 'pin', id: record.id, pinned: !record.pinned }, 'ann.done')}
        >
          {record.pinned ? t('ann.unpin') : t('ann.pin')}
        </Button>
      )}
      {status !== 'archived' && (
        <Button
          type='danger'
          fill='outline'
          block
          disabled={dirty}
          loading={running === 'archive'}
          onClick={() => setArchiving(true)}
        >
          {t('ann.archive')}
        </Button>
      )}

      <ScheduleDialog visible={scheduling} onCancel={() => setScheduling(false)} onConfirm={schedule} />
      <Dialog
        visible={archiving}
        title={t('ann.archiveTitle')}
        content={t('ann.archiveConfirm')}
        confirmText={t('ann.archive')}
        cancelText={t('common.cancel')}
        onConfirm={() => {
          setArchiving(false)
          void run({ kind: 'archive', id: record.id }, 'ann.done')
        }}
        onCancel={() => setArchiving(false)}
        onClose={() => setArchiving(false)}
      />
    </View>
  )
}
