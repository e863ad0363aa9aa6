import type { Locale } from '@ihaigui/shared'

/**
 * Amounts are stored in whole yuan. People type them in 万元 in Chinese (a financing need of "500" means
 * ¥5,000,000) and in yuan in English; these convert between the typed text and yuan.
 */
export type AmountUnit = 'wan' | 'yuan'

const YUAN_PER_WAN = 10_000

export function amountUnit(locale: Locale): AmountUnit {
  return locale === 'en' ? 'yuan' : 'wan'
}

/** Typed text → yuan: blank → null; not a number → NaN (the form then says "enter a number"). */
export function yuanFromText(text: string, unit: AmountUnit): number | null {
  const trimmed = text.trim().replace(/[,，\s]/g, '')
  if (trimmed === '') return null
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return Number.NaN
  const value = Number(trimmed)
  return unit === 'wan' ? Math.round(value * YUAN_PER_WAN) : value
}

/** Yuan → the text shown in the input in that unit ('' for none). */
export function textFromYuan(yuan: number | null, unit: AmountUnit): string {
  if (yuan === null || Number.isNaN(yuan)) return ''
  if (unit === 'yuan') return String(yuan)
  const wan = yuan / YUAN_PER_WAN
  return Number.isInteger(wan) ? String(wan) : String(Number(wan.toFixed(4)))
}

/** The form keeps an amount as text in yuan: '' for none, 'NaN' when what was typed is not a number. */
export function yuanValue(text: string): number | null {
  return text === '' ? null : Number(text)
}
