import { DASHBOARD_MAX_DAYS, type Dashboard } from '@ihaigui/shared'
import { beijingParts } from '@/i18n/format'

/* The dashboard's period (local days in the city, like the server's) and the figures derived from a funnel. */

export const PERIOD_PRESETS = ['month', 'last30', 'year', 'custom'] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]

export interface Period {
  from: string
  to: string
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/** Today's date in the city (YYYY-MM-DD), whatever the device's time zone. */
export function cityToday(now: number = Date.now()): string {
  const { year, month, day } = beijingParts(now)
  return `${year}-${pad2(month)}-${pad2(day)}`
}

/** A date plus whole days. */
export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** The period a preset stands for, ending today; `custom` starts as this month. */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  switch (preset) {
    case 'last30':
      return { from: shiftDate(today, -29), to: today }
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today }
    default:
      return { from: `${today.slice(0, 7)}-01`, to: today }
  }
}

/** What is wrong with a custom period, if anything (the server refuses the same). */
export function periodProblem(period: Period): 'order' | 'length' | null {
  if (period.from > period.to) return 'order'
  const days = (Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000
  return days > DASHBOARD_MAX_DAYS ? 'length' : null
}

/** 0.625 → "62.5%" (one decimal, as the export's cells show it); null → "—". */
export function percentText(ratio: number | null): string {
  return ratio === null ? '—' : `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`
}

/** 6000000 → "6,000,000" (yuan, in both languages, as the export formats them). */
export function amountText(yuan: number): string {
  return String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** Nothing happened in the period: no stage, landing, breakdown or activity counted. */
export function isEmptyDashboard(d: Dashboard): boolean {
  return (
    d.funnel.every((r) => r.count === 0) &&
    d.activity.every((r) => r.count === 0) &&
    d.byRegion.length === 0 &&
    d.byDistrict.length === 0
  )
}
