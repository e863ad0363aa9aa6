import type { ProjectInputRaw } from '@ihaigui/shared';
import type { Browser, Locator, Page } from 'playwright-core';
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

const DAY_MS = 24 * 60 * 60 * 1000;
/** "YYYY-MM-DD" on Beijing time, `days` from now. */
const beijingDate = (days: number) => new Date(Date.now() + 8 * 3600_000 + days * DAY_MS).toISOString().slice(0, 10);

const stamp = Date.now().toString(36).slice(-4);
const PROJECT: ProjectInputRaw = {
  name: `工业视觉质检平台 ${stamp}`,
  nameEn: `Visual inspection for factories ${stamp}`,
  field: 'ai',
  originRegion: 'germany',
  teamSize: 6,
  leaderDegree: 'phd',
  stage: 'prototype',
  financingNeed: 3_000_000,
  seeks: ['investment', 'site'],
  summary: '基于深度学习的工业视觉质检系统，面向电子制造产线的外观缺陷检测，已在两条产线试点。',
  details: '核心算法团队来自德国亚琛工业大学，缺陷检出率 99.2%，误报率低于 0.5%，计划在本市设立研发中心。',
  contact: '张博士 13800001234',
  visibility: 'public',
};
const RETURN_REASON = '请补充产线试点的客户名称和量产计划。';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const EVENT = {
  title: `海归项目精品路演 ${stamp}`,
  organisers: '市留学人员服务中心',
  place: '软件园三期 A 区报告厅',
  agenda: '14:00 开场致辞\n14:15 项目路演\n16:30 自由对接',
  description: '面向投资机构和园区的海归创业项目路演，每个项目路演 10 分钟并接受提问。',
  day: beijingDate(12),
};

const CHALLENGE = {
  title: `高精度锂电极片缺陷在线检测 ${stamp}`,
  field: 'new_energy_materials',
  problem: '现有极片涂布产线的缺陷检测依赖人工抽检，漏检率高，需要一套在线实时检测方案。',
  expectedOutcome: '交付可部署在产线的在线检测系统，检出率不低于 99%。',
  budgetMin: 500_000,
  budgetMax: 1_500_000,
  deadline: beijingDate(60),
};

