import Taro from '@tarojs/taro'
import type { AnnouncementCategory } from '@ihaigui/shared'
import { PAGES, SIGN_IN_PAGES, isTabPage, pageFromPath, type PageName, type SubpageName, type TabName } from './routes'

type Query = Record<string, string | number | undefined>

/** Absolute URL of a page, with a query string built from the defined values. */
export function pageUrl(page: PageName, query: Query = {}): string {
  const qs = Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&')
  return `/${PAGES[page]}${qs ? `?${qs}` : ''}`
}

/**
 * H5: Taro's router hides the page under a newly opened one with a timer that runs out when the slide-in
 * animation ends (about 350 ms). A tab switch or a back navigation before then shows the old page, and the timer
 * then hides it again: a blank screen. Navigations that may follow an opening quickly (signing in with one tap)
 * wait for it to settle.
 */
const H5_TRANSITION_MS = 450
let lastOpenedAt = 0

function transitionSettled(): Promise<void> {
  if (process.env.TARO_ENV !== 'h5') return Promise.resolve()
  const wait = lastOpenedAt + H5_TRANSITION_MS - Date.now()
  return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve()
}

export function navigateTo(page: SubpageName, query?: Query) {
  lastOpenedAt = Date.now()
  return Taro.navigateTo({ url: pageUrl(page, query) })
}

export async function switchTab(tab: TabName) {
  await transitionSettled()
  return Taro.switchTab({ url: pageUrl(tab) })
}

/** Replaces the current page (a form that is done) with another. */
export function redirectTo(page: SubpageName, query?: Query) {
  return Taro.redirectTo({ url: pageUrl(page, query) })
}

/** Back to the previous page, or to `fallback` when the page was opened directly (share card, link, reload). */
export function goBack(fallback: TabName = 'home') {
  if (Taro.getCurrentPages().length > 1) return Taro.navigateBack()
  return switchTab(fallback)
}

/** URL of the page showing now (path and its own query), to come back to after signing in. */
export function currentPageUrl(): string | undefined {
  const router = Taro.getCurrentInstance().router
  const page = pageFromPath(router?.path)
  if (!page) return undefined
  const query: Query = {}
  for (const [key, value] of Object.entries(router?.params ?? {})) {
    // Taro adds its own markers ($taroTimestamp…) on H5.
    if (!key.startsWith('$') && key !== 'stamp' && typeof value === 'string') query[key] = value
  }
  return pageUrl(page, query)
}

/** The page a `redirect` parameter names, validated against the route table (nothing outside the app). */
export function parseRedirect(raw: string | undefined): { page: PageName; url: string } | undefined {
  if (!raw) return undefined
  let url = raw
  // weapp hands query values over still encoded, H5 decoded.
  if (/^%2F/i.test(url)) {
    try {
      url = decodeURIComponent(url)
    } catch {
      return undefined
    }
  }
  const page = pageFromPath(url)
  if (!page || SIGN_IN_PAGES.includes(page)) return undefined
  return { page, url: url.startsWith('/') ? url : `/${url}` }
}

/**
 * Opens the login page, remembering `returnTo` (default: the page showing now) to come back after signing in.
 * `expired`: the session ran out, and the login page says so.
 */
export function goToLogin(returnTo: string | undefined = currentPageUrl(), expired = false) {
  const page = pageFromPath(returnTo)
  const redirect = page && !SIGN_IN_PAGES.includes(page) ? returnTo : undefined
  return navigateTo('login', { redirect, expired: expired ? 1 : undefined })
}

let lastExpiryRedirect = 0

/**
 * The session ran out for good (refresh refused): to the login page, to return to where the user was. Several
 * failing requests may report it together; only the first one navigates.
 */
export function redirectToLoginAfterExpiry(): void {
  const now = Date.now()
  if (now - lastExpiryRedirect < 2000) return
  const current = pageFromPath(Taro.getCurrentInstance().router?.path)
  if (current && SIGN_IN_PAGES.includes(current)) return
  lastExpiryRedirect = now
  void goToLogin(currentPageUrl(), true).catch(() => undefined)
}

/**
 * After a successful sign-in or registration: back to the page named by `redirect` (or to the page below the sign-in
 * pages), leaving the login/register pages off the stack where the platform allows.
 */
export async function finishSignIn(redirect: string | undefined): Promise<void> {
  await transitionSettled()
  const target = parseRedirect(redirect)
  const stack = Taro.getCurrentPages()
  let signInDepth = 0
  for (let i = stack.length - 1; i >= 0; i -= 1) {
    const page = pageFromPath(stack[i].route)
    if (!page || !SIGN_IN_PAGES.includes(page)) break
    signInDepth += 1
  }
  const below = stack[stack.length - 1 - signInDepth]
  const belowPage = below ? pageFromPath(below.route) : undefined

  if (target && isTabPage(target.page)) {
    void switchTab(target.page)
  } else if (target && target.page === belowPage) {
    void Taro.navigateBack({ delta: signInDepth })
  } else if (target) {
    void Taro.redirectTo({ url: target.url })
  } else if (below && signInDepth > 0) {
    void Taro.navigateBack({ delta: signInDepth })
  } else {
    void switchTab('me')
  }
}

/** Typed shortcuts for the app's navigations. */
export const nav = {
  announcementList: (category?: AnnouncementCategory) => navigateTo('announcementList', { category }),
  announcementDetail: (id: number) => navigateTo('announcementDetail', { id }),
  home: () => switchTab('home'),
  me: () => switchTab('me'),
  login: () => goToLogin(),
  register: (redirect?: string) => navigateTo('register', { redirect }),
  privacy: () => navigateTo('privacy'),
  talentProfile: () => navigateTo('talentProfile'),
  phone: () => navigateTo('phone'),
  myData: () => navigateTo('myData'),
  orgRegister: () => navigateTo('orgRegister'),
  orgMine: () => navigateTo('orgMine'),
  staffHome: () => navigateTo('staffHome'),
  staffVerification: () => navigateTo('staffVerification'),
  staffAnnouncements: () => navigateTo('staffAnnouncements'),
  /** Edit an announcement, or write a new one (no id). */
  staffAnnouncementEdit: (id?: number) => navigateTo('staffAnnouncementEdit', { id }),
  staffAuditLog: () => navigateTo('staffAuditLog'),
  staffCreateAccount: () => navigateTo('staffCreateAccount')
}
