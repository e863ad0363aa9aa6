import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ActionSheet, Button, Dialog } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/actionsheet/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import { INDUSTRY_LABELS, ORIGIN_REGION_LABELS, type EventDetail, type RoadshowSlot } from '@ihaigui/shared'
import { useEventAction, useStaffProjects } from '@/features/console/console.hooks'
import { describeError } from '@/api/errors'
import { useI18n } from '@/i18n'
import { Section } from '@/features/console/parts'

/** Shortlisted projects without a slot yet, to pick one from. */
function AddSlotSheet({ event, visible, onClose }: { event: EventDetail; visible: boolean; onClose: () => void }) {
  const { t, localized, locale } = useI18n()
  const shortlisted = useStaffProjects('shortlisted', undefined)
  const action = useEventAction()
  const slotted = new Set(event.slots.map((s) => s.project.id))
  const candidates = (shortlisted.data?.pages.flatMap((p) => p.items) ?? []).filter((p) => !slotted.has(p.id))

  const add = async (projectId: number) => {
    onClose()
    try {
      await action.mutateAsync({ kind: 'addSlot', id: event.id, projectId })
      Taro.showToast({ title: t('console.slots.addedToast'), icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }

  const description = shortlisted.isPending
    ? t('common.loading')
    : shortlisted.isError
      ? describeError(shortlisted.error, locale).message
      : candidates.length === 0
        ? t('console.slots.noCandidates')
        : t('console.slots.pickHint')

  return (
    <ActionSheet
      visible={visible}
      title={t('console.slots.pickTitle')}
      description={description}
      options={candidates.map((p) => ({ name: localized(p.name, p.nameEn) }))}
      cancelText={t('common.cancel')}
      onSelect={(_item, index) => {
        const picked = candidates[index]
        if (picked) void add(picked.id)
      }}
      onCancel={onClose}
    />
  )
}

function SlotRow({
  slot,
  first,
  last,
  busy,
  onMove,
  onRemove
}: {
  slot: RoadshowSlot
  first: boolean
  last: boolean
  busy: boolean
  onMove: (delta: -1 | 1) => void
  onRemove: () => void
}) {
  const { t, label, localized } = useI18n()
  const move = (delta: -1 | 1, off: boolean) => () => {
    if (!off && !busy) onMove(delta)
  }
  return (
    <View className='console-slot'>
      <Text className='console-slot__order'>{slot.order}</Text>
      <View className='console-slot__main'>
        <Text className='console-slot__name'>{localized(slot.project.name, slot.project.nameEn)}</Text>
        <Text className='console__meta'>
          {label(INDUSTRY_LABELS[slot.project.field])} · {label(ORIGIN_REGION_LABELS[slot.project.originRegion])} ·{' '}
          {t('console.slots.minutes', { minutes: slot.minutes })}
          {slot.interestCount > 0 ? ` · ${t('console.slots.interest', { count: slot.interestCount })}` : ''}
        </Text>
      </View>
      <View className='console-slot__moves'>
        <Text
          className={`console-slot__move${first ? ' console-slot__move--off' : ''}`}
          aria-label={t('console.slots.up')}
          onClick={move(-1, first)}
        >
          ↑
        </Text>
        <Text
          className={`console-slot__move${last ? ' console-slot__move--off' : ''}`}
          aria-label={t('console.slots.down')}
          onClick={move(1, last)}
        >
          ↓
        </Text>
        <Text
          className='console-slot__move console-slot__move--remove'
          aria-label={t('console.slots.remove')}
          onClick={() => !busy && onRemove()}
        >
          ✕
        </Text>
      </View>
    </View>
  )
}

/** The roadshow's ordered project slots: add a shortlisted project, move it up or down, take it off. */
export function RoadshowSlots({ event }: { event: EventDetail }) {
  const { t, localized, locale } = useI18n()
  const action = useEventAction()
  const [adding, setAdding] = useState(false)
  const [removing, setRemoving] = useState<RoadshowSlot | null>(null)
  const slots = [...event.slots].sort((a, b) => a.order - b.order)
  const editable = event.status !== 'cancelled'

  const run = async (act: Parameters<typeof action.mutateAsync>[0], done: Parameters<typeof t>[0]) => {
    try {
      await action.mutateAsync(act)
      Taro.showToast({ title: t(done), icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }

  const move = (index: number, delta: -1 | 1) => {
    const ids = slots.map((s) => s.id)
    const target = index + delta
    ;[ids[index], ids[target]] = [ids[target], ids[index]]
    void run({ kind: 'reorder', id: event.id, slotIds: ids }, 'console.slots.movedToast')
  }

  return (
    <Section
      title={t('console.slots.title', { count: slots.length })}
      extra={
        editable ? (
          <Button size='small' type='primary' fill='outline' onClick={() => setAdding(true)}>
            {t('console.slots.add')}
          </Button>
        ) : undefined
      }
    >
      {slots.length === 0 && <Text className='console__hint'>{t('console.slots.empty')}</Text>}
      <View>
        {slots.map((slot, i) => (
          <SlotRow
            key={slot.id}
            slot={slot}
            first={i === 0}
            last={i === slots.length - 1}
            busy={action.isPending || !editable}
            onMove={(delta) => move(i, delta)}
            onRemove={() => setRemoving(slot)}
          />
        ))}
      </View>
      <AddSlotSheet event={event} visible={adding} onClose={() => setAdding(false)} />
      <Dialog
        visible={removing !== null}
        title={t('console.slots.removeTitle')}
        content={t('console.slots.removeConfirm', {
          name: removing ? localized(removing.project.name, removing.project.nameEn) : ''
        })}
        confirmText={t('console.slots.remove')}
        cancelText={t('common.cancel')}
        onConfirm={() => {
          const slot = removing
          setRemoving(null)
          if (slot) void run({ kind: 'removeSlot', id: event.id, slotId: slot.id }, 'console.slots.removedToast')
        }}
        onCancel={() => setRemoving(null)}
        onClose={() => setRemoving(null)}
      />
    </Section>
  )
}
