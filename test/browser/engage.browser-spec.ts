import * as path from 'node:path';
import type { EventInputRaw, ProjectInputRaw } from '@ihaigui/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startFakeWechat, type FakeWechat } from '../support/fake-wechat';
import { ROOT, launchBrowser, type RunningServer, startServer } from './support/server';
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

type Who = Persona | { username: string; password: string };

/** The QR library the mini-app draws with, to compare the drawn modules against. */
const qrcode = require(require.resolve('qrcode-generator', { paths: [path.join(ROOT, 'miniapp')] })) as (
  typeNumber: 0,
  level: 'M',
) => { addData(text: string): void; make(): void; getModuleCount(): number; isDark(r: number, c: number): boolean };

const DAY = 24 * 60 * 60 * 1000;
const at = (days: number, hour = 0) => new Date(Date.now() + days * DAY + hour * 60 * 60 * 1000).toISOString();

const eventInput = (
  input: Partial<EventInputRaw> & Pick<EventInputRaw, 'title' | 'kind' | 'capacity'>,
): EventInputRaw => ({
  startsAt: at(10),
  endsAt: at(10, 3),
  registrationDeadline: at(8),
  place: '厦门国际会议中心 B 厅',
  placeEn: 'Xiamen International Conference Centre, Hall B',
  agenda: '14:00 签到\n14:30 主旨演讲\n15:30 项目对接\n17:00 结束',
  organisers: '市留学人员服务中心',
  description: '面向海外留学人员与本地企业的对接活动，现场交流合作机会。',
  ...input,
});

/** A fair with places left: the talent registers and gets a ticket. */
const FAIR = eventInput({
  title: '海归人才与企业面对面对接会',
  titleEn: 'Returnee Talent Meets Industry',
  kind: 'fair',
  capacity: 30,
  descriptionEn: 'A matchmaking afternoon for overseas-educated talents and local companies.',
});
/** A briefing with one place, already taken: the second user joins the waitlist. */
const BRIEFING = eventInput({
  title: '人才政策解读小班会',
  titleEn: 'Talent Policy Briefing (small group)',
  kind: 'briefing',
  capacity: 1,
  descriptionEn: 'The new talent policies explained, with time for questions.',
});
/** A roadshow with one slot: the organisation marks interest in its project. */
const ROADSHOW = eventInput({
  title: '海外高层次人才创业项目路演',
  titleEn: 'Overseas Talent Start-up Roadshow',
  kind: 'roadshow',
  capacity: 100,
  startsAt: at(-1),
  endsAt: at(30),
  registrationDeadline: at(-2),
  descriptionEn: 'Shortlisted start-up projects pitch to investors and companies.',
});
/** A cloud roadshow: its live link shows only to those holding a place. */
const CLOUD = eventInput({
  title: '海外英才云路演（测试场）',
  titleEn: 'Overseas Talent Cloud Roadshow (test session)',
  kind: 'cloud_roadshow',
  capacity: 200,
  place: null,
  placeEn: null,
  onlineUrl: 'https://live.example.org/roadshow/test-session',
  descriptionEn: 'Projects pitch online; investors watch and ask questions live.',
});
/** The talent's own project, accepted and shortlisted, that gets the roadshow slot. */
const PROJECT: ProjectInputRaw = {
  name: '柔性电子皮肤传感器',
  nameEn: 'Flexible electronic-skin sensors',
  field: 'smart_manufacturing',
  originRegion: 'germany',
  teamSize: 6,
  leaderDegree: 'phd',
  stage: 'prototype',
  financingNeed: 5_000_000,
  seeks: ['investment', 'site'],
  summary: '基于纳米复合材料的高灵敏度柔性压力传感阵列，可用于工业机器人触觉与康复医疗。',
  summaryEn:
    'Highly sensitive flexible pressure-sensor arrays from nanocomposites, for robot touch and rehabilitation care.',
  details: '团队来自德国弗劳恩霍夫研究所，已完成第三代样机，正在与两家机器人企业联合测试。',
  contact: '项目联系人 电话 0592-0000000',
  visibility: 'public',
};

