import { useState } from 'react'
import { Text, View } from '@tarojs/components'

const IS_H5 = process.env.TARO_ENV === 'h5'

export interface Choice<V extends string | number> {
  value: V
  label: string
  /** What is shown instead of the label (the label is still what a screen reader says). */
  display?: string
}

let groups = 0

/**
 * A row of radio buttons (answer language, resolved yes/no, 1–5 stars): each is reachable with Tab and chosen with
 * Enter or Space, the arrow keys move the choice along the row, and the choice is never shown by colour alone.
 */
export function ChoiceGroup<V extends string | number>({
  label,
  value,
  options,
  onChange,
  className,
  name
}: {
  label: string
  value: V | null
  options: readonly Choice<V>[]
  onChange: (value: V) => void
  className?: string
  /** Lets a test find the group. */
  name: string
}) {
  const [labelId] = useState(() => `desk-choice-${name}-${++groups}`)
  const onKey = (event: KeyboardEvent, index: number) => {
    let target = index
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') target = (index + 1) % options.length
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp')
      target = (index - 1 + options.length) % options.length
    else if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    onChange(options[target].value)
    const el = (event.currentTarget as HTMLElement | null)?.parentElement?.children[target]
    if (target !== index && el instanceof HTMLElement) el.focus()
  }
  return (
    <View className={`desk-choice ${className ?? ''}`}>
      <Text className='desk-choice__label' id={labelId}>
        {label}
      </Text>
      <View
        className='desk-choice__row'
        data-name={name}
        {...(IS_H5 ? { role: 'radiogroup', 'aria-labelledby': labelId } : { ariaRole: 'radiogroup', ariaLabel: label })}
      >
        {options.map((option, index) => {
          const checked = option.value === value
          const a11y = IS_H5
            ? {
                role: 'radio',
                'aria-checked': checked ? 'true' : 'false',
                'aria-label': option.display ? option.label : undefined,
                tabIndex: checked || (value === null && index === 0) ? 0 : -1,
                onKeyDown: (event: KeyboardEvent) => onKey(event, index)
              }
            : { ariaRole: 'radio', ariaChecked: checked, ariaLabel: option.label }
          return (
            <View
              key={String(option.value)}
              className={`desk-choice__item${checked ? ' desk-choice__item--checked' : ''}`}
              {...a11y}
              onClick={() => onChange(option.value)}
            >
              {option.display === undefined ? (
                <Text className='desk-choice__mark' aria-hidden>
                  {checked ? '●' : '○'}
                </Text>
              ) : null}
              <Text>{option.display ?? option.label}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
