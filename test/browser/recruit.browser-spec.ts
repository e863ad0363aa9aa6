import type { PositionInputRaw } from '@ihaigui/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startFakeWechat, type FakeWechat } from '../support/fake-wechat';
import { launchBrowser, type RunningServer, startServer } from './support/server';
import {
  button,
  card,
  collectPageErrors,
  filterTab,
  named,
  openDialog,
  type Persona,
  settled,
  sheetOption,
  shot,
  signInAs,
  tab,
  visibleText,
} from './support/ui';

/** The position the enterprise posts through the form, staff approve and the talent applies for. */
const POSTED = {
  title: '海外市场拓展总监',
  titleEn: 'Director of Overseas Market Development',
  description:
    '负责公司智能制造装备在欧洲与东南亚市场的渠道建设与重点客户开发，组建并带领海外销售团队，完成年度销售目标。',
  requirements: '硕士及以上学历，五年以上海外工业品销售经验，熟悉欧盟市场准入流程。',
  benefits: '年薪加提成，人才公寓，子女入学协助。',
  language: '英语（商务流利）',
  salaryMin: '35000',
  salaryMax: '60000',
};

/** The second position, posted directly, which staff reject with a reason. */
const REJECTED: PositionInputRaw = {
  title: '高级嵌入式软件工程师',
  function: 'engineering',
  industry: 'smart_manufacturing',
  district: 'jimei',
  salaryMin: 25_000,
  salaryMax: 40_000,
  minDegree: 'master',
  experienceYears: 3,
  description: '负责工业机器人控制器嵌入式软件的架构设计与开发，参与实时操作系统移植与驱动开发工作。',
  requirements: '计算机、自动化相关专业硕士及以上学历，熟悉 C/C++ 与实时操作系统。',
};
const REJECT_REASON = '薪资范围与任职要求不匹配，请核实后重新提交。';
const APPLY_MESSAGE =
  'I led channel development for industrial robots in Germany and Poland for six years and can start in two months.';
const INTERVIEW_MESSAGE = '您好，诚邀您下周二下午两点到公司参加面试，地址：集美区软件园三期。';

