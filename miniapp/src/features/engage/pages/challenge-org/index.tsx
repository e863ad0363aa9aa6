import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Dialog, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { CHALLENGE_STATUSES, CHALLENGE_STATUS_LABELS, type ChallengeStatus } from '@ihaigui/shared'
import type { ChallengeRecordRow } from '@/features/engage/challenges.api'
import { useChallengeAction, useOrgChallenges } from '@/features/engage/challenges.hooks'
import { describeError } from '@/api/errors'
import { InfiniteList } from '@/components/InfiniteList'
import { SignedIn } from '@/components/SessionGates'
import { FilterTabs } from '@/components/FilterTabs'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { ChallengeCard } from '@/features/engage/challenge/ChallengeCard'
import { CHALLENGE_STATUS_TAG } from '@/features/engage/challenge/challenge-display'
import { takeRequestedTab } from '@/features/engage/challenge/challenges-tab'
import { VerifiedOnly } from '@/features/engage/challenge/VerifiedOnly'
import '../../challenge/challenge.scss'

/** States in which the organisation may still edit (an edit goes back to review) or close a challenge. */
const EDITABLE: readonly ChallengeStatus[] = ['pending', 'rejected', 'open']
const CLOSABLE: readonly ChallengeStatus[] = ['pending', 'open']

function OrgChallengeCard({
  challenge,
  onClose
}: {
  challenge: ChallengeRecordRow
  onClose: (c: ChallengeRecordRow) => void
}) {
  const { t, label } = useI18n()
  const hasResponses = challenge.status !== 'pending' && challenge.status !== 'rejected'
  return (
    <ChallengeCard
      challenge={challenge}
      status={
        <Tag type={CHALLENGE_STATUS_TAG[challenge.status]}>{label(CHALLENGE_STATUS_LABELS[challenge.status])}</Tag>
      }
    >
      {challenge.status === 'pending' && (
        <Text className='ch-card__note'>
          {t(challenge.contentCheck === 'review' ? 'orgChallenge.pendingManual' : 'orgChallenge.pendingHint')}
        </Text>
      )}
      {challenge.status === 'rejected' && challenge.rejectReason && (
        <View className='ch-reason'>
          <Text className='ch-reason__label'>{t('orgChallenge.rejectReason')}</Text>
          <Text>{challenge.rejectReason}</Text>
        </View>
      )}
      {challenge.status === 'awarded' && <Text className='ch-card__note'>{t('orgChallenge.awardedHint')}</Text>}
      <View className='ch-card__actions'>
        {hasResponses && (
          <Button
            size='small'
            type='primary'
            fill='outline'
            onClick={() => navigateTo('orgChallengeResponses', { id: challenge.id })}
          >
            {t('orgChallenge.responses', { count: challenge.responseCount })}
          </Button>
        )}
        {challenge.status !== 'pending' && challenge.status !== 'rejected' && (
          <Button size='small' fill='outline' onClick={() => navigateTo('challengeDetail', { id: challenge.id })}>
            {t('orgChallenge.view')}
          </Button>
        )}
        {EDITABLE.includes(challenge.status) && (
          <Button size='small' fill='outline' onClick={() => navigateTo('orgChallengeEdit', { id: challenge.id })}>
            {t('orgChallenge.edit')}
          </Button>
        )}
        {CLOSABLE.includes(challenge.status) && (
          <Button size='small' type='danger' fill='outline' onClick={() => onClose(challenge)}>
            {t('orgChallenge.close')}
          </Button>
        )}
      </View>
    </ChallengeCard>
  )
}

function ChallengeList({ status }: { status: ChallengeStatus }) {
  const { t, locale, localized } = useI18n()
  const query = useOrgChallenges(status)
  const action = useChallengeAction()
  const [closing, setClosing] = useState<ChallengeRecordRow | null>(null)
  useInfiniteListControls(query)

  const confirmClose = async () => {
    const challenge = closing
    setClosing(null)
    if (!challenge) return
    try {
      await action.mutateAsync({ kind: 'close', id: challenge.id })
      Taro.showToast({ title: t('orgChallenge.closed'), icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }

  return (
    <>
      <InfiniteList
        query={query}
        skeletonCount={3}
        emptyMessage={t(`orgChallenge.empty.${status}`)}
        renderItem={(challenge) => <OrgChallengeCard challenge={challenge} onClose={setClosing} />}
      />
      <Dialog
        className='ch-dialog'
        visible={closing !== null}
        title={t('orgChallenge.closeTitle')}
        content={closing ? t('orgChallenge.closeConfirm', { title: localized(closing.title, closing.titleEn) }) : ''}
        confirmText={t('orgChallenge.close')}
        cancelText={t('common.cancel')}
        onConfirm={confirmClose}
        onCancel={() => setClosing(null)}
        onClose={() => setClosing(null)}
      />
    </>
  )
}

function initialStatus(raw: string | undefined): ChallengeStatus {
  return CHALLENGE_STATUSES.find((s) => s === raw) ?? 'open'
}

export default function OrgChallengesPage() {
  const { t, label } = useI18n()
  const { params } = useRouter()
  const [status, setStatus] = useState<ChallengeStatus>(() => initialStatus(params.status))
  usePageChrome('orgChallenges')
  useDidShow(() => {
    const requested = takeRequestedTab()
    if (requested) setStatus(requested)
  })

  return (
    <View className='ch-page ch-page--tabs'>
      <SignedIn roles={['enterprise']}>
        {() => (
          <VerifiedOnly>
            {() => (
              <>
                <View className='ch-page__tabs'>
                  <FilterTabs
                    value={status}
                    options={CHALLENGE_STATUSES.map((s) => ({ value: s, title: label(CHALLENGE_STATUS_LABELS[s]) }))}
                    onChange={setStatus}
                  />
                </View>
                <View className='ch-page__body'>
                  <View className='ch-page__toolbar'>
                    <Text className='ch-page__hint'>{t('orgChallenge.hint')}</Text>
                    <Button type='primary' size='small' onClick={() => navigateTo('orgChallengeEdit')}>
                      {t('orgChallenge.post')}
                    </Button>
                  </View>
                  <ChallengeList key={status} status={status} />
                </View>
              </>
            )}
          </VerifiedOnly>
        )}
      </SignedIn>
    </View>
  )
}
