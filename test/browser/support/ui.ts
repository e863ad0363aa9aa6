import { DEV_PERSONA_LABELS } from '@ihaigui/shared';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { screenshotPath } from './server';

/**
 * What the browser tests look for in the H5 app, the way a user finds it. H5 keeps earlier pages in the DOM, hidden:
 * every locator here looks only at what the user can see. Nothing here sleeps: each wait is for a condition.
 */

export type Scope = Page | Locator;
export type Persona = keyof typeof DEV_PERSONA_LABELS;
export type UiLanguage = 'zh' | 'en';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Matches `text` as the whole text of an element (surrounding white space allowed). */
export const exactly = (text: string) => new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`);

/** The first visible element showing `text` (the whole text when `exact`; a RegExp as given). */
export const visibleText = (scope: Scope, text: string | RegExp, exact = true): Locator =>
  (typeof text === 'string' ? scope.getByText(text, { exact }) : scope.getByText(text))
    .filter({ visible: true })
    .first();

/** A tab of the app's tab bar (Taro's H5 tab bar), by its label. */
export const tab = (page: Page, text: string): Locator =>
  page.locator('.weui-tabbar__label').filter({ hasText: exactly(text) });

/** A tab of a page's own tab strip (FilterTabs: status views and other filters), by its label. */
export const filterTab = (page: Page, text: string): Locator =>
  page.getByRole('tab', { name: text, exact: true }).filter({ visible: true }).first();

/** A form input or text area by its name. */
export const named = (scope: Scope, name: string): Locator =>
  scope.locator(`input[name="${name}"], textarea[name="${name}"]`).filter({ visible: true }).first();

/** An input by its placeholder (Taro renders <taro-input-core placeholder=…> around the real <input>). */
export const field = (scope: Scope, placeholder: string): Locator =>
  scope
    .locator(`taro-input-core[placeholder="${placeholder}"] input, input[placeholder="${placeholder}"]`)
    .filter({ visible: true })
    .first();

/** A NutUI button whose text contains `text` (or matches the RegExp). */
export const button = (scope: Scope, text: string | RegExp): Locator =>
  scope.locator('.nut-button').filter({ hasText: text }).filter({ visible: true }).first();

/** A NutUI button whose whole text is `text`. */
export const exactButton = (scope: Scope, text: string): Locator => button(scope, exactly(text));

/** An option of the open action sheet: its whole label, ticked (✓) or not, or (`exact` false) any containing `text`. */
export const sheetOption = (page: Page, text: string | RegExp, exact = true): Locator =>
  page
    .locator('.nut-actionsheet-item')
    .filter({ hasText: typeof text === 'string' && exact ? new RegExp(`^\\s*(✓ )?${escapeRegExp(text)}\\s*$`) : text })
    .filter({ visible: true })
    .first();

/** The first visible element of class `cls` (a selector) that shows `text`. */
export const card = (scope: Scope, cls: string, text: string | RegExp): Locator =>
  scope.locator(cls).filter({ hasText: text }).filter({ visible: true }).first();

/** The open NutUI dialog. */
export const openDialog = (page: Page): Locator => page.locator('.nut-dialog').filter({ visible: true }).first();

/** Collects the page's uncaught script errors into `errors` (prefixed with `label` when given). */
export function collectPageErrors(page: Page, errors: string[], label?: string): void {
  page.on('pageerror', (err) => errors.push(label ? `${label}: ${err.message}` : err.message));
}

/** A fresh browser context of a phone-sized viewport and its page, its script errors collected. */
export async function newPhonePage(
  browser: Browser,
  {
    locale = 'zh-CN',
    errors,
    label,
    acceptDownloads = false,
  }: { locale?: string; errors: string[]; label?: string; acceptDownloads?: boolean },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale, acceptDownloads });
  const page = await context.newPage();
  collectPageErrors(page, errors, label);
  return { context, page };
}

/**
 * Resolves once the H5 router has finished moving pages: every page is either the one shown, at rest
 * (taro_page_show + taro_page_stationed), or put away (taro_page_shade). Pages slide in and out; a page on its way
 * carries neither.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const pages = Array.from(document.querySelectorAll('.taro_router > .taro_page'));
    return (
      pages.length > 0 &&
      pages.some((p) => p.classList.contains('taro_page_show')) &&
      pages.every(
        (p) =>
          p.classList.contains('taro_page_shade') ||
          (p.classList.contains('taro_page_show') && p.classList.contains('taro_page_stationed')),
      )
    );
  });
}

/** Resolves once no finite CSS animation or transition is running (sheets sliding up, wheels snapping; spinners aside). */
export async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

/** Resolves once every chart canvas has been painted at its current size (charts repaint a pause after the window is resized). */
export async function chartsAtSize(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll<HTMLCanvasElement>('canvas.chart__canvas')).every((canvas) => {
      const { width, height } = canvas.getBoundingClientRect();
      if (!width || !height) return true;
      const ratio = window.devicePixelRatio || 1;
      return (
        canvas.width === Math.round(width * ratio) &&
        canvas.height === Math.round(height * ratio) &&
        canvas.dataset.drawn === 'true'
      );
    }),
  );
}

/** Resolves once no toast shows (Taro's H5 toast is display:none once it has faded). */
export async function toastGone(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.taro__toast')).every(
      (el) => getComputedStyle(el).display === 'none',
    ),
  );
}

/**
 * A screenshot of the page at rest, in test-output/screenshots/<name>.png: after the page transition and any toast;
 * `waitFor`, when given, is what it shows (waited for first).
 */
export async function shot(page: Page, name: string, waitFor?: Locator): Promise<void> {
  if (waitFor) await waitFor.waitFor();
  await settled(page);
  await toastGone(page);
  await animationsDone(page);
  await page.screenshot({ path: screenshotPath(name) });
}

const ME = { zh: '我的', en: 'Me' } as const;
const SIGN_IN = { zh: '登录 / 注册', en: 'Sign in / Register' } as const;
const SIGN_OUT = { zh: '退出登录', en: 'Sign out' } as const;

/** Opens the app at `baseUrl`, freshly loaded, on the Me tab. */
export async function openMe(page: Page, baseUrl: string, language: UiLanguage = 'zh'): Promise<void> {
  await page.goto(baseUrl);
  await tab(page, ME[language]).click();
  await settled(page);
}

/** Signs in as a demo persona with the login page's persona picker (from the Me tab), and waits until signed in. */
export async function signInAs(
  page: Page,
  baseUrl: string,
  persona: Persona,
  language: UiLanguage = 'zh',
): Promise<void> {
  await openMe(page, baseUrl, language);
  await visibleText(page, SIGN_IN[language]).click();
  await visibleText(page, DEV_PERSONA_LABELS[persona][language]).click();
  await visibleText(page, SIGN_OUT[language]).waitFor();
  await settled(page);
}

/** Signs out from the Me tab and waits until signed out. */
export async function signOut(page: Page, language: UiLanguage = 'zh'): Promise<void> {
  await visibleText(page, SIGN_OUT[language]).click();
  await visibleText(page, SIGN_IN[language]).waitFor();
}
