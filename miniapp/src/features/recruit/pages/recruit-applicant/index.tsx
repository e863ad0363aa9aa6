import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Dialog, Tag, TextArea } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import {
  APPLICATION_STATUS_LABELS,
  APPLICATION_TRANSITIONS,
  DEGREE_LABELS,
  moveApplicationSchema,
  type Application,
  type MoveApplication
} from '@ihaigui/shared'
import { ApiRequestError, describeError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import { downloadApplicantCv } from '@/features/recruit/recruit.api'
import { useMoveApplication, useOrgApplication } from '@/features/recruit/recruit.hooks'
import { FormMessage } from '@/components/form/Form'
import { APPLICATION_STATUS_TAG } from '@/features/recruit/recruit-display'
import { deliverDownload } from '@/components/save-download'
import { useSubmit } from '@/forms/useSubmit'
import { SignedIn } from '@/components/SessionGates'
import { ErrorState, PageLoading } from '@/components/StateViews'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n, type MessageKey } from '@/i18n'
import { InfoRow } from '@/features/recruit/controls'
import { ChatButton } from '@/features/chat/components/ChatButton'
import '../../recruit.scss'

type Move = MoveApplication['status']

const MOVE_LABELS: Record<Move, MessageKey> = {
  viewed: 'recruit.applicant.move.viewed',
  interview: 'recruit.applicant.move.interview',
  offer: 'recruit.applicant.move.offer',
  rejected: 'recruit.applicant.move.rejected'
}
const MOVE_TYPES: Record<Move, 'default' | 'primary' | 'success' | 'danger'> = {
  viewed: 'default',
  interview: 'primary',
  offer: 'success',
  rejected: 'danger'
}

/** Where the enterprise may move this application now. */
function movesOf(application: Application): Move[] {
  const allowed = moveApplicationSchema.shape.status.options
  return APPLICATION_TRANSITIONS[application.status].filter((s): s is Move =>
    (allowed as readonly string[]).includes(s)
  )
}

function CvRow({ application }: { application: Application }) {
  const { t } = useI18n()
  const { submit: download, pending } = useSubmit(
    async () => {
      const file = await downloadApplicantCv(application.id)
      await deliverDownload(file, 'pdf', `${application.applicant.name}.pdf`)
    },
    { failureToast: true }
  )
  if (!application.applicant.hasCv)
    return <InfoRow label={t('recruit.applicant.cv')} value={t('recruit.applicant.noCv')} />
  return (
    <View className='rc-row rc-row--action'>
      <Text className='rc-row__label'>{t('recruit.applicant.cv')}</Text>
      <Text className='rc-row__value'>{t('recruit.applicant.cvAttached')}</Text>
      <Button size='small' fill='outline' loading={pending} onClick={download}>
        {t('recruit.applicant.downloadCv')}
      </Button>
    </View>
  )
}

