import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import type { ConsultationDetail, Me } from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { DetailQuery } from '@/components/DetailQuery'
import { FormMessage, FormSection, SelectField, TextAreaField } from '@/components/form/Form'
import { SignedIn } from '@/components/SessionGates'
import { useSubmit } from '@/forms/useSubmit'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { AttachmentPicker, attachmentIds, type AttachmentItem } from '../../components/AttachmentPicker'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { ConsultationFacts } from '../../components/ConsultationFacts'
import { Thread } from '../../components/Thread'
import { useAssign, useAssignees, useConsultation, useResolve, useStaffReply } from '../../desk.hooks'
import { replyProblem } from '../../desk-display'
import '../../desk.scss'

type ReplyKind = 'reply' | 'ask' | 'internal'

function Assign({ consultation, me }: { consultation: ConsultationDetail; me: Me }) {
  const { t } = useI18n()
  const assign = useAssign(consultation.id)
  const assignees = useAssignees(consultation.can.assign)
  const [picked, setPicked] = useState('')
  const { submit, pending, pendingKey } = useSubmit(
    (to: number) =>
      assign
        .mutateAsync(to)
        .then(() =>
          Taro.showToast({ title: t(to === me.id ? 'desk.staff.claimed' : 'desk.staff.assigned'), icon: 'success' })
        ),
    { key: (to: number) => (to === me.id ? 'claim' : 'assign'), failureToast: true }
  )
  if (!consultation.can.claim && !consultation.can.assign) return null
  const others = (assignees.data?.items ?? []).filter((a) => a.id !== consultation.assignee?.id)
  return (
    <FormSection title={t('desk.staff.handling')}>
      {consultation.can.claim && (
        <Button
          type='primary'
          block
          className='desk-staff__claim'
          loading={pending && pendingKey === 'claim'}
          onClick={() => void submit(me.id)}
        >
          {t('desk.staff.claim')}
        </Button>
      )}
      {consultation.can.assign && (
        <>
          <SelectField
            name='assignee'
            label={t('desk.staff.assignTo')}
            value={picked}
            options={others.map((a) => ({ value: String(a.id), label: a.name }))}
            onChange={setPicked}
          />
          <Button
            fill='outline'
            type='primary'
            block
            disabled={!picked}
            loading={pending && pendingKey === 'assign'}
            onClick={() => void submit(Number(picked))}
          >
            {t('desk.staff.assign')}
          </Button>
        </>
      )}
    </FormSection>
  )
}

function Reply({ consultation }: { consultation: ConsultationDetail }) {
  const { t, locale } = useI18n()
  const [kind, setKind] = useState<ReplyKind>('reply')
  const [body, setBody] = useState('')
  const [files, setFiles] = useState<AttachmentItem[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const reply = useStaffReply(consultation.id)
  const { submit, pending, failure } = useSubmit(
    () => {
      const problemKey = replyProblem(body, files)
      setProblem(problemKey && t(problemKey))
      if (problemKey) return
      return reply
        .mutateAsync({
          body: body.trim(),
          attachmentIds: attachmentIds(files),
          internal: kind === 'internal',
          waitForAsker: kind === 'ask'
        })
        .then(() => {
          setBody('')
          setFiles([])
          Taro.showToast({ title: t(kind === 'internal' ? 'desk.staff.noted' : 'desk.reply.sent'), icon: 'success' })
        })
    },
    { signInOn401: true }
  )
  if (!consultation.can.reply) return null
  return (
    <FormSection title={t('desk.staff.replyTitle')}>
      <ChoiceGroup<ReplyKind>
        name='replyKind'
        label={t('desk.staff.kind')}
        value={kind}
        options={[
          { value: 'reply', label: t('desk.staff.kindReply') },
          { value: 'ask', label: t('desk.staff.kindAsk') },
          { value: 'internal', label: t('desk.staff.kindInternal') }
        ]}
        onChange={setKind}
      />
      <TextAreaField
        name='staffReply'
        label={t(kind === 'internal' ? 'desk.staff.noteLabel' : 'desk.staff.replyLabel')}
        hint={t(
          kind === 'internal'
            ? 'desk.staff.noteHint'
            : consultation.answerLocale === 'en'
              ? 'desk.staff.answerInEn'
              : 'desk.staff.answerInZh'
        )}
        value={body}
        onChange={setBody}
        maxLength={4000}
        rows={5}
        error={problem ? { text: problem } : undefined}
      />
      <AttachmentPicker items={files} onChange={(update) => setFiles(update)} />
      <View role='alert' className='desk-alert'>
        {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      </View>
      <Button type='primary' block loading={pending} className='desk-staff__send' onClick={() => void submit()}>
        {t(kind === 'internal' ? 'desk.staff.saveNote' : kind === 'ask' ? 'desk.staff.sendAsk' : 'desk.reply.send')}
      </Button>
    </FormSection>
  )
}

function Resolve({ consultation }: { consultation: ConsultationDetail }) {
  const { t } = useI18n()
  const [confirming, setConfirming] = useState(false)
  const resolve = useResolve(consultation.id)
  const { submit, pending } = useSubmit(
    () => {
      setConfirming(false)
      return resolve
        .mutateAsync('')
        .then(() => Taro.showToast({ title: t('desk.staff.resolvedToast'), icon: 'success' }))
    },
    { failureToast: true }
  )
  if (!consultation.can.resolve) return null
  return (
    <View className='desk-staff__resolve'>
      <Button type='success' block loading={pending} onClick={() => setConfirming(true)}>
        {t('desk.staff.resolve')}
      </Button>
      <Dialog
        visible={confirming}
        title={t('desk.staff.resolveTitle')}
        content={t('desk.staff.resolveConfirm')}
        confirmText={t('desk.staff.resolve')}
        cancelText={t('common.cancel')}
        onConfirm={() => void submit()}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      />
    </View>
  )
}

function StaffView({ consultation, me }: { consultation: ConsultationDetail; me: Me }) {
  const { t } = useI18n()
  return (
    <View className='desk-detail__body'>
      <ConsultationFacts consultation={consultation} staffView />
      <Thread consultation={consultation} staffView />
      <Assign consultation={consultation} me={me} />
      <Reply consultation={consultation} />
      <Resolve consultation={consultation} />
      {consultation.can.publish && (
        <Button
          type='primary'
          fill='outline'
          block
          className='desk-staff__publish'
          onClick={() => navigateTo('staffFaqEdit', { consultationId: consultation.id })}
        >
          {t('desk.staff.publish')}
        </Button>
      )}
      {consultation.faqId !== null && (
        <Button
          fill='none'
          className='desk-link'
          onClick={() => navigateTo('faqDetail', { id: consultation.faqId ?? undefined })}
        >
          {t('desk.staff.viewFaq')}
        </Button>
      )}
    </View>
  )
}

function Loader({ me }: { me: Me }) {
  const { params } = useRouter()
  const query = useConsultation(params.id)
  return (
    <DetailQuery query={query} className='desk-detail__body'>
      {(consultation, homeLink) => (
        <>
          <StaffView consultation={consultation} me={me} />
          {homeLink}
        </>
      )}
    </DetailQuery>
  )
}

export default function StaffConsultationPage() {
  usePageChrome('staffConsultation')
  return (
    <View className='page desk-detail'>
      <SignedIn roles={['staff', 'admin']}>{(me) => <Loader me={me} />}</SignedIn>
    </View>
  )
}
