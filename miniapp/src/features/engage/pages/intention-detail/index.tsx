import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  DISTRICT_LABELS,
  INTENTION_FINAL,
  INTENTION_SOURCE_LABELS,
  INTENTION_STATUS_LABELS,
  formatAmountYuan,
  moveIntentionSchema,
  type IntentionDetail,
  type IntentionStep
} from '@ihaigui/shared'
import { useIntention } from '@/features/engage/intentions.hooks'
import { DetailQuery } from '@/components/DetailQuery'
import { INTENTION_STATUS_TAG } from '@/features/projects/project-display'
import { SignedIn } from '@/components/SessionGates'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n, type MessageKey } from '@/i18n'
import { navigateTo } from '@/navigation'
import { MOVE_LABELS, MoveDialog, type Move } from '@/features/engage/intention/MoveDialog'
import { ChatButton } from '@/features/chat/components/ChatButton'
import '../../intention/intention.scss'

const SIDE_LABELS: Record<IntentionStep['actor']['side'], MessageKey> = {
  organization: 'in.side.organization',
  talent: 'in.side.talent',
  staff: 'in.side.staff'
}

const MOVE_TYPES: Record<Move, 'primary' | 'success' | 'danger' | 'default'> = {
  accepted: 'primary',
  declined: 'default',
  meeting: 'primary',
  agreement: 'primary',
  signed: 'success',
  withdrawn: 'danger'
}

/** The moves a party makes with a button (the schema's; anything else the server lists is not ours to offer). */
function movesOf(intention: IntentionDetail): Move[] {
  const allowed = moveIntentionSchema.shape.status.options as readonly string[]
  return intention.allowedMoves.filter((m): m is Move => allowed.includes(m))
}

function Row({ label, value, onClick }: { label: string; value: string; onClick?: () => void }) {
  return (
    <View
      className={onClick ? 'in-row in-row--link' : 'in-row'}
      hoverClass={onClick ? 'in-row--pressed' : undefined}
      onClick={onClick}
    >
      <Text className='in-row__label'>{label}</Text>
      <Text className='in-row__value'>{value}</Text>
      {onClick && <Text className='in-row__arrow'>›</Text>}
    </View>
  )
}

function Parties({ intention }: { intention: IntentionDetail }) {
  const { t, label, localized, date } = useI18n()
  const ours = (side: 'organization' | 'talent') =>
    intention.mySide === side ? ` ${t(side === 'talent' ? 'in.detail.you' : 'in.detail.us')}` : ''
  return (
    <View className='in-section'>
      <View className='in-head'>
        <Text className='in-head__title'>{t('in.detail.heading', { id: intention.id })}</Text>
        <Tag type={INTENTION_STATUS_TAG[intention.status]}>{label(INTENTION_STATUS_LABELS[intention.status])}</Tag>
      </View>
      <Row label={t('in.side.organization')} value={`${intention.organization.name}${ours('organization')}`} />
      <Row label={t('in.side.talent')} value={`${intention.talent.displayName}${ours('talent')}`} />
      <Row label={t('in.detail.source')} value={label(INTENTION_SOURCE_LABELS[intention.source])} />
      {intention.project ? (
        <Row
          label={t('in.detail.project')}
          value={localized(intention.project.name, intention.project.nameEn)}
          onClick={() => navigateTo('projectDetail', { id: intention.project?.id })}
        />
      ) : null}
      {intention.event ? (
        <Row
          label={t('in.detail.event')}
          value={localized(intention.event.title, intention.event.titleEn)}
          onClick={() => navigateTo('eventDetail', { id: intention.event?.id })}
        />
      ) : null}
      {intention.challenge ? (
        <Row
          label={t('in.detail.challenge')}
          value={intention.challenge.title}
          onClick={() => navigateTo('challengeDetail', { id: intention.challenge?.id })}
        />
      ) : null}
      <Row
        label={t('in.detail.proposed')}
        value={t(intention.proposedBy === 'organization' ? 'in.side.organization' : 'in.side.talent')}
      />
      <Row label={t('in.detail.created')} value={date(intention.createdAt)} />
    </View>
  )
}

