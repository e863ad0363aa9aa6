import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { RESPONSE_STATUS_LABELS, type ChallengeResponse } from '@ihaigui/shared'
import { useMyResponses } from '@/features/engage/challenges.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { SignedIn } from '@/components/SessionGates'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { RESPONSE_STATUS_TAG } from '@/features/engage/challenge/challenge-display'
import '../../challenge/challenge.scss'

function ResponseCard({ response }: { response: ChallengeResponse }) {
  const { t, label, dateTime } = useI18n()
  return (
    <View
      className={`ch-resp ch-resp--${response.status}`}
      hoverClass='ch-resp--pressed'
      onClick={() => navigateTo('challengeDetail', { id: response.challengeId })}
    >
      <View className='ch-resp__head'>
        <Text className='ch-resp__title'>{response.challengeTitle}</Text>
        <Tag className='ch-resp__status' type={RESPONSE_STATUS_TAG[response.status]}>
          {label(RESPONSE_STATUS_LABELS[response.status])}
        </Tag>
      </View>
      <Text className='ch-resp__outcome'>{t(`challenge.outcome.${response.status}`)}</Text>
      <Text className='ch-resp__proposal'>{response.proposal}</Text>
      {response.project && (
        <Text className='ch-resp__meta'>{t('challenge.withProject', { project: response.project.name })}</Text>
      )}
      <Text className='ch-resp__meta'>
        {t('challenge.sentOn', { date: dateTime(response.createdAt) })}
        {response.updatedAt !== response.createdAt
          ? ` · ${t('challenge.updatedOn', { date: dateTime(response.updatedAt) })}`
          : ''}
      </Text>
      {response.intentionId !== null && (
        <View className='ch-resp__actions'>
          <Button
            size='small'
            type='primary'
            onClick={(e) => {
              e.stopPropagation()
              void navigateTo('intentionDetail', { id: response.intentionId as number })
            }}
          >
            {t('challenge.viewIntention')}
          </Button>
        </View>
      )}
    </View>
  )
}

function Responses() {
  const { t } = useI18n()
  const query = useMyResponses()
  useInfiniteListControls(query)
  const none = query.data?.pages[0]?.total === 0
  return (
    <>
      <InfiniteList
        query={query}
        emptyMessage={t('challenge.myResponsesEmpty')}
        renderItem={(response) => <ResponseCard response={response} />}
      />
      {none && (
        <View className='ch-actions'>
          <Button type='primary' fill='outline' block onClick={() => navigateTo('challengeList')}>
            {t('respond.browse')}
          </Button>
        </View>
      )}
    </>
  )
}

export default function MyResponsesPage() {
  usePageChrome('myResponses')
  return (
    <View className='ch-page'>
      <SignedIn roles={['talent']}>{() => <Responses />}</SignedIn>
    </View>
  )
}
