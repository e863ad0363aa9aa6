/**
 * The one route table. Page paths are written here only; app.config.ts builds `pages`, `tabBar` and
 * `subPackages` from it, and navigation.ts builds URLs from it. Pure data: app.config.ts evaluates it at build
 * time in Node, so nothing here may import Taro.
 */
import type { MessageKey } from './i18n/zh-CN'

export const TAB_PAGES = {
  home: 'pages/home/index',
  policy: 'pages/policy/index',
  job: 'pages/job/index',
  match: 'pages/match/index',
  me: 'pages/me/index'
} as const

export const SUBPACKAGES = {
  announcement: {
    root: 'packages/announcement',
    pages: {
      announcementList: 'list/index',
      announcementDetail: 'detail/index'
    }
  }
} as const

type SubpackagePages = {
  [R in keyof typeof SUBPACKAGES]: {
    [P in keyof (typeof SUBPACKAGES)[R]['pages']]: `${(typeof SUBPACKAGES)[R]['root']}/${(typeof SUBPACKAGES)[R]['pages'][P] & string}`
  }
}[keyof typeof SUBPACKAGES]

export type TabName = keyof typeof TAB_PAGES
export type SubpageName = keyof SubpackagePages
export type PageName = TabName | SubpageName

/** Every page path (no leading slash), keyed by name. */
export const PAGES = {
  ...TAB_PAGES,
  announcementList: `${SUBPACKAGES.announcement.root}/${SUBPACKAGES.announcement.pages.announcementList}`,
  announcementDetail: `${SUBPACKAGES.announcement.root}/${SUBPACKAGES.announcement.pages.announcementDetail}`
} as const satisfies Record<PageName, string>

/** Tab order as shown in the tab bar. */
export const TAB_ORDER: readonly TabName[] = ['home', 'policy', 'job', 'match', 'me']

/** Tab bar text of each tab. */
export const TAB_TEXT_KEYS: Record<TabName, MessageKey> = {
  home: 'tab.home',
  policy: 'tab.policy',
  job: 'tab.job',
  match: 'tab.match',
  me: 'tab.me'
}

/** Navigation bar title of each page. */
export const PAGE_TITLE_KEYS: Record<PageName, MessageKey> = {
  home: 'title.home',
  policy: 'title.policy',
  job: 'title.job',
  match: 'title.match',
  me: 'title.me',
  announcementList: 'title.announcementList',
  announcementDetail: 'title.announcementDetail'
}

export function isTabPage(page: PageName): page is TabName {
  return page in TAB_PAGES
}

/** Finds the page a router path ('/pages/me/index?x=1', 'pages/me/index') belongs to. */
export function pageFromPath(path: string | null | undefined): PageName | undefined {
  if (!path) return undefined
  const clean = path.replace(/^\/+/, '').split('?')[0]
  return (Object.keys(PAGES) as PageName[]).find((name) => PAGES[name] === clean)
}
