import { useState } from 'react'
import { formatAmountYuan } from '@ihaigui/shared'
import { TextField } from '@/components/form/Form'
import type { FieldError } from '@/forms/validation'
import { useI18n } from '@/i18n'
import { amountUnit, textFromYuan, yuanFromText, yuanValue } from '@/features/projects/amount'

interface Props {
  name: string
  label: string
  /** Yuan as text ('' none, 'NaN' not a number): see amount.ts. */
  value: string
  onChange: (yuan: string) => void
  error?: FieldError
  required?: boolean
  hint?: string
}

/**
 * An amount of money typed in 万元 (Chinese) or yuan (English) and kept in yuan; under it, the amount as it will
 * be shown, so a slip of four zeros is seen before it is saved. Switching the language converts what is typed.
 */
export function AmountField({ name, label, value, onChange, error, required, hint }: Props) {
  const { t, locale } = useI18n()
  const unit = amountUnit(locale)
  const [shown, setShown] = useState(() => ({ unit, text: textFromYuan(yuanValue(value), unit) }))
  let text = shown.text
  if (shown.unit !== unit) {
    text = textFromYuan(yuanValue(value), unit)
    setShown({ unit, text })
  }
  const yuan = yuanValue(value)
  const preview =
    yuan !== null && Number.isFinite(yuan)
      ? t('pj.amountPreview', { amount: formatAmountYuan(yuan, locale) })
      : undefined
  return (
    <TextField
      name={name}
      type='digit'
      label={`${label}${t(unit === 'wan' ? 'pj.unitWan' : 'pj.unitYuan')}`}
      value={text}
      maxLength={14}
      required={required}
      error={error}
      hint={preview ?? hint}
      onChange={(next) => {
        setShown({ unit, text: next })
        const parsed = yuanFromText(next, unit)
        onChange(parsed === null ? '' : String(parsed))
      }}
    />
  )
}
