import { useState, type PropsWithChildren, type ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { ActionSheet, Input, Switch, TextArea } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/actionsheet/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import type { FieldError } from '@/forms/validation'
import { useI18n } from '@/i18n'
import './Form.scss'

/** The text of a field error in the language showing now. */
export function useErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t } = useI18n()
  return (error) => (error ? ('text' in error ? error.text : t(error.key, error.params)) : undefined)
}

interface FieldFrame {
  label: string
  /** Marks the field "optional" when false. */
  required?: boolean
  error?: FieldError
  hint?: string
}

/** Label above, control, then the error (or a hint) under the field. */
export function FormField({ label, required = true, error, hint, children }: PropsWithChildren<FieldFrame>) {
  const { t } = useI18n()
  const errorText = useErrorText()(error)
  return (
    <View className={`form-field${error ? ' form-field--error' : ''}`}>
      <View className='form-field__label'>
        <Text>{label}</Text>
        {!required && <Text className='form-field__optional'>{t('common.optional')}</Text>}
      </View>
      <View className='form-field__control'>{children}</View>
      {errorText ? (
        <Text className='form-field__error'>{errorText}</Text>
      ) : hint ? (
        <Text className='form-field__hint'>{hint}</Text>
      ) : null}
    </View>
  )
}

interface TextFieldProps extends FieldFrame {
  value: string
  onChange: (value: string) => void
  placeholder?: string
  type?: 'text' | 'password' | 'number' | 'digit' | 'tel'
  maxLength?: number
  /** Form-field name, also the input's name on H5 (browser tests and autofill find it by name). */
  name: string
}

export function TextField({ value, onChange, placeholder, type = 'text', maxLength, name, ...frame }: TextFieldProps) {
  return (
    <FormField {...frame}>
      <Input
        className='form-field__input'
        name={name}
        value={value}
        type={type}
        // Always set: NutUI's default placeholder is a Chinese "please enter" whatever the UI language.
        placeholder={placeholder ?? ''}
        maxLength={maxLength ?? 140}
        onChange={onChange}
      />
    </FormField>
  )
}

interface TextAreaFieldProps extends FieldFrame {
  value: string
  onChange: (value: string) => void
  placeholder?: string
  maxLength?: number
  rows?: number
  name: string
}

export function TextAreaField({
  value,
  onChange,
  placeholder,
  maxLength = -1,
  rows = 4,
  name,
  ...frame
}: TextAreaFieldProps) {
  return (
    <FormField {...frame}>
      <TextArea
        className='form-field__textarea'
        name={name}
        value={value}
        placeholder={placeholder ?? ''}
        maxLength={maxLength}
        rows={rows}
        autoSize
        onChange={onChange}
      />
    </FormField>
  )
}

export interface SelectOption<V extends string> {
  value: V
  label: string
}

interface SelectFieldProps<V extends string> extends FieldFrame {
  value: V | ''
  options: readonly SelectOption<V>[]
  onChange: (value: V) => void
  placeholder?: string
  /** The form field's name (from the form's `field(name)`); the sheet has no input to carry it. */
  name?: string
}

/**
 * A choice from a short list: the current label, and a sheet listing the options. (A sheet of taps rather than
 * NutUI's Picker, whose rollers only follow touch events and cannot be turned with a mouse on desktop H5.)
 */
export function SelectField<V extends string>({
  value,
  options,
  onChange,
  placeholder,
  name: _name,
  ...frame
}: SelectFieldProps<V>) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const current = options.find((o) => o.value === value)
  return (
    <FormField {...frame}>
      <View
        className='form-field__select'
        hoverClass='form-field__select--pressed'
        // H5: a button the keyboard reaches and opens (Enter or Space), named by the field's label and its value.
        {...(process.env.TARO_ENV === 'h5'
          ? {
              role: 'button',
              tabIndex: 0,
              'aria-haspopup': 'dialog',
              'aria-label': `${frame.label}: ${current ? current.label : (placeholder ?? t('common.choose'))}`,
              onKeyDown: (event: KeyboardEvent) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault()
                  setOpen(true)
                }
              }
            }
          : {})}
        onClick={() => setOpen(true)}
      >
        <Text className={current ? 'form-field__select-value' : 'form-field__select-placeholder'}>
          {current ? current.label : (placeholder ?? t('common.choose'))}
        </Text>
        <Text className='form-field__arrow'>›</Text>
      </View>
      <ActionSheet
        visible={open}
        title={frame.label}
        className='form-field__sheet'
        options={options.map((o) => ({ name: o.label }))}
        cancelText={t('common.cancel')}
        onSelect={(_item, index) => {
          setOpen(false)
          const picked = options[index]
          if (picked) onChange(picked.value)
        }}
        onCancel={() => setOpen(false)}
      />
    </FormField>
  )
}

interface SwitchFieldProps {
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  hint?: string
}

export function SwitchField({ label, checked, onChange, hint }: SwitchFieldProps) {
  return (
    <View className='form-field form-field--inline'>
      <View className='form-field__inline-text'>
        <Text className='form-field__label'>{label}</Text>
        {hint && <Text className='form-field__hint'>{hint}</Text>}
      </View>
      <Switch checked={checked} onChange={onChange} />
    </View>
  )
}

/** A titled card grouping fields. */
export function FormSection({ title, children }: PropsWithChildren<{ title?: string }>) {
  return (
    <View className='form-section'>
      {title && <Text className='form-section__title'>{title}</Text>}
      {children}
    </View>
  )
}

/** A message about the whole form (a failed submission), above the submit button. */
export function FormMessage({
  children,
  tone = 'error'
}: {
  children: ReactNode
  tone?: 'error' | 'info' | 'success'
}) {
  if (!children) return null
  return (
    <View className={`form-message form-message--${tone}`}>
      <Text>{children}</Text>
    </View>
  )
}
