import { Text, View } from '@tarojs/components'
import type { VisitSlot } from '@ihaigui/shared'
import { formatSlotTime } from '@/features/parks/format'
import { useI18n } from '@/i18n'
import { slotBlocked } from './slots'

interface Props {
  slot: VisitSlot
  /** Booking form: a radio mark, highlighted when chosen. */
  selected?: boolean
  withRadio?: boolean
  onPress: (slot: VisitSlot) => void
}

/** One visit slot: its time, the places left (or why it cannot be booked) and the park's note. */
export function SlotItem({ slot, selected = false, withRadio = false, onPress }: Props) {
  const { t, locale } = useI18n()
  const blocked = slotBlocked(slot)
  const places =
    blocked === 'full'
      ? t('park.full')
      : blocked === 'started'
        ? t('park.started')
        : t('park.remaining', { count: slot.remaining })
  return (
    <View
      className={`slot-list__item${selected ? ' slot-list__item--selected' : ''}${blocked ? ' slot-list__item--disabled' : ''}`}
      hoverClass={blocked ? undefined : 'slot-list__item--pressed'}
      onClick={blocked ? undefined : () => onPress(slot)}
    >
      {withRadio && <View className='slot-list__radio' />}
      <View className='slot-list__text'>
        <Text className='slot-list__time'>{formatSlotTime(slot.startsAt, slot.endsAt, locale)}</Text>
        <View className='slot-list__meta'>
          <Text className={`slot-list__places${blocked ? ' slot-list__places--none' : ''}`}>{places}</Text>
          {slot.note && <Text className='slot-list__note'>{slot.note}</Text>}
        </View>
      </View>
      {!withRadio && !blocked && <Text className='slot-list__chevron'>›</Text>}
    </View>
  )
}
