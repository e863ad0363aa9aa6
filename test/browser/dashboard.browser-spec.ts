import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { DEV_PERSONA_LABELS, type Dashboard, dashboardSchema } from '@ihaigui/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, ROOT, type RunningServer, screenshotPath, startServer } from './support/server';

/** Pages slide in on H5; let the transition finish before looking. */
const settle = (page: Page) => page.waitForTimeout(800);

/** "YYYY-MM-DD" in the city (UTC+8). */
const cityDate = (time: number) => new Date(time + 8 * 3600_000).toISOString().slice(0, 10);
/** How SQLite holds a datetime column written by the server (UTC, milliseconds). */
const sqliteTime = (time: number) => new Date(time).toISOString().replace('T', ' ').replace('Z', '');
/** The page's percentage of a conversion cell, as the export holds it (0.0%). */
const percentText = (ratio: unknown) => (typeof ratio === 'number' ? `${(Math.round(ratio * 1000) / 10).toFixed(1)}%` : '—');

interface Sqlite {
  prepare(sql: string): { run(...params: unknown[]): { lastInsertRowid: number | bigint } };
  pragma(sql: string): unknown;
  close(): void;
}

/**
 * A season of matchmaking in the current month, written straight into the running server's SQLite file (the
 * project, event and intention services are built separately; the API e2e drives the funnel through them).
 */
