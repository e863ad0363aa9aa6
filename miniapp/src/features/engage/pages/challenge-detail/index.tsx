import { useState, type ReactNode } from 'react'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Dialog, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { CHALLENGE_STATUS_LABELS, INDUSTRY_LABELS, RESPONSE_STATUS_LABELS, type ChallengeDetail } from '@ihaigui/shared'
import { useChallenge, useWithdrawResponse } from '@/features/engage/challenges.hooks'
import { describeError } from '@/api/errors'
import { useMe, useSession } from '@/features/account/session.hooks'
import { DetailQuery } from '@/components/DetailQuery'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { goToLogin, navigateTo, pageUrl } from '@/navigation'
import {
  CHALLENGE_STATUS_TAG,
  RESPONSE_STATUS_TAG,
  WITHDRAWABLE,
  budgetText,
  deadlineCountdown
} from '@/features/engage/challenge/challenge-display'
import '../../challenge/challenge.scss'

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className='ch-detail__section'>
      <Text className='ch-detail__section-title'>{title}</Text>
      {children}
    </View>
  )
}

function Fact({ label, value, extra }: { label: string; value: string; extra?: string }) {
  return (
    <View className='ch-detail__fact'>
      <Text className='ch-detail__fact-label'>{label}</Text>
      <Text className='ch-detail__fact-value'>{value}</Text>
      {extra ? <Text className='ch-detail__fact-extra'>{extra}</Text> : null}
    </View>
  )
}