function Timeline({ application }: { application: Application }) {
  const { t, label, dateTime } = useI18n()
  const events = [...application.history].reverse()
  return (
    <View className='rc-section'>
      <Text className='rc-section__title'>{t('recruit.applicant.history')}</Text>
      <View className='rc-timeline'>
        {events.map((event, i) => (
          <View
            key={`${event.status}-${event.at}`}
            className={`rc-timeline__item${i === 0 ? ' rc-timeline__item--latest' : ''}`}
          >
            <View className='rc-timeline__dot' />
            <View className='rc-timeline__body'>
              <View className='rc-timeline__line'>
                <Text className={`rc-timeline__status${i === 0 ? '' : ' rc-timeline__status--past'}`}>
                  {label(APPLICATION_STATUS_LABELS[event.status])}
                </Text>
                <Text className='rc-timeline__time'>{dateTime(event.at)}</Text>
              </View>
              {event.message && <Text className='rc-timeline__message'>{event.message}</Text>}
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}

function Moves({ application }: { application: Application }) {
  const { t, label, locale } = useI18n()
  const move = useMoveApplication()
  const [message, setMessage] = useState('')
  const [confirming, setConfirming] = useState<Move | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const moves = movesOf(application)
  if (moves.length === 0) {
    return (
      <View className='rc-section'>
        <Text className='rc-section__hint'>
          {t(application.status === 'withdrawn' ? 'recruit.applicant.withdrawn' : 'recruit.applicant.final')}
        </Text>
      </View>
    )
  }

  const confirm = async () => {
    const status = confirming
    if (!status || move.isPending) return
    setFailure(null)
    const parsed = moveApplicationSchema.safeParse({ status, message })
    if (!parsed.success) {
      setConfirming(null)
      setFailure(new ApiRequestError({ status: 400, code: 'VALIDATION_FAILED', locale }))
      return
    }
    try {
      await move.mutateAsync({ id: application.id, move: parsed.data })
      setConfirming(null)
      setMessage('')
      Taro.showToast({ title: t('recruit.applicant.moved'), icon: 'success' })
    } catch (error) {
      setConfirming(null)
      setFailure(error)
    }
  }

  return (
    <View className='rc-section'>
      <Text className='rc-section__title'>{t('recruit.applicant.next')}</Text>
      <TextArea
        className='rc-textarea'
        name='moveMessage'
        value={message}
        placeholder={t('recruit.applicant.messagePlaceholder')}
        maxLength={500}
        showCount
        autoSize
        onChange={setMessage}
      />
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      <View className='rc-actions rc-actions--wrap'>
        {moves.map((status) => (
          <Button
            key={status}
            size='small'
            type={MOVE_TYPES[status]}
            fill={status === 'rejected' ? 'outline' : 'solid'}
            disabled={move.isPending}
            onClick={() => setConfirming(status)}
          >
            {t(MOVE_LABELS[status])}
          </Button>
        ))}
      </View>
      <Dialog
        visible={confirming !== null}
        title={t('recruit.applicant.confirmTitle')}
        confirmText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={confirm}
        onCancel={() => setConfirming(null)}
        onClose={() => undefined}
      >
        <View className='rc-dialog'>
          <Text className='rc-dialog__text'>
            {confirming
              ? t('recruit.applicant.confirmText', {
                  name: application.applicant.name,
                  status: label(APPLICATION_STATUS_LABELS[confirming])
                })
              : ''}
          </Text>
          <Text className='rc-dialog__hint'>
            {message.trim() ? t('recruit.applicant.confirmWithMessage') : t('recruit.applicant.confirmNoMessage')}
          </Text>
        </View>
      </Dialog>
    </View>
  )
}

function ApplicantView({ application }: { application: Application }) {
  const { t, label, localized, dateTime } = useI18n()
  const { applicant } = application
  return (
    <View>
      <View className='rc-card rc-card--with-status'>
        <Text className='rc-card__title rc-card__title--big'>{applicant.name}</Text>
        <Tag className='rc-card__status' type={APPLICATION_STATUS_TAG[application.status]}>
          {label(APPLICATION_STATUS_LABELS[application.status])}
        </Tag>
        <Text className='rc-card__meta'>
          {t('recruit.applicant.appliedFor', {
            position: localized(application.position.title, application.position.titleEn),
            date: dateTime(application.createdAt)
          })}
        </Text>
        <View className='rc-rows'>
          <InfoRow label={t('recruit.applicant.nationality')} value={applicant.nationality} />
          <InfoRow label={t('recruit.applicant.studyCountry')} value={applicant.studyCountry} />
          <InfoRow label={t('recruit.applicant.degree')} value={label(DEGREE_LABELS[applicant.degree])} />
          <InfoRow label={t('recruit.applicant.school')} value={applicant.school} />
          <InfoRow label={t('recruit.applicant.major')} value={applicant.major} />
          <InfoRow
            label={t('recruit.applicant.returnYear')}
            value={applicant.returnYear !== null ? String(applicant.returnYear) : t('recruit.applicant.notReturned')}
          />
          <CvRow application={application} />
        </View>
        <Text className='rc-card__privacy'>{t('recruit.applicant.privacy')}</Text>
      </View>

      <View className='rc-section'>
        <Text className='rc-section__title'>{t('recruit.applicant.message')}</Text>
        <Text className='rc-section__text'>{application.message}</Text>
      </View>

      <ChatButton kind='application' refId={application.id} />
      <Moves application={application} />
      <Timeline application={application} />
    </View>
  )
}

function Applicant({ id }: { id: number }) {
  const { data, error, isPending, isError, refetch } = useOrgApplication(id)
  if (isPending) return <PageLoading />
  if (isError) return <ErrorState error={error} onRetry={() => refetch()} />
  return <ApplicantView application={data} />
}

export default function OrgApplicantPage() {
  const { locale } = useI18n()
  const { params } = useRouter()
  const id = parseIdParam(params.id)
  usePageChrome('orgApplicant')
  return (
    <View className='page rc'>
      <SignedIn roles={['enterprise']}>
        {() =>
          id === undefined ? (
            <ErrorState error={new ApiRequestError({ status: 404, code: 'APPLICATION_NOT_FOUND', locale })} />
          ) : (
            <Applicant id={id} />
          )
        }
      </SignedIn>
    </View>
  )
}
