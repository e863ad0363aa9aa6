import { Input, Picker, Text, View } from '@tarojs/components'
import type { SelectOption } from '@/components/form/Form'
import { useI18n } from '@/i18n'
import { usePickerText } from '@/hooks/usePickerText'

interface ChoiceChipsProps<V extends string> {
  options: readonly SelectOption<V>[]
  selected: readonly V[]
  /** Tapping an option: the caller adds or removes it (several choices) or replaces the choice (one). */
  onToggle: (value: V) => void
  /** 'check': a ticked box before each label, for a short list of "any of these" options. */
  look?: 'chip' | 'check'
}

/** Options laid out as tappable chips; chosen ones are highlighted. */
export function ChoiceChips<V extends string>({ options, selected, onToggle, look = 'chip' }: ChoiceChipsProps<V>) {
  return (
    <View className={`sp-chips sp-chips--${look}`}>
      {options.map((option) => {
        const on = selected.includes(option.value)
        return (
          <View
            key={option.value}
            className={`sp-chip${on ? ' sp-chip--on' : ''}`}
            onClick={() => onToggle(option.value)}
          >
            {look === 'check' && <Text className='sp-chip__box'>{on ? '✓' : ''}</Text>}
            <Text className='sp-chip__label'>{option.label}</Text>
          </View>
        )
      })}
    </View>
  )
}

/** Adds or removes one value of a multiple choice, keeping the options' order. */
export function toggled<V extends string>(all: readonly V[], selected: readonly V[], value: V): V[] {
  const next = selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]
  return all.filter((v) => next.includes(v))
}

interface DateInputProps {
  /** "YYYY-MM-DD", or '' for none. */
  value: string
  onChange: (value: string) => void
  name: string
  placeholder: string
  /** Offer to clear the date (an optional date). */
  clearable?: boolean
}

/**
 * A calendar date. H5 (staff mostly work on a desktop): the browser's date input, usable with mouse and keyboard;
 * weapp: the native date picker.
 */
export function DateInput({ value, onChange, name, placeholder, clearable = false }: DateInputProps) {
  const { t, date } = useI18n()
  const pickerText = usePickerText()
  return (
    <View className='sp-date'>
      {process.env.TARO_ENV === 'h5' ? (
        <input
          className='sp-date__native'
          type='date'
          name={name}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <Picker textProps={pickerText} mode='date' value={value} onChange={(e) => onChange(String(e.detail.value))}>
          <View className='sp-date__field'>
            <Text className={value ? 'sp-date__value' : 'sp-date__placeholder'}>
              {value ? date(value) : placeholder}
            </Text>
          </View>
        </Picker>
      )}
      {clearable && value !== '' && (
        <Text className='sp-link sp-date__clear' onClick={() => onChange('')}>
          {t('sp.clearDate')}
        </Text>
      )}
    </View>
  )
}

interface YearsStepperProps {
  value: string
  onChange: (value: string) => void
  min: number
  max: number
  unit: string
  name: string
}

/** A whole number within bounds: type it, or step it with − and +. */
export function YearsStepper({ value, onChange, min, max, unit, name }: YearsStepperProps) {
  const current = Number.parseInt(value, 10)
  const valid = Number.isFinite(current)
  const step = (delta: number) => {
    const next = valid ? current + delta : delta > 0 ? min : max
    onChange(String(Math.min(max, Math.max(min, next))))
  }
  return (
    <View className='sp-stepper'>
      <Text
        className={`sp-stepper__btn${valid && current <= min ? ' sp-stepper__btn--off' : ''}`}
        onClick={() => step(-1)}
      >
        −
      </Text>
      <Input
        className='sp-stepper__input'
        name={name}
        type='number'
        value={value}
        maxlength={3}
        onInput={(e) => onChange(e.detail.value)}
      />
      <Text
        className={`sp-stepper__btn${valid && current >= max ? ' sp-stepper__btn--off' : ''}`}
        onClick={() => step(1)}
      >
        +
      </Text>
      <Text className='sp-stepper__unit'>{unit}</Text>
    </View>
  )
}
