/**
 * H5 only: sets the root font size Taro's px→rem conversion is built on (40px per 750 design px of the viewport's
 * short side, clamped to 20–40px). Taro normally inlines this script in index.html, but the API server that
 * serves the H5 app sends `Content-Security-Policy: script-src 'self'`, which blocks inline scripts; so it runs
 * from the bundle instead, before the first render.
 */
export function installRootFontSize(): void {
  const apply = () => {
    const root = document.documentElement
    const { width, height } = root.getBoundingClientRect()
    const sides = [width, height].filter((v) => v > 0)
    if (sides.length === 0) return
    const size = (40 * Math.min(...sides)) / 750
    root.style.fontSize = `${Math.min(40, Math.max(20, size))}px`
  }
  window.addEventListener('resize', () => {
    apply()
    setTimeout(apply, 500)
  })
  apply()
}
