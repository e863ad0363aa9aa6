import ExcelJS from 'exceljs';
import {
  type Dashboard,
  dashboardSchema,
  type District,
  type EventInputRaw,
  FUNNEL_STAGES,
  type FunnelStage,
  type ProjectInputRaw,
} from '@ihaigui/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, type RunningServer, startServer } from './support/server';
import { chartsAtSize, collectPageErrors, settled, shot, signInAs, tab, visibleText } from './support/ui';

/** "YYYY-MM-DD" in the city (UTC+8). */
const cityDate = (time: number) => new Date(time + 8 * 3600_000).toISOString().slice(0, 10);
/** The page's percentage of a conversion cell, as the export holds it (0.0%). */
const percentText = (ratio: unknown) =>
  typeof ratio === 'number' ? `${(Math.round(ratio * 1000) / 10).toFixed(1)}%` : '—';

const DAY_MS = 24 * 60 * 60 * 1000;
/** An instant `days` (and `hours`) from now, as the API takes it. */
const fromNow = (days: number, hours = 0) => new Date(Date.now() + days * DAY_MS + hours * 3600_000).toISOString();
const stamp = Date.now().toString(36).slice(-5);

/**
 * A season of matchmaking this month, made through the API the way staff, talents and an organisation make it. The
 * demo data the server seeds has its own projects and intentions in the month: the figures are checked as what this
 * season added to them (and exactly, for the roadshow created here).
 */
const ROADSHOW: EventInputRaw = {
  title: `看板测试路演 ${stamp}`,
  titleEn: `Dashboard test roadshow ${stamp}`,
  kind: 'roadshow',
  startsAt: fromNow(10),
  endsAt: fromNow(10, 4),
  registrationDeadline: fromNow(8),
  place: '厦门国际会议中心',
  capacity: 80,
  agenda: '14:00 项目路演\n16:00 自由对接',
  organisers: '市留学人员服务中心',
  description: '面向已入围项目的线下路演，欢迎投资机构与园区参加。',
};

interface SeasonProject {
  originRegion: ProjectInputRaw['originRegion'];
  field: ProjectInputRaw['field'];
  leaderDegree: ProjectInputRaw['leaderDegree'];
  /** Registered for the roadshow. */
  onEvent: boolean;
  /** Accepted in screening (else left waiting for it). */
  accepted: boolean;
  /** Scored by both assigned reviewers: the review is complete. */
  reviewed: boolean;
  /** Shortlisted and put on the roadshow's running order. */
  slot: boolean;
}
/** Three founders own them in turn. */
const PROJECTS: SeasonProject[] = [
  { originRegion: 'us', field: 'ai', leaderDegree: 'phd', onEvent: true, accepted: true, reviewed: true, slot: true },
  {
    originRegion: 'us',
    field: 'biomedicine',
    leaderDegree: 'phd',
    onEvent: true,
    accepted: true,
    reviewed: true,
    slot: true,
  },
  {
    originRegion: 'us',
    field: 'ai',
    leaderDegree: 'master',
    onEvent: true,
    accepted: true,
    reviewed: false,
    slot: true,
  },
  {
    originRegion: 'uk',
    field: 'new_energy_materials',
    leaderDegree: 'phd',
    onEvent: true,
    accepted: true,
    reviewed: true,
    slot: true,
  },
  {
    originRegion: 'uk',
    field: 'ai',
    leaderDegree: 'master',
    onEvent: true,
    accepted: false,
    reviewed: false,
    slot: false,
  },
  {
    originRegion: 'germany',
    field: 'smart_manufacturing',
    leaderDegree: 'phd',
    onEvent: false,
    accepted: true,
    reviewed: false,
    slot: false,
  },
  {
    originRegion: 'japan',
    field: 'iot',
    leaderDegree: 'bachelor',
    onEvent: false,
    accepted: false,
    reviewed: false,
    slot: false,
  },
  {
    originRegion: 'singapore',
    field: 'next_gen_it',
    leaderDegree: 'postdoc',
    onEvent: false,
    accepted: true,
    reviewed: true,
    slot: false,
  },
  {
    originRegion: 'canada',
    field: 'biomedicine',
    leaderDegree: 'master',
    onEvent: false,
    accepted: false,
    reviewed: false,
    slot: false,
  },
];
const FOUNDERS = 3;

