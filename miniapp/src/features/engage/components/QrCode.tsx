import { useMemo } from 'react'
import { View } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import './QrCode.scss'

/** Light modules around the code that scanners need to find it (the standard's quiet zone). */
export const QUIET_ZONE = 4

/** The dark/light modules of a QR code of `text` (byte mode, error correction M, smallest version that fits). */
export function qrMatrix(text: string): boolean[][] {
  const code = qrcode(0, 'M')
  code.addData(text)
  code.make()
  const n = code.getModuleCount()
  return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => code.isDark(row, col)))
}

/** A row as runs of equal modules, so a row is a few views rather than one per module. */
function runsOf(row: readonly boolean[]): { dark: boolean; length: number }[] {
  const runs: { dark: boolean; length: number }[] = []
  for (const dark of row) {
    const last = runs[runs.length - 1]
    if (last && last.dark === dark) last.length += 1
    else runs.push({ dark, length: 1 })
  }
  return runs
}

const percent = (part: number, whole: number) => `${(part / whole) * 100}%`

/**
 * A QR code drawn with views — the same on weapp and H5, with no canvas. It fills the width of its container as a
 * square, the quiet zone included; sizes are fractions of it, so the container's style sets how big it shows.
 */
export function QrCode({ value, label }: { value: string; label: string }) {
  const matrix = useMemo(() => qrMatrix(value), [value])
  const n = matrix.length
  return (
    <View className='qr' ariaRole='img' ariaLabel={label}>
      <View className='qr__square' style={{ padding: percent(QUIET_ZONE, n + 2 * QUIET_ZONE) }}>
        {matrix.map((row, r) => (
          <View key={r} className='qr__row' style={{ height: percent(1, n) }}>
            {runsOf(row).map((run, i) => (
              <View
                key={i}
                className={run.dark ? 'qr__run qr__run--dark' : 'qr__run'}
                style={{ width: percent(run.length, n) }}
              />
            ))}
          </View>
        ))}
      </View>
    </View>
  )
}