function Landing({ intention }: { intention: IntentionDetail }) {
  const { t, label, locale } = useI18n()
  if (intention.registeredCapital === null && intention.investmentAmount === null && intention.district === null)
    return null
  return (
    <View className='in-section in-section--landing'>
      <Text className='in-section__title'>{t('in.landing.title')}</Text>
      {intention.registeredCapital !== null && (
        <Row label={t('in.landing.capital')} value={formatAmountYuan(intention.registeredCapital, locale)} />
      )}
      {intention.investmentAmount !== null && (
        <Row label={t('in.landing.investment')} value={formatAmountYuan(intention.investmentAmount, locale)} />
      )}
      {intention.district !== null && (
        <Row label={t('in.landing.district')} value={label(DISTRICT_LABELS[intention.district])} />
      )}
    </View>
  )
}

/** Every step, newest first: what happened, who did it and when, and the note they left. */
function Timeline({ steps }: { steps: IntentionStep[] }) {
  const { t, label, dateTime } = useI18n()
  const newestFirst = [...steps].reverse()
  return (
    <View className='in-section'>
      <Text className='in-section__title'>{t('in.detail.timeline')}</Text>
      <View className='in-timeline'>
        {newestFirst.map((step, i) => (
          <View
            key={`${step.status}-${step.at}`}
            className={i === 0 ? 'in-timeline__item in-timeline__item--latest' : 'in-timeline__item'}
          >
            <View className='in-timeline__dot' />
            <View className='in-timeline__body'>
              <View className='in-timeline__line'>
                <Text className='in-timeline__status'>{label(INTENTION_STATUS_LABELS[step.status])}</Text>
                <Text className='in-timeline__time'>{dateTime(step.at)}</Text>
              </View>
              <Text className='in-timeline__actor'>
                {t(SIDE_LABELS[step.actor.side])} · {step.actor.displayName}
                {step.offline ? ` · ${t('in.detail.offline')}` : ''}
              </Text>
              {step.note ? <Text className='in-timeline__note'>{step.note}</Text> : null}
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}

function IntentionView({ intention }: { intention: IntentionDetail }) {
  const { t } = useI18n()
  const [move, setMove] = useState<Move | null>(null)
  const moves = movesOf(intention)
  return (
    <View>
      <Parties intention={intention} />
      <ChatButton kind='intention' refId={intention.id} />
      <Landing intention={intention} />
      <Timeline steps={intention.steps} />
      {moves.length > 0 ? (
        <View className='in-moves'>
          <Text className='in-moves__title'>{t('in.detail.next')}</Text>
          {intention.status === 'proposed' && intention.mySide === intention.proposedBy ? (
            <Text className='in-moves__hint'>{t('in.detail.waiting')}</Text>
          ) : null}
          <View className='in-moves__buttons'>
            {moves.map((m) => (
              <Button
                key={m}
                className='in-moves__button'
                type={MOVE_TYPES[m]}
                fill={m === 'withdrawn' || m === 'declined' ? 'outline' : 'solid'}
                onClick={() => setMove(m)}
              >
                {t(MOVE_LABELS[m])}
              </Button>
            ))}
          </View>
        </View>
      ) : (
        <Text className='in-final'>
          {t(INTENTION_FINAL.includes(intention.status) ? 'in.detail.closed' : 'in.detail.waiting')}
        </Text>
      )}
      <MoveDialog intentionId={intention.id} move={move} onClose={() => setMove(null)} />
    </View>
  )
}

function IntentionLoader() {
  const { params } = useRouter()
  const query = useIntention(params.id)
  return (
    <DetailQuery query={query} className='in-detail'>
      {(intention, homeLink) => (
        <>
          <IntentionView intention={intention} />
          {homeLink}
        </>
      )}
    </DetailQuery>
  )
}

export default function IntentionDetailPage() {
  usePageChrome('intentionDetail')
  return (
    <View className='page in-detail'>
      <SignedIn>{() => <IntentionLoader />}</SignedIn>
    </View>
  )
}