interface Landing {
  district: District;
  registeredCapital: number;
  investmentAmount: number;
}
interface SeasonIntention {
  /** Index in PROJECTS. */
  project: number;
  /** The verified enterprise marks interest in the project's roadshow slot, or proposes on the project directly. */
  via: 'interest' | 'proposal';
  /** How far it goes: the talent accepts, a meeting, the letter of intent, the landing agreement. */
  reach: 'proposed' | 'agreement' | 'signed';
  landing?: Landing;
}
/** In this order: the second intention on the first project opens once the first one is signed. */
const INTENTIONS: SeasonIntention[] = [
  {
    project: 0,
    via: 'interest',
    reach: 'signed',
    landing: { district: 'huli', registeredCapital: 5_000_000, investmentAmount: 2_000_000 },
  },
  {
    project: 1,
    via: 'interest',
    reach: 'signed',
    landing: { district: 'torch', registeredCapital: 10_000_000, investmentAmount: 0 },
  },
  { project: 2, via: 'interest', reach: 'agreement' },
  { project: 3, via: 'interest', reach: 'proposed' },
  { project: 0, via: 'proposal', reach: 'proposed' },
  {
    project: 7,
    via: 'proposal',
    reach: 'signed',
    landing: { district: 'jimei', registeredCapital: 3_000_000, investmentAmount: 1_500_000 },
  },
];

/** What the season adds to each stage of the funnel, citywide and on its roadshow (where nothing else counts). */
const SEASON_FUNNEL: Record<FunnelStage, number> = {
  registered: 9,
  screened: 6,
  reviewed: 4,
  roadshow: 4,
  intention: 6,
  agreement: 4,
  signed: 3,
};
const ROADSHOW_FUNNEL: Record<FunnelStage, number> = {
  registered: 5,
  screened: 4,
  reviewed: 3,
  roadshow: 4,
  intention: 5,
  agreement: 3,
  signed: 2,
};

type BreakdownKey = 'byRegion' | 'byField' | 'byDegree';
type BreakdownCounts = { projects: number; accepted: number; intentions: number; signed: number };
const BREAKDOWN_COLUMN = { byRegion: 'originRegion', byField: 'field', byDegree: 'leaderDegree' } as const;

/** The season's projects counted per region, field or degree, as the dashboard's breakdowns count them. */
function seasonBreakdown(breakdown: BreakdownKey): Record<string, BreakdownCounts> {
  const out: Record<string, BreakdownCounts> = {};
  PROJECTS.forEach((p, i) => {
    const row = (out[p[BREAKDOWN_COLUMN[breakdown]]] ??= { projects: 0, accepted: 0, intentions: 0, signed: 0 });
    const intentions = INTENTIONS.filter((x) => x.project === i);
    row.projects += 1;
    row.accepted += p.accepted ? 1 : 0;
    row.intentions += intentions.length;
    row.signed += intentions.filter((x) => x.reach === 'signed').length;
  });
  return out;
}

const funnelCounts = (d: Dashboard) =>
  Object.fromEntries(d.funnel.map((r) => [r.stage, r.count])) as Record<FunnelStage, number>;
