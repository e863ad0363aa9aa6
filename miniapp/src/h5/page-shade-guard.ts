import Taro from '@tarojs/taro'

/** Taro's H5 page transition: 300 ms slide after a 50 ms delay (router defaults), plus a margin. */
const TRANSITION_SETTLED_MS = 420

/**
 * H5 only. Taro's router hides the page under a newly opened one with a timer that fires when the slide-in ends.
 * Leaving the new page before that (a quick back, a tab switch right after signing in) shows the old page again,
 * and the late timer then hides it: a blank screen until the next navigation. After each route change settles,
 * the page that is current is made visible again if that happened.
 */
export function installPageShadeGuard(): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  Taro.eventCenter.on('__afterTaroRouterChange', () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      const path = Taro.getCurrentInstance().page?.path
      const el = path ? document.getElementById(path) : null
      if (el?.classList.contains('taro_page_shade')) el.classList.remove('taro_page_shade')
    }, TRANSITION_SETTLED_MS)
  })
}
