import { usccCheckCharacter } from '@ihaigui/shared';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, type RunningServer, screenshotPath, startServer } from './support/server';
import { collectPageErrors, field, openMe, settled, shot, signInAs, signOut, tab, visibleText } from './support/ui';

describe('accounts, roles and the staff console in the H5 app (Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

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

  it.each([
    ['talent', ['我的档案', '手机号', '我的数据'], ['工作台', '我的机构']],
    ['enterprise', ['我的机构', '我的数据'], ['工作台', '我的档案']],
    ['staff', ['工作台', '我的数据'], ['我的档案', '我的机构']],
    ['admin', ['工作台', '我的数据'], ['我的档案', '我的机构']],
  ] as const)('signs in as the %s persona and shows only that role’s entries', async (persona, shown, hidden) => {
    await signInAs(page, server.url, persona);
    for (const text of shown) await visibleText(page, text).waitFor({ timeout: 10_000 });
    for (const text of hidden) expect(await visibleText(page, text).isVisible()).toBe(false);
    await shot(page, `10-me-${persona}`);
    await signOut(page);
  });

  it('staff publish an announcement in the console and it appears on Home', async () => {
    const title = `浏览器测试公告 ${Date.now()}`;
    await signInAs(page, server.url, 'staff');
    await visibleText(page, '工作台').click();
    await visibleText(page, '公告管理').click();
    await visibleText(page, '新建公告').click();
    await settled(page);
    await page.locator('input').filter({ visible: true }).first().fill(title);
    const textareas = page.locator('textarea').filter({ visible: true });
    await page.locator('input').filter({ visible: true }).nth(1).fill('浏览器测试的摘要');
    await textareas.first().fill('<p>这是浏览器测试发布的正文。</p>');
    await page.screenshot({ path: screenshotPath('11-staff-editor'), fullPage: true });
    await visibleText(page, '保存草稿').click();
    await visibleText(page, '立即发布').click();
    await visibleText(page, '操作成功', false).waitFor({ timeout: 10_000 });
    await shot(page, '12-staff-published');

    await page.goto(server.url);
    await tab(page, '首页').click();
    await visibleText(page, title).waitFor({ timeout: 15_000 });
    await shot(page, '13-home-with-staff-announcement');
    await openMe(page, server.url);
    await signOut(page);
  });

  it('an enterprise registers its organisation and staff verify it', async () => {
    const body = `913502${String(Date.now()).slice(-6)}MA2Y7H3`.slice(0, 17);
    const uscc = body + usccCheckCharacter(body);
    const username = `ent${Date.now().toString(36)}`;

    await openMe(page, server.url);
    await visibleText(page, '登录 / 注册').click();
    await visibleText(page, '注册新账号').click();
    await settled(page);
    const inputs = page.locator('input').filter({ visible: true });
    await shot(page, '14-register');
    await inputs.nth(0).fill(username);
    await inputs.nth(1).fill('厦门测试企业联系人');
    await inputs.nth(2).fill('enterprise pass 2026');
    await visibleText(page, '企业/机构').click();
    await shot(page, '15-register-filled');
    await page.getByRole('button').filter({ hasText: /注册/ }).filter({ visible: true }).first().click();
    await visibleText(page, '退出登录').waitFor({ timeout: 15_000 });

    await visibleText(page, '我的机构').click();
    // A new account has not consented yet: the consent step comes before any organisation data.
    await visibleText(page, '同意并继续').click({ timeout: 10_000 });
    // With no organisation yet, the registration form opens.
    await field(page, '18 位，见营业执照').waitFor({ timeout: 10_000 });
    await settled(page);
    await field(page, '18 位，见营业执照').fill(uscc);
    const orgInputs = page.locator('input').filter({ visible: true });
    await orgInputs.nth(0).fill('厦门浏览器测试科技有限公司');
    await field(page, '如：新一代信息技术').fill('软件和信息服务');
    await field(page, '如：高新区').fill('思明区');
    const count = await orgInputs.count();
    await orgInputs.nth(count - 2).fill('测试联系人');
    await orgInputs.nth(count - 1).fill('13712345678');
    await page.screenshot({ path: screenshotPath('16-org-register'), fullPage: true });
    await visibleText(page, '提交认证').click();
    await visibleText(page, '待审核').waitFor({ timeout: 15_000 });
    await settled(page);
    await visibleText(page, '待审核').waitFor();
    await shot(page, '17-org-pending');
    await openMe(page, server.url);
    await signOut(page);

    await signInAs(page, server.url, 'staff');
    await visibleText(page, '工作台').click();
    await visibleText(page, '机构审核').click();
    const card = page
      .locator('view, taro-view-core')
      .filter({ hasText: '厦门浏览器测试科技有限公司' })
      .filter({ visible: true })
      .last();
    await card.waitFor({ timeout: 15_000 });
    await shot(page, '18-staff-queue');
    await card.getByText('通过', { exact: true }).click();
    await visibleText(page, '已通过认证').waitFor({ timeout: 10_000 });
    await openMe(page, server.url);
    await signOut(page);

    // The enterprise sees the result.
    await visibleText(page, '登录 / 注册').click();
    await field(page, '请输入用户名').fill(username);
    await field(page, '请输入密码').fill('enterprise pass 2026');
    await page
      .getByRole('button')
      .filter({ hasText: /^登录$/ })
      .filter({ visible: true })
      .first()
      .click();
    await visibleText(page, '已认证').waitFor({ timeout: 15_000 });
    await shot(page, '19-org-verified-me');
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