/** after − before, per key of a breakdown (keys missing on one side count as zero), without the keys that did not move. */
function breakdownGrowth(
  before: Dashboard,
  after: Dashboard,
  breakdown: BreakdownKey,
): Record<string, BreakdownCounts> {
  const index = (d: Dashboard) => new Map(d[breakdown].map((r) => [r.key, r]));
  const [b, a] = [index(before), index(after)];
  const out: Record<string, BreakdownCounts> = {};
  for (const key of new Set([...b.keys(), ...a.keys()])) {
    const delta = (f: keyof BreakdownCounts) => (a.get(key)?.[f] ?? 0) - (b.get(key)?.[f] ?? 0);
    const row = {
      projects: delta('projects'),
      accepted: delta('accepted'),
      intentions: delta('intentions'),
      signed: delta('signed'),
    };
    if (Object.values(row).some((v) => v !== 0)) out[key] = row;
  }
  return out;
}
function landingGrowth(
  before: Dashboard,
  after: Dashboard,
): Record<string, Omit<Landing, 'district'> & { signed: number }> {
  const index = (d: Dashboard) => new Map(d.byDistrict.map((r) => [r.district, r]));
  const [b, a] = [index(before), index(after)];
  const out: Record<string, Omit<Landing, 'district'> & { signed: number }> = {};
  for (const key of new Set([...b.keys(), ...a.keys()])) {
    const delta = (f: 'signed' | 'registeredCapital' | 'investmentAmount') =>
      (a.get(key)?.[f] ?? 0) - (b.get(key)?.[f] ?? 0);
    const row = {
      signed: delta('signed'),
      registeredCapital: delta('registeredCapital'),
      investmentAmount: delta('investmentAmount'),
    };
    if (Object.values(row).some((v) => v !== 0)) out[key] = row;
  }
  return out;
}

