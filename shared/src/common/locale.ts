import { z } from 'zod';

/** Locales the whole product speaks. Chinese is the source language; English falls back to it. */
export const LOCALES = ['zh-CN', 'en'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** A pair of texts for one label: every enum value and error code has one. */
export interface Bilingual {
  zh: string;
  en: string;
}

export function pickLabel(label: Bilingual, locale: Locale): string {
  return locale === 'en' ? label.en : label.zh;
}

/**
 * Chooses the English variant of a field when the locale is English and the variant is filled in,
 * otherwise the Chinese original — content written only in Chinese still shows in the English UI.
 */
export function pickLocalized(zh: string, en: string | null | undefined, locale: Locale): string {
  if (locale === 'en' && en && en.trim().length > 0) return en;
  return zh;
}

/** Maps an Accept-Language header (or a stored preference) to a supported locale. */
export function resolveLocale(input: string | null | undefined): Locale {
  if (!input) return DEFAULT_LOCALE;
  const first = input.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : DEFAULT_LOCALE;
}
