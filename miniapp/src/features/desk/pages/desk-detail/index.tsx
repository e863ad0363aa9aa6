import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import { REOPEN_DAYS, type ConsultationDetail } from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { DetailQuery } from '@/components/DetailQuery'
import { FormMessage, FormSection, TextAreaField } from '@/components/form/Form'
import { SignedIn } from '@/components/SessionGates'
import { useSubmit } from '@/forms/useSubmit'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { AttachmentPicker, attachmentIds, type AttachmentItem } from '../../components/AttachmentPicker'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { ConsultationFacts } from '../../components/ConsultationFacts'
import { Thread } from '../../components/Thread'
import { useAddInformation, useConsultation, useRate, useReopen } from '../../desk.hooks'
import { replyProblem } from '../../desk-display'
import '../../desk.scss'

function AddInformation({ consultation }: { consultation: ConsultationDetail }) {
  const { t, locale } = useI18n()
  const [body, setBody] = useState('')
  const [files, setFiles] = useState<AttachmentItem[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const add = useAddInformation(consultation.id)
  const { submit, pending, failure } = useSubmit(
    () => {
      const problemKey = replyProblem(body, files)
      setProblem(problemKey && t(problemKey))
      if (problemKey) return
      return add.mutateAsync({ body: body.trim(), attachmentIds: attachmentIds(files) }).then(() => {
        setBody('')
        setFiles([])
        Taro.showToast({ title: t('desk.reply.sent'), icon: 'success' })
      })
    },
    { signInOn401: true }
  )
  return (
    <FormSection title={t(consultation.status === 'waiting' ? 'desk.reply.titleWaiting' : 'desk.reply.title')}>
      <TextAreaField
        name='information'
        label={t('desk.reply.label')}
        value={body}
        onChange={setBody}
        maxLength={2000}
        error={problem ? { text: problem } : undefined}
      />
      <AttachmentPicker items={files} onChange={(update) => setFiles(update)} />
      <View role='alert' className='desk-alert'>
        {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      </View>
      <Button type='primary' block loading={pending} className='desk-reply__send' onClick={() => void submit()}>
        {t('desk.reply.send')}
      </Button>
    </FormSection>
  )
}

function Rate({ consultation }: { consultation: ConsultationDetail }) {
  const { t, locale } = useI18n()
  const [resolved, setResolved] = useState<'yes' | 'no' | null>(null)
  const [score, setScore] = useState<number | null>(null)
  const [comment, setComment] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const rate = useRate(consultation.id)
  const { submit, pending, failure } = useSubmit(
    () => {
      setProblem(null)
      if (resolved === null || score === null) {
        setProblem(t('desk.rate.incomplete'))
        return
      }
      return rate
        .mutateAsync({ resolved: resolved === 'yes', score, comment: comment.trim() })
        .then(() => Taro.showToast({ title: t('desk.rate.thanks'), icon: 'success' }))
    },
    { signInOn401: true }
  )
  return (
    <FormSection title={t('desk.rate.title')}>
      <View className='desk-rate'>
        <ChoiceGroup<'yes' | 'no'>
          name='resolved'
          label={t('desk.rate.resolved')}
          value={resolved}
          options={[
            { value: 'yes', label: t('desk.rate.yes') },
            { value: 'no', label: t('desk.rate.no') }
          ]}
          onChange={setResolved}
        />
        <ChoiceGroup<number>
          name='score'
          className='desk-choice--stars'
          label={t('desk.rate.score')}
          value={score}
          options={[1, 2, 3, 4, 5].map((n) => ({
            value: n,
            label: t('desk.rate.stars', { count: n }),
            display: score !== null && n <= score ? '★' : '☆'
          }))}
          onChange={setScore}
        />
      </View>
      <TextAreaField
        name='comment'
        label={t('desk.rate.comment')}
        required={false}
        value={comment}
        onChange={setComment}
        maxLength={500}
        rows={3}
      />
      <View role='alert' className='desk-alert'>
        {problem ? <FormMessage>{problem}</FormMessage> : null}
        {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      </View>
      <Button type='primary' block loading={pending} className='desk-rate__send' onClick={() => void submit()}>
        {t('desk.rate.send')}
      </Button>
    </FormSection>
  )
}

function Rating({ consultation }: { consultation: ConsultationDetail }) {
  const { t } = useI18n()
  const r = consultation.rating
  if (!r) return null
  return (
    <View className='desk-rating' aria-label={t('desk.rate.yours')}>
      <Text className='desk-section__title'>{t('desk.rate.yours')}</Text>
      <Text className='desk-rating__line'>
        {t(r.resolved ? 'desk.rate.wasResolved' : 'desk.rate.wasNotResolved')} ·{' '}
        {t('desk.rate.stars', { count: r.score })}
      </Text>
      <Text className='desk-rating__stars' aria-hidden>
        {'★'.repeat(r.score) + '☆'.repeat(5 - r.score)}
      </Text>
      {r.comment ? <Text className='desk-rating__comment'>{r.comment}</Text> : null}
    </View>
  )
}

function Reopen({ consultation }: { consultation: ConsultationDetail }) {
  const { t, locale } = useI18n()
  const [open, setOpen] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const reopen = useReopen(consultation.id)
  const { submit, pending, failure } = useSubmit(
    () => {
      setConfirming(false)
      return reopen.mutateAsync(reason.trim()).then(() => {
        setOpen(false)
        setReason('')
        Taro.showToast({ title: t('desk.reopen.done'), icon: 'success' })
      })
    },
    { signInOn401: true }
  )
  if (!open) {
    return (
      <View className='desk-reopen'>
        <Text className='desk-note'>{t('desk.reopen.hint', { days: REOPEN_DAYS })}</Text>
        <Button fill='outline' type='primary' block onClick={() => setOpen(true)}>
          {t('desk.reopen.open')}
        </Button>
      </View>
    )
  }
  return (
    <FormSection title={t('desk.reopen.title')}>
      <TextAreaField
        name='reason'
        label={t('desk.reopen.reason')}
        value={reason}
        onChange={setReason}
        maxLength={1000}
        error={problem ? { text: problem } : undefined}
      />
      <View role='alert' className='desk-alert'>
        {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      </View>
      <View className='desk-buttons'>
        <Button fill='outline' onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
        <Button
          type='primary'
          loading={pending}
          onClick={() => {
            if (reason.trim().length < 2) {
              setProblem(t('desk.reopen.needReason'))
              return
            }
            setProblem(null)
            setConfirming(true)
          }}
        >
          {t('desk.reopen.submit')}
        </Button>
      </View>
      <Dialog
        visible={confirming}
        title={t('desk.reopen.confirmTitle')}
        content={t('desk.reopen.confirm')}
        confirmText={t('desk.reopen.submit')}
        cancelText={t('common.cancel')}
        onConfirm={() => void submit()}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      />
    </FormSection>
  )
}

function DetailView({ consultation }: { consultation: ConsultationDetail }) {
  const { t } = useI18n()
  return (
    <View className='desk-detail__body'>
      <ConsultationFacts consultation={consultation} staffView={false} />
      <Thread consultation={consultation} staffView={false} />
      <Rating consultation={consultation} />
      {consultation.can.rate && <Rate consultation={consultation} />}
      {consultation.can.reply && <AddInformation consultation={consultation} />}
      {consultation.can.reopen && <Reopen consultation={consultation} />}
      <Button fill='none' className='desk-link' onClick={() => navigateTo('myConsultations')}>
        {t('desk.entry.mine')}
      </Button>
    </View>
  )
}

function Loader() {
  const { params } = useRouter()
  const query = useConsultation(params.id)
  return (
    <DetailQuery query={query} className='desk-detail__body'>
      {(consultation, homeLink) => (
        <>
          <DetailView consultation={consultation} />
          {homeLink}
        </>
      )}
    </DetailQuery>
  )
}

export default function ConsultationDetailPage() {
  usePageChrome('consultationDetail')
  return (
    <View className='page desk-detail'>
      <SignedIn>{() => <Loader />}</SignedIn>
    </View>
  )
}
