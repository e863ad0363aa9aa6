import type { Browser, Page } from 'playwright-core';
import { DEMO_ANNOUNCEMENTS } from '../../server/src/seed/demo-announcements';
import { launchBrowser, type RunningServer, screenshotPath, startServer } from './support/server';

/** Text of the first paragraph of an HTML body, as a reader sees it. */
function firstParagraph(html: string): string {
  const m = html.match(/<p>(.*?)<\/p>/s);
  return (m ? m[1] : html).replace(/<[^>]+>/g, '').trim();
}

const featured = DEMO_ANNOUNCEMENTS.filter((a) => a.pinned && a.titleEn && a.bodyEn).sort(
  (a, b) => a.publishedDaysAgo - b.publishedDaysAgo,
)[0];

/** Pages slide in on H5; let the transition finish so screenshots show the page, not the animation. */
const settle = (page: Page) => page.waitForTimeout(800);

describe('announcements in the H5 app (Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN' });
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** H5 keeps earlier pages in the DOM, hidden: look only at what the user can see. */
  const visibleText = (text: string, exact = true) => page.getByText(text, { exact }).filter({ visible: true }).first();
  const tab = (text: string) => page.locator('.weui-tabbar__label').filter({ hasText: new RegExp(`^${text}$`) });

  it('shows seeded announcements on Home in Chinese and opens one', async () => {
    await page.goto(server.url);
    const title = visibleText(featured.title);
    await title.waitFor({ timeout: 20_000 });
    await settle(page);
    await page.screenshot({ path: screenshotPath('01-home-zh') });

    await title.click();
    await page.waitForURL(/detail/);
    await visibleText(firstParagraph(featured.body), false).waitFor({ timeout: 15_000 });
    await settle(page);
    await page.screenshot({ path: screenshotPath('02-detail-zh') });
  });

  it('lists announcements with category filters', async () => {
    await page.goto(server.url);
    await visibleText('更多', false).click();
    await page.waitForURL(/list/);
    await visibleText(featured.title).waitFor({ timeout: 15_000 });
    // Scrolling to the bottom loads the next pages until the list says there is no more.
    const oldest = [...DEMO_ANNOUNCEMENTS].sort((a, b) => b.publishedDaysAgo - a.publishedDaysAgo)[0];
    await page.mouse.move(195, 500);
    for (let i = 0; i < 80 && !(await visibleText('没有更多了').isVisible()); i += 1) {
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(100);
    }
    await visibleText('没有更多了').waitFor({ timeout: 10_000 });
    await visibleText(oldest.title).waitFor();
    await page.locator('.nut-tabs-titles-item').filter({ hasText: /^活动回顾$/, visible: true }).click();
    const recap = DEMO_ANNOUNCEMENTS.filter((a) => a.category === 'event_recap').sort((a, b) => a.publishedDaysAgo - b.publishedDaysAgo)[0];
    await visibleText(recap.title).waitFor({ timeout: 15_000 });
    // Still on the list, and the notices are filtered out.
    expect(page.url()).toMatch(/list/);
    await expect(visibleText(featured.title).waitFor({ state: 'hidden', timeout: 5_000 })).resolves.toBeUndefined();
    await settle(page);
    await page.screenshot({ path: screenshotPath('03-list-event-recap-zh') });
  });

  it('switches to English in Me, remembers it, and shows English text', async () => {
    await page.goto(server.url);
    await tab('我的').click();
    await visibleText('English').click();
    await tab('Me').waitFor({ timeout: 10_000 });
    await settle(page);
    await page.screenshot({ path: screenshotPath('04-me-en') });

    await tab('Home').click();
    const titleEn = visibleText(featured.titleEn as string);
    await titleEn.waitFor({ timeout: 15_000 });
    await settle(page);
    await page.screenshot({ path: screenshotPath('05-home-en') });

    await titleEn.click();
    await page.waitForURL(/detail/);
    await visibleText(firstParagraph(featured.bodyEn as string), false).waitFor({ timeout: 15_000 });
    await settle(page);
    await page.screenshot({ path: screenshotPath('06-detail-en') });

    // The choice survives a reload.
    await page.goto(server.url);
    await visibleText(featured.titleEn as string).waitFor({ timeout: 15_000 });
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
