import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Canvas, View } from '@tarojs/components'
import UCharts from '@qiun/ucharts'
import { countAxis, type ChartSeries } from './axis'
import './Chart.scss'

export type { ChartSeries, ChartValue } from './axis'

export interface ChartProps {
  /** Unique on the page (the canvas is found by it on weapp). */
  id: string
  /** Horizontal bars (labels on the left, one row per category) or vertical columns. */
  type: 'bar' | 'column'
  categories: string[]
  series: ChartSeries[]
  /** On the 750-wide design, like every other size in the app's styles; the width is the container's. */
  height: number
  /** Show the series names under the chart (for more than one series). */
  legend?: boolean
  /** What the chart shows, read out by screen readers on H5. */
  label: string
}

type Drawable = Omit<ChartProps, 'id' | 'label'>

/** Where the chart is drawn: CSS size, device pixels per CSS pixel, and how the page is scaled. */
interface Surface {
  width: number
  height: number
  pixelRatio: number
  /** CSS pixels per design pixel (0.5 on a 375-wide phone; more on a desktop browser, whose text is larger). */
  scale: number
}

const FONT_COLOR = '#5b6577'
const GRID_COLOR = '#e6e9f0'

/** CSS pixels per design pixel: what Taro's px → rem (H5) or rpx (weapp) conversion gives the rest of the page. */
function designScale(): number {
  if (process.env.TARO_ENV === 'h5') {
    // Taro's H5 rem is 40 design px; the root font size follows the window (h5/root-font-size.ts).
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize)
    return root > 0 ? root / 40 : 0.5
  }
  return (Taro.getSystemInfoSync().windowWidth || 375) / 750
}

/**
 * uCharts options. Its sizes (font, padding, bar width) are CSS pixels of a 375-wide phone multiplied by its
 * `pixelRatio`: passing device pixels × the page's scale keeps them in step with the text around the chart.
 */
function chartOptions(props: Drawable, context: unknown, surface: Surface) {
  const horizontal = props.type === 'bar'
  const axis = countAxis(props.series)
  return {
    type: props.type,
    context,
    canvas2d: true,
    width: surface.width * surface.pixelRatio,
    height: surface.height * surface.pixelRatio,
    pixelRatio: surface.pixelRatio * surface.scale * 2,
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
      ? {
          boundaryGap: 'justify',
          gridColor: GRID_COLOR,
          min: 0,
          max: axis.max,
          splitNumber: axis.splitNumber,
          axisLine: false,
          fontColor: FONT_COLOR
        }
      : { disableGrid: true, fontColor: FONT_COLOR },
    yAxis: horizontal
      ? { disableGrid: true, fontColor: FONT_COLOR }
      : {
          gridColor: GRID_COLOR,
          splitNumber: axis.splitNumber,
          data: [{ min: 0, max: axis.max, fontColor: FONT_COLOR }]
        },
    extra: {
      bar: { type: 'group', width: 16, seriesGap: 2, categoryGap: 4, barBorderRadius: [4, 4, 4, 4] },
      column: { type: 'group', width: 20, seriesGap: 2, barBorderRadius: [4, 4, 0, 0] }
    }
  }
}

/** Category names longer than `maxWidth` (device pixels at `font`) end in an ellipsis; the tables keep them whole. */
function shortenLabels(context: CanvasRenderingContext2D, labels: string[], font: string, maxWidth: number): string[] {
  context.font = font
  return labels.map((label) => {
    if (context.measureText(label).width <= maxWidth) return label
    let cut = label
    while (cut.length > 1 && context.measureText(`${cut}…`).width > maxWidth) cut = cut.slice(0, -1)
    return `${cut.trimEnd()}…`
  })
}

/** A drawing under way: uCharts draws in a timer after it is created, even without animation. */
interface Drawing {
  addEventListener(type: 'renderComplete', listener: () => void): void
}

/**
 * Clears the canvas and draws the chart on it (every redraw is a fresh chart: the data are small). The drawing ends
 * in a later timer; `onDrawn` runs then.
 */
