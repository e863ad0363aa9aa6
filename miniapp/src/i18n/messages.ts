import type { Locale } from '@ihaigui/shared'
import { en } from './en'
import { zhCN, type MessageKey, type Messages } from './zh-CN'

export type { MessageKey, Messages }

export const MESSAGES: Record<Locale, Messages> = {
  'zh-CN': zhCN,
  en
}

export type MessageParams = Record<string, string | number>

/** Looks up a message and fills `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = MESSAGES[locale][key] ?? MESSAGES['zh-CN'][key] ?? key
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match
  )
}
