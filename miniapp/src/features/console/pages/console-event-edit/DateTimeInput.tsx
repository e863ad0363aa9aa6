import { Picker, Text, View } from '@tarojs/components'
import { useI18n } from '@/i18n'
import { splitWallClock } from './event-form'
import { usePickerText } from '@/hooks/usePickerText'

/**
 * A date and a time on Beijing time, as "YYYY-MM-DD HH:mm". H5 (staff mostly work on a desktop): the browser's date
 * and time inputs, usable with mouse and keyboard; weapp: the native date and time pickers.
 */
export function DateTimeInput({
  value,
  onChange,
  name
}: {
  value: string
  onChange: (value: string) => void
  name: string
}) {
  const { t, date: formatDay } = useI18n()
  const pickerText = usePickerText()
  const { date, time } = splitWallClock(value)
  const set = (nextDate: string, nextTime: string) => onChange(nextDate || nextTime ? `${nextDate} ${nextTime}` : '')
  if (process.env.TARO_ENV === 'h5') {
    return (
      <View className='console-when'>
        <input
          className='console-when__native'
          type='date'
          name={`${name}Date`}
          value={date}
          onChange={(e) => set(e.target.value, time)}
        />
        <input
          className='console-when__native'
          type='time'
          name={`${name}Time`}
          value={time}
          step={300}
          onChange={(e) => set(date, e.target.value)}
        />
      </View>
    )
  }
  return (
    <View className='console-when'>
      <Picker textProps={pickerText} mode='date' value={date} onChange={(e) => set(String(e.detail.value), time)}>
        <View className='console-when__field'>
          <Text className={date ? '' : 'console-when__placeholder'}>
            {date ? formatDay(`${date}T00:00:00+08:00`) : t('console.form.pickDate')}
          </Text>
        </View>
      </Picker>
      <Picker textProps={pickerText} mode='time' value={time} onChange={(e) => set(date, String(e.detail.value))}>
        <View className='console-when__field'>
          <Text className={time ? '' : 'console-when__placeholder'}>{time || t('console.form.pickTime')}</Text>
        </View>
      </Picker>
    </View>
  )
}
