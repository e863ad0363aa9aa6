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
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows seeded announcements on Home in Chinese and opens one', async () => {
    await page.goto(server.url);
    const title = page.getByText(featured.title, { exact: true }).first();
    await title.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: screenshotPath('01-home-zh') });

    await title.click();
    await page.getByText(firstParagraph(featured.body)).first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: screenshotPath('02-detail-zh'), fullPage: true });
  }, 60_000);

  it('lists announcements with category filters', async () => {
    await page.goto(server.url);
    await page.getByText('查看全部').first().click();
    await page.getByText(featured.title, { exact: true }).first().waitFor({ timeout: 15_000 });
    await page.getByText('活动回顾', { exact: true }).first().click();
    const recap = DEMO_ANNOUNCEMENTS.filter((a) => a.category === 'event_recap').sort((a, b) => a.publishedDaysAgo - b.publishedDaysAgo)[0];
    await page.getByText(recap.title, { exact: true }).first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: screenshotPath('03-list-event-recap-zh') });
  }, 60_000);

  it('switches to English in Me, remembers it, and shows English text', async () => {
    await page.goto(server.url);
    await page.locator('.weui-tabbar__label', { hasText: '我的' }).click();
    await page.getByText('English', { exact: true }).first().click();
    await page.locator('.weui-tabbar__label', { hasText: 'Me' }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: screenshotPath('04-me-en') });

    await page.locator('.weui-tabbar__label', { hasText: 'Home' }).click();
    const titleEn = page.getByText(featured.titleEn as string, { exact: true }).first();
    await titleEn.waitFor({ timeout: 15_000 });
    await page.screenshot({ path: screenshotPath('05-home-en') });

    await titleEn.click();
    await page.getByText(firstParagraph(featured.bodyEn as string)).first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: screenshotPath('06-detail-en'), fullPage: true });

    // The choice survives a reload.
    await page.goto(server.url);
    await page.getByText(featured.titleEn as string, { exact: true }).first().waitFor({ timeout: 15_000 });
  }, 60_000);

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