/** The challenge the organisation posts through the form. */
const CHALLENGE = {
  title: '工业机器人高精度柔性力传感器国产化',
  problem: '现有六维力传感器依赖进口，单价高、交期长，且在高温高湿车间内零点漂移明显，急需可替代的国产方案。',
  expectedOutcome: '交付满足量程和精度指标的样机十套，并完成产线连续三个月的验证。',
  budgetMinWan: '50',
  budgetMaxWan: '200',
};
const PROPOSAL_ZH =
  '我们团队长期研究纳米复合柔性传感材料，已有第三代样机，可在六个月内完成满足指标的十套样机并配合产线验证。';
const PROPOSAL_EN =
  'I spent eight years on MEMS force sensors at a German institute and can deliver a temperature-compensated design with a pilot batch in nine months.';
const PICK_NOTE = '方案很契合我们的需求，请下周到公司详谈技术细节。';
const INTEREST_NOTE = '我们对该项目的产业化很感兴趣，希望安排一次实地考察。';

/** The second talent, an English speaker registered for the test. */
const SECOND = { username: `talent_en_${Date.now().toString(36)}`, password: 'second talent 2026' };
const SECOND_NAME = 'Maria Keller';

describe('events, roadshows and challenges in the H5 app (Chromium)', () => {
  let wechat: FakeWechat;
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages = {} as Record<'talent' | 'second' | 'enterprise', Page>;
  const pageErrors: string[] = [];
  const tokens = new Map<string, string>();
  const ids = { fair: 0, briefing: 0, cloud: 0, roadshow: 0, project: 0, challenge: 0 };

  /**
   * Opens a page of the app by its path, freshly loaded (what others did meanwhile shows at once). The entries to
   * these pages live on tabs other features own.
   */
  const open = async (page: Page, route: string) => {
    await page.goto(`${server.url}#/${route}`);
    await page.reload();
    await settled(page);
  };

  async function token(who: Who): Promise<string> {
    const key = typeof who === 'string' ? who : who.username;
    if (!tokens.has(key)) {
      const response = await fetch(`${server.url}api/v1/auth/${typeof who === 'string' ? 'dev-login' : 'login'}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(typeof who === 'string' ? { persona: who } : who),
      });
      const body = (await response.json()) as { accessToken: string };
      if (!response.ok) throw new Error(`sign-in of ${key} → ${response.status} ${JSON.stringify(body)}`);
      tokens.set(key, body.accessToken);
    }
    return tokens.get(key) as string;
  }

  async function api<T>(who: Who | null, method: string, route: string, body?: unknown): Promise<T> {
    const response = await fetch(`${server.url}api/v1${route}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(who ? { Authorization: `Bearer ${await token(who)}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${route} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async function newContext(persona: string, locale: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale });
    contexts.push(context);
    const page = await context.newPage();
    collectPageErrors(page, pageErrors, persona);
    return page;
  }

  /** A demo persona in a browser of its own, signed in through the login page's picker. */
  async function openAs(persona: 'enterprise' | 'talent'): Promise<Page> {
    const page = await newContext(persona, 'zh-CN');
    await signInAs(page, server.url, persona);
    return page;
  }

  /** The second talent, whose browser asks for English, signs in with a password. */
  async function openSecond(): Promise<Page> {
    const page = await newContext('second', 'en-US');
    await page.goto(server.url);
    await tab(page, 'Me').click();
    await visibleText(page, 'Sign in / Register').click();
    await named(page, 'username').fill(SECOND.username);
    await named(page, 'password').fill(SECOND.password);
    await button(page, /^Sign in$/).click();
    await visibleText(page, 'Sign out').waitFor({ timeout: 15_000 });
    await settled(page);
    return page;
  }

  /** Staff create and publish an event. */
  async function publishEvent(input: EventInputRaw): Promise<number> {
    const event = await api<{ id: number }>('staff', 'POST', '/staff/events', input);
    await api('staff', 'POST', `/staff/events/${event.id}/publish`, {});
    return event.id;
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

    // The talent's project, screened in and shortlisted, gets the roadshow's slot.
    ids.project = (await api<{ id: number }>('talent', 'POST', '/me/projects', PROJECT)).id;
    await api('talent', 'POST', `/me/projects/${ids.project}/submit`, {});
    await api('staff', 'POST', `/staff/projects/${ids.project}/screen`, { decision: 'accept' });
    await api('staff', 'PUT', `/staff/projects/${ids.project}/shortlist`, { shortlisted: true });

    ids.fair = await publishEvent(FAIR);
    ids.briefing = await publishEvent(BRIEFING);
    ids.cloud = await publishEvent(CLOUD);
    ids.roadshow = (await api<{ id: number }>('staff', 'POST', '/staff/events', ROADSHOW)).id;
    await api('staff', 'POST', `/staff/events/${ids.roadshow}/slots`, { projectId: ids.project, minutes: 12 });
    await api('staff', 'POST', `/staff/events/${ids.roadshow}/publish`, {});
    // The briefing's only place goes to someone else first.
    await api('provider', 'POST', `/events/${ids.briefing}/registrations`, {});

    // The second talent: an account of their own, with the privacy policy accepted.
    await api(null, 'POST', '/auth/register', { ...SECOND, role: 'talent', displayName: SECOND_NAME });
    const policy = await api<{ version: string }>(null, 'GET', '/privacy-policy');
    await api(SECOND, 'POST', '/me/consent', { policyVersion: policy.version });

    pages.talent = await openAs('talent');
    pages.enterprise = await openAs('enterprise');
    pages.second = await openSecond();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await wechat?.close();
  });

  it('the talent registers for an event with places left and sees the check-in QR code', async () => {
    const page = pages.talent;
    await open(page, 'packages/event/list/index');
    const fair = card(page, '.ev-card', FAIR.title);
    await fair.waitFor({ timeout: 15_000 });
    await fair.getByText('剩余 30 个名额').waitFor();
    await shot(page, 'ch-01-events');

    await fair.click();
    await page.waitForURL(/event\/detail/);
    await visibleText(page, '活动议程').waitFor({ timeout: 15_000 });
    await shot(page, 'ch-02-event-detail');
    await button(page, '立即报名').click();
    await button(page, '查看签到码').waitFor({ timeout: 15_000 });
    await visibleText(page, '取消报名').waitFor();
    await visibleText(page, '剩余 29 个名额').waitFor({ timeout: 15_000 });
    await shot(page, 'ch-03-registered');

    await button(page, '查看签到码').click();
    await page.waitForURL(/event\/ticket/);
    const qr = page.locator('.qr').filter({ visible: true }).first();
    await qr.waitFor({ timeout: 15_000 });
    const detail = await api<{ myRegistration: { status: string; checkInCode: string } }>(
      'talent',
      'GET',
      `/events/${ids.fair}`,
    );
    expect(detail.myRegistration.status).toBe('registered');
    const code = detail.myRegistration.checkInCode;
    // The code in large letters, in two groups of four, for typing at the door.
    await visibleText(page, `${code.slice(0, 4)} ${code.slice(4)}`).waitFor();
    await visibleText(page, FAIR.title).waitFor();
    await visibleText(page, '扫码时请将屏幕亮度调高').waitFor();

    // The drawn modules are the QR code of the check-in code, in a square with a quiet zone of four modules.
    const drawn = await qr.evaluate((element) => {
      const square = element.querySelector('.qr__square') as HTMLElement;
      const box = element.getBoundingClientRect();
      const rows = Array.from(square.querySelectorAll('.qr__row')) as HTMLElement[];
      const first = rows[0].getBoundingClientRect();
      const moduleSize = first.width / rows.length;
      return {
        width: box.width,
        height: box.height,
        quietLeft: (first.left - box.left) / moduleSize,
        quietTop: (first.top - box.top) / moduleSize,
        background: getComputedStyle(element).backgroundColor,
        matrix: rows.map((row) =>
          Array.from(row.children).flatMap((run) => {
            const modules = Math.round(run.getBoundingClientRect().width / moduleSize);
            return Array.from({ length: modules }, () => run.classList.contains('qr__run--dark'));
          }),
        ),
      };
    });
    const expected = qrcode(0, 'M');
    expected.addData(code);
    expected.make();
    const n = expected.getModuleCount();
    expect(drawn.matrix).toEqual(
      Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => expected.isDark(r, c))),
    );
    expect(Math.abs(drawn.width - drawn.height)).toBeLessThan(1);
    expect(drawn.quietLeft).toBeCloseTo(4, 1);
    expect(drawn.quietTop).toBeCloseTo(4, 1);
    expect(drawn.background).toBe('rgb(255, 255, 255)');
    await shot(page, 'ch-04-ticket');

    // Staff scan it at the door: the ticket then says when.
    await api('staff', 'POST', `/staff/events/${ids.fair}/check-in`, { code });
    await page.reload();
    await visibleText(page, /^已于 .+ 签到$/).waitFor({ timeout: 15_000 });

    await shot(page, 'ch-04b-ticket-checked-in');

    // The event is among the talent's own, checked in.
    await open(page, 'packages/event/mine/index');
    const mine = card(page, '.ev-card', FAIR.title);
    await mine.getByText('已签到', { exact: true }).waitFor({ timeout: 15_000 });
    await shot(page, 'ch-05-my-events');
  });

  it('a second user, in English, gets a place on the waitlist of a full event', async () => {
    const page = pages.second;
    await open(page, `packages/event/detail/index?id=${ids.briefing}`);
    await visibleText(page, BRIEFING.titleEn as string).waitFor({ timeout: 15_000 });
    await visibleText(page, 'Full: join the waitlist').waitFor();
    await shot(page, 'en-06-event-full');
    await button(page, 'Full: join the waitlist').click();
    await visibleText(page, 'Waitlist #1').waitFor({ timeout: 15_000 });
    await visibleText(page, /number 1 on the waitlist/).waitFor();
    await visibleText(page, 'Leave the waitlist').waitFor();
    await shot(page, 'en-07-waitlisted');

    const detail = await api<{
      myRegistration: { status: string; waitlistPosition: number; checkInCode: string | null };
    }>(SECOND, 'GET', `/events/${ids.briefing}`);
    expect(detail.myRegistration).toMatchObject({ status: 'waitlisted', waitlistPosition: 1, checkInCode: null });

    // A cloud roadshow's live link shows once the user holds a place.
    await open(page, `packages/event/detail/index?id=${ids.cloud}`);
    await visibleText(page, CLOUD.titleEn as string).waitFor({ timeout: 15_000 });
    await expect(visibleText(page, 'Join online').isVisible()).resolves.toBe(false);
    await button(page, 'Register').click();
    await visibleText(page, 'Join online').waitFor({ timeout: 15_000 });
    await visibleText(page, CLOUD.onlineUrl as string).waitFor();
    await button(page, 'Copy link').waitFor();
    await visibleText(page, 'Join online').scrollIntoViewIfNeeded();
    await shot(page, 'en-08-online-link');

    await open(page, 'packages/event/mine/index');
    await card(page, '.ev-card', BRIEFING.titleEn as string)
      .getByText('Waitlist #1')
      .waitFor({ timeout: 15_000 });
    await card(page, '.ev-card', CLOUD.titleEn as string)
      .getByText('Registered', { exact: true })
      .waitFor();
    await shot(page, 'en-09-my-events');
  });

  it('an organisation marks interest in a roadshow project and gets the link to the intention', async () => {
    const page = pages.enterprise;
    await open(page, `packages/event/detail/index?id=${ids.roadshow}`);
    const slot = page.locator('.rs-slot').filter({ hasText: PROJECT.name }).filter({ visible: true }).first();
    await slot.waitFor({ timeout: 15_000 });
    await slot.getByText('暂无机构表达意向').waitFor();
    await slot.scrollIntoViewIfNeeded();
    await shot(page, 'ch-10-roadshow');

    await button(slot, '我感兴趣').click();
    const dialog = openDialog(page);
    await dialog.getByText(`将以你所在机构的名义向「${PROJECT.name}」团队发起对接意向，对方会收到通知。`).waitFor();
    await dialog.locator('textarea').fill(INTEREST_NOTE);
    await shot(page, 'ch-10b-interest-dialog');
    await button(dialog, '发起意向').click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    await slot.getByText('已表达意向').waitFor({ timeout: 15_000 });
    await slot.getByText('1 家机构感兴趣').waitFor({ timeout: 15_000 });
    await shot(page, 'ch-11-interested');

    await button(slot, '查看意向').click();
    await page.waitForURL(/intention\/detail\/index\?id=\d+/, { timeout: 15_000 });
    const intentionId = Number(new URL(page.url().replace('/#/', '/')).searchParams.get('id'));
    const intention = await api<{ id: number; status: string; source: string }>(
      'enterprise',
      'GET',
      `/intentions/${intentionId}`,
    );
    expect(intention).toMatchObject({ id: intentionId, status: 'proposed', source: 'roadshow' });
  });

  it('an organisation posts a challenge through the form; it waits for review', async () => {
    const page = pages.enterprise;
    await open(page, 'packages/challenge/org/index');
    await button(page, '发布榜单').click({ timeout: 15_000 });
    await page.waitForURL(/challenge\/edit/);
    await named(page, 'title').waitFor({ timeout: 15_000 });

    // An empty form says what is missing.
    await button(page, '提交审核').click();
    await visibleText(page, '请按提示修改后再提交').waitFor();

    await named(page, 'title').fill(CHALLENGE.title);
    await page
      .locator('.form-field')
      .filter({ hasText: '所属领域' })
      .filter({ visible: true })
      .locator('.form-field__select')
      .first()
      .click();
    await sheetOption(page, '智能硬件和制造').click();
    await named(page, 'problem').fill(CHALLENGE.problem);
    await named(page, 'expectedOutcome').fill(CHALLENGE.expectedOutcome);
    await named(page, 'budgetMin').fill(CHALLENGE.budgetMinWan);
    await named(page, 'budgetMax').fill(CHALLENGE.budgetMaxWan);
    // Typed in 万元, shown as talents will read it.
    await visibleText(page, '人才看到的榜单金额：50万元 – 200万元').waitFor();
    await named(page, 'budgetMin').scrollIntoViewIfNeeded();
    await shot(page, 'ch-12-challenge-form');

    await button(page, '提交审核').click();
    await page.waitForURL(/challenge\/org/, { timeout: 15_000 });
    const posted = card(page, '.ch-card', CHALLENGE.title);
    await posted.waitFor({ timeout: 15_000 });
    await posted.getByText('待审核', { exact: true }).waitFor();
    await posted.getByText('内容需人工复核，服务中心审核后公开').waitFor();
    await shot(page, 'ch-13-challenge-pending');

    // Staff approve it (the review queue is the staff console's page).
    const queue = await api<{ items: Array<{ id: number; title: string; budgetMin: number; budgetMax: number }> }>(
      'staff',
      'GET',
      '/staff/challenges?view=pending&pageSize=50',
    );
    const mine = queue.items.find((c) => c.title === CHALLENGE.title);
    expect(mine).toMatchObject({ budgetMin: 500_000, budgetMax: 2_000_000 });
    ids.challenge = mine?.id ?? 0;
    await api('staff', 'POST', `/staff/challenges/${ids.challenge}/review`, { decision: 'approve' });
  });

  it('the talent responds in Chinese, with their project', async () => {
    const page = pages.talent;
    await open(page, 'packages/challenge/list/index');
    const listed = card(page, '.ch-card', CHALLENGE.title);
    await listed.waitFor({ timeout: 15_000 });
    await listed.getByText('50万元 – 200万元').waitFor();
    await shot(page, 'ch-14-challenges');
    await listed.click();
    await page.waitForURL(/challenge\/detail/);
    await visibleText(page, CHALLENGE.problem).waitFor({ timeout: 15_000 });
    await shot(page, 'ch-15-challenge-detail');

    await button(page, '我要揭榜').click();
    await page.waitForURL(/challenge\/respond/);
    await named(page, 'proposal').fill(PROPOSAL_ZH);
    await visibleText(page, `已写 ${PROPOSAL_ZH.length} / 3000 字`).waitFor();
    await page
      .locator('.form-field')
      .filter({ hasText: '以项目揭榜' })
      .filter({ visible: true })
      .locator('.form-field__select')
      .first()
      .click();
    await sheetOption(page, PROJECT.name).click();
    await shot(page, 'ch-16-respond');
    await button(page, '提交揭榜方案').click();
    await page.waitForURL(/challenge\/responses/, { timeout: 15_000 });
    const response = card(page, '.ch-resp', CHALLENGE.title);
    await response.getByText('已揭榜', { exact: true }).waitFor({ timeout: 15_000 });
    await response.getByText(`关联项目：${PROJECT.name}`).waitFor();
  });

  it('the second talent responds in English', async () => {
    const page = pages.second;
    await open(page, 'packages/challenge/list/index');
    const listed = card(page, '.ch-card', CHALLENGE.title);
    await listed.getByText('¥500,000 – ¥2,000,000').waitFor({ timeout: 15_000 });
    await listed.click();
    await page.waitForURL(/challenge\/detail/);
    await visibleText(page, 'Respond').click({ timeout: 15_000 });
    await page.waitForURL(/challenge\/respond/);
    await visibleText(page, 'You have no accepted project yet; you can respond on your own').waitFor({
      timeout: 15_000,
    });
    // Too short first: the counter and the check say so.
    await named(page, 'proposal').fill('Short.');
    await visibleText(page, '6 characters, at least 20').waitFor();
    await named(page, 'proposal').fill(PROPOSAL_EN);
    await shot(page, 'en-17-respond');
    await visibleText(page, 'Send response').click();
    await page.waitForURL(/challenge\/responses/, { timeout: 15_000 });
    await card(page, '.ch-resp', CHALLENGE.title).getByText('Submitted', { exact: true }).waitFor({ timeout: 15_000 });
    await shot(page, 'en-18-my-responses');
  });

  it('the organisation shortlists and picks the Chinese proposal; the pick links to the intention', async () => {
    const page = pages.enterprise;
    await open(page, 'packages/challenge/org/index');
    await filterTab(page, '揭榜中').click();
    const live = card(page, '.ch-card', CHALLENGE.title);
    await live.getByText('揭榜中', { exact: true }).waitFor({ timeout: 15_000 });
    await button(live, '揭榜方案（2）').click();
    await page.waitForURL(/challenge\/org-responses/);
    const chinese = card(page, '.ch-resp', PROPOSAL_ZH);
    const english = card(page, '.ch-resp', PROPOSAL_EN);
    await chinese.waitFor({ timeout: 15_000 });
    await english.getByText(SECOND_NAME).waitFor();
    await shot(page, 'ch-19-responses');

    await button(chinese, '入围').click();
    await chinese.getByText('入围', { exact: true }).waitFor({ timeout: 15_000 });
    await button(chinese, '选定此方案').click();
    const dialog = openDialog(page);
    await dialog.getByText('其余 1 个方案将标记为未中选，揭榜者会收到通知。').waitFor();
    await dialog.locator('textarea').fill(PICK_NOTE);
    await shot(page, 'ch-20-pick-dialog');
    await button(dialog, '确认选定').click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    await chinese.getByText('中选', { exact: true }).waitFor({ timeout: 15_000 });
    await english.getByText('未中选', { exact: true }).waitFor({ timeout: 15_000 });
    await visibleText(page, '已选定方案，可在对接意向中继续推进。').waitFor();
    await shot(page, 'ch-21-picked');

    await button(chinese, '查看对接意向').click();
    await page.waitForURL(/intention\/detail\/index\?id=\d+/, { timeout: 15_000 });
    const intentionId = Number(new URL(page.url().replace('/#/', '/')).searchParams.get('id'));
    // The link is the picked response's intention. (The response came with the project the organisation already
    // has an open intention on, from the roadshow: the pick joins that one rather than opening a second.)
    const responses = await api<{ items: Array<{ proposal: string; status: string; intentionId: number | null }> }>(
      'enterprise',
      'GET',
      `/org/challenges/${ids.challenge}/responses`,
    );
    expect(responses.items.find((r) => r.proposal === PROPOSAL_ZH)).toMatchObject({ status: 'picked', intentionId });
    expect(responses.items.find((r) => r.proposal === PROPOSAL_EN)).toMatchObject({
      status: 'not_picked',
      intentionId: null,
    });
    const intention = await api<{ status: string }>('enterprise', 'GET', `/intentions/${intentionId}`);
    expect(intention.status).toBe('proposed');
  });

  it('the other talent sees "Not picked"; the picked one finds the intention', async () => {
    const second = pages.second;
    await open(second, 'packages/challenge/responses/index');
    const theirs = card(second, '.ch-resp', CHALLENGE.title);
    await theirs.getByText('Not picked', { exact: true }).waitFor({ timeout: 15_000 });
    await theirs.getByText(/picked another proposal/).waitFor();
    await shot(second, 'en-22-not-picked');

    const talent = pages.talent;
    await open(talent, 'packages/challenge/responses/index');
    const picked = card(talent, '.ch-resp', CHALLENGE.title);
    await picked.getByText('中选', { exact: true }).waitFor({ timeout: 15_000 });
    await shot(talent, 'ch-23-picked-talent');
    await button(picked, '查看对接意向').click();
    await talent.waitForURL(/intention\/detail\/index\?id=\d+/, { timeout: 15_000 });
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
