import { Picker, Text, View } from '@tarojs/components'
import type { EventSummary } from '@ihaigui/shared'
import { useDashboardEvents } from '@/features/dashboard/dashboard.hooks'
import { useI18n, type MessageKey } from '@/i18n'
import { PERIOD_PRESETS, periodProblem, type Period, type PeriodPreset } from './period'
import { usePickerText } from '@/hooks/usePickerText'

const PRESET_KEYS: Record<PeriodPreset, MessageKey> = {
  month: 'dash.preset.month',
  last30: 'dash.preset.last30',
  year: 'dash.preset.year',
  custom: 'dash.preset.custom'
}

function DateField({ value, onChange, label }: { value: string; onChange: (value: string) => void; label: string }) {
  const textProps = usePickerText()
  return (
    <Picker
      mode='date'
      value={value}
      end='2099-12-31'
      textProps={textProps}
      onChange={(e) => onChange(String(e.detail.value))}
    >
      <View className='dash__date' aria-label={label}>
        <Text>{value}</Text>
      </View>
    </Picker>
  )
}

/** The events to filter by; without them (not loaded, or the list failed) the dashboard stays citywide. */
function EventField({
  eventId,
  onChange
}: {
  eventId: number | undefined
  onChange: (eventId: number | undefined) => void
}) {
  const { t, localized } = useI18n()
  const textProps = usePickerText()
  const events = useDashboardEvents()
  const list: EventSummary[] = events.data ?? []
  const names = [t('dash.allEvents'), ...list.map((e) => localized(e.title, e.titleEn))]
  const index = eventId === undefined ? 0 : Math.max(0, list.findIndex((e) => e.id === eventId) + 1)
  return (
    <View>
      <Text className='dash__label'>{t('dash.event')}</Text>
      <Picker
        mode='selector'
        range={names}
        value={index}
        disabled={!events.data}
        textProps={textProps}
        onChange={(e) => onChange(list[Number(e.detail.value) - 1]?.id)}
      >
        <View className='dash__event'>
          <Text>{events.isPending ? t('dash.eventsLoading') : names[index]}</Text>
          <Text className='dash__event-arrow'>›</Text>
        </View>
      </Picker>
      {events.isError && <Text className='dash__note dash__note--warn'>{t('dash.eventsFailed')}</Text>}
      {eventId !== undefined && <Text className='dash__note'>{t('dash.eventScope')}</Text>}
    </View>
  )
}

export interface PeriodFilterProps {
  preset: PeriodPreset
  custom: Period
  period: Period
  eventId: number | undefined
  onPreset: (preset: PeriodPreset) => void
  onCustom: (period: Period) => void
  onEvent: (eventId: number | undefined) => void
}

/** Period presets, a custom from–to, and the event. */
export function PeriodFilter(props: PeriodFilterProps) {
  const { t, date } = useI18n()
  const problem = props.preset === 'custom' ? periodProblem(props.custom) : null
  return (
    <View className='dash__filters'>
      <Text className='dash__label'>{t('dash.period')}</Text>
      <View className='dash__presets' role='radiogroup'>
        {PERIOD_PRESETS.map((p) => (
          <View
            key={p}
            className={`dash__preset${p === props.preset ? ' dash__preset--active' : ''}`}
            role='radio'
            aria-checked={p === props.preset}
            onClick={() => props.onPreset(p)}
          >
            {t(PRESET_KEYS[p])}
          </View>
        ))}
      </View>
      {props.preset === 'custom' && (
        <View className='dash__dates'>
          <DateField
            value={props.custom.from}
            label={t('dash.from')}
            onChange={(from) => props.onCustom({ ...props.custom, from })}
          />
          <Text className='dash__date-sep'>—</Text>
          <DateField
            value={props.custom.to}
            label={t('dash.to')}
            onChange={(to) => props.onCustom({ ...props.custom, to })}
          />
        </View>
      )}
      {problem ? (
        <Text className='dash__problem'>{t(problem === 'order' ? 'dash.orderProblem' : 'dash.lengthProblem')}</Text>
      ) : (
        <Text className='dash__range'>
          {t('dash.range', { from: date(props.period.from), to: date(props.period.to) })}
        </Text>
      )}
      <EventField eventId={props.eventId} onChange={props.onEvent} />
    </View>
  )
}
