import { zhCN } from './i18n/zh-CN'
import { PAGES, PAGE_TITLE_KEYS, SUBPACKAGES, TAB_ORDER, TAB_PAGES, TAB_TEXT_KEYS } from './routes'

// Texts here are the Chinese defaults; i18n/chrome.ts rewrites them at runtime when the UI is in English.
export default defineAppConfig({
  pages: TAB_ORDER.map((tab) => TAB_PAGES[tab]),
  subPackages: Object.values(SUBPACKAGES).map(({ root, pages }) => ({ root, pages: Object.values(pages) })),
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f4f6fb',
    navigationBarBackgroundColor: '#1f4e9c',
    navigationBarTitleText: zhCN[PAGE_TITLE_KEYS.home],
    navigationBarTextStyle: 'white'
  },
  tabBar: {
    color: '#7a8599',
    selectedColor: '#1f4e9c',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: TAB_ORDER.map((tab) => ({
      pagePath: PAGES[tab],
      text: zhCN[TAB_TEXT_KEYS[tab]],
      // Rendered by scripts/make-icons.mjs; WeChat wants local PNG files for tab icons.
      iconPath: `assets/tab/${tab}.png`,
      selectedIconPath: `assets/tab/${tab}-active.png`
    }))
  },
  preloadRule: {
    [PAGES.home]: { network: 'all', packages: [SUBPACKAGES.announcement.root] },
    // Login, profile and the other account pages are one tap away from Me.
    [PAGES.me]: { network: 'all', packages: [SUBPACKAGES.account.root] }
  }
})
