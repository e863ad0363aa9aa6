import { useDidShow } from '@tarojs/taro'
import { applyPageChrome, getLocale } from '@/i18n'
import { isTabPage, type PageName } from '@/routes'
import { useUnreadTabBadge } from './useUnreadTabBadge'

/**
 * Titles the navigation bar in the current locale each time the page shows, and on tab pages brings the tab bar
 * texts up to date (the app ships them in Chinese).
 */
export function usePageChrome(page: PageName): void {
  useDidShow(() => {
    applyPageChrome(page, getLocale())
  })
  // Tab pages also carry the unread-messages badge of the 我的 tab.
  useUnreadTabBadge(isTabPage(page))
}
