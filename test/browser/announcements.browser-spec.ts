import type { Browser, Page } from 'playwright-core';
import { DEMO_ANNOUNCEMENTS } from '../../server/src/seed/demo-announcements';
import { launchBrowser, type RunningServer, startServer } from './support/server';
import { collectPageErrors, filterTab, shot, tab, visibleText } from './support/ui';

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
    collectPageErrors(page, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows seeded announcements on Home in Chinese and opens one', async () => {
    await page.goto(server.url);
    const title = visibleText(page, featured.title);
    await title.waitFor({ timeout: 20_000 });
    await shot(page, '01-home-zh');

    await title.click();
    await page.waitForURL(/detail/);
    await visibleText(page, firstParagraph(featured.body), false).waitFor({ timeout: 15_000 });
    await shot(page, '02-detail-zh');
  });

  it('lists announcements with category filters', async () => {
    await page.goto(server.url);
    await visibleText(page, '更多', false).click();
    await page.waitForURL(/list/);
    await visibleText(page, featured.title).waitFor({ timeout: 15_000 });
    // Scrolling to the bottom loads the next pages until the list says there is no more.
    const oldest = [...DEMO_ANNOUNCEMENTS].sort((a, b) => b.publishedDaysAgo - a.publishedDaysAgo)[0];
    await page.mouse.move(195, 500);
    const end = visibleText(page, '没有更多了');
    /** Where the page is scrolled to and how long it is: a wheel moves the first, a loaded page grows the second. */
    const position = () =>
      page.evaluate(() =>
        [document.scrollingElement, ...Array.from(document.querySelectorAll('.taro_page'))]
          .map((el) => (el ? `${el.scrollTop}/${el.scrollHeight}` : ''))
          .join(' '),
      );
    for (let i = 0; i < 200 && !(await end.isVisible()); i += 1) {
      const before = await position();
      await page.mouse.wheel(0, 300);
      // Wait for the wheel to have scrolled, the next page to have loaded (at the bottom), or the end of the list.
      await page
        .waitForFunction(
          ([was]) =>
            [document.scrollingElement, ...Array.from(document.querySelectorAll('.taro_page'))]
              .map((el) => (el ? `${el.scrollTop}/${el.scrollHeight}` : ''))
              .join(' ') !== was ||
            Array.from(document.querySelectorAll('.state-footer__end')).some(
              (el) => (el as HTMLElement).offsetParent !== null,
            ),
          [before],
          { timeout: 10_000 },
        )
        .catch(() => undefined);
    }
    await end.waitFor({ timeout: 10_000 });
    await visibleText(page, oldest.title).waitFor();
    await filterTab(page, '活动回顾').click();
    const recap = DEMO_ANNOUNCEMENTS.filter((a) => a.category === 'event_recap').sort(
      (a, b) => a.publishedDaysAgo - b.publishedDaysAgo,
    )[0];
    await visibleText(page, recap.title).waitFor({ timeout: 15_000 });
    // Still on the list, and the notices are filtered out.
    expect(page.url()).toMatch(/list/);
    await expect(
      visibleText(page, featured.title).waitFor({ state: 'hidden', timeout: 5_000 }),
    ).resolves.toBeUndefined();
    await shot(page, '03-list-event-recap-zh');
  });

  it('switches to English in Me, remembers it, and shows English text', async () => {
    await page.goto(server.url);
    await tab(page, '我的').click();
    await visibleText(page, 'English').click();
    await tab(page, 'Me').waitFor({ timeout: 10_000 });
    await shot(page, '04-me-en');

    await tab(page, 'Home').click();
    const titleEn = visibleText(page, featured.titleEn as string);
    await titleEn.waitFor({ timeout: 15_000 });
    await shot(page, '05-home-en');

    await titleEn.click();
    await page.waitForURL(/detail/);
    await visibleText(page, firstParagraph(featured.bodyEn as string), false).waitFor({ timeout: 15_000 });
    await shot(page, '06-detail-en');

    // The choice survives a reload.
    await page.goto(server.url);
    await visibleText(page, featured.titleEn as string).waitFor({ timeout: 15_000 });
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
