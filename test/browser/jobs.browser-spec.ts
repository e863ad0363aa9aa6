import type { PositionInputRaw } from '@ihaigui/shared';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, type RunningServer, startServer } from './support/server';
import {
  card,
  collectPageErrors,
  field,
  type Persona,
  settled,
  sheetOption,
  shot,
  signInAs,
  tab,
  visibleText,
} from './support/ui';

/** Two positions of the verified demo enterprise: one the talent applies for and follows, one applied for and withdrawn. */
const STORAGE: PositionInputRaw = {
  title: '储能系统高级算法工程师',
  titleEn: 'Senior Energy-Storage Algorithm Engineer',
  function: 'data',
  industry: 'new_energy_materials',
  district: 'xiangan',
  salaryMin: 30_000,
  salaryMax: 50_000,
  minDegree: 'master',
  experienceYears: 3,
  headcount: 2,
  description: '负责储能电站电池管理系统的状态估计与寿命预测算法研发，参与算法在量产项目中的落地与迭代。',
  descriptionEn:
    'Develop state-estimation and lifetime-prediction algorithms for the battery management systems of storage plants, and bring them into production projects.',
  requirements: '电气、控制或相关专业硕士及以上学历，三年以上电池算法经验，有海外研发经历者优先。',
  requirementsEn:
    "Master's or above in electrical engineering, control or a related field; three years of battery algorithm work; overseas R&D experience a plus.",
  benefits: '六险一金，人才公寓，年度体检，海外学术交流支持。',
  languages: ['英语（流利）'],
};
const DEVICE: PositionInputRaw = {
  title: '医疗器械注册专员',
  titleEn: 'Medical Device Regulatory Specialist',
  function: 'medical',
  industry: 'biomedicine',
  district: 'haicang',
  negotiable: true,
  minDegree: 'bachelor',
  experienceYears: 2,
  description: '负责二类、三类医疗器械产品的国内注册申报及欧盟认证资料的准备与跟进，对接检测机构与审评部门。',
  requirements: '医学、药学或生物相关专业本科及以上学历，熟悉医疗器械注册法规。',
};
const MOVE_MESSAGE = '您好，诚邀您下周三上午十点到公司参加技术面试，地点：翔安区新店路88号。';

