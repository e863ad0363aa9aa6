import { useState } from 'react'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { Button, Input, Loading } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/loading/style/css'
import { channelTagSchema, type PositionRecord } from '@ihaigui/shared'
import { ApiRequestError, describeError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import type { ChannelStats, PositionShare } from '@/features/recruit/recruit.api'
import { useChannelStats, useOrgPosition, usePositionCode, usePositionShare } from '@/features/recruit/recruit.hooks'
import { SignedIn } from '@/components/SessionGates'
import { EmptyState, ErrorState, PageLoading } from '@/components/StateViews'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { pageUrl } from '@/navigation'
import '../../recruit.scss'

/** Channel tags of the service center's overseas liaison stations, offered as a start. */
const SUGGESTED_CHANNELS = ['uk-london', 'us-boston', 'de-munich', 'au-sydney', 'jp-tokyo', 'sg'] as const

function ChannelPicker({
  stats,
  value,
  onPick
}: {
  stats: ChannelStats | undefined
  value: string | undefined
  onPick: (c: string) => void
}) {
  const { t } = useI18n()
  const [draft, setDraft] = useState(value ?? '')
  const [error, setError] = useState(false)
  const used = (stats?.items ?? []).map((s) => s.channel)
  const chips = [...used, ...SUGGESTED_CHANNELS.filter((c) => !used.includes(c))]

  const pick = (text: string) => {
    const parsed = channelTagSchema.safeParse(text)
    if (!parsed.success) {
      setError(true)
      return
    }
    setError(false)
    setDraft(parsed.data)
    onPick(parsed.data)
  }

  return (
    <View className='rc-section'>
      <Text className='rc-section__title'>{t('recruit.share.channel')}</Text>
      <Text className='rc-section__hint'>{t('recruit.share.channelHint')}</Text>
      <View className='rc-channel'>
        <Input
          className='rc-channel__input'
          name='channel'
          value={draft}
          placeholder={t('recruit.share.channelPlaceholder')}
          maxLength={16}
          onChange={(v) => {
            setDraft(v)
            setError(false)
          }}
        />
        <Button type='primary' size='small' onClick={() => pick(draft)}>
          {t('recruit.share.generate')}
        </Button>
      </View>
      {error && <Text className='form-field__error'>{t('recruit.share.channelInvalid')}</Text>}
      <View className='rc-chips'>
        {chips.map((c) => (
          <Text key={c} className={`rc-chip${c === value ? ' rc-chip--on' : ''}`} onClick={() => pick(c)}>
            {c}
          </Text>
        ))}
      </View>
    </View>
  )
}

function CodeImage({ positionId, channel }: { positionId: number; channel: string }) {
  const { t } = useI18n()
  const code = usePositionCode(positionId, channel)
  if (code.isPending) {
    return (
      <View className='rc-code rc-code--placeholder'>
        <Loading type='circular'>{t('recruit.share.codeLoading')}</Loading>
      </View>
    )
  }
  if (code.isError) return <ErrorState error={code.error} onRetry={() => code.refetch()} />
  return (
    <View className='rc-code'>
      <Image className='rc-code__image' src={code.data} mode='aspectFit' showMenuByLongpress />
      <Text className='rc-section__hint'>
        {t(process.env.TARO_ENV === 'h5' ? 'recruit.share.codeSaveH5' : 'recruit.share.codeSave')}
      </Text>
    </View>
  )
}

function ShareResult({ positionId, channel }: { positionId: number; channel: string }) {
  const { t, locale } = useI18n()
  const share = usePositionShare(positionId, channel)
  const copy = (text: string) => {
    Taro.setClipboardData({ data: text })
      .then(() => Taro.showToast({ title: t('common.copied'), icon: 'success' }))
      .catch((error: unknown) => Taro.showToast({ title: describeError(error, locale).message, icon: 'none' }))
  }
  if (share.isPending) return <PageLoading />
  if (share.isError) return <ErrorState error={share.error} onRetry={() => share.refetch()} />
  const data: PositionShare = share.data
  return (
    <View className='rc-section'>
      <Text className='rc-section__title'>{t('recruit.share.result', { channel: data.channel })}</Text>
      <View className='rc-share-line'>
        <Text className='rc-share-line__label'>{t('recruit.share.path')}</Text>
        <Text className='rc-share-line__value' userSelect>
          {data.path}
        </Text>
        <Text className='rc-link' onClick={() => copy(data.path)}>
          {t('common.copy')}
        </Text>
      </View>
      <View className='rc-share-line'>
        <Text className='rc-share-line__label'>{t('recruit.share.scene')}</Text>
        <Text className='rc-share-line__value' userSelect>
          {data.scene}
        </Text>
      </View>
      <CodeImage positionId={positionId} channel={data.channel} />
      {process.env.TARO_ENV === 'weapp' && (
        <Button className='rc-share-button' type='primary' fill='outline' block openType='share'>
          {t('recruit.share.toFriend')}
        </Button>
      )}
    </View>
  )
}

function StatsTable({ stats }: { stats: ReturnType<typeof useChannelStats> }) {
  const { t } = useI18n()
  return (
    <View className='rc-section'>
      <Text className='rc-section__title'>{t('recruit.share.stats')}</Text>
      {stats.isPending ? (
        <PageLoading />
      ) : stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => stats.refetch()} />
      ) : stats.data.items.length === 0 ? (
        <EmptyState message={t('recruit.share.statsEmpty')} />
      ) : (
        <View className='rc-table'>
          <View className='rc-table__row rc-table__row--head'>
            <Text className='rc-table__cell rc-table__cell--wide'>{t('recruit.share.statsChannel')}</Text>
            <Text className='rc-table__cell'>{t('recruit.share.statsViews')}</Text>
            <Text className='rc-table__cell'>{t('recruit.share.statsApplications')}</Text>
          </View>
          {stats.data.items.map((row) => (
            <View key={row.channel} className='rc-table__row'>
              <Text className='rc-table__cell rc-table__cell--wide'>{row.channel}</Text>
              <Text className='rc-table__cell'>{row.views}</Text>
              <Text className='rc-table__cell'>{row.applications}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}

function SharePosition({ position }: { position: PositionRecord }) {
  const { t, localized } = useI18n()
  const [channel, setChannel] = useState<string | undefined>()
  const stats = useChannelStats(position.id)
  const share = usePositionShare(position.id, channel)
  useShareAppMessage(() => ({
    title: localized(position.title, position.titleEn),
    path: share.data?.path ?? pageUrl('jobDetail', { id: position.id })
  }))
  return (
    <View>
      <View className='rc-head'>
        <Text className='rc-head__title'>{localized(position.title, position.titleEn)}</Text>
        <Text className='rc-head__meta'>{t('recruit.share.intro')}</Text>
      </View>
      {position.status !== 'approved' && <Text className='rc-card__note rc-warning'>{t('recruit.share.notOpen')}</Text>}
      <ChannelPicker stats={stats.data} value={channel} onPick={setChannel} />
      {channel && <ShareResult key={channel} positionId={position.id} channel={channel} />}
      <StatsTable stats={stats} />
    </View>
  )
}

function Share({ id }: { id: number }) {
  const { data, error, isPending, isError, refetch } = useOrgPosition(id)
  if (isPending) return <PageLoading />
  if (isError) return <ErrorState error={error} onRetry={() => refetch()} />
  return <SharePosition position={data} />
}

export default function OrgPositionSharePage() {
  const { locale } = useI18n()
  const { params } = useRouter()
  const id = parseIdParam(params.id)
  usePageChrome('orgPositionShare')
  return (
    <View className='page rc'>
      <SignedIn roles={['enterprise']}>
        {() =>
          id === undefined ? (
            <ErrorState error={new ApiRequestError({ status: 404, code: 'POSITION_NOT_FOUND', locale })} />
          ) : (
            <Share id={id} />
          )
        }
      </SignedIn>
    </View>
  )
}
