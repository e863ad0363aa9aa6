import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Dialog, Switch, TextArea } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import {
  CONTACT_REQUEST_STATUSES,
  CONTACT_REQUEST_STATUS_LABELS,
  answerContactRequestSchema,
  type ContactRequest,
  type ContactRequestStatus
} from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { useAnswerContactRequest, useHostContactRequests } from '@/features/parks/finance.hooks'
import { useErrorText } from '@/components/form/Form'
import { InfiniteList } from '@/components/InfiniteList'
import { ContactRequestCard } from '@/features/parks/components/ContactRequestCard'
import { SignedIn } from '@/components/SessionGates'
import { validateForm, type FieldError } from '@/forms/validation'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import '../../components/cards.scss'
import { FilterTabs } from '@/components/FilterTabs'

type Filter = ContactRequestStatus | 'all'
const FILTERS: readonly Filter[] = [...CONTACT_REQUEST_STATUSES, 'all']
const HOST_ROLES = ['enterprise', 'staff', 'admin'] as const

function AnswerDialog({ request, onClose }: { request: ContactRequest | null; onClose: () => void }) {
  const { t, locale, localized } = useI18n()
  const answer = useAnswerContactRequest()
  const errorText = useErrorText()
  const [reply, setReply] = useState('')
  const [close, setClose] = useState(false)
  const [error, setError] = useState<FieldError | undefined>()

  const dismiss = () => {
    setReply('')
    setClose(false)
    setError(undefined)
    onClose()
  }

  const confirm = async () => {
    if (!request || answer.isPending) return
    const result = validateForm(answerContactRequestSchema, { reply, close }, { empty: reply.trim() ? [] : ['reply'] })
    if (!result.ok) {
      setError(result.errors.reply)
      return
    }
    try {
      await answer.mutateAsync({ id: request.id, input: result.data })
      Taro.showToast({ title: t('host.answered'), icon: 'success' })
      dismiss()
    } catch (failure) {
      setError({ text: describeError(failure, locale).message })
    }
  }

  return (
    <Dialog
      visible={request !== null}
      title={t('host.answerTitle')}
      confirmText={t('host.answer')}
      cancelText={t('common.cancel')}
      onConfirm={confirm}
      onCancel={dismiss}
      onClose={() => undefined}
    >
      <View className='pf-dialog'>
        {request && (
          <Text className='pf-dialog__subject'>
            {`${request.requester.displayName} · ${localized(request.service.name, request.service.nameEn)}`}
          </Text>
        )}
        <TextArea
          value={reply}
          placeholder={t('host.replyPlaceholder')}
          maxLength={1000}
          showCount
          rows={5}
          onChange={(value) => {
            setReply(value)
            setError(undefined)
          }}
        />
        {error && <Text className='form-field__error'>{errorText(error)}</Text>}
        <View className='pf-dialog__switch'>
          <View className='pf-dialog__switch-text'>
            <Text>{t('host.closeAfter')}</Text>
            <Text className='pf-dialog__switch-hint'>{t('host.closeAfterHint')}</Text>
          </View>
          <Switch checked={close} onChange={setClose} />
        </View>
      </View>
    </Dialog>
  )
}

function Requests({ status }: { status: Filter }) {
  const { t } = useI18n()
  const query = useHostContactRequests(status === 'all' ? undefined : status)
  const [answering, setAnswering] = useState<ContactRequest | null>(null)
  useInfiniteListControls(query)
  return (
    <>
      <InfiniteList
        query={query}
        skeletonCount={3}
        emptyMessage={t('host.requestsEmpty')}
        renderItem={(request) => (
          <ContactRequestCard
            request={request}
            side='host'
            actions={
              request.status !== 'closed' ? (
                <Button size='small' type='primary' onClick={() => setAnswering(request)}>
                  {request.status === 'answered' ? t('host.answerAgain') : t('host.answer')}
                </Button>
              ) : null
            }
          />
        )}
      />
      <AnswerDialog request={answering} onClose={() => setAnswering(null)} />
    </>
  )
}

export default function HostContactRequestsPage() {
  const { t, label } = useI18n()
  const [status, setStatus] = useState<Filter>('sent')
  usePageChrome('hostContactRequests')
  return (
    <View className='pf-list'>
      <SignedIn roles={HOST_ROLES}>
        {() => (
          <>
            <View className='pf-list__tabs'>
              <FilterTabs
                value={status}
                options={FILTERS.map((f) => ({
                  value: f,
                  title: f === 'all' ? t('host.all') : label(CONTACT_REQUEST_STATUS_LABELS[f])
                }))}
                onChange={setStatus}
                align='left'
              />
            </View>
            <View className='pf-list__body'>
              <Requests key={status} status={status} />
            </View>
          </>
        )}
      </SignedIn>
    </View>
  )
}