describe('jobs for talents in the H5 app (Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const tokens: Partial<Record<Persona, string>> = {};
  const positionIds: Record<'storage' | 'device', number> = { storage: 0, device: 0 };

  const jobCard = (title: string): Locator => card(page, '.job-card', title);
  const appCard = (title: string): Locator => card(page, '.app-card', title);
  /** The badge Taro's H5 tab bar draws on the 我的 / Me tab. */
  const meBadge = () => page.locator('.weui-tabbar__item').nth(4).locator('.weui-badge').filter({ visible: true });

  async function api<T>(
    persona: Persona | null,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const response = await fetch(`${server.url}api/v1${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(persona ? { Authorization: `Bearer ${await token(persona)}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async function token(persona: Persona): Promise<string> {
    if (!tokens[persona]) {
      const response = await fetch(`${server.url}api/v1/auth/dev-login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ persona }),
      });
      tokens[persona] = ((await response.json()) as { accessToken: string }).accessToken;
    }
    return tokens[persona] as string;
  }

  /** Posted by the verified enterprise and approved by staff: public from then on. */
  async function publish(input: PositionInputRaw): Promise<number> {
    const created = await api<{ id: number }>('enterprise', 'POST', '/org/positions', input);
    await api('staff', 'POST', `/staff/positions/${created.id}/review`, { decision: 'approve' });
    return created.id;
  }

  beforeAll(async () => {
    server = await startServer({ RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    collectPageErrors(page, pageErrors);
    positionIds.storage = await publish(STORAGE);
    positionIds.device = await publish(DEVICE);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signed out: browses the jobs tab, filters, searches and opens a position', async () => {
    await page.goto(server.url);
    await tab(page, '岗位').click();
    await jobCard(STORAGE.title).waitFor({ timeout: 15_000 });
    await jobCard(DEVICE.title).waitFor();
    // Pay per month, or 面议.
    await expect(jobCard(STORAGE.title).getByText('3万-5万/月').isVisible()).resolves.toBe(true);
    await expect(jobCard(DEVICE.title).getByText('薪资面议').isVisible()).resolves.toBe(true);
    await shot(page, '70-jobs-tab');

    // Industry filter: only the storage position is in new energy.
    await visibleText(page, '行业').click();
    await sheetOption(page, '新能源新材料').click();
    await jobCard(DEVICE.title).waitFor({ state: 'hidden', timeout: 15_000 });
    await jobCard(STORAGE.title).waitFor();
    await shot(page, '71-jobs-filtered');
    await visibleText(page, '清除筛选').click();
    await jobCard(DEVICE.title).waitFor({ timeout: 15_000 });

    // Search by words of the title.
    await field(page, '搜索岗位名称、职责或要求').fill('医疗器械');
    await jobCard(STORAGE.title).waitFor({ state: 'hidden', timeout: 15_000 });
    await jobCard(DEVICE.title).waitFor();
    await shot(page, '72-jobs-search');

    await jobCard(DEVICE.title).click();
    await page.waitForURL(/job\/detail/);
    await visibleText(page, '任职要求').waitFor({ timeout: 15_000 });
    await visibleText(page, DEVICE.requirements).waitFor();
    await shot(page, '73-job-detail-signed-out');

    // Applying signed out leads to the login page.
    await visibleText(page, '投递简历').click();
    await page.waitForURL(/account\/login/, { timeout: 15_000 });
  });

  it('the talent applies in English, follows it to an interview through a message, and withdraws another', async () => {
    await signInAs(page, server.url, 'talent');
    await visibleText(page, 'English').click();
    await visibleText(page, 'Sign out').waitFor({ timeout: 10_000 });
    await tab(page, 'Jobs').click();
    await jobCard(STORAGE.titleEn as string).click({ timeout: 15_000 });
    await page.waitForURL(/job\/detail/);
    await visibleText(page, 'Responsibilities').waitFor({ timeout: 15_000 });
    await visibleText(page, '¥30k–¥50k / month').waitFor();
    await shot(page, '74-job-detail-en');

    // Saved for later: the star fills in.
    await visibleText(page, 'Save').click();
    await page.locator('.detail-bar__item--on').filter({ visible: true }).waitFor({ timeout: 10_000 });

    await visibleText(page, 'Apply').click();
    await page.waitForURL(/job\/apply/);
    await visibleText(page, 'Profile sent with it').waitFor({ timeout: 15_000 });
    await page
      .locator('textarea')
      .filter({ visible: true })
      .first()
      .fill('I built BMS algorithms for grid storage in Aachen for five years and can start next month.');
    await shot(page, '75-job-apply-en');
    await visibleText(page, 'Send application').click();

    await page.waitForURL(/job\/application\/index/, { timeout: 15_000 });
    await visibleText(page, 'Progress').waitFor({ timeout: 15_000 });
    const applicationId = Number(
      new URL(page.url()).searchParams.get('id') ?? new URL(page.url().replace('#', '')).searchParams.get('id'),
    );
    expect(applicationId).toBeGreaterThan(0);

    // The position now says it was applied for, and leads back to the application.
    await visibleText(page, 'View position ›').click();
    await page.waitForURL(/job\/detail/);
    await visibleText(page, 'Applied · see progress').click({ timeout: 15_000 });
    await page.waitForURL(new RegExp(`job/application/index\\?id=${applicationId}`), { timeout: 15_000 });

    // A second application (made directly), to withdraw later.
    await api(
      'talent',
      'POST',
      `/positions/${positionIds.device}/applications`,
      { message: '希望了解注册团队的分工。' },
      { 'Idempotency-Key': 'browser-device-1' },
    );

    // The enterprise invites the talent to an interview.
    await api('enterprise', 'POST', `/org/applications/${applicationId}/status`, {
      status: 'interview',
      message: MOVE_MESSAGE,
    });

    await page.goto(server.url);
    await tab(page, 'Me').click();
    await settled(page);
    await meBadge().waitFor({ timeout: 15_000 });
    await expect(meBadge().textContent()).resolves.toBe('1');
    await visibleText(page, '1 unread').waitFor({ timeout: 15_000 });
    await shot(page, '76-me-unread-badge');

    await visibleText(page, 'My applications').click();
    await page.waitForURL(/job\/applications/);
    await appCard(STORAGE.titleEn as string)
      .getByText('Interview', { exact: true })
      .waitFor({ timeout: 15_000 });
    await shot(page, '77-my-applications');
    await appCard(STORAGE.titleEn as string).click();
    await page.waitForURL(/job\/application\/index/);
    await visibleText(page, MOVE_MESSAGE).waitFor({ timeout: 15_000 });
    // The list card shows the message too: wait for the application page's own timeline before counting.
    const timeline = page.locator('.timeline__item').filter({ visible: true });
    await timeline.nth(1).waitFor({ timeout: 15_000 });
    await expect(timeline.count()).resolves.toBe(2);
    await shot(page, '78-application-timeline');

    // The message in the inbox opens the application and is read from then on.
    await page.goto(server.url);
    await tab(page, 'Me').click();
    await visibleText(page, 'Messages').click();
    await page.waitForURL(/inbox/);
    const message = page.locator('.inbox-card--unread').filter({ visible: true }).first();
    await message.waitFor({ timeout: 15_000 });
    await shot(page, '79-inbox');
    await message.click();
    await page.waitForURL(/job\/application\/index/, { timeout: 15_000 });
    await visibleText(page, MOVE_MESSAGE).waitFor({ timeout: 15_000 });
    await page.goto(server.url);
    await tab(page, 'Me').click();
    await settled(page);
    await visibleText(page, 'Messages').waitFor();
    // Read now: the badge goes, and so does the unread count.
    await meBadge().waitFor({ state: 'hidden', timeout: 10_000 });
    await page.getByText('1 unread', { exact: true }).filter({ visible: true }).first().waitFor({ state: 'hidden' });

    // Withdraw the other application.
    await visibleText(page, 'My applications').click();
    await appCard(DEVICE.titleEn as string).click({ timeout: 15_000 });
    await page.waitForURL(/job\/application\/index/);
    await visibleText(page, 'Withdraw').click({ timeout: 15_000 });
    const dialog = page.locator('.nut-dialog').filter({ visible: true }).first();
    await dialog.getByText('Withdraw this application?').waitFor();
    await shot(page, '80-withdraw-confirm');
    await dialog.getByText('Withdraw', { exact: true }).click();
    await page
      .locator('.app-card__status')
      .filter({ hasText: 'Withdrawn', visible: true })
      .waitFor({ timeout: 15_000 });
    await visibleText(page, 'Withdraw').waitFor({ state: 'hidden' });
    await shot(page, '81-application-withdrawn');

    // The saved position is among the favourites.
    await page.goto(server.url);
    await tab(page, 'Me').click();
    await visibleText(page, 'Saved positions').click();
    await page.waitForURL(/job\/favorites/);
    await jobCard(STORAGE.titleEn as string).waitFor({ timeout: 15_000 });
    await shot(page, '82-saved-positions');
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
