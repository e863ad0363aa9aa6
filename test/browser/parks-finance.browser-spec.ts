import { DISTRICT_LABELS } from '@ihaigui/shared';
import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO_FINANCE_SERVICES } from '../../server/src/seed/demo-finance';
import { DEMO_PARKS } from '../../server/src/seed/demo-parks';
import { launchBrowser, type RunningServer, startServer } from './support/server';
import {
  card,
  collectPageErrors,
  field,
  filterTab,
  openDialog,
  openMe,
  settled,
  shot,
  signInAs,
  signOut,
  visibleText,
} from './support/ui';

/** The demo park and finance service the provider persona's organisation answers for. */
const hostedPark = DEMO_PARKS.find((p) => p.operator === 'provider');
const providedService = DEMO_FINANCE_SERVICES.find((s) => s.provider === 'provider');
const TALENT_NAME = '林海川';

describe('parks, visit booking and finance requests in the H5 app (Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  /** A visible card (booking, request) naming the demo talent. */
  const cardOf = (text: string): Locator => card(page, '.pf-card', text);

  async function signOutFromMe() {
    await openMe(page, server.url);
    await signOut(page);
  }

  /** From Me, one of the park-and-finance entries. */
  async function openFromMe(entry: string) {
    await openMe(page, server.url);
    await visibleText(page, entry).click();
    await settled(page);
  }

  beforeAll(async () => {
    server = await startServer({ RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    collectPageErrors(page, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('has a demo park and a finance service run by the provider persona', () => {
    expect(hostedPark).toBeDefined();
    expect(hostedPark?.slots.length).toBeGreaterThan(0);
    expect(providedService).toBeDefined();
  });

  it('a talent books a visit, the park confirms it with a note, and the talent sees it confirmed', async () => {
    const park = hostedPark!;
    const note = '请到3号楼一层前台找郑经理，带上身份证件。';

    await signInAs(page, server.url, 'talent');
    await openFromMe('产业园区');
    await visibleText(page, park.name).waitFor({ timeout: 15_000 });
    await visibleText(page, '全部区域').waitFor();
    await shot(page, '50-park-list');

    // The district filter keeps the park's district only.
    const otherPark = DEMO_PARKS.find((p) => p.district !== park.district)!;
    await visibleText(page, otherPark.name).waitFor();
    await visibleText(page, '全部区域').click();
    await page
      .locator('.nut-actionsheet-item')
      .filter({ hasText: new RegExp(`^${DISTRICT_LABELS[park.district].zh}$`), visible: true })
      .click();
    await visibleText(page, otherPark.name).waitFor({ state: 'hidden', timeout: 15_000 });
    await visibleText(page, park.name).waitFor({ timeout: 15_000 });

    await visibleText(page, park.name).click();
    await page.waitForURL(/park\/detail/);
    // On H5 the map is a drawn stand-in with the address and ways to use it.
    await visibleText(page, '复制地址').waitFor({ timeout: 15_000 });
    await visibleText(page, park.address).waitFor();
    await visibleText(page, '近期参观时段').waitFor();
    await shot(page, '51-park-detail-h5-map');

    await visibleText(page, '预约参观').click();
    await page.waitForURL(/park\/book/);
    await visibleText(page, '选择参观时段').waitFor({ timeout: 15_000 });
    const slot = page.locator('.slot-list__item:not(.slot-list__item--disabled)').filter({ visible: true }).first();
    await slot.click();
    await expect(slot.getAttribute('class')).resolves.toContain('slot-list__item--selected');
    // The phone on the talent's account is filled in.
    await expect(field(page, '11 位手机号，园区用于联系你').inputValue()).resolves.toBe('13812345678');
    await page.locator('textarea').filter({ visible: true }).first().fill('想了解开放工位和投融资对接服务。');
    await shot(page, '52-park-booking-form');
    await visibleText(page, '提交预约').click();

    await page.waitForURL(/park\/my-visits/, { timeout: 15_000 });
    await cardOf(park.name).waitFor({ timeout: 15_000 });
    await expect(cardOf(park.name).getByText('待确认', { exact: true }).isVisible()).resolves.toBe(true);
    await signOutFromMe();

    await signInAs(page, server.url, 'provider');
    await openFromMe('待处理的参观预约');
    const booking = cardOf(TALENT_NAME);
    await booking.waitFor({ timeout: 15_000 });
    await booking.getByText('确认', { exact: true }).click();
    await openDialog(page).locator('textarea').fill(note);
    await shot(page, '53-host-confirm-dialog');
    await openDialog(page).getByText('确认', { exact: true }).click();
    await visibleText(page, '已确认预约').waitFor({ timeout: 10_000 });
    await visibleText(page, '已确认预约').waitFor({ state: 'hidden', timeout: 10_000 });
    await filterTab(page, '已确认').click();
    await cardOf(TALENT_NAME).getByText(note).waitFor({ timeout: 15_000 });
    await shot(page, '54-host-bookings');
    await signOutFromMe();

    await signInAs(page, server.url, 'talent');
    await openFromMe('我的参观预约');
    const mine = cardOf(park.name);
    await mine.getByText('已确认', { exact: true }).waitFor({ timeout: 15_000 });
    await mine.getByText(note).waitFor();
    await shot(page, '55-my-visits-confirmed');
    await signOutFromMe();
  });

  it('a talent sends a finance request, the provider answers, and the talent sees the reply', async () => {
    const service = providedService!;
    const reply = '您好，我们的投资经理将在两个工作日内与您电话联系，请准备近一年的财务报表。';

    await signInAs(page, server.url, 'talent');
    await openFromMe('金融服务');
    await visibleText(page, service.name).click({ timeout: 15_000 });
    await page.waitForURL(/finance\/detail/);
    await visibleText(page, service.terms).waitFor({ timeout: 15_000 });
    await shot(page, '56-finance-detail');

    await visibleText(page, '联系机构').click();
    await page.waitForURL(/finance\/contact/);
    await visibleText(page, '发送咨询').waitFor({ timeout: 15_000 });
    await page
      .locator('textarea')
      .filter({ visible: true })
      .first()
      .fill('我们是一家人工智能初创企业，已完成天使轮融资，想了解投贷联动的申请条件。');
    await field(page, '如：500000').fill('2000000');
    await visibleText(page, '约 200万元').waitFor();
    await shot(page, '57-finance-contact-form');
    await visibleText(page, '发送咨询').click();

    await page.waitForURL(/finance\/my-requests/, { timeout: 15_000 });
    await cardOf(service.name).getByText('已发送', { exact: true }).waitFor({ timeout: 15_000 });
    await signOutFromMe();

    await signInAs(page, server.url, 'provider');
    await openFromMe('待答复的金融咨询');
    const request = cardOf(TALENT_NAME);
    await request.waitFor({ timeout: 15_000 });
    await request.getByText('答复', { exact: true }).click();
    await openDialog(page).locator('textarea').fill(reply);
    await shot(page, '58-provider-answer-dialog');
    await openDialog(page).getByText('答复', { exact: true }).click();
    await visibleText(page, '已发送答复').waitFor({ timeout: 10_000 });
    await signOutFromMe();

    await signInAs(page, server.url, 'talent');
    await openFromMe('我的金融咨询');
    const mine = cardOf(service.name);
    await mine.getByText('已答复', { exact: true }).waitFor({ timeout: 15_000 });
    await mine.getByText(reply).waitFor();
    await shot(page, '59-finance-request-answered');
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