describe('staff dashboard in the H5 app (Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** The month's figures before the season was made, and the season's roadshow. */
  let baseline: Dashboard;
  let eventId = 0;
  const pageErrors: string[] = [];
  const today = cityDate(Date.now());
  const period = { from: `${today.slice(0, 7)}-01`, to: today };

  const funnelCard = () => page.locator('.dash__card--funnel').filter({ visible: true }).first();

  type Who = 'staff' | 'reviewer' | 'enterprise' | { token: string };
  const personaTokens = new Map<string, string>();

  async function token(who: Who): Promise<string> {
    if (typeof who !== 'string') return who.token;
    if (!personaTokens.has(who)) {
      const res = await fetch(`${server.url}api/v1/auth/dev-login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ persona: who }),
      });
      const body = (await res.json()) as { accessToken: string };
      if (!res.ok) throw new Error(`dev-login of ${who} → ${res.status} ${JSON.stringify(body)}`);
      personaTokens.set(who, body.accessToken);
    }
    return personaTokens.get(who) as string;
  }

  async function api<T>(who: Who | null, method: string, route: string, body?: unknown): Promise<T> {
    const res = await fetch(`${server.url}api/v1${route}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(who ? { Authorization: `Bearer ${await token(who)}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${route} → ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async function apiDashboard(eventId?: number): Promise<Dashboard> {
    const query = new URLSearchParams({ ...period, ...(eventId ? { eventId: String(eventId) } : {}) });
    return dashboardSchema.parse(await api('staff', 'GET', `/staff/dashboard?${query}`));
  }

  /**
   * The season through the API: staff create and publish the roadshow; founders (new accounts, privacy policy
   * accepted) register the projects and submit them; staff screen them in, assign the expert and themselves, both
   * score, shortlist and give slots; the enterprise marks interest in slots or proposes, and both sides move the
   * intentions on to the letter of intent and the landing agreement.
   */
  async function seedSeason(): Promise<number> {
    const eventId = (await api<{ id: number }>('staff', 'POST', '/staff/events', ROADSHOW)).id;
    await api('staff', 'POST', `/staff/events/${eventId}/publish`, {});

    const policy = await api<{ version: string }>(null, 'GET', '/privacy-policy');
    const founders: Who[] = [];
    for (let i = 1; i <= FOUNDERS; i += 1) {
      const account = {
        username: `dash_${stamp}_${i}`,
        password: `season founder 2026 no${i}`,
        role: 'talent',
        displayName: `看板测试创业者${i}`,
      };
      const { accessToken } = await api<{ accessToken: string }>(null, 'POST', '/auth/register', account);
      founders.push({ token: accessToken });
      await api(founders[i - 1]!, 'POST', '/me/consent', { policyVersion: policy.version });
    }
    const ownerOf = (index: number) => founders[index % FOUNDERS]!;

    const reviewers = await api<{ items: Array<{ id: number; role: string }> }>('staff', 'GET', '/staff/reviewers');
    const expertId = reviewers.items.find((r) => r.role === 'reviewer')!.id;
    const staffId = (await api<{ id: number }>('staff', 'GET', '/me')).id;

    const projectIds: number[] = [];
    const slotIds = new Map<number, number>();
    for (const [i, p] of PROJECTS.entries()) {
      const input: ProjectInputRaw = {
        name: `看板测试项目${i + 1} ${stamp}`,
        field: p.field,
        originRegion: p.originRegion,
        teamSize: 4,
        leaderDegree: p.leaderDegree,
        stage: 'prototype',
        financingNeed: 3_000_000,
        seeks: ['investment', 'site'],
        summary: '看板浏览器测试的项目简介：面向产业应用的技术成果转化，已有样机。',
        details: '看板浏览器测试的项目详情：核心团队四人，拥有两项发明专利申请，计划在本市设立研发中心。',
        contact: 'founder@example.com',
        visibility: 'public',
        eventId: p.onEvent ? eventId : null,
      };
      const id = (await api<{ id: number }>(ownerOf(i), 'POST', '/me/projects', input)).id;
      projectIds.push(id);
      await api(ownerOf(i), 'POST', `/me/projects/${id}/submit`, {});
      if (!p.accepted) continue;
      await api('staff', 'POST', `/staff/projects/${id}/screen`, { decision: 'accept' });
      if (p.reviewed) {
        await api('staff', 'POST', `/staff/projects/${id}/reviewers`, { reviewerIds: [expertId, staffId] });
        await api('reviewer', 'PUT', `/reviews/${id}`, {
          innovation: 9,
          team: 8,
          market: 8,
          localFit: 9,
          comment: '技术领先，团队完整。',
        });
        await api('staff', 'PUT', `/reviews/${id}`, {
          innovation: 8,
          team: 8,
          market: 7,
          localFit: 10,
          comment: '与本市产业链契合。',
        });
      }
      if (p.slot) {
        await api('staff', 'PUT', `/staff/projects/${id}/shortlist`, { shortlisted: true });
        const detail = await api<{ slots: Array<{ id: number; project: { id: number } }> }>(
          'staff',
          'POST',
          `/staff/events/${eventId}/slots`,
          { projectId: id, minutes: 10 },
        );
        slotIds.set(i, detail.slots.find((s) => s.project.id === id)!.id);
      }
    }

    for (const x of INTENTIONS) {
      const projectId = projectIds[x.project]!;
      const intentionId =
        x.via === 'interest'
          ? (
              await api<{ intentionId: number; created: boolean }>(
                'enterprise',
                'POST',
                `/events/${eventId}/slots/${slotIds.get(x.project)}/interest`,
                { note: '希望进一步了解落地需求' },
              )
            ).intentionId
          : (
              await api<{ id: number }>('enterprise', 'POST', '/org/intentions', {
                projectId,
                note: '希望洽谈合作与落地',
              })
            ).id;
      if (x.reach === 'proposed') continue;
      const move = (who: Who, body: object) => api(who, 'POST', `/intentions/${intentionId}/steps`, body);
      await move(ownerOf(x.project), { status: 'accepted', note: '欢迎来访' });
      await move('enterprise', { status: 'meeting', note: '在火炬园洽谈' });
      await move('enterprise', { status: 'agreement', note: '签署意向协议' });
      if (x.reach === 'signed') await move(ownerOf(x.project), { status: 'signed', note: '落地签约', ...x.landing });
    }
    return eventId;
  }

  /** Me → staff console → dashboard, and wait for the funnel chart to be drawn. */
  async function openDashboard(me: string, consoleEntry: string, entry: string): Promise<void> {
    await page.goto(server.url);
    await tab(page, me).click();
    await visibleText(page, consoleEntry).click();
    await page.waitForURL(/staff\/home/);
    await page.locator('.nut-cell').filter({ hasText: entry }).filter({ visible: true }).first().click();
    await page.waitForURL(/dashboard\/index/);
    await funnelCard().waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#dash-chart-funnel');
      return !!canvas && canvas.width > 0;
    });
    await settled(page);
  }

  /** The whole dashboard in one picture: the window grows to the page's height for the shot. */
  async function shootWhole(name: string, width = 390): Promise<void> {
    await page.setViewportSize({ width, height: 844 });
    await chartsAtSize(page);
    const height = await page.evaluate(() => document.querySelector<HTMLElement>('.dash')?.scrollHeight ?? 844);
    await page.setViewportSize({ width, height: Math.min(Math.max(height, 844), 8000) });
    await chartsAtSize(page);
    await shot(page, name);
    await page.setViewportSize({ width: 390, height: 844 });
    await chartsAtSize(page);
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
      return {
        width: canvas.width,
        height: canvas.height,
        share: drawn / (canvas.width * canvas.height),
        colours: colours.size,
      };
    }, `#${id}`);
  }

  /** The rows of the funnel table as shown. */
  async function funnelTable(): Promise<{ head: string[]; rows: string[][] }> {
    const table = funnelCard().locator('.dash__table');
    const head = await table.locator('.dash__tr--head [role="columnheader"]').allInnerTexts();
    const rows: string[][] = [];
    for (const row of await table.locator('.dash__tr:not(.dash__tr--head)').all())
      rows.push(await row.locator('[role="cell"]').allInnerTexts());
    return { head: head.map((h) => h.trim()), rows: rows.map((r) => r.map((c) => c.trim())) };
  }

  /** Export of the funnel through the page's button, read back: what the browser saved, under which name. */
  async function exportFunnel(): Promise<{ name: string; sheet: ExcelJS.Worksheet }> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      funnelCard().locator('.dash__export').click(),
    ]);
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
    server = await startServer({ RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
    baseline = await apiDashboard();
    eventId = await seedSeason();
    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    page = await context.newPage();
    collectPageErrors(page, pageErrors);
    await signInAs(page, server.url, 'staff');
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('staff open the dashboard in Chinese: charts are drawn, the funnel table shows the API’s numbers', async () => {
    await openDashboard('我的', '工作台', '数据看板');
    const figures = await apiDashboard();
    // The month's figures grew by exactly what the season made, in every stage, breakdown and district …
    const grown = Object.fromEntries(
      FUNNEL_STAGES.map((s) => [s, funnelCounts(figures)[s] - funnelCounts(baseline)[s]]),
    );
    expect(grown).toEqual(SEASON_FUNNEL);
    for (const breakdown of ['byRegion', 'byField', 'byDegree'] as const) {
      expect({ breakdown, growth: breakdownGrowth(baseline, figures, breakdown) }).toEqual({
        breakdown,
        growth: seasonBreakdown(breakdown),
      });
    }
    const landings: Record<string, { signed: number; registeredCapital: number; investmentAmount: number }> = {};
    for (const { landing } of INTENTIONS) {
      if (!landing) continue;
      const row = (landings[landing.district] ??= { signed: 0, registeredCapital: 0, investmentAmount: 0 });
      row.signed += 1;
      row.registeredCapital += landing.registeredCapital;
      row.investmentAmount += landing.investmentAmount;
    }
    expect(landingGrowth(baseline, figures)).toEqual(landings);
    // … and its roadshow, which nothing else touches, counts just its own.
    expect(funnelCounts(await apiDashboard(eventId))).toEqual(ROADSHOW_FUNNEL);

    for (const id of [
      'dash-chart-funnel',
      'dash-chart-region',
      'dash-chart-field',
      'dash-chart-degree',
      'dash-chart-district',
    ]) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      const ink = await inked(id);
      expect({ id, width: ink.width > 0, drawn: ink.share > 0.02, colourful: ink.colours >= 3 }).toEqual({
        id,
        width: true,
        drawn: true,
        colourful: true,
      });
    }
    const shown = await funnelTable();
    expect(shown.head).toEqual(['阶段', '数量', '较上一阶段']);
    expect(shown.rows.map((r) => [r[0], Number(r[1])])).toEqual(
      figures.funnel.map((r) => [
        {
          registered: '项目报名',
          screened: '通过筛选',
          reviewed: '完成评审',
          roadshow: '参加路演',
          intention: '对接意向',
          agreement: '签意向协议',
          signed: '落地签约',
        }[r.stage],
        r.count,
      ]),
    );
    await shootWhole('dash-01-zh');
    // Staff also work on a desktop browser: the charts take the wider page.
    await shootWhole('dash-03-zh-desktop', 1280);
    expect((await inked('dash-chart-funnel')).share).toBeGreaterThan(0.02);
  });

  it('exports the funnel table as an .xlsx whose header and values are the page’s (Chinese)', async () => {
    await openDashboard('我的', '工作台', '数据看板');
    const { name, sheet } = await exportFunnel();
    expect(name).toBe(`dashboard-funnel-${period.from}_${period.to}.xlsx`);
    expect(sheet.getCell(1, 1).text).toBe(`对接漏斗 · ${period.from} 至 ${period.to}`);
    await expectExportMatchesPage(sheet);
  });

  it('the same in English, and the custom period and presets switch the figures', async () => {
    await page.goto(server.url);
    await tab(page, '我的').click();
    await visibleText(page, 'English').click();
    await tab(page, 'Me').waitFor({ timeout: 10_000 });
    await openDashboard('Me', 'Staff console', 'Dashboard');
    await visibleText(page, 'Registered').waitFor();
    const ink = await inked('dash-chart-funnel');
    expect(ink.share).toBeGreaterThan(0.02);
    expect((await funnelTable()).head).toEqual(['Stage', 'Count', 'From previous stage']);
    await shootWhole('dash-02-en');

    const { name, sheet } = await exportFunnel();
    expect(name).toBe(`dashboard-funnel-${period.from}_${period.to}.xlsx`);
    expect(sheet.getCell(1, 1).text).toBe(`Funnel · ${period.from} to ${period.to}`);
    await expectExportMatchesPage(sheet);

    // "This year" holds at least this month's figures; a custom period starts from the one on screen.
    await visibleText(page, 'This year').click();
    await page.locator('.dash__range').filter({ hasText: 'Jan 1' }).filter({ visible: true }).waitFor();
    await visibleText(page, 'Custom').click();
    await page.locator('.dash__date').filter({ visible: true }).first().waitFor();
    expect(await page.locator('.dash__date').filter({ visible: true }).allInnerTexts()).toEqual([
      `${today.slice(0, 4)}-01-01`,
      today,
    ]);
  });

  it('says when a period has no data, when the figures fail (with a retry), and works on without the event list', async () => {
    const empty: Dashboard = {
      ...period,
      event: null,
      funnel: (await apiDashboard()).funnel.map((r) => ({ ...r, count: 0 })),
      byRegion: [],
      byField: [],
      byDegree: [],
      byDistrict: [],
      activity: (await apiDashboard()).activity.map((r) => ({ ...r, count: 0 })),
    };
    let answer: 'empty' | 'fail' = 'empty';
    await page.route(/\/api\/v1\/staff\/dashboard\?/, (route) =>
      answer === 'empty'
        ? route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(empty) })
        : route.fulfill({
            status: 500,
            contentType: 'application/json',
            body: JSON.stringify({ statusCode: 500, code: 'INTERNAL_ERROR', message: 'boom', requestId: 'req-test' }),
          }),
    );
    await page.route(/\/api\/v1\/staff\/events\?/, (route) =>
      route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: JSON.stringify({ statusCode: 404, code: 'ROUTE_NOT_FOUND', message: 'no', requestId: 'r' }),
      }),
    );
    try {
      await page.reload();
      await visibleText(page, 'No data in this period · Try another period or event').waitFor({ timeout: 15_000 });
      await visibleText(page, 'The events could not be loaded; below are the figures for all events').waitFor();
      await shootWhole('dash-04-empty-en');

      answer = 'fail';
      await visibleText(page, 'Last 30 days').click();
      const retry = page.locator('.state-error .nut-button').filter({ visible: true }).first();
      await retry.waitFor({ timeout: 15_000 });
      await shootWhole('dash-05-error-en');
      await page.unroute(/\/api\/v1\/staff\/dashboard\?/);
      await retry.click();
      await funnelCard().waitFor({ timeout: 15_000 });
    } finally {
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    }
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
