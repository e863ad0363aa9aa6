import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import type { PolicyRecord } from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { usePolicyAction } from '@/features/staff-policies/staff-policies.hooks'
import { FormMessage } from '@/components/form/Form'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { expiryMark } from '@/features/staff/policy-status'

interface Props {
  record: PolicyRecord
  /** Unsaved edits in the form: publishing now would publish the old text. */
  dirty: boolean
}

/** Publish a draft (or a withdrawn policy again), or withdraw a published one. */
export function PolicyPublishPanel({ record, dirty }: Props) {
  const { t, locale, dateTime } = useI18n()
  const action = usePolicyAction()
  const [confirming, setConfirming] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)

  const run = async (kind: 'publish' | 'archive') => {
    if (action.isPending) return
    setFailure(null)
    try {
      await action.mutateAsync({ kind, id: record.id })
      Taro.showToast({ title: t(kind === 'publish' ? 'sp.publishedToast' : 'sp.withdrawnToast'), icon: 'success' })
    } catch (error) {
      setFailure(error)
    }
  }

  const expired = expiryMark(record.validTo)?.kind === 'expired'
  const running = action.isPending ? action.variables?.kind : undefined

  return (
    <View className='staff__publish'>
      <View className='section__head'>
        <Text className='section__title'>{t('sp.publishing')}</Text>
      </View>
      {record.status === 'published' && record.publishedAt && (
        <FormMessage tone='success'>{t('sp.publishedAt', { date: dateTime(record.publishedAt) })}</FormMessage>
      )}
      {record.status === 'draft' && <FormMessage tone='info'>{t('sp.draftHint')}</FormMessage>}
      {record.status === 'archived' && <FormMessage tone='info'>{t('sp.archivedHint')}</FormMessage>}
      {expired && <FormMessage>{t('sp.expiredWarning')}</FormMessage>}
      {dirty && <FormMessage tone='info'>{t('sp.unsaved')}</FormMessage>}
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}

      {record.status === 'published' ? (
        <>
          <Button type='default' block onClick={() => navigateTo('policyDetail', { id: record.id })}>
            {t('sp.viewPublic')}
          </Button>
          <Button
            type='danger'
            fill='outline'
            block
            disabled={dirty}
            loading={running === 'archive'}
            onClick={() => setConfirming(true)}
          >
            {t('sp.withdraw')}
          </Button>
        </>
      ) : (
        <Button type='primary' block disabled={dirty} loading={running === 'publish'} onClick={() => run('publish')}>
          {record.status === 'archived' ? t('sp.republish') : t('sp.publishNow')}
        </Button>
      )}

      <Dialog
        visible={confirming}
        title={t('sp.withdrawTitle')}
        content={t('sp.withdrawConfirm', { title: record.title })}
        confirmText={t('sp.withdraw')}
        cancelText={t('common.cancel')}
        onConfirm={() => {
          setConfirming(false)
          void run('archive')
        }}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      />
    </View>
  )
}