describe('recruiting across roles in the H5 app (Chromium)', () => {
  let wechat: FakeWechat;
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages = {} as Record<'enterprise' | 'staff' | 'talent', Page>;
  const pageErrors: string[] = [];
  const tokens: Partial<Record<Persona, string>> = {};
  let rejectedId = 0;

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

  async function api<T>(persona: Persona | null, method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${server.url}api/v1${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(persona ? { Authorization: `Bearer ${await token(persona)}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Each persona in a browser of its own (own storage, own language), signed in through the login page's picker. */
  async function openAs(persona: 'enterprise' | 'staff' | 'talent'): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    collectPageErrors(page, pageErrors, persona);
    await signInAs(page, server.url, persona);
    return page;
  }

  /** From the Me tab of the enterprise, through its organisation page, to one of the recruiting entries. */
  async function openFromOrganization(page: Page, entry: '我们的岗位' | '发布岗位') {
    await page.goto(server.url);
    await tab(page, '我的').click();
    await visibleText(page, '我的机构').click();
    await page.waitForURL(/org\/mine/);
    await visibleText(page, entry).click();
    await settled(page);
  }

  async function openReviewQueue(page: Page) {
    await page.goto(server.url);
    await tab(page, '我的').click();
    await visibleText(page, '工作台').click();
    await visibleText(page, '岗位审核').click();
    await page.waitForURL(/staff\/positions/);
    await settled(page);
  }

  beforeAll(async () => {
    wechat = await startFakeWechat();
    server = await startServer({
      RATE_LIMIT_AUTH_PER_MINUTE: '1000',
      WECHAT_BASE_URL: wechat.baseUrl,
      WECHAT_APP_ID: wechat.appId,
      WECHAT_APP_SECRET: wechat.appSecret,
    });
    browser = await launchBrowser();
    pages.enterprise = await openAs('enterprise');
    pages.staff = await openAs('staff');
    pages.talent = await openAs('talent');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await wechat?.close();
  });

  it('the enterprise posts a position through the form; it waits for review', async () => {
    const page = pages.enterprise;
    await openFromOrganization(page, '发布岗位');
    await page.waitForURL(/recruit\/position-edit/);
    await named(page, 'title').waitFor({ timeout: 15_000 });

    // Submitting an empty form says what is missing, field by field.
    await button(page, '提交审核').click();
    await visibleText(page, '请按提示修改后再提交').waitFor();
    // The page scrolls up to the first field to fix.
    await page.waitForFunction(() => window.scrollY < 400, undefined, { timeout: 5_000 });
    await shot(page, 'rc-01-form-errors');

    await named(page, 'title').fill(POSTED.title);
    const choose = async (label: string, option: string) => {
      await page
        .locator('.form-field')
        .filter({ hasText: label })
        .filter({ visible: true })
        .locator('.form-field__select')
        .first()
        .click();
      await sheetOption(page, option).click();
    };
    await choose('职能', '市场与销售');
    await choose('行业', '智能硬件和制造');
    await choose('工作区域', '集美区');
    await named(page, 'salaryMin').fill(POSTED.salaryMin);
    await named(page, 'salaryMax').fill(POSTED.salaryMax);
    await visibleText(page, '人才看到的薪资：', false).waitFor();
    await choose('最低学历', '硕士');
    await named(page, 'experienceYears').fill('5');
    await named(page, 'headcount').fill('2');
    await named(page, 'languages').fill(POSTED.language);
    await visibleText(page, '添加').click();
    await page.locator('.rc-tags__tag').filter({ hasText: POSTED.language }).filter({ visible: true }).waitFor();
    await named(page, 'description').fill(POSTED.description);
    await named(page, 'requirements').fill(POSTED.requirements);
    await named(page, 'benefits').fill(POSTED.benefits);
    await named(page, 'titleEn').fill(POSTED.titleEn);
    await named(page, 'title').scrollIntoViewIfNeeded();
    await shot(page, 'rc-02-form-filled');
    await named(page, 'expiresOn').scrollIntoViewIfNeeded();
    await shot(page, 'rc-03-form-expiry');

    await button(page, '提交审核').click();
    await page.waitForURL(/recruit\/positions/, { timeout: 15_000 });
    const posted = card(page, '.rc-card', POSTED.title);
    await posted.waitFor({ timeout: 15_000 });
    // Shown under "under review"; the dev persona has no WeChat openid, so the text goes to a person.
    await posted.getByText('待审核', { exact: true }).waitFor();
    await posted.getByText('内容需人工复核，服务中心审核后公开').waitFor();
    await shot(page, 'rc-04-positions-pending');

    // The second position, which staff will reject, is posted directly.
    rejectedId = (await api<{ id: number }>('enterprise', 'POST', '/org/positions', REJECTED)).id;
  });

  it('staff approve the posted position in the review queue and reject the other with a reason', async () => {
    const page = pages.staff;
    await openReviewQueue(page);
    const posted = card(page, '.staff__card', POSTED.title);
    await posted.waitFor({ timeout: 15_000 });
    await posted.getByText('内容检测：需人工复核').waitFor();
    await card(page, '.staff__card', REJECTED.title).waitFor();
    await shot(page, 'rc-05-review-queue');

    await button(posted, '通过').click();
    await posted.waitFor({ state: 'detached', timeout: 15_000 });

    const other = card(page, '.staff__card', REJECTED.title);
    await button(other, '驳回').click();
    const dialog = openDialog(page);
    await dialog.waitFor();
    // A reason is required.
    await button(dialog, '驳回').click();
    await dialog.getByText('此项必填').waitFor();
    await dialog.locator('textarea').fill(REJECT_REASON);
    await shot(page, 'rc-06-reject-dialog');
    await button(dialog, '驳回').click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    await other.waitFor({ state: 'detached', timeout: 15_000 });

    await filterTab(page, '招聘中').click();
    await card(page, '.staff__card', POSTED.title).waitFor({ timeout: 15_000 });
    await shot(page, 'rc-07-review-open');
    await filterTab(page, '未通过').click();
    await card(page, '.staff__card', REJECTED.title)
      .getByText(`未通过原因：${REJECT_REASON}`)
      .waitFor({ timeout: 15_000 });
  });

  it('the enterprise sees the rejection with the staff reason', async () => {
    const page = pages.enterprise;
    await openFromOrganization(page, '我们的岗位');
    await page.waitForURL(/recruit\/positions/);
    await card(page, '.rc-card', POSTED.title).waitFor({ timeout: 15_000 });
    await filterTab(page, '未通过').click();
    const rejected = card(page, '.rc-card', REJECTED.title);
    await rejected.getByText(REJECT_REASON).waitFor({ timeout: 15_000 });
    await shot(page, 'rc-08-positions-rejected');

    // It revises the salary and sends it back to review.
    await button(rejected, '编辑').click();
    await page.waitForURL(/position-edit\/index\?id=\d+/);
    await visibleText(page, '修改后需要重新检测和审核，审核期间岗位不对外显示').waitFor({ timeout: 15_000 });
    await expect(named(page, 'title').inputValue()).resolves.toBe(REJECTED.title);
    await named(page, 'salaryMin').fill('30000');
    await named(page, 'salaryMax').fill('45000');
    await shot(page, 'rc-08b-edit-rejected');
    await button(page, '保存并重新提交审核').click();
    await page.waitForURL(/recruit\/positions/, { timeout: 15_000 });
    // Back on the list, now under review.
    await page
      .getByRole('tab', { name: '待审核', exact: true, selected: true })
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 15_000 });
    await card(page, '.rc-card', REJECTED.title)
      .getByText('3万-4.5万/月', { exact: false })
      .waitFor({ timeout: 15_000 });
    await shot(page, 'rc-08c-resubmitted');
  });

  it('the talent switches to English and applies through the jobs tab', async () => {
    const page = pages.talent;
    await visibleText(page, 'English').click();
    await visibleText(page, 'Sign out').waitFor({ timeout: 10_000 });
    await tab(page, 'Jobs').click();
    const job = page.locator('.job-card').filter({ hasText: POSTED.titleEn }).filter({ visible: true }).first();
    await job.waitFor({ timeout: 15_000 });
    await shot(page, 'rc-09-talent-jobs-en');
    await job.click();
    await page.waitForURL(/job\/detail/);
    await visibleText(page, 'Apply').click({ timeout: 15_000 });
    await page.waitForURL(/job\/apply/);
    await page.locator('textarea').filter({ visible: true }).first().fill(APPLY_MESSAGE);
    await shot(page, 'rc-10-talent-apply-en');
    await visibleText(page, 'Send application').click();
    await page.waitForURL(/job\/application/, { timeout: 15_000 });
    await visibleText(page, 'Progress').waitFor({ timeout: 15_000 });
    await shot(page, 'rc-11-talent-applied-en');
  });

  it('the enterprise opens the applicant (viewed) and invites them to an interview with a message', async () => {
    const page = pages.enterprise;
    await openFromOrganization(page, '我们的岗位');
    const open = card(page, '.rc-card', POSTED.title);
    await open.waitFor({ timeout: 15_000 });
    await open.locator('.rc-stats__item').filter({ hasText: '应聘' }).getByText('1', { exact: true }).waitFor();
    await shot(page, 'rc-12-positions-open');

    await button(open, '应聘者').click();
    await page.waitForURL(/recruit\/applicants/);
    const applicant = page.locator('.rc-card').filter({ visible: true }).first();
    await applicant.getByText('已投递', { exact: true }).waitFor({ timeout: 15_000 });
    await shot(page, 'rc-13-applicants');

    await applicant.click();
    await page.waitForURL(/recruit\/applicant\/index/);
    await visibleText(page, APPLY_MESSAGE).waitFor({ timeout: 15_000 });
    // Opening it marked it viewed.
    await page.locator('.rc-card__status').filter({ hasText: '已查看', visible: true }).waitFor({ timeout: 15_000 });
    await shot(page, 'rc-14-applicant-viewed');

    await named(page, 'moveMessage').fill(INTERVIEW_MESSAGE);
    await button(page, '邀请面试').click();
    const dialog = openDialog(page);
    await dialog.getByText('人才会收到通知和你的留言。').waitFor();
    await button(dialog, '确定').click();
    await page.locator('.rc-card__status').filter({ hasText: '邀请面试', visible: true }).waitFor({ timeout: 15_000 });
    await page.locator('.rc-timeline__message').filter({ hasText: INTERVIEW_MESSAGE, visible: true }).waitFor();
    // From an interview, only an offer or a rejection remain.
    await button(page, '发放录用').waitFor();
    await expect(button(page, '邀请面试').isVisible()).resolves.toBe(false);
    await page.locator('.rc-timeline').filter({ visible: true }).scrollIntoViewIfNeeded();
    await shot(page, 'rc-15-applicant-interview');

    // Back in the list, the applicant shows as invited.
    await page.goBack();
    await page
      .locator('.rc-card')
      .filter({ visible: true })
      .first()
      .getByText('邀请面试', { exact: true })
      .waitFor({ timeout: 15_000 });
  });

  it('the enterprise shares the position with a channel tag and extends it once', async () => {
    const page = pages.enterprise;
    await openFromOrganization(page, '我们的岗位');
    const open = card(page, '.rc-card', POSTED.title);
    await button(open, '分享').click({ timeout: 15_000 });
    await page.waitForURL(/recruit\/share/);
    await page.locator('.rc-chip').filter({ hasText: 'uk-london', visible: true }).click();
    await visibleText(page, '渠道 uk-london').waitFor({ timeout: 15_000 });
    const code = page.locator('.rc-code__image img').filter({ visible: true }).first();
    await code.waitFor({ timeout: 15_000 });
    // The PNG the (fake) WeChat made, shown from the bytes fetched with the session.
    await expect(code.getAttribute('src')).resolves.toMatch(/^data:image\/png;base64,/);
    await page.waitForFunction((img) => (img as HTMLImageElement).naturalWidth > 0, await code.elementHandle());
    const positionId = Number(new URL(page.url().replace('/#/', '/')).searchParams.get('id'));
    expect(wechat.wxacodes.length).toBeGreaterThan(0);

    // A talent arriving through the London link counts for that channel.
    await api(null, 'GET', `/positions/${positionId}?channel=uk-london`);
    await page.reload();
    await visibleText(page, 'uk-london').waitFor({ timeout: 15_000 });
    await page.locator('.rc-table__row').filter({ hasText: 'uk-london', visible: true }).waitFor({ timeout: 15_000 });
    await page.locator('.rc-chip').filter({ hasText: 'uk-london', visible: true }).click();
    await page.locator('.rc-code__image').filter({ visible: true }).waitFor({ timeout: 15_000 });
    await shot(page, 'rc-16-share');
    await page.locator('.rc-table').filter({ visible: true }).scrollIntoViewIfNeeded();
    await shot(page, 'rc-16b-share-channels');

    await openFromOrganization(page, '我们的岗位');
    await button(card(page, '.rc-card', POSTED.title), '延期').click({ timeout: 15_000 });
    const dialog = openDialog(page);
    await dialog.getByText('每个岗位只能延期一次').waitFor();
    await shot(page, 'rc-17-extend');
    await button(dialog, '确认延期').click();
    await card(page, '.rc-card', POSTED.title).getByText('已延期', { exact: true }).waitFor({ timeout: 15_000 });
    await expect(button(card(page, '.rc-card', POSTED.title), '延期').isVisible()).resolves.toBe(false);
  });

  it('the talent sees "Interview" and the message in the application timeline', async () => {
    const page = pages.talent;
    await page.goto(server.url);
    await tab(page, 'Me').click();
    await visibleText(page, 'My applications').click();
    await page.waitForURL(/job\/applications/);
    const application = page.locator('.app-card').filter({ hasText: POSTED.titleEn }).filter({ visible: true }).first();
    await application.getByText('Interview', { exact: true }).waitFor({ timeout: 15_000 });
    await application.click();
    await page.waitForURL(/job\/application/);
    await visibleText(page, INTERVIEW_MESSAGE).waitFor({ timeout: 15_000 });
    await visibleText(page, 'Interview').waitFor();
    await shot(page, 'rc-18-talent-timeline-en');
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });

  it('left the rejected position out of the public list', async () => {
    const list = await api<{ items: Array<{ id: number }> }>(null, 'GET', '/positions?pageSize=50');
    expect(list.items.map((p) => p.id)).not.toContain(rejectedId);
  });
});
