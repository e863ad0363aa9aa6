import ExcelJS from 'exceljs';
import {
  EXPIRING_WITHIN_DAYS,
  STAFF_POLICY_VIEW_LABELS,
  VERDICT_LABELS,
  describeCriterion,
  policyDetailSchema,
  policyPageSchema,
} from '@ihaigui/shared';
import type { Browser, Page } from 'playwright-core';
import { headerOf, IMPORT_COLUMNS } from '../../server/src/policy/policy-import';
import { addDays, daysBetween, localDate } from '../../server/src/common/time/local-date';
import { DEMO_POLICIES } from '../../server/src/seed/demo-policies';
import { datedForSeed } from '../../server/src/seed/demo-policies.seed';
import { launchBrowser, type RunningServer, startServer } from './support/server';
import {
  button,
  collectPageErrors,
  filterTab,
  named,
  settled,
  sheetOption,
  shot,
  signInAs,
  tab,
  visibleText,
} from './support/ui';

/** "YYYY-MM-DD" in the city (Beijing time), `days` from today: the calendar the seed and the console use. */
const beijingDate = (days = 0) => addDays(localDate(new Date()), days);

/**
 * The published demo policies the "expiring in 30 days" view lists on `today`, with their days left: the seed places
 * their validity relative to the city's date on `seedDay` (the day the server seeded them).
 */
function expiringDemo(seedDay: string, today: string): Array<{ title: string; validTo: string; daysLeft: number }> {
  return DEMO_POLICIES.filter((p) => p.status === 'published')
    .map((p) => ({ title: p.input.title, validTo: datedForSeed(p, seedDay).validTo }))
    .filter(
      (p): p is { title: string; validTo: string } =>
        !!p.validTo && p.validTo >= today && p.validTo <= addDays(today, EXPIRING_WITHIN_DAYS),
    )
    .map((p) => ({ ...p, daysLeft: daysBetween(today, p.validTo) }));
}

type Row = Record<string, string | number | null>;
const stamp = Date.now().toString(36);
const importRow = (n: number, overrides: Row = {}): Row => ({
  title: `浏览器导入测试政策${n}号 ${stamp}`,
  issuer: '厦门市人力资源和社会保障局',
  region: '全市',
  category: '就业补贴',
  targetGroups: '留学回国人员',
  amountMax: '3万',
  amountPeriod: '一次性',
  validFrom: '2026-01-01',
  validTo: '2027-12-31',
  summary: '为来厦就业的留学回国人员提供一次性就业补贴。',
  body: '<p>补贴标准与申请条件。</p>',
  howToApply: '登录厦门人才服务平台在线申报。',
  criteria: 'degree>=master; intent=job',
  ...overrides,
});