/** The talent's own response: its state, what it said, and what follows (the intention, or withdrawing). */
function MyResponse({ challenge }: { challenge: ChallengeDetail }) {
  const { t, label, locale, dateTime } = useI18n()
  const withdraw = useWithdrawResponse()
  const [confirming, setConfirming] = useState(false)
  const response = challenge.myResponse
  if (!response) return null

  const confirmWithdraw = async () => {
    setConfirming(false)
    try {
      await withdraw.mutateAsync(challenge.id)
      Taro.showToast({ title: t('challenge.withdrawn'), icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }

  return (
    <View className={`ch-mine ch-mine--${response.status}`}>
      <View className='ch-mine__head'>
        <Text className='ch-mine__title'>{t('challenge.myResponse')}</Text>
        <Tag type={RESPONSE_STATUS_TAG[response.status]}>{label(RESPONSE_STATUS_LABELS[response.status])}</Tag>
      </View>
      <Text className='ch-mine__outcome'>{t(`challenge.outcome.${response.status}`)}</Text>
      <Text className='ch-mine__proposal'>{response.proposal}</Text>
      {response.project && (
        <Text className='ch-mine__meta'>{t('challenge.withProject', { project: response.project.name })}</Text>
      )}
      <Text className='ch-mine__meta'>{t('challenge.sentOn', { date: dateTime(response.createdAt) })}</Text>
      <View className='ch-mine__actions'>
        {response.intentionId !== null && (
          <Button
            size='small'
            type='primary'
            onClick={() => navigateTo('intentionDetail', { id: response.intentionId as number })}
          >
            {t('challenge.viewIntention')}
          </Button>
        )}
        {WITHDRAWABLE.includes(response.status) && (
          <Button
            size='small'
            type='danger'
            fill='outline'
            loading={withdraw.isPending}
            onClick={() => setConfirming(true)}
          >
            {t('challenge.withdraw')}
          </Button>
        )}
      </View>
      <Dialog
        className='ch-dialog'
        visible={confirming}
        title={t('challenge.withdrawTitle')}
        content={t('challenge.withdrawConfirm')}
        confirmText={t('challenge.withdraw')}
        cancelText={t('challenge.keep')}
        onConfirm={confirmWithdraw}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      />
    </View>
  )
}

function Article({ challenge }: { challenge: ChallengeDetail }) {
  const { t, label, localized, locale, date } = useI18n()
  const englishMissing = locale === 'en' && !challenge.problemEn?.trim()
  return (
    <View>
      <View className='ch-detail__head'>
        <View className='ch-card__top'>
          <Text className='ch-card__field'>{label(INDUSTRY_LABELS[challenge.field])}</Text>
          <Tag type={CHALLENGE_STATUS_TAG[challenge.status]}>{label(CHALLENGE_STATUS_LABELS[challenge.status])}</Tag>
        </View>
        <Text className='ch-detail__title'>{localized(challenge.title, challenge.titleEn)}</Text>
        <Text className='ch-detail__org'>{challenge.organization.name}</Text>
        <View className='ch-detail__facts'>
          <Fact label={t('challenge.budget')} value={budgetText(challenge, locale)} />
          <Fact
            label={t('challenge.deadline')}
            value={date(challenge.deadline)}
            extra={challenge.status === 'open' ? deadlineCountdown(challenge.deadline, locale) : undefined}
          />
          <Fact label={t('challenge.responses')} value={String(challenge.responseCount)} />
          {challenge.publishedAt && <Fact label={t('challenge.publishedOn')} value={date(challenge.publishedAt)} />}
        </View>
      </View>
      <MyResponse challenge={challenge} />
      <Section title={t('challenge.problem')}>
        {englishMissing && (
          <View className='ch-detail__notice'>
            <Text>{t('detail.englishFallback')}</Text>
          </View>
        )}
        <Text className='ch-detail__text'>{localized(challenge.problem, challenge.problemEn)}</Text>
      </Section>
      <Section title={t('challenge.expectedOutcome')}>
        <Text className='ch-detail__text'>{localized(challenge.expectedOutcome, challenge.expectedOutcomeEn)}</Text>
      </Section>
    </View>
  )
}

/** The main button: respond (talents), the responses (the posting organisation), or why neither applies. */
function ActionBar({ challenge }: { challenge: ChallengeDetail }) {
  const { t } = useI18n()
  const session = useSession()
  const me = useMe()
  const ours = me.data?.organization?.id === challenge.organization.id
  const role = session?.user.role
  const live = challenge.myResponse && challenge.myResponse.status !== 'withdrawn'

  let main: ReactNode
  if (ours) {
    main = (
      <Button type='primary' block onClick={() => navigateTo('orgChallengeResponses', { id: challenge.id })}>
        {t('challenge.viewResponses', { count: challenge.responseCount })}
      </Button>
    )
  } else if (challenge.canRespond) {
    main = (
      <Button type='primary' block onClick={() => navigateTo('challengeRespond', { id: challenge.id })}>
        {t('challenge.respond')}
      </Button>
    )
  } else if (live) {
    main = (
      <Button type='primary' fill='outline' block onClick={() => navigateTo('myResponses')}>
        {t('challenge.myResponsesLink')}
      </Button>
    )
  } else if (challenge.status !== 'open') {
    main = (
      <Button block disabled>
        {t('challenge.notOpen')}
      </Button>
    )
  } else if (!session) {
    main = (
      <Button type='primary' block onClick={() => goToLogin()}>
        {t('challenge.respond')}
      </Button>
    )
  } else {
    main = (
      <Button block disabled>
        {t(role === 'talent' ? 'challenge.cannotRespond' : 'challenge.talentOnly')}
      </Button>
    )
  }
  return <View className='ch-bar'>{main}</View>
}

export default function ChallengeDetailPage() {
  const { t, localized } = useI18n()
  const { params } = useRouter()
  const query = useChallenge(params.id)
  usePageChrome('challengeDetail')

  useShareAppMessage(() => ({
    title: query.data ? localized(query.data.title, query.data.titleEn) : t('title.challengeDetail'),
    path: pageUrl('challengeDetail', { id: params.id })
  }))

  return (
    <DetailQuery query={query} className='page ch-detail'>
      {(challenge, homeLink) => (
        <View className='page ch-detail ch-detail--with-bar'>
          <Article challenge={challenge} />
          {homeLink}
          <ActionBar challenge={challenge} />
        </View>
      )}
    </DetailQuery>
  )
}
