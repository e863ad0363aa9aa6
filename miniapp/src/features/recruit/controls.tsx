import { useState } from 'react'
import { Input, Picker, Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { useI18n } from '@/i18n'
import { usePickerText } from '@/hooks/usePickerText'

interface DateInputProps {
  /** "YYYY-MM-DD". */
  value: string
  onChange: (value: string) => void
  name: string
  min?: string
  max?: string
}

/** A calendar date within bounds: the browser's date input on H5, the native date picker on weapp. */
export function DateInput({ value, onChange, name, min, max }: DateInputProps) {
  const { t, date } = useI18n()
  const pickerText = usePickerText()
  return (
    <View className='rc-date'>
      {process.env.TARO_ENV === 'h5' ? (
        <input
          className='rc-date__native'
          type='date'
          name={name}
          value={value}
          min={min}
          max={max}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <Picker
          textProps={pickerText}
          mode='date'
          value={value}
          start={min}
          end={max}
          onChange={(e) => onChange(String(e.detail.value))}
        >
          <View className='rc-date__field'>
            <Text className={value ? 'rc-date__value' : 'rc-date__placeholder'}>
              {value ? date(value) : t('common.choose')}
            </Text>
          </View>
        </Picker>
      )}
    </View>
  )
}

interface TagsInputProps {
  values: readonly string[]
  onChange: (values: string[]) => void
  name: string
  placeholder: string
  max: number
  maxLength: number
}

/** A short list of free-text tags: type one, add it; tap × to remove. */
export function TagsInput({ values, onChange, name, placeholder, max, maxLength }: TagsInputProps) {
  const { t } = useI18n()
  const [draft, setDraft] = useState('')
  const full = values.length >= max
  const add = () => {
    const text = draft.trim()
    if (!text || full) return
    if (!values.includes(text)) onChange([...values, text])
    setDraft('')
  }
  return (
    <View className='rc-tags'>
      {values.length > 0 && (
        <View className='rc-tags__list'>
          {values.map((value) => (
            <Tag
              key={value}
              className='rc-tags__tag'
              type='primary'
              plain
              closeable
              onClose={() => onChange(values.filter((v) => v !== value))}
            >
              {value}
            </Tag>
          ))}
        </View>
      )}
      {!full && (
        <View className='rc-tags__entry'>
          <Input
            className='rc-tags__input'
            name={name}
            value={draft}
            placeholder={placeholder}
            maxlength={maxLength}
            confirmType='done'
            onInput={(e) => setDraft(e.detail.value)}
            onConfirm={add}
          />
          <Text className={`rc-tags__add${draft.trim() ? '' : ' rc-tags__add--off'}`} onClick={add}>
            {t('recruit.form.addTag')}
          </Text>
        </View>
      )}
    </View>
  )
}

/** A label and its value on one line. */
export function InfoRow({ label, value }: { label: string; value: string }) {
  return (
    <View className='rc-row'>
      <Text className='rc-row__label'>{label}</Text>
      <Text className='rc-row__value'>{value}</Text>
    </View>
  )
}
