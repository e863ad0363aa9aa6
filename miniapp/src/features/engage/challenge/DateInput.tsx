import { Picker, Text, View } from '@tarojs/components'
import { useI18n } from '@/i18n'
import { usePickerText } from '@/hooks/usePickerText'

/** A calendar date within bounds: the browser's date input on H5, the native date picker on weapp. */
export function DateInput({
  value,
  onChange,
  name,
  min,
  max
}: {
  /** "YYYY-MM-DD". */
  value: string
  onChange: (value: string) => void
  name: string
  min?: string
  max?: string
}) {
  const { t, date } = useI18n()
  const pickerText = usePickerText()
  if (process.env.TARO_ENV === 'h5') {
    return (
      <input
        className='ch-date__native'
        type='date'
        name={name}
        value={value}
        min={min}
        max={max}
        onChange={(e) => onChange(e.target.value)}
      />
    )
  }
  return (
    <Picker
      textProps={pickerText}
      mode='date'
      value={value}
      start={min}
      end={max}
      onChange={(e) => onChange(String(e.detail.value))}
    >
      <View className='ch-date__field'>
        <Text className={value ? 'ch-date__value' : 'ch-date__placeholder'}>
          {value ? date(value) : t('common.choose')}
        </Text>
      </View>
    </Picker>
  )
}
