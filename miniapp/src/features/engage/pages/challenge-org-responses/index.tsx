import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  CHALLENGE_STATUS_LABELS,
  DEGREES,
  DEGREE_LABELS,
  RESPONSE_STATUS_LABELS,
  type ChallengeRecord,
  type ChallengeResponse
} from '@ihaigui/shared'
import { useChallengeResponses, useMoveResponse, useOrgChallenge } from '@/features/engage/challenges.hooks'
import { ApiRequestError, describeError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import { NoteDialog } from '@/features/engage/components/NoteDialog'
import { InfiniteList } from '@/components/InfiniteList'
import { SignedIn } from '@/components/SessionGates'
import { ErrorState, PageLoading } from '@/components/StateViews'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { CHALLENGE_STATUS_TAG, RESPONSE_STATUS_TAG, budgetText } from '@/features/engage/challenge/challenge-display'
import '../../challenge/challenge.scss'

/** Responses still in the running (the others are final). */
const LIVE = ['submitted', 'shortlisted'] as const
const isLive = (r: ChallengeResponse) => (LIVE as readonly string[]).includes(r.status)

function useDegreeText() {
  const { label } = useI18n()
  return (degree: string | null) => {
    const known = DEGREES.find((d) => d === degree)
    return known ? label(DEGREE_LABELS[known]) : degree
  }
}

function ResponseCard({
  response,
  challenge,
  onPick
}: {
  response: ChallengeResponse
  challenge: ChallengeRecord
  onPick: (r: ChallengeResponse) => void
}) {
  const { t, label, locale, dateTime } = useI18n()
  const degreeText = useDegreeText()
  const move = useMoveResponse(challenge.id)
  const open = challenge.status === 'open'
  const about = [degreeText(response.responder.degree), response.responder.studyCountry].filter(Boolean).join(' · ')

  const shortlist = async () => {
    try {
      await move.mutateAsync({ responseId: response.id, status: 'shortlisted', note: null })
      Taro.showToast({ title: t('orgResponses.shortlisted'), icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }

  return (
    <View className={`ch-resp ch-resp--${response.status}`}>
      <View className='ch-resp__head'>
        <View className='ch-resp__who'>
          <Text className='ch-resp__title'>{response.responder.displayName}</Text>
          {about ? <Text className='ch-resp__about'>{about}</Text> : null}
        </View>
        <Tag className='ch-resp__status' type={RESPONSE_STATUS_TAG[response.status]}>
          {label(RESPONSE_STATUS_LABELS[response.status])}
        </Tag>
      </View>
      {response.project && (
        <Text
          className='ch-resp__project'
          onClick={() => navigateTo('projectDetail', { id: response.project?.id ?? 0 })}
        >
          {t('challenge.withProject', { project: response.project.name })} ›
        </Text>
      )}
      <Text className='ch-resp__proposal ch-resp__proposal--full'>{response.proposal}</Text>
      <Text className='ch-resp__meta'>{t('challenge.sentOn', { date: dateTime(response.createdAt) })}</Text>
      <View className='ch-resp__actions'>
        {response.intentionId !== null && (
          <Button
            size='small'
            type='primary'
            onClick={() => navigateTo('intentionDetail', { id: response.intentionId as number })}
          >
            {t('challenge.viewIntention')}
          </Button>
        )}
        {open && response.status === 'submitted' && (
          <Button size='small' fill='outline' loading={move.isPending} disabled={move.isPending} onClick={shortlist}>
            {t('orgResponses.shortlist')}
          </Button>
        )}
        {open && isLive(response) && (
          <Button size='small' type='primary' disabled={move.isPending} onClick={() => onPick(response)}>
            {t('orgResponses.pick')}
          </Button>
        )}
      </View>
    </View>
  )
}

function Responses({ challenge }: { challenge: ChallengeRecord }) {
  const { t } = useI18n()
  const query = useChallengeResponses(challenge.id)
  const move = useMoveResponse(challenge.id)
  const [picking, setPicking] = useState<ChallengeResponse | null>(null)
  useInfiniteListControls(query)
  const others = (query.data?.pages.flatMap((p) => p.items) ?? []).filter(
    (r) => isLive(r) && r.id !== picking?.id
  ).length

  const pick = async (note: string | null) => {
    if (!picking) return
    await move.mutateAsync({ responseId: picking.id, status: 'picked', note })
    Taro.showToast({ title: t('orgResponses.picked'), icon: 'success' })
  }

  return (
    <>
      <InfiniteList
        query={query}
        skeletonCount={3}
        emptyMessage={t('orgResponses.empty')}
        renderItem={(response) => <ResponseCard response={response} challenge={challenge} onPick={setPicking} />}
      />
      <NoteDialog
        visible={picking !== null}
        title={t('orgResponses.pickTitle')}
        confirmText={t('orgResponses.pickConfirm')}
        placeholder={t('orgResponses.notePlaceholder')}
        onConfirm={pick}
        onClose={() => setPicking(null)}
      >
        <Text className='ch-pick__line'>
          {t('orgResponses.pickText', { name: picking?.responder.displayName ?? '' })}
        </Text>
        <Text className='ch-pick__line ch-pick__line--warn'>
          {others > 0 ? t('orgResponses.pickOthers', { count: others }) : t('orgResponses.pickNoOthers')}
        </Text>
      </NoteDialog>
    </>
  )
}

function Header({ challenge }: { challenge: ChallengeRecord }) {
  const { t, label, localized, locale, date } = useI18n()
  return (
    <View className='ch-resp-head' onClick={() => navigateTo('challengeDetail', { id: challenge.id })}>
      <View className='ch-card__top'>
        <Text className='ch-resp-head__title'>{localized(challenge.title, challenge.titleEn)}</Text>
        <Tag type={CHALLENGE_STATUS_TAG[challenge.status]}>{label(CHALLENGE_STATUS_LABELS[challenge.status])}</Tag>
      </View>
      <Text className='ch-resp-head__meta'>
        {[
          budgetText(challenge, locale),
          t('challenge.deadlineOn', { date: date(challenge.deadline) }),
          t('orgResponses.count', { count: challenge.responseCount })
        ].join(' · ')}
      </Text>
      {challenge.status === 'open' && <Text className='ch-resp-head__hint'>{t('orgResponses.hint')}</Text>}
      {challenge.status === 'awarded' && <Text className='ch-resp-head__hint'>{t('orgResponses.awardedHint')}</Text>}
    </View>
  )
}

function Loader() {
  const { locale } = useI18n()
  const { params } = useRouter()
  const id = parseIdParam(params.id)
  const challenge = useOrgChallenge(id)
  if (id === undefined)
    return <ErrorState error={new ApiRequestError({ status: 404, code: 'CHALLENGE_NOT_FOUND', locale })} />
  if (challenge.isError) return <ErrorState error={challenge.error} onRetry={() => challenge.refetch()} />
  if (challenge.isPending) return <PageLoading />
  return (
    <>
      <Header challenge={challenge.data} />
      <Responses challenge={challenge.data} />
    </>
  )
}

export default function OrgChallengeResponsesPage() {
  usePageChrome('orgChallengeResponses')
  return (
    <View className='ch-page'>
      <SignedIn roles={['enterprise']}>{() => <Loader />}</SignedIn>
    </View>
  )
}