function paint(
  context: CanvasRenderingContext2D,
  props: Drawable,
  surface: Surface,
  onDrawn: () => void = () => undefined
): Drawing {
  const width = surface.width * surface.pixelRatio
  context.clearRect(0, 0, width, surface.height * surface.pixelRatio)
  // Horizontal bars keep at least two thirds of the width for themselves.
  const categories =
    props.type === 'bar'
      ? shortenLabels(
          context,
          props.categories,
          `${12 * surface.pixelRatio * surface.scale * 2}px sans-serif`,
          width / 3
        )
      : props.categories
  const drawing = new UCharts(chartOptions({ ...props, categories }, context, surface)) as unknown as Drawing
  drawing.addEventListener('renderComplete', onDrawn)
  return drawing
}

/** weapp: the Canvas node (type 2d) by id, sized to its box at the device's pixel ratio, then drawn. */
function paintWeapp(id: string, props: Drawable, scale: number): void {
  Taro.createSelectorQuery()
    .select(`#${id}`)
    .fields({ node: true, size: true })
    .exec((res: Array<{ node?: Taro.Canvas; width?: number; height?: number } | null>) => {
      const found = res?.[0]
      if (!found?.node || !found.width || !found.height) return
      const surface = {
        width: found.width,
        height: found.height,
        pixelRatio: Taro.getSystemInfoSync().pixelRatio || 2,
        scale
      }
      const canvas = found.node
      canvas.width = Math.round(surface.width * surface.pixelRatio)
      canvas.height = Math.round(surface.height * surface.pixelRatio)
      paint(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, props, surface)
    })
}

/** The drawing last started on each H5 canvas (timers run in order: an older drawing finishes first, then this one). */
const drawings = new WeakMap<HTMLCanvasElement, Drawing>()

/**
 * H5: a plain canvas element sized to its box. While a drawing is under way the canvas has no `data-drawn`; it gets
 * one when the chart is on it (what browser tests wait for, and what a reader of the page can rely on).
 */
function paintH5(canvas: HTMLCanvasElement, props: Drawable, scale: number): void {
  const { width, height } = canvas.getBoundingClientRect()
  const context = canvas.getContext('2d')
  if (!width || !height || !context) return
  canvas.removeAttribute('data-drawn')
  const surface = { width, height, pixelRatio: window.devicePixelRatio || 1, scale }
  canvas.width = Math.round(width * surface.pixelRatio)
  canvas.height = Math.round(height * surface.pixelRatio)
  const drawing = paint(context, props, surface, () => {
    if (drawings.get(canvas) === drawing) canvas.setAttribute('data-drawn', 'true')
  })
  drawings.set(canvas, drawing)
}

/**
 * A bar or column chart on a canvas, drawn with uCharts: a Canvas of type 2d on weapp (found with a selector
 * query once rendered), a plain canvas element on H5 (redrawn when the window is resized). Static: the numbers
 * also stand in a table next to each chart, so nothing is lost without touch interaction.
 */
export function Chart({ id, label, ...drawable }: ChartProps) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null)
  const [scale, setScale] = useState(designScale)
  const latest = useRef(drawable)
  latest.current = drawable
  // Redraw only when what is drawn changes, not on every render of the page.
  const signature = JSON.stringify(drawable)

  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return undefined
    let timer: ReturnType<typeof setTimeout> | undefined
    const onResize = () => {
      clearTimeout(timer)
      // After h5/root-font-size.ts has followed the window (it settles within 500 ms).
      timer = setTimeout(() => {
        const next = designScale()
        // A new scale re-renders (new height) and repaints; a new width alone only repaints.
        setScale((current) => {
          if (current === next && canvasRef.current) paintH5(canvasRef.current, latest.current, next)
          return next
        })
      }, 600)
    }
    window.addEventListener('resize', onResize)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('resize', onResize)
    }
  }, [])

  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') {
      if (canvasRef.current) paintH5(canvasRef.current, latest.current, scale)
      return
    }
    // The native node exists once this render has reached the view layer.
    Taro.nextTick(() => paintWeapp(id, latest.current, scale))
  }, [id, signature, scale])

  const style = { height: `${Math.round(drawable.height * scale)}px` }
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
