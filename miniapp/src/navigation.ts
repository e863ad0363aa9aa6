import Taro from '@tarojs/taro'
import type { AnnouncementCategory } from '@ihaigui/shared'
import { PAGES, type PageName, type SubpageName, type TabName } from './routes'

type Query = Record<string, string | number | undefined>

/** Absolute URL of a page, with a query string built from the defined values. */
export function pageUrl(page: PageName, query: Query = {}): string {
  const qs = Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&')
  return `/${PAGES[page]}${qs ? `?${qs}` : ''}`
}

export function navigateTo(page: SubpageName, query?: Query) {
  return Taro.navigateTo({ url: pageUrl(page, query) })
}

export function switchTab(tab: TabName) {
  return Taro.switchTab({ url: pageUrl(tab) })
}

/** Typed shortcuts for the app's navigations. */
export const nav = {
  announcementList: (category?: AnnouncementCategory) => navigateTo('announcementList', { category }),
  announcementDetail: (id: number) => navigateTo('announcementDetail', { id }),
  home: () => switchTab('home')
}
