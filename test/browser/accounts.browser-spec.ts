import { DEV_PERSONA_LABELS, usccCheckCharacter } from '@ihaigui/shared';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, type RunningServer, screenshotPath, startServer } from './support/server';

/** Pages slide in on H5; let the transition finish before looking. */
const settle = (page: Page) => page.waitForTimeout(800);

describe('accounts, roles and the staff console in the H5 app (Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const visibleText = (text: string, exact = true) => page.getByText(text, { exact }).filter({ visible: true }).first();
  const tab = (text: string) => page.locator('.weui-tabbar__label').filter({ hasText: new RegExp(`^${text}$`) });
  /** Taro renders <taro-input-core placeholder=…> around the real <input>. */
  const field = (placeholder: string) =>
    page.locator(`taro-input-core[placeholder="${placeholder}"] input, input[placeholder="${placeholder}"]`).filter({ visible: true }).first();

  async function openMe() {
    await page.goto(server.url);
    await tab('我的').click();
    await settle(page);
  }

  async function signInAs(persona: keyof typeof DEV_PERSONA_LABELS) {
    await openMe();
    await visibleText('登录 / 注册').click();
    await visibleText(DEV_PERSONA_LABELS[persona].zh).click();
    await visibleText('退出登录').waitFor({ timeout: 15_000 });
    await settle(page);
  }

  async function signOut() {
    await visibleText('退出登录').click();
    await visibleText('登录 / 注册').waitFor({ timeout: 10_000 });
  }

  beforeAll(async () => {
    server = await startServer({ RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each([
    ['talent', ['我的档案', '手机号', '我的数据'], ['工作台', '我的机构']],
    ['enterprise', ['我的机构', '我的数据'], ['工作台', '我的档案']],
    ['staff', ['工作台', '我的数据'], ['我的档案', '我的机构']],
    ['admin', ['工作台', '我的数据'], ['我的档案', '我的机构']],
  ] as const)('signs in as the %s persona and shows only that role’s entries', async (persona, shown, hidden) => {
    await signInAs(persona);
    for (const text of shown) await visibleText(text).waitFor({ timeout: 10_000 });
    for (const text of hidden) expect(await visibleText(text).isVisible()).toBe(false);
    await page.screenshot({ path: screenshotPath(`10-me-${persona}`) });
    await signOut();
  });

  it('staff publish an announcement in the console and it appears on Home', async () => {
    const title = `浏览器测试公告 ${Date.now()}`;
    await signInAs('staff');
    await visibleText('工作台').click();
    await visibleText('公告管理').click();
    await visibleText('新建公告').click();
    await settle(page);
    await page.locator('input').filter({ visible: true }).first().fill(title);
    const textareas = page.locator('textarea').filter({ visible: true });
    await page.locator('input').filter({ visible: true }).nth(1).fill('浏览器测试的摘要');
    await textareas.first().fill('<p>这是浏览器测试发布的正文。</p>');
    await page.screenshot({ path: screenshotPath('11-staff-editor'), fullPage: true });
    await visibleText('保存草稿').click();
    await visibleText('立即发布').click();
    await visibleText('操作成功', false).waitFor({ timeout: 10_000 });
    await settle(page);
    await page.screenshot({ path: screenshotPath('12-staff-published') });

    await page.goto(server.url);
    await tab('首页').click();
    await visibleText(title).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: screenshotPath('13-home-with-staff-announcement') });
    await openMe();
    await signOut();
  });

  it('an enterprise registers its organisation and staff verify it', async () => {
    const body = `913502${String(Date.now()).slice(-6)}MA2Y7H3`.slice(0, 17);
    const uscc = body + usccCheckCharacter(body);
    const username = `ent${Date.now().toString(36)}`;

    await openMe();
    await visibleText('登录 / 注册').click();
    await visibleText('注册新账号').click();
    await settle(page);
    const inputs = page.locator('input').filter({ visible: true });
    await page.screenshot({ path: screenshotPath('14-register') });
    await inputs.nth(0).fill(username);
    await inputs.nth(1).fill('厦门测试企业联系人');
    await inputs.nth(2).fill('enterprise pass 2026');
    await visibleText('企业/机构').click();
    await page.screenshot({ path: screenshotPath('15-register-filled') });
    await page.getByRole('button').filter({ hasText: /注册/ }).filter({ visible: true }).first().click();
    await visibleText('退出登录').waitFor({ timeout: 15_000 });

    await visibleText('我的机构').click();
    // A new account has not consented yet: the consent step comes before any organisation data.
    await visibleText('同意并继续').click({ timeout: 10_000 });
    // With no organisation yet, the registration form opens.
    await field('18 位，见营业执照').waitFor({ timeout: 10_000 });
    await settle(page);
    await field('18 位，见营业执照').fill(uscc);
    const orgInputs = page.locator('input').filter({ visible: true });
    await orgInputs.nth(0).fill('厦门浏览器测试科技有限公司');
    await field('如：新一代信息技术').fill('软件和信息服务');
    await field('如：高新区').fill('思明区');
    const count = await orgInputs.count();
    await orgInputs.nth(count - 2).fill('测试联系人');
    await orgInputs.nth(count - 1).fill('13712345678');
    await page.screenshot({ path: screenshotPath('16-org-register'), fullPage: true });
    await visibleText('提交认证').click();
    await visibleText('待审核').waitFor({ timeout: 15_000 });
    await settle(page);
    await visibleText('待审核').waitFor();
    await page.screenshot({ path: screenshotPath('17-org-pending') });
    await openMe();
    await signOut();

    await signInAs('staff');
    await visibleText('工作台').click();
    await visibleText('机构审核').click();
    const card = page.locator('view, taro-view-core').filter({ hasText: '厦门浏览器测试科技有限公司' }).filter({ visible: true }).last();
    await card.waitFor({ timeout: 15_000 });
    await settle(page);
    await page.screenshot({ path: screenshotPath('18-staff-queue') });
    await card.getByText('通过', { exact: true }).click();
    await visibleText('已通过认证').waitFor({ timeout: 10_000 });
    await openMe();
    await signOut();

    // The enterprise sees the result.
    await visibleText('登录 / 注册').click();
    await field('请输入用户名').fill(username);
    await field('请输入密码').fill('enterprise pass 2026');
    await page.getByRole('button').filter({ hasText: /^登录$/ }).filter({ visible: true }).first().click();
    await visibleText('已认证').waitFor({ timeout: 15_000 });
    await settle(page);
    await page.screenshot({ path: screenshotPath('19-org-verified-me') });
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