/** A spreadsheet in the template's layout: rows 2 and 4 are right, row 3 has a bad region and date, row 5 no title. */
async function spreadsheet(): Promise<Buffer> {
  const rows = [
    importRow(1),
    importRow(2, { region: '火星', validTo: '2027-13-45' }),
    importRow(3),
    importRow(4, { title: null }),
  ];
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('政策 Policies');
  sheet.addRow(IMPORT_COLUMNS.map(headerOf));
  for (const row of rows) sheet.addRow(IMPORT_COLUMNS.map((c) => row[c.field] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the staff policy console in the H5 app (Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  /** The city's date when the server seeded the demo data. */
  let seedDay: string;
  const pageErrors: string[] = [];

  async function openConsolePolicies() {
    await page.goto(server.url);
    await tab(page, '我的').click();
    await visibleText(page, '工作台').click();
    await visibleText(page, '政策管理').click();
    await page.waitForURL(/staff\/policies/);
    await settled(page);
  }

  beforeAll(async () => {
    seedDay = beijingDate();
    server = await startServer({ RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', acceptDownloads: true });
    collectPageErrors(page, pageErrors);

    // Sign in with the login page's demo persona picker.
    await signInAs(page, server.url, 'staff');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists the demo policies that expire within 30 days', async () => {
    const expiring = expiringDemo(seedDay, beijingDate());
    expect(expiring.length).toBeGreaterThan(0);
    await openConsolePolicies();
    await filterTab(page, STAFF_POLICY_VIEW_LABELS.expiring.zh).click();
    // Each card says how many days are left, counted on the city's calendar.
    for (const policy of expiring) {
      const card = page.locator('.staff__card').filter({ hasText: policy.title }).filter({ visible: true }).first();
      const left = policy.daysLeft === 0 ? '今天到期' : `${policy.daysLeft} 天后到期`;
      await card.locator('.staff__tags').getByText(left, { exact: true }).waitFor({ timeout: 15_000 });
    }
    // A policy valid for longer is not in this view.
    const standing = DEMO_POLICIES.find((p) => p.status === 'published' && p.input.validTo === null)!;
    expect(await visibleText(page, standing.input.title).isVisible()).toBe(false);
    await shot(page, 'sp-01-expiring');
  });

  it('creates a policy with two criteria, previews and tries them, saves and publishes it', async () => {
    const title = `浏览器测试政策 ${stamp}`;
    await openConsolePolicies();
    await visibleText(page, '新建政策').click();
    await page.waitForURL(/policy-edit/);
    await named(page, 'title').waitFor({ timeout: 15_000 });
    await settled(page);

    await named(page, 'title').fill(title);
    await named(page, 'issuer').fill('厦门市人力资源和社会保障局');
    // Region defaults to citywide; the category has to be chosen.
    await page.locator('.form-field').filter({ hasText: '政策类别' }).locator('.form-field__select').click();
    await sheetOption(page, '人才认定', false).click();
    await visibleText(page, '高层次人才').click();
    await named(page, 'amountMax').fill('500000');
    await visibleText(page, '人才端显示为：最高50万元（一次性）').waitFor();
    await named(page, 'validTo').fill(beijingDate(200));
    await named(page, 'summary').fill('对符合条件的留学回国人员给予一次性资助，浏览器测试使用。');
    await named(page, 'body').fill('<p>一、支持对象</p><p>二、支持标准</p>');
    await named(page, 'howToApply').fill('登录厦门人才服务平台在线申报。');
    await named(page, 'title').scrollIntoViewIfNeeded();
    await shot(page, 'sp-02-form-filled');

    // Two criteria: a minimum degree (master's by default) and an age limit (45 by default).
    await button(page, '添加条件').click();
    await sheetOption(page, '最低学历', false).click();
    await button(page, '添加条件').click();
    await sheetOption(page, '年龄上限', false).click();

    const degree = describeCriterion({ kind: 'degreeAtLeast', degree: 'master' });
    const age45 = describeCriterion({ kind: 'ageAtMost', years: 45 });
    for (const text of [degree.zh, degree.en, age45.zh, age45.en])
      await visibleText(page, text).waitFor({ timeout: 10_000 });
    // The first sample (PhD returnee, 37) meets both.
    const verdict = page.locator('.sp-try__verdict').filter({ visible: true });
    const verdictIs = (label: string) => verdict.filter({ hasText: label }).waitFor({ timeout: 5_000 });
    await verdictIs(VERDICT_LABELS.eligible.zh);
    await verdict.scrollIntoViewIfNeeded();
    await shot(page, 'sp-03-criteria-preview');

    // An age limit of 35 excludes the 37-year-old: the sentences and the verdict follow at once.
    await page.locator('input[name="criteria.ageAtMost.years"]').fill('35');
    const age35 = describeCriterion({ kind: 'ageAtMost', years: 35 });
    await visibleText(page, age35.zh).waitFor();
    await visibleText(page, age35.en).waitFor();
    await verdictIs(VERDICT_LABELS.not_eligible.zh);
    await visibleText(page, '你37岁，超过了35周岁的上限').waitFor();
    await verdict.scrollIntoViewIfNeeded();
    await shot(page, 'sp-04-verdict-changed');

    // With nothing known about the talent, the answer is "maybe".
    await visibleText(page, '未填写任何信息').click();
    await verdictIs(VERDICT_LABELS.maybe.zh);
    await visibleText(page, '海归博士，37岁，集美，智能制造').click();

    await button(page, '保存为草稿').click();
    await page.waitForURL(/policy-edit\/index\?id=\d+/, { timeout: 15_000 });
    await visibleText(page, '草稿').waitFor({ timeout: 15_000 });

    // A PDF attachment goes up, shows in the list, and can be deleted again.
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button(page, '上传 PDF 附件').click()]);
    await chooser.setFiles({ name: '申报通知.pdf', mimeType: 'application/pdf', buffer: pdf });
    await visibleText(page, '申报通知.pdf').waitFor({ timeout: 15_000 });
    await page.locator('.sp-attachments').filter({ visible: true }).scrollIntoViewIfNeeded();
    await shot(page, 'sp-05-attachment');
    await page
      .locator('.sp-attachment')
      .filter({ hasText: '申报通知.pdf', visible: true })
      .locator('.nut-button')
      .click();
    await page
      .locator('.nut-dialog')
      .filter({ visible: true })
      .locator('.nut-button')
      .filter({ hasText: '删除' })
      .click();
    await visibleText(page, '还没有附件').waitFor({ timeout: 15_000 });

    await button(page, '立即发布').click();
    await visibleText(page, '已发布').waitFor({ timeout: 15_000 });
    await button(page, '下线').waitFor();
    // The toast goes before the shot.
    await shot(page, 'sp-06-published-panel');
    await page.locator('.staff__status-bar').filter({ visible: true }).scrollIntoViewIfNeeded();
    await shot(page, 'sp-07-published-top');

    // The saved policy carries both criteria, the age limit as changed.
    const list = policyPageSchema.parse(
      await (await page.request.get(`${server.url}api/v1/policies?pageSize=20`)).json(),
    );
    const id = list.items.find((p) => p.title === title)?.id;
    expect(id).toBeDefined();
    const detail = policyDetailSchema.parse(
      await (await page.request.get(`${server.url}api/v1/policies/${id}`)).json(),
    );
    expect(detail.criteria.map((c) => c.criterion)).toEqual([
      { kind: 'degreeAtLeast', degree: 'master' },
      { kind: 'ageAtMost', years: 35 },
    ]);
  });

  it('imports an Excel file: the refusal and the check show the bad cells, then the valid rows go in', async () => {
    const file = await spreadsheet();
    await openConsolePolicies();
    await visibleText(page, 'Excel 导入').click();
    await page.waitForURL(/policy-import/);
    await visibleText(page, '如何批量导入').waitFor({ timeout: 15_000 });

    // The template downloads as a spreadsheet.
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, '下载模板').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button(page, '选择 Excel 文件').click()]);
    await chooser.setFiles({
      name: 'policies.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    await visibleText(page, 'policies.xlsx').waitFor();
    await shot(page, 'sp-08-import-file-chosen');

    // All or nothing: refused, with the report.
    await button(page, '全部导入').click();
    await visibleText(page, '部分行有误，未导入任何内容').waitFor({ timeout: 15_000 });
    await visibleText(page, '第 3 行').waitFor();
    await visibleText(page, '第 5 行').waitFor();
    await page.locator('.sp-report').filter({ visible: true }).scrollIntoViewIfNeeded();
    await shot(page, 'sp-09-import-refused');

    // A check (writes nothing) shows the same table: row, column letter and header, message.
    await button(page, '检查文件').click();
    await visibleText(page, '有 2 行存在错误，详见下表。').waitFor({ timeout: 15_000 });
    const regionColumn = IMPORT_COLUMNS.findIndex((c) => c.field === 'region');
    const regionError = page
      .locator('.sp-errors__row')
      .filter({ hasText: headerOf(IMPORT_COLUMNS[regionColumn]) })
      .first();
    await expect(regionError.textContent()).resolves.toContain(String.fromCharCode(65 + regionColumn));
    await expect(regionError.textContent()).resolves.toContain('火星');
    await page.locator('.sp-errors').filter({ visible: true }).scrollIntoViewIfNeeded();
    await shot(page, 'sp-10-import-checked');

    await button(page, '只导入正确的 2 行').click();
    await visibleText(page, '已导入 2 条政策（草稿），跳过 2 行有误的数据。').waitFor({ timeout: 15_000 });
    await expect(page.locator('.sp-imported__link').filter({ visible: true }).count()).resolves.toBe(2);
    await shot(page, 'sp-11-imported');

    // The drafts are in the manager's draft view.
    await button(page, '到政策管理查看草稿').click();
    await page.waitForURL(/staff\/policies\/index\?view=draft/);
    await visibleText(page, String(importRow(1).title)).waitFor({ timeout: 15_000 });
    await visibleText(page, String(importRow(3).title)).waitFor();
    await shot(page, 'sp-12-imported-drafts');
  });

  it('shows the console in English, criteria sentences and reasons included', async () => {
    await page.goto(server.url);
    await tab(page, '我的').click();
    await visibleText(page, 'English').click();
    await tab(page, 'Me').waitFor({ timeout: 10_000 });
    await visibleText(page, 'Staff console').click();
    await visibleText(page, 'Policies').click();
    await page.waitForURL(/staff\/policies/);
    await filterTab(page, STAFF_POLICY_VIEW_LABELS.published.en).click();
    await visibleText(page, `浏览器测试政策 ${stamp}`).waitFor({ timeout: 15_000 });
    await shot(page, 'sp-13-published-en');
    await visibleText(page, `浏览器测试政策 ${stamp}`).click();
    await page.waitForURL(/policy-edit/);
    await visibleText(page, 'Eligibility criteria').waitFor({ timeout: 15_000 });
    await visibleText(page, "Your degree: PhD; meets Master's or higher").waitFor();
    await page
      .locator('.sp-try__verdict')
      .filter({ visible: true })
      .filter({ hasText: VERDICT_LABELS.not_eligible.en })
      .waitFor();
    await page.locator('.sp-preview').filter({ visible: true }).scrollIntoViewIfNeeded();
    await shot(page, 'sp-14-preview-en');
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