function seedMatchmaking(file: string, now: number): void {
  const BetterSqlite3 = require(require.resolve('better-sqlite3', { paths: [path.join(ROOT, 'server')] })) as new (f: string) => Sqlite;
  const db = new BetterSqlite3(file);
  db.pragma('busy_timeout = 5000');
  const at = sqliteTime(now - 60_000);
  const event = db
    .prepare(
      `INSERT INTO "event" ("title", "titleEn", "kind", "status", "startsAt", "endsAt", "place", "capacity", "registrationDeadline", "agenda", "organisers", "description", "createdBy", "publishedAt")
       VALUES (?, ?, 'roadshow', 'published', ?, ?, '厦门国际会议中心', 80, ?, '项目路演', '人才服务中心', '看板浏览器测试活动', 1, ?)`,
    )
    .run('看板测试路演', 'Dashboard test roadshow', at, at, at, at).lastInsertRowid;
  const projects: Array<[string, string, string, boolean, boolean]> = [
    // origin, field, degree, accepted, reviewed
    ['us', 'ai', 'phd', true, true],
    ['us', 'biomedicine', 'phd', true, true],
    ['us', 'ai', 'master', true, false],
    ['uk', 'new_energy_materials', 'phd', true, true],
    ['uk', 'ai', 'master', false, false],
    ['germany', 'smart_manufacturing', 'phd', true, false],
    ['japan', 'iot', 'bachelor', false, false],
    ['singapore', 'next_gen_it', 'postdoc', true, true],
    ['canada', 'biomedicine', 'master', false, false],
  ];
  const projectIds = projects.map(([origin, field, degree, accepted, reviewed], i) =>
    Number(
      db
        .prepare(
          `INSERT INTO "project" ("ownerId", "name", "field", "originRegion", "teamSize", "leaderDegree", "stage", "seeks", "summary", "details", "contact", "eventId", "status", "submittedAt", "acceptedAt", "reviewedAt")
           VALUES (?, ?, ?, ?, 4, ?, 'prototype', ',investment,', '看板测试项目', '详情', 'founder@example.com', ?, ?, ?, ?, ?)`,
        )
        .run(9000 + i, `看板测试项目${i + 1}`, field, origin, degree, i < 5 ? event : null, accepted ? 'accepted' : 'submitted', at, accepted ? at : null, reviewed ? at : null)
        .lastInsertRowid,
    ),
  );
  for (const [order, projectId] of projectIds.slice(0, 4).entries()) {
    db.prepare(`INSERT INTO "roadshow_slot" ("eventId", "projectId", "sortOrder", "createdAt") VALUES (?, ?, ?, ?)`).run(event, projectId, order + 1, at);
  }
  const intention = db.prepare(
    `INSERT INTO "intention" ("organizationId", "talentUserId", "projectId", "source", "eventId", "proposedBy", "proposedByUserId", "status", "registeredCapital", "investmentAmount", "district", "agreementAt", "signedAt", "createdAt")
     VALUES (1, ?, ?, 'roadshow', ?, 'organization', 1, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // project index, agreement, signed (district, capital, investment)
  const steps: Array<[number, boolean, [string, number, number] | null]> = [
    [0, true, ['huli', 5_000_000, 2_000_000]],
    [1, true, ['torch', 10_000_000, 0]],
    [2, true, null],
    [3, false, null],
    [0, false, null],
    [7, true, ['jimei', 3_000_000, 1_500_000]],
  ];
  steps.forEach(([p, agreement, signed], i) => {
    intention.run(9100 + i, projectIds[p], p < 5 ? event : null, signed ? 'signed' : agreement ? 'agreement' : 'proposed', signed?.[1] ?? null, signed?.[2] ?? null, signed?.[0] ?? null, agreement ? at : null, signed ? at : null, at);
  });
  db.close();
}

describe('staff dashboard in the H5 app (Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dir: string;
  const pageErrors: string[] = [];
  const today = cityDate(Date.now());
  const period = { from: `${today.slice(0, 7)}-01`, to: today };

  const visibleText = (text: string) => page.getByText(text, { exact: true }).filter({ visible: true }).first();
  const tab = (text: string) => page.locator('.weui-tabbar__label').filter({ hasText: new RegExp(`^${text}$`) });
  const funnelCard = () => page.locator('.dash__card--funnel').filter({ visible: true }).first();

  async function staffToken(): Promise<string> {
    const res = await fetch(`${server.url}api/v1/auth/dev-login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ persona: 'staff' }),
    });
    return ((await res.json()) as { accessToken: string }).accessToken;
  }

  async function apiDashboard(): Promise<Dashboard> {
    const res = await fetch(`${server.url}api/v1/staff/dashboard?from=${period.from}&to=${period.to}`, {
      headers: { Authorization: `Bearer ${await staffToken()}` },
    });
    return dashboardSchema.parse(await res.json());
  }

  /** Me → staff console → dashboard, and wait for the funnel chart to be drawn. */
  async function openDashboard(me: string, consoleEntry: string, entry: string): Promise<void> {
    await page.goto(server.url);
    await tab(me).click();
    await visibleText(consoleEntry).click();
    await page.waitForURL(/staff\/home/);
    await page.locator('.nut-cell').filter({ hasText: entry }).filter({ visible: true }).first().click();
    await page.waitForURL(/dashboard\/index/);
    await funnelCard().waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#dash-chart-funnel');
      return !!canvas && canvas.width > 0;
    });
    await settle(page);
  }

  /** The whole dashboard in one picture: the window grows to the page's height for the shot. */
  async function shootWhole(name: string, width = 390): Promise<void> {
    await page.setViewportSize({ width, height: 844 });
    await settle(page);
    const height = await page.evaluate(() => document.querySelector<HTMLElement>('.dash')?.scrollHeight ?? 844);
    await page.setViewportSize({ width, height: Math.min(Math.max(height, 844), 8000) });
    await settle(page);
    await page.screenshot({ path: screenshotPath(name) });
    await page.setViewportSize({ width: 390, height: 844 });
    await settle(page);
  }

  /** How much of a canvas is drawn on (not white), and in how many distinct colours. */
  function inked(id: string) {
    return page.evaluate((selector) => {
      const canvas = document.querySelector<HTMLCanvasElement>(selector);
      if (!canvas) return { width: 0, height: 0, share: 0, colours: 0 };
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let drawn = 0;
      const colours = new Set<string>();
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
        if (a > 0 && (r < 235 || g < 235 || b < 235)) {
          drawn += 1;
          colours.add(`${r >> 4},${g >> 4},${b >> 4}`);
        }
      }
      return { width: canvas.width, height: canvas.height, share: drawn / (canvas.width * canvas.height), colours: colours.size };
    }, `#${id}`);
  }

  /** The rows of the funnel table as shown. */
  async function funnelTable(): Promise<{ head: string[]; rows: string[][] }> {
    const table = funnelCard().locator('.dash__table');
    const head = await table.locator('.dash__tr--head [role="columnheader"]').allInnerTexts();
    const rows: string[][] = [];
    for (const row of await table.locator('.dash__tr:not(.dash__tr--head)').all()) rows.push(await row.locator('[role="cell"]').allInnerTexts());
    return { head: head.map((h) => h.trim()), rows: rows.map((r) => r.map((c) => c.trim())) };
  }

  /** Export of the funnel through the page's button, read back: what the browser saved, under which name. */
  async function exportFunnel(): Promise<{ name: string; sheet: ExcelJS.Worksheet }> {
    const [download] = await Promise.all([page.waitForEvent('download'), funnelCard().locator('.dash__export').click()]);
    const file = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return { name: download.suggestedFilename(), sheet: wb.worksheets[0]! };
  }

  /** The funnel as the page shows it and as the exported sheet holds it must agree, header and every cell. */
  async function expectExportMatchesPage(sheet: ExcelJS.Worksheet): Promise<void> {
    const shown = await funnelTable();
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(shown.head);
    const exported: string[][] = [];
    sheet.eachRow((row, n) => {
      if (n <= 2) return;
      const cells = row.values as unknown[];
      exported.push([String(cells[1]), String(cells[2]), percentText(cells[3] ?? null)]);
    });
    expect(exported).toEqual(shown.rows.map(([name, count, share]) => [name, count!.replace(/,/g, ''), share]));
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ihaigui-dashboard-'));
    const dbFile = path.join(dir, 'app.sqlite');
    server = await startServer({ DATABASE_URL: `sqlite:${dbFile}`, RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
    seedMatchmaking(dbFile, Date.now());
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(server.url);
    await tab('我的').click();
    await visibleText('登录 / 注册').click();
    await visibleText(DEV_PERSONA_LABELS.staff.zh).click();
    await visibleText('退出登录').waitFor({ timeout: 15_000 });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('staff open the dashboard in Chinese: charts are drawn, the funnel table shows the API’s numbers', async () => {
    await openDashboard('我的', '工作台', '数据看板');
    const api = await apiDashboard();
    expect(api.funnel.find((r) => r.stage === 'registered')!.count).toBeGreaterThanOrEqual(9);

    for (const id of ['dash-chart-funnel', 'dash-chart-region', 'dash-chart-field', 'dash-chart-degree', 'dash-chart-district']) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      const ink = await inked(id);
      expect({ id, width: ink.width > 0, drawn: ink.share > 0.02, colourful: ink.colours >= 3 }).toEqual({ id, width: true, drawn: true, colourful: true });
    }
    const shown = await funnelTable();
    expect(shown.head).toEqual(['阶段', '数量', '较上一阶段']);
    expect(shown.rows.map((r) => [r[0], Number(r[1])])).toEqual(
      api.funnel.map((r) => [{ registered: '项目报名', screened: '通过筛选', reviewed: '完成评审', roadshow: '参加路演', intention: '对接意向', agreement: '签意向协议', signed: '落地签约' }[r.stage], r.count]),
    );
    await shootWhole('dash-01-zh');
    // Staff also work on a desktop browser: the charts take the wider page.
    await shootWhole('dash-03-zh-desktop', 1280);
    expect((await inked('dash-chart-funnel')).share).toBeGreaterThan(0.02);
  }, 90_000);

  it('exports the funnel table as an .xlsx whose header and values are the page’s (Chinese)', async () => {
    const { name, sheet } = await exportFunnel();
    expect(name).toBe(`dashboard-funnel-${period.from}_${period.to}.xlsx`);
    expect(String(sheet.getCell(1, 1).value)).toBe(`对接漏斗 · ${period.from} 至 ${period.to}`);
    await expectExportMatchesPage(sheet);
  }, 60_000);

  it('the same in English, and the custom period and presets switch the figures', async () => {
    await page.goto(server.url);
    await tab('我的').click();
    await visibleText('English').click();
    await tab('Me').waitFor({ timeout: 10_000 });
    await openDashboard('Me', 'Staff console', 'Dashboard');
    await visibleText('Registered').waitFor();
    const ink = await inked('dash-chart-funnel');
    expect(ink.share).toBeGreaterThan(0.02);
    expect((await funnelTable()).head).toEqual(['Stage', 'Count', 'From previous stage']);
    await shootWhole('dash-02-en');

    const { name, sheet } = await exportFunnel();
    expect(name).toBe(`dashboard-funnel-${period.from}_${period.to}.xlsx`);
    expect(String(sheet.getCell(1, 1).value)).toBe(`Funnel · ${period.from} to ${period.to}`);
    await expectExportMatchesPage(sheet);

    // "This year" holds at least this month's figures; a custom period starts from the one on screen.
    await visibleText('This year').click();
    await page.locator('.dash__range').filter({ hasText: 'Jan 1' }).filter({ visible: true }).waitFor();
    await visibleText('Custom').click();
    await page.locator('.dash__date').filter({ visible: true }).first().waitFor();
    expect(await page.locator('.dash__date').filter({ visible: true }).allInnerTexts()).toEqual([`${today.slice(0, 4)}-01-01`, today]);
  }, 90_000);

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
