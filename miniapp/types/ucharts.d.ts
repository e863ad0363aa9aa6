/** The parts of uCharts (@qiun/ucharts, plain JS) that components/Chart uses. */
declare module '@qiun/ucharts' {
  export interface UChartsOptions {
    type: string
    /** A canvas 2D context (the standard one on H5, a Canvas node's on weapp). */
    context: unknown
    /** Device pixels. */
    width: number
    height: number
    pixelRatio?: number
    canvas2d?: boolean
    categories?: string[]
    series: unknown[]
    [option: string]: unknown
  }

  export default class UCharts {
    constructor(options: UChartsOptions)
  }
}
