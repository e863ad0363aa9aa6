import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import {
  INDUSTRY_LABELS,
  ORIGIN_REGION_LABELS,
  PROJECT_STAGE_LABELS,
  type EventDetail,
  type RoadshowSlot
} from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { useMarkInterest } from '@/features/engage/events.hooks'
import { useMe } from '@/features/account/session.hooks'
import { NoteDialog } from '@/features/engage/components/NoteDialog'
import { beijingParts } from '@/i18n/format'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'

const pad2 = (n: number) => String(n).padStart(2, '0')

function slotTime(slot: RoadshowSlot): string | null {
  if (!slot.startsAt) return null
  const p = beijingParts(Date.parse(slot.startsAt))
  return `${pad2(p.hour)}:${pad2(p.minute)}`
}

/**
 * "I'm interested" on a project, for members of a verified organisation: opens an intention with the project's team.
 * Once interested it becomes "View intention" (asking again returns the intention already open, nothing new).
 */
function InterestButton({
  event,
  slot,
  intentionId,
  onIntention
}: {
  event: EventDetail
  slot: RoadshowSlot
  intentionId: number | undefined
  onIntention: (slotId: number, intentionId: number) => void
}) {
  const { t, locale, localized } = useI18n()
  const interest = useMarkInterest()
  const [asking, setAsking] = useState(false)

  const view = async () => {
    if (intentionId) {
      void navigateTo('intentionDetail', { id: intentionId })
      return
    }
    try {
      const result = await interest.mutateAsync({ eventId: event.id, slotId: slot.id, note: null })
      onIntention(slot.id, result.intentionId)
      void navigateTo('intentionDetail', { id: result.intentionId })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }

  const mark = async (note: string | null) => {
    const result = await interest.mutateAsync({ eventId: event.id, slotId: slot.id, note })
    onIntention(slot.id, result.intentionId)
    Taro.showToast({ title: t(result.created ? 'roadshow.interestSent' : 'roadshow.interestExisting'), icon: 'none' })
  }

  if (slot.interested || intentionId) {
    return (
      <View className='rs-slot__actions'>
        <Text className='rs-slot__interested'>{t('roadshow.interested')}</Text>
        <Button size='small' type='primary' fill='outline' loading={interest.isPending} onClick={view}>
          {t('roadshow.viewIntention')}
        </Button>
      </View>
    )
  }
  return (
    <View className='rs-slot__actions'>
      <Button size='small' type='primary' onClick={() => setAsking(true)}>
        {t('roadshow.interest')}
      </Button>
      <NoteDialog
        visible={asking}
        title={t('roadshow.interestTitle')}
        confirmText={t('roadshow.interestConfirm')}
        placeholder={t('roadshow.notePlaceholder')}
        onConfirm={mark}
        onClose={() => setAsking(false)}
      >
        <Text>{t('roadshow.interestText', { project: localized(slot.project.name, slot.project.nameEn) })}</Text>
      </NoteDialog>
    </View>
  )
}

function Slot({
  event,
  slot,
  position,
  canMark,
  intentionId,
  onIntention
}: {
  event: EventDetail
  slot: RoadshowSlot
  /** 1-based place in the running order. */
  position: number
  canMark: boolean
  intentionId: number | undefined
  onIntention: (slotId: number, intentionId: number) => void
}) {
  const { t, label, localized } = useI18n()
  const { project } = slot
  const time = slotTime(slot)
  return (
    <View className='rs-slot'>
      <View className='rs-slot__rail'>
        <Text className='rs-slot__order'>{position}</Text>
      </View>
      <View className='rs-slot__body'>
        <Text className='rs-slot__time'>
          {time ? `${time} · ` : ''}
          {t('roadshow.minutes', { minutes: slot.minutes })}
        </Text>
        <View
          className='rs-project'
          hoverClass='rs-project--pressed'
          onClick={() => navigateTo('projectDetail', { id: project.id })}
        >
          <Text className='rs-project__name'>{localized(project.name, project.nameEn)}</Text>
          <Text className='rs-project__meta'>
            {[
              label(INDUSTRY_LABELS[project.field]),
              label(ORIGIN_REGION_LABELS[project.originRegion]),
              label(PROJECT_STAGE_LABELS[project.stage])
            ].join(' · ')}
          </Text>
          <Text className='rs-project__summary'>{localized(project.summary, project.summaryEn)}</Text>
        </View>
        <View className='rs-slot__foot'>
          <Text className='rs-slot__count'>
            {slot.interestCount > 0
              ? t('roadshow.interestCount', { count: slot.interestCount })
              : t('roadshow.interestNone')}
          </Text>
          {canMark && <InterestButton event={event} slot={slot} intentionId={intentionId} onIntention={onIntention} />}
        </View>
      </View>
    </View>
  )
}

/** The roadshow's projects in their order; organisations attending can mark interest in each. */
export function RoadshowSlots({ event }: { event: EventDetail }) {
  const { t } = useI18n()
  const me = useMe()
  const [intentions, setIntentions] = useState<Record<number, number>>({})
  const verifiedMember = me.data?.organization?.status === 'verified'
  const slots = [...event.slots].sort((a, b) => a.order - b.order)
  return (
    <View className='ev-detail__section'>
      <Text className='ev-detail__section-title'>{t('roadshow.projects')}</Text>
      {verifiedMember && event.status !== 'cancelled' && slots.length > 0 && (
        <Text className='ev-detail__muted rs-hint'>{t('roadshow.interestHint')}</Text>
      )}
      {slots.length === 0 ? (
        <Text className='ev-detail__muted'>{t('roadshow.noSlots')}</Text>
      ) : (
        slots.map((slot, i) => (
          <Slot
            key={slot.id}
            event={event}
            slot={slot}
            position={i + 1}
            canMark={verifiedMember && event.status !== 'cancelled'}
            intentionId={intentions[slot.id]}
            onIntention={(slotId, id) => setIntentions((prev) => ({ ...prev, [slotId]: id }))}
          />
        ))
      )}
    </View>
  )
}