describe('the staff console of matchmaking in the H5 app (Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const tokens: Partial<Record<Persona, string>> = {};
  let projectId = 0;
  let eventId = 0;
  let intentionId = 0;
  let staffName = '';
  let expertName = '';

  const consoleCard = (text: string): Locator => card(page, '.console__card', text);
  const section = (title: string): Locator =>
    page
      .locator('.console__section')
      .filter({ has: page.locator('.console__section-title', { hasText: title }) })
      .filter({ visible: true })
      .first();
  const route = async (path: string) => {
    await page.goto(`${server.url}#/packages/console/${path}`);
    await settled(page);
  };

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

  async function api<T>(persona: Persona, method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${server.url}api/v1${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        Authorization: `Bearer ${await token(persona)}`,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async function openFromStaffHome(entry: string, url: RegExp, screenshot?: string) {
    await page.goto(server.url);
    await tab(page, '我的').click();
    await visibleText(page, '工作台').click();
    await visibleText(page, entry).waitFor({ timeout: 15_000 });
    if (screenshot) await shot(page, `cs-${screenshot}`);
    await visibleText(page, entry).click();
    await page.waitForURL(url);
    await settled(page);
  }

  beforeAll(async () => {
    server = await startServer({ RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', acceptDownloads: true });
    collectPageErrors(page, pageErrors);

    await signInAs(page, server.url, 'staff');

    // The talent registers a project with a pitch deck and submits it for screening.
    projectId = (await api<{ id: number }>('talent', 'POST', '/me/projects', PROJECT)).id;
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'pitch-deck.pdf');
    const upload = await fetch(`${server.url}api/v1/me/projects/${projectId}/pitch-deck`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await token('talent')}` },
      body: form,
    });
    expect(upload.status).toBe(200);
    await api('talent', 'POST', `/me/projects/${projectId}/submit`, {});

    const reviewers = await api<{ items: { id: number; displayName: string; role: string }[] }>(
      'staff',
      'GET',
      '/staff/reviewers',
    );
    const me = await api<{ id: number; displayName: string }>('staff', 'GET', '/me');
    staffName = me.displayName;
    expertName = reviewers.items.find((r) => r.role === 'reviewer')?.displayName ?? '';
    expect(expertName).not.toBe('');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('returns a submitted project with a reason, then accepts it once the talent resubmits', async () => {
    await openFromStaffHome('项目筛选与评审', /console\/projects/, '00-staff-home');
    const submitted = consoleCard(PROJECT.name);
    await submitted.waitFor({ timeout: 15_000 });
    await submitted.getByText('待筛选', { exact: true }).waitFor();
    await shot(page, 'cs-01-screening-queue');

    await submitted.click();
    await page.waitForURL(/console\/project\/index\?id=/);
    await visibleText(page, PROJECT.details).waitFor({ timeout: 15_000 });
    await visibleText(page, PROJECT.contact).waitFor();
    // The pitch deck opens (downloads) from the private part.
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, '打开路演材料').click()]);
    expect(download.suggestedFilename()).toBe('pitch-deck.pdf');
    await shot(page, 'cs-02-project-submitted');

    await button(page, '退回修改').click();
    const dialog = openDialog(page);
    await dialog.waitFor();
    // A reason is required.
    await button(dialog, '退回修改').click();
    await dialog.getByText('此项必填').waitFor();
    await dialog.locator('textarea').fill(RETURN_REASON);
    await shot(page, 'cs-03-return-dialog');
    await button(dialog, '退回修改').click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    await visibleText(page, `原因：${RETURN_REASON}`).waitFor({ timeout: 15_000 });
    await page
      .locator('.console__section .console__card-status')
      .filter({ hasText: '退回修改', visible: true })
      .waitFor();
    await section('项目记录').getByText(RETURN_REASON).waitFor();
    expect(await button(page, '通过入库').isVisible()).toBe(false);
    await shot(page, 'cs-04-project-returned');

    // The talent revises and submits again.
    await api('talent', 'PATCH', `/me/projects/${projectId}`, {
      summary: `${PROJECT.summary}试点客户：厦门某电子制造企业，明年量产。`,
    });
    await api('talent', 'POST', `/me/projects/${projectId}/submit`, {});

    await page.reload();
    await button(page, '通过入库').click({ timeout: 15_000 });
    const confirm = openDialog(page);
    await button(confirm, '通过入库').click();
    await page
      .locator('.console__section .console__card-status')
      .filter({ hasText: '已入库', visible: true })
      .waitFor({ timeout: 15_000 });
    await section('专家评审').getByText('还没有指派评审专家').waitFor();
    await shot(page, 'cs-05-project-accepted');
  });

  it('assigns the expert and the staff member, then shows their scores', async () => {
    await button(section('专家评审'), '指派专家').click();
    const dialog = openDialog(page);
    await dialog.locator('.console-checklist__item').filter({ hasText: expertName }).click();
    await dialog.locator('.console-checklist__item').filter({ hasText: staffName }).click();
    await shot(page, 'cs-06-assign-dialog');
    await button(dialog, /^指派$/).click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    const reviews = section('专家评审');
    await reviews
      .locator('.console-review')
      .filter({ hasText: expertName })
      .getByText('待评审')
      .waitFor({ timeout: 15_000 });
    await reviews.locator('.console-review').filter({ hasText: staffName }).getByText('待评审').waitFor();
    // Assigned, so the staff member can score it too.
    await button(reviews, '我来评审打分').waitFor();

    await api('reviewer', 'PUT', `/reviews/${projectId}`, {
      innovation: 9,
      team: 8,
      market: 8,
      localFit: 9,
      comment: '技术扎实，团队完整，建议重点关注量产成本。',
    });
    await api('staff', 'PUT', `/reviews/${projectId}`, {
      innovation: 8,
      team: 8,
      market: 8,
      localFit: 10,
      comment: '与本市电子制造产业链高度契合。',
    });

    await page.reload();
    const scored = section('专家评审');
    await scored
      .locator('.console-review')
      .filter({ hasText: expertName })
      .locator('.console-review__total')
      .filter({ hasText: '85.0' })
      .waitFor({ timeout: 15_000 });
    await scored
      .locator('.console-review')
      .filter({ hasText: staffName })
      .locator('.console-review__total')
      .filter({ hasText: '84.0' })
      .waitFor();
    await scored.getByText('加权均分 84.5（已评 2/2）').waitFor();
    await scored.getByText('技术扎实，团队完整，建议重点关注量产成本。').waitFor();
    await button(scored, '修改我的评分').waitFor();
    await scored.scrollIntoViewIfNeeded();
    await shot(page, 'cs-07-reviews-scored');
  });

  it('shortlists the project from the ranking', async () => {
    await route('projects/index');
    await filterTab(page, '评审排名').click();
    const row = consoleCard(PROJECT.name);
    await row.waitFor({ timeout: 15_000 });
    await row.locator('.console-rank__score-value').filter({ hasText: '84.5' }).waitFor();
    await row.getByText('评审进度 2/2').waitFor();
    await row.locator('.console-scores__item').filter({ hasText: '技术创新性' }).getByText('8.5').waitFor();
    await shot(page, 'cs-08-ranking');

    await row.locator('.nut-switch').click();
    await row.locator('.nut-switch-button-open').waitFor({ timeout: 15_000 });
    await filterTab(page, '入围路演').click();
    await consoleCard(PROJECT.name).getByText('入围路演', { exact: true }).waitFor({ timeout: 15_000 });
    await shot(page, 'cs-09-shortlisted');
  });

  it('creates a roadshow through the form, publishes it and gives the project a slot', async () => {
    await openFromStaffHome('活动与路演', /console\/events/);
    await button(page, '新建活动').click();
    await page.waitForURL(/console\/event-edit/);
    await named(page, 'title').waitFor({ timeout: 15_000 });

    // An empty form says what is missing, field by field.
    await button(page, '保存为草稿').click();
    await visibleText(page, '请按提示修改后再提交').waitFor();
    await page.locator('.form-field').filter({ hasText: '活动类型' }).getByText('请选择一项').waitFor();

    await page
      .locator('.form-field')
      .filter({ hasText: '活动类型' })
      .filter({ visible: true })
      .locator('.form-field__select')
      .first()
      .click();
    await sheetOption(page, '项目路演', false).click();
    await named(page, 'title').fill(EVENT.title);
    await named(page, 'organisers').fill(EVENT.organisers);
    await named(page, 'startsAtDate').fill(EVENT.day);
    await named(page, 'startsAtTime').fill('14:00');
    // Ends before it starts: the shared schema's rule, in the UI's language.
    await named(page, 'endsAtDate').fill(EVENT.day);
    await named(page, 'endsAtTime').fill('13:00');
    await named(page, 'registrationDeadlineDate').fill(EVENT.day);
    await named(page, 'registrationDeadlineTime').fill('12:00');
    await named(page, 'capacity').fill('60');
    await named(page, 'place').fill(EVENT.place);
    await named(page, 'agenda').fill(EVENT.agenda);
    await named(page, 'description').fill(EVENT.description);
    await button(page, '保存为草稿').click();
    await visibleText(page, '结束时间须晚于开始时间').waitFor();
    await named(page, 'endsAtTime').scrollIntoViewIfNeeded();
    await shot(page, 'cs-10-event-form-error');
    await named(page, 'endsAtTime').fill('17:30');
    await button(page, '保存为草稿').click();

    await page.waitForURL(/console\/event\/index\?id=\d+/, { timeout: 15_000 });
    eventId = Number(/id=(\d+)/.exec(page.url())?.[1]);
    const overview = page
      .locator('.console__section')
      .filter({ hasText: EVENT.title })
      .filter({ visible: true })
      .first();
    await overview.locator('.console__card-status').filter({ hasText: '草稿' }).waitFor({ timeout: 15_000 });
    await overview.getByText('14:00 – 17:30', { exact: false }).waitFor();
    await button(overview, '发布').click();
    await overview.locator('.console__card-status').filter({ hasText: '已发布' }).waitFor({ timeout: 15_000 });
    await overview.getByText('报名中').waitFor();

    // Edited after publishing: more places.
    await button(overview, '编辑').click();
    await page.waitForURL(/console\/event-edit\/index\?id=\d+/);
    await named(page, 'capacity').waitFor({ timeout: 15_000 });
    expect(await named(page, 'title').inputValue()).toBe(EVENT.title);
    expect(await named(page, 'startsAtTime').inputValue()).toBe('14:00');
    await named(page, 'capacity').fill('80');
    await button(page, '保存修改').click();
    await page.waitForURL(/console\/event\/index\?id=\d+/, { timeout: 15_000 });
    await overview.getByText('0/80').waitFor({ timeout: 15_000 });

    const slots = section('路演场次');
    await button(slots, '添加项目').click();
    await sheetOption(page, PROJECT.name, false).click();
    await slots.locator('.console-slot').filter({ hasText: PROJECT.name }).waitFor({ timeout: 15_000 });
    // A shortlisted demo project goes on too, then ours moves down the running order.
    await button(slots, '添加项目').click();
    const other = page
      .locator('.nut-actionsheet-item')
      .filter({ visible: true })
      .filter({ hasNotText: PROJECT.name })
      .first();
    const otherName = (await other.textContent())?.trim() ?? '';
    await other.click();
    await slots.locator('.console-slot').filter({ hasText: otherName }).waitFor({ timeout: 15_000 });
    await expect(slots.locator('.console-slot__name').first().textContent()).resolves.toBe(PROJECT.name);
    await slots.locator('.console-slot').filter({ hasText: PROJECT.name }).getByText('↓').click();
    await slots.locator('.console-slot').first().filter({ hasText: otherName }).waitFor({ timeout: 15_000 });
    await slots.scrollIntoViewIfNeeded();
    await shot(page, 'cs-11-roadshow-slots');
  });

  it('checks in a registered user by the typed code, and refuses what cannot come in', async () => {
    const registration = await api<{ status: string; checkInCode: string }>(
      'talent',
      'POST',
      `/events/${eventId}/registrations`,
      {},
    );
    expect(registration.status).toBe('registered');
    const cancelled = await api<{ checkInCode: string }>('enterprise', 'POST', `/events/${eventId}/registrations`, {});
    await api('enterprise', 'DELETE', `/events/${eventId}/registrations/me`);
    const talent = await api<{ displayName: string }>('talent', 'GET', '/me');

    await page.reload();
    const desk = section('现场签到');
    await desk.waitFor({ timeout: 15_000 });
    const result = desk.locator('.console-desk__result');

    await named(page, 'checkInCode').fill(registration.checkInCode.toLowerCase());
    await button(desk, /^签到$/).click();
    await result.getByText('签到成功').waitFor({ timeout: 15_000 });
    await result.getByText(talent.displayName).waitFor();
    await shot(page, 'cs-12-checked-in');

    await named(page, 'checkInCode').fill(registration.checkInCode);
    await button(desk, /^签到$/).click();
    await result.getByText('此前已签到').waitFor({ timeout: 15_000 });

    await named(page, 'checkInCode').fill(cancelled.checkInCode);
    await button(desk, /^签到$/).click();
    await result.getByText('不能签到：候补或已取消的报名').waitFor({ timeout: 15_000 });
    await shot(page, 'cs-13-refused');

    await named(page, 'checkInCode').fill('ZZZZ2222');
    await button(desk, /^签到$/).click();
    await result.getByText('签到码无效：不是本活动的签到码').waitFor({ timeout: 15_000 });

    const attendees = section('报名名单');
    await attendees
      .locator('.console-attendee')
      .filter({ hasText: talent.displayName })
      .getByText('已签到', { exact: false })
      .waitFor({ timeout: 15_000 });
    await attendees.scrollIntoViewIfNeeded();
    await shot(page, 'cs-14-attendees');
  });

  it('approves a challenge from the review queue', async () => {
    await api('enterprise', 'POST', '/org/challenges', CHALLENGE);
    await openFromStaffHome('揭榜挂帅审核', /console\/challenges/);
    const pending = consoleCard(CHALLENGE.title);
    await pending.waitFor({ timeout: 15_000 });
    await pending.getByText(CHALLENGE.problem).waitFor({ timeout: 15_000 });
    await shot(page, 'cs-15-challenge-queue');
    await button(pending, '通过').click();
    await pending.waitFor({ state: 'detached', timeout: 15_000 });
    await filterTab(page, '揭榜中').click();
    await consoleCard(CHALLENGE.title).waitFor({ timeout: 15_000 });
    await shot(page, 'cs-16-challenge-open');
  });

  it('records offline steps of an intention up to the landing agreement', async () => {
    const proposed = await api<{ id: number }>('enterprise', 'POST', '/org/intentions', {
      projectId,
      note: '我们园区有意为该项目提供研发场地，希望进一步洽谈。',
    });
    intentionId = proposed.id;
    await api('talent', 'POST', `/intentions/${intentionId}/steps`, { status: 'accepted', note: '欢迎进一步洽谈。' });

    await openFromStaffHome('对接意向', /console\/intentions/);
    const row = consoleCard(PROJECT.name);
    await row.getByText('已接受', { exact: true }).waitFor({ timeout: 15_000 });
    await shot(page, 'cs-17-intentions');
    await row.click();
    await page.waitForURL(/console\/intentions\/index\?id=\d+/);
    const record = section('登记线下进展');
    await record.waitFor({ timeout: 15_000 });

    const step = async (status: string, note?: string) => {
      await record
        .locator('.console-chip')
        .filter({ hasText: new RegExp(`^${status}$`) })
        .click();
      if (note) await named(page, 'note').fill(note);
      await button(record, '登记进展').click();
    };
    await step('已洽谈', '双方在软件园会面，确认场地需求。');
    const timeline = section('对接进展');
    await timeline.locator('.console-timeline__item').first().getByText('已洽谈').waitFor({ timeout: 15_000 });
    await timeline.getByText('服务中心', { exact: false }).first().waitFor();
    await timeline.getByText('线下登记', { exact: false }).first().waitFor();
    await step('已签意向协议');
    await timeline.locator('.console-timeline__item').first().getByText('已签意向协议').waitFor({ timeout: 15_000 });

    // A landing agreement needs its facts.
    await step('已落地签约');
    await record.getByText('落地签约须填写落地区域，以及注册资本或投资金额').waitFor();
    await page
      .locator('.form-field')
      .filter({ hasText: '落地区域' })
      .filter({ visible: true })
      .locator('.form-field__select')
      .first()
      .click();
    await sheetOption(page, '集美区', false).click();
    await named(page, 'registeredCapital').fill('5000000');
    await record.getByText('即 500万元').waitFor();
    await shot(page, 'cs-18-landing-form');
    await button(record, '登记进展').click();
    await page
      .locator('.console__section .console__card-status')
      .filter({ hasText: '已落地签约', visible: true })
      .waitFor({ timeout: 15_000 });
    await visibleText(page, '500万元').waitFor();
    await shot(page, 'cs-19-intention-signed');
  });

  it('records an intention made offline', async () => {
    const enterprise = await api<{ organization: { id: number } | null }>('enterprise', 'GET', '/me');
    const talent = await api<{ id: number }>('talent', 'GET', '/me');
    await route('intentions/index');
    await button(page, '登记线下意向').click();
    await page.waitForURL(/intentions\/index\?new=1/);
    await button(page, '登记意向').click();
    await page.locator('.form-field').filter({ hasText: '机构编号' }).getByText('此项必填').waitFor();
    await named(page, 'organizationId').fill(String(enterprise.organization?.id));
    await page
      .locator('.console-chip')
      .filter({ hasText: '人才', visible: true })
      .filter({ hasNotText: '项目' })
      .click();
    await named(page, 'targetId').fill(String(talent.id));
    await page
      .locator('.form-field')
      .filter({ hasText: '来源活动' })
      .filter({ visible: true })
      .locator('.form-field__select')
      .first()
      .click();
    await sheetOption(page, EVENT.title, false).click();
    await named(page, 'note').fill('路演现场双方交换名片，约定下周到园区考察。');
    await shot(page, 'cs-20-offline-form');
    await button(page, '登记意向').click();
    await page.waitForURL(/intentions\/index\?id=\d+/, { timeout: 15_000 });
    await visibleText(page, '线下对接').waitFor({ timeout: 15_000 });
    await visibleText(page, EVENT.title).waitFor();
    await shot(page, 'cs-21-offline-created');

    // The list narrowed to the roadshow holds this one only.
    await route('intentions/index');
    await consoleCard(PROJECT.name).waitFor({ timeout: 15_000 });
    await page.locator('.console__filter').filter({ visible: true }).click();
    await sheetOption(page, EVENT.title, false).click();
    await consoleCard('线下对接').waitFor({ timeout: 15_000 });
    await page.locator('.console__filter--on').filter({ hasText: EVENT.title, visible: true }).waitFor();
    expect(await page.locator('.console__card').filter({ visible: true }).count()).toBe(1);
  });

  it('shows the main console pages in English', async () => {
    await page.goto(server.url);
    await tab(page, '我的').click();
    await visibleText(page, 'English').click();
    await tab(page, 'Me').waitFor({ timeout: 10_000 });
    await visibleText(page, 'Staff console').click();
    await visibleText(page, 'Projects: screening and review').click();
    await page.waitForURL(/console\/projects/);
    await filterTab(page, 'Ranking').click();
    await consoleCard(PROJECT.nameEn as string)
      .locator('.console-rank__score-value')
      .waitFor({ timeout: 15_000 });
    await shot(page, 'cs-22-ranking-en');

    await route(`project/index?id=${projectId}`);
    await visibleText(page, 'Expert review').waitFor({ timeout: 15_000 });
    await visibleText(page, 'Weighted average 84.5 (2/2 scored)').waitFor();
    await shot(page, 'cs-23-project-en');

    await route(`event/index?id=${eventId}`);
    await visibleText(page, 'Check-in').waitFor({ timeout: 15_000 });
    await visibleText(page, 'Roadshow slots (2)').waitFor();
    await shot(page, 'cs-24-desk-en');

    await route(`intentions/index?id=${intentionId}`);
    await visibleText(page, 'Progress').waitFor({ timeout: 15_000 });
    await shot(page, 'cs-25-intention-en');

    await route('events/index');
    await consoleCard(EVENT.title).waitFor({ timeout: 15_000 });
    await shot(page, 'cs-26-events-en');
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
