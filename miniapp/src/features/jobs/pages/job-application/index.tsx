import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Dialog, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { APPLICATION_STATUS_LABELS, type Application } from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { useMyApplication, useWithdrawApplication } from '@/features/jobs/jobs.hooks'
import { DetailQuery } from '@/components/DetailQuery'
import { SignedIn } from '@/components/SessionGates'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { APPLICATION_STATUS_TAG, WITHDRAWABLE } from '@/features/jobs/job/application-status'
import { ChatButton } from '@/features/chat/components/ChatButton'
import '../../job/job.scss'

/** Every state the application went through, newest first, with its time and what the enterprise wrote. */
function Timeline({ application }: { application: Application }) {
  const { t, label, dateTime } = useI18n()
  const events = [...application.history].reverse()
  return (
    <View className='job-detail__section'>
      <Text className='job-detail__section-title'>{t('application.timeline')}</Text>
      <View className='timeline'>
        {events.map((event, i) => (
          <View
            key={`${event.status}-${event.at}`}
            className={i === 0 ? 'timeline__item timeline__item--current' : 'timeline__item'}
          >
            <View className='timeline__dot' />
            <View className='timeline__body'>
              <View className='timeline__head'>
                <Text className='timeline__status'>{label(APPLICATION_STATUS_LABELS[event.status])}</Text>
                <Text className='timeline__time'>{dateTime(event.at)}</Text>
              </View>
              {event.message ? (
                <View className='timeline__message'>
                  <Text className='timeline__message-label'>
                    {event.status === 'withdrawn' ? t('application.yourNote') : t('application.employerNote')}
                  </Text>
                  <Text className='timeline__message-text'>{event.message}</Text>
                </View>
              ) : null}
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}

function ApplicationView({ application }: { application: Application }) {
  const { t, label, localized, locale, dateTime } = useI18n()
  const withdraw = useWithdrawApplication()
  const [confirming, setConfirming] = useState(false)

  const confirmWithdraw = async () => {
    setConfirming(false)
    try {
      await withdraw.mutateAsync(application.id)
      Taro.showToast({ title: t('application.withdrawn'), icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }

  return (
    <View>
      <View
        className='job-detail__head'
        hoverClass='job-detail__head--pressed'
        onClick={() => navigateTo('jobDetail', { id: application.position.id })}
      >
        <View className='app-card__head'>
          <Text className='job-detail__title'>
            {localized(application.position.title, application.position.titleEn)}
          </Text>
          <Tag className='app-card__status' type={APPLICATION_STATUS_TAG[application.status]}>
            {label(APPLICATION_STATUS_LABELS[application.status])}
          </Tag>
        </View>
        <Text className='job-detail__org'>{application.position.organizationName}</Text>
        <Text className='job-detail__dates'>{t('applications.sentOn', { date: dateTime(application.createdAt) })}</Text>
        <Text className='job-detail__link'>{t('application.openPosition')} ›</Text>
      </View>

      <ChatButton kind='application' refId={application.id} />

      <Timeline application={application} />

      <View className='job-detail__section'>
        <Text className='job-detail__section-title'>{t('application.yourMessage')}</Text>
        <Text className='job-detail__text'>{application.message}</Text>
      </View>

      <View className='job-detail__section'>
        <Text className='job-detail__section-title'>{t('application.sharedProfile')}</Text>
        <Text className='job-detail__text'>
          {[application.applicant.name, application.applicant.school, application.applicant.major].join(' · ')}
        </Text>
        <Text className='job-detail__muted'>
          {application.applicant.hasCv ? t('application.cvShared') : t('application.cvNotShared')}
        </Text>
      </View>

      {WITHDRAWABLE.includes(application.status) && (
        <View className='job-actions'>
          <Button
            type='danger'
            fill='outline'
            block
            loading={withdraw.isPending}
            disabled={withdraw.isPending}
            onClick={() => setConfirming(true)}
          >
            {t('application.withdraw')}
          </Button>
        </View>
      )}
      <Dialog
        visible={confirming}
        className='job-dialog'
        title={t('application.withdrawTitle')}
        content={t('application.withdrawConfirm')}
        confirmText={t('application.withdraw')}
        cancelText={t('application.keep')}
        onConfirm={confirmWithdraw}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      />
    </View>
  )
}

function ApplicationLoader() {
  const { params } = useRouter()
  const query = useMyApplication(params.id)
  return (
    <DetailQuery query={query} className='job-application'>
      {(application, homeLink) => (
        <>
          <ApplicationView application={application} />
          {homeLink}
        </>
      )}
    </DetailQuery>
  )
}

export default function ApplicationDetailPage() {
  usePageChrome('applicationDetail')
  return (
    <View className='page job-detail'>
      <SignedIn roles={['talent']}>{() => <ApplicationLoader />}</SignedIn>
    </View>
  )
}
