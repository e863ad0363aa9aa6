import Taro from '@tarojs/taro'
import { DEFAULT_LOCALE, type Locale } from '@ihaigui/shared'
import { PAGE_TITLE_KEYS, TAB_ORDER, TAB_TEXT_KEYS, isTabPage, pageFromPath, type PageName } from '@/routes'
import { translate } from './messages'

/*
 * "Chrome" = the parts of the screen the page does not render itself: the navigation bar title and the tab bar.
 * app.config.ts writes them in Chinese at build time; these helpers rewrite them for the current locale.
 */

/** Locale the tab bar texts are currently in (app.config.ts ships them in Chinese). */
let tabBarLocale: Locale = DEFAULT_LOCALE

/** Rewrites the five tab texts. Only possible while a tab page is showing (weapp refuses otherwise). */
export async function syncTabBar(locale: Locale): Promise<void> {
  if (tabBarLocale === locale) return
  try {
    await Promise.all(
      TAB_ORDER.map((tab, index) => Taro.setTabBarItem({ index, text: translate(locale, TAB_TEXT_KEYS[tab]) }))
    )
    tabBarLocale = locale
  } catch {
    // Not on a tab page yet; the next tab page shown retries.
  }
}

export function setPageTitle(page: PageName, locale: Locale): void {
  Taro.setNavigationBarTitle({ title: translate(locale, PAGE_TITLE_KEYS[page]) }).catch(() => undefined)
}

/** Title (and tab bar, on tab pages) of a page that is showing. */
export function applyPageChrome(page: PageName, locale: Locale): void {
  setPageTitle(page, locale)
  if (isTabPage(page)) void syncTabBar(locale)
}

/** The page on top of the stack, from the router. */
export function currentPage(): PageName | undefined {
  return pageFromPath(Taro.getCurrentInstance().router?.path)
}

/** After a locale switch: retitle whatever page is showing and rewrite the tab bar. */
export function applyChromeForCurrentPage(locale: Locale): void {
  const page = currentPage()
  if (page) applyPageChrome(page, locale)
  else void syncTabBar(locale)
}
