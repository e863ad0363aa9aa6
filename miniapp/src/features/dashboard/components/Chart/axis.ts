/** One value of a series; a colour of its own when the bars of one series differ (a funnel's stages). */
export type ChartValue = number | { value: number; color: string }

export interface ChartSeries {
  name: string
  data: ChartValue[]
  color?: string
}

const valueOf = (v: ChartValue) => (typeof v === 'number' ? v : v.value)

/**
 * A value axis of whole numbers from 0: a round step (1, 2, 5, 10, 20, 50…) and at most five divisions, so the
 * ticks read 0, 2, 4… rather than 0, 1.40, 2.80.
 */
export function countAxis(series: ChartSeries[]): { max: number; splitNumber: number } {
  const top = Math.max(0, ...series.flatMap((s) => s.data.map(valueOf)))
  const rough = top / 5
  let magnitude = 1
  while (magnitude * 10 <= rough) magnitude *= 10
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough) ?? magnitude * 10
  const splitNumber = Math.max(1, Math.ceil(top / step))
  return { max: splitNumber * step, splitNumber }
}
