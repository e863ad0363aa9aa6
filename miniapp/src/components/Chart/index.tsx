import { useEffect, useRef } from 'react'
import Taro from '@tarojs/taro'
import { Canvas, View } from '@tarojs/components'
import UCharts from '@qiun/ucharts'
import './Chart.scss'

/** One value of a series; a colour of its own when the bars of one series differ (a funnel's stages). */
export type ChartValue = number | { value: number; color: string }

export interface ChartSeries {
  name: string
  data: ChartValue[]
  color?: string
}

export interface ChartProps {
  /** Unique on the page (the canvas is found by it on weapp). */
  id: string
  /** Horizontal bars (labels on the left, one row per category) or vertical columns. */
  type: 'bar' | 'column'
  categories: string[]
  series: ChartSeries[]
  /** CSS pixels; the width is the container's. */
  height: number
  /** Show the series names under the chart (for more than one series). */
  legend?: boolean
  /** What the chart shows, read out by screen readers on H5. */
  label: string
}

type Drawable = Omit<ChartProps, 'id' | 'label'>

const FONT_COLOR = '#5b6577'
const GRID_COLOR = '#e6e9f0'

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

/** uCharts options for a chart of `width` × `height` CSS pixels drawn at `ratio` device pixels per CSS pixel. */
function chartOptions(props: Drawable, context: unknown, width: number, height: number, ratio: number) {
  const horizontal = props.type === 'bar'
  const axis = countAxis(props.series)
  return {
    type: props.type,
    context,
    canvas2d: true,
    width: width * ratio,
    height: height * ratio,
    pixelRatio: ratio,
    animation: false,
    background: '#FFFFFF',
    // top, right (room for the value after the longest bar), bottom, left
    padding: [8, horizontal ? 36 : 12, 4, 4],
    fontSize: 12,
    fontColor: FONT_COLOR,
    dataLabel: true,
    categories: props.categories,
    series: props.series,
    legend: { show: props.legend === true, fontColor: FONT_COLOR, itemGap: 16 },
    xAxis: horizontal
      ? { boundaryGap: 'justify', gridColor: GRID_COLOR, min: 0, max: axis.max, splitNumber: axis.splitNumber, axisLine: false, fontColor: FONT_COLOR }
      : { disableGrid: true, fontColor: FONT_COLOR },
    yAxis: horizontal
      ? { disableGrid: true, fontColor: FONT_COLOR }
      : { gridColor: GRID_COLOR, splitNumber: axis.splitNumber, data: [{ min: 0, max: axis.max, fontColor: FONT_COLOR }] },
    extra: {
      bar: { type: 'group', width: 16, seriesGap: 2, categoryGap: 4, barBorderRadius: [4, 4, 4, 4] },
      column: { type: 'group', width: 20, seriesGap: 2, barBorderRadius: [4, 4, 0, 0] }
    }
  }
}

/** Clears the canvas and draws the chart on it (every redraw is a fresh chart: the data are small). */
function paint(context: CanvasRenderingContext2D, props: Drawable, width: number, height: number, ratio: number): void {
  context.clearRect(0, 0, width * ratio, height * ratio)
  new UCharts(chartOptions(props, context, width, height, ratio))
}

/** weapp: the Canvas node (type 2d) by id, sized to its box at the device's pixel ratio, then drawn. */
function paintWeapp(id: string, props: Drawable): void {
  Taro.createSelectorQuery()
    .select(`#${id}`)
    .fields({ node: true, size: true })
    .exec((res: Array<{ node?: Taro.Canvas; width?: number; height?: number } | null>) => {
      const found = res?.[0]
      if (!found?.node || !found.width) return
      const ratio = Taro.getSystemInfoSync().pixelRatio || 2
      const canvas = found.node
      canvas.width = found.width * ratio
      canvas.height = props.height * ratio
      paint(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, props, found.width, props.height, ratio)
    })
}

/** H5: a plain canvas element sized to its box. */
function paintH5(canvas: HTMLCanvasElement, props: Drawable): void {
  const width = canvas.getBoundingClientRect().width
  const context = canvas.getContext('2d')
  if (!width || !context) return
  const ratio = window.devicePixelRatio || 1
  canvas.width = Math.round(width * ratio)
  canvas.height = Math.round(props.height * ratio)
  paint(context, props, width, props.height, ratio)
}

/**
 * A bar or column chart on a canvas, drawn with uCharts: a Canvas of type 2d on weapp (found with a selector
 * query once rendered), a plain canvas element on H5 (redrawn when the window is resized). Static: the numbers
 * also stand in a table next to each chart, so nothing is lost without touch interaction.
 */
export function Chart({ id, label, ...drawable }: ChartProps) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null)
  const latest = useRef(drawable)
  latest.current = drawable
  // Redraw only when what is drawn changes, not on every render of the page.
  const signature = JSON.stringify(drawable)

  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') {
      const canvas = canvasRef.current
      if (!canvas) return undefined
      paintH5(canvas, latest.current)
      let timer: ReturnType<typeof setTimeout> | undefined
      const onResize = () => {
        clearTimeout(timer)
        timer = setTimeout(() => paintH5(canvas, latest.current), 150)
      }
      window.addEventListener('resize', onResize)
      return () => {
        clearTimeout(timer)
        window.removeEventListener('resize', onResize)
      }
    }
    // The native node exists once this render has reached the view layer.
    Taro.nextTick(() => paintWeapp(id, latest.current))
    return undefined
  }, [id, signature])

  const style = { height: `${drawable.height}px` }
  return (
    <View className='chart' style={style}>
      {process.env.TARO_ENV === 'h5' ? (
        <canvas ref={canvasRef} id={id} className='chart__canvas' style={style} role='img' aria-label={label} />
      ) : (
        <Canvas type='2d' id={id} className='chart__canvas' style={style} />
      )}
    </View>
  )
}
