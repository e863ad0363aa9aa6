import { PAGES, type PageName } from '@ihaigui/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { launchBrowser, type RunningServer, startServer } from './support/server';
import {
  button,
  collectPageErrors,
  exactButton,
  named,
  openDialog,
  settled,
  shot,
  signInAs,
  visibleText,
} from './support/ui';

/** An FAQ entry already published: what the talent's question brings up while they type. */
const EXISTING_FAQ = {
  category: 'work_permit',
  question: '外籍人才工作许可一般多久能办下来？',
  questionEn: 'How long does it take to get a work permit?',
  answer: '材料齐全时，工作许可一般在受理后 10 个工作日内作出决定，工作类居留许可可并联办理。',
  answerEn:
    'With complete documents a work permit is usually decided within 10 working days of acceptance; the residence permit is processed in parallel.',
  consultationId: null,
};

const SUBJECT = 'Work permit: can I start before it is issued?';
const QUESTION =
  'My employer filed my work permit application last week. How long does it take, and may I start working before the permit is issued?';
const ANSWER =
  'You may not start working before the work permit is issued. Processing takes about 10 working days once the documents are complete; we will remind your employer to book the window appointment.';
const COMMENT = 'Clear and quick, thank you.';

/** What staff publish, rewritten and anonymised, in both languages. */
const FAQ_ZH = {
  question: '工作许可下发前可以先入职上班吗？',
  answer: '不可以。须在取得工作许可后方可入职工作；材料齐全时一般 10 个工作日内办结，请用人单位尽早预约窗口办理。',
};
const FAQ_EN_QUESTION = 'Can I start working before my work permit is issued?';

describe('service desk: asking, answering, rating and publishing as FAQ in the H5 app (Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const tokens = new Map<string, string>();
  let policyId = 0;
  let talent: Page;
  let staff: Page;

  async function token(persona: string): Promise<string> {
    if (!tokens.has(persona)) {
      const response = await fetch(`${server.url}api/v1/auth/dev-login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ persona }),
      });
      const body = (await response.json()) as { accessToken: string };
      if (!response.ok) throw new Error(`dev-login ${persona} → ${response.status}`);
      tokens.set(persona, body.accessToken);
    }
    return tokens.get(persona) as string;
  }

  async function api<T>(persona: string | null, method: string, route: string, body?: unknown): Promise<T> {
    const response = await fetch(`${server.url}api/v1${route}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(persona ? { Authorization: `Bearer ${await token(persona)}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${route} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async function newPage(label: string, locale: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale });
    contexts.push(context);
    const page = await context.newPage();
    collectPageErrors(page, pageErrors, label);
    return page;
  }

  /** Opens a page by the page table, freshly loaded. */
  async function open(page: Page, name: PageName, query = ''): Promise<void> {
    await page.goto(`${server.url}#/${PAGES[name]}${query ? `?${query}` : ''}`);
    await page.reload();
    await settled(page);
  }

  /** The page shown now (the router keeps the pages under it in the document). */
  const shown = (page: Page) => page.locator('.taro_page_show.taro_page_stationed').last();

  beforeAll(async () => {
    server = await startServer({ RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
    browser = await launchBrowser();
    const list = await api<{ items: Array<{ id: number; title: string }> }>(
      null,
      'GET',
      '/policies?category=visa_residence&pageSize=50',
    );
    const guide = list.items.find((p) => p.title.includes('工作许可'));
    if (!guide) throw new Error('the demo data has no work-permit guide');
    policyId = guide.id;
    await api('staff', 'POST', '/staff/faqs', EXISTING_FAQ);
    talent = await newPage('talent', 'en-US');
    staff = await newPage('staff', 'zh-CN');
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('a talent using the app in English asks about a work permit from the guide, past an FAQ suggestion', async () => {
    await signInAs(talent, server.url, 'talent', 'en');
    await open(talent, 'policyDetail', `id=${policyId}`);
    const ask = exactButton(shown(talent), 'Ask about this');
    await ask.scrollIntoViewIfNeeded();
    await shot(talent, 'desk-01-policy-ask-about', ask);
    await expectAccessible(talent, 'policy detail');
    await ask.click();
    await settled(talent);

    const page = shown(talent);
    await visibleText(page, 'One-Window Service for Foreign Talent Work and Residence Permits').waitFor();
    // The category comes suggested from the guide; the answer language is the UI's.
    await visibleText(page, 'Work permit').waitFor();
    expect(await page.locator('[role="radio"][aria-checked="true"]').first().innerText()).toContain('English');

    // Sending an empty question says what is missing.
    await exactButton(page, 'Send question').click();
    await visibleText(page, /fields need attention/, false).waitFor();
    await shot(talent, 'desk-02-ask-errors');

    await named(page, 'subject').fill(SUBJECT);
    await named(page, 'body').fill(QUESTION);
    const suggestion = button(page, new RegExp(EXISTING_FAQ.questionEn));
    await suggestion.waitFor({ timeout: 15_000 });
    await suggestion.click();
    await visibleText(page, EXISTING_FAQ.answerEn).waitFor();
    await exactButton(page, 'This answers my question').waitFor();
    await shot(talent, 'desk-03-ask-suggestion');
    await expectAccessible(talent, 'ask');

    await exactButton(page, 'Ask anyway').click();
    await settled(talent);
    const detail = shown(talent);
    await visibleText(detail, SUBJECT).waitFor({ timeout: 15_000 });
    await visibleText(detail, 'No reply yet. It will show here and you will be notified.').waitFor();
    await visibleText(detail, 'In progress').waitFor();
    await visibleText(detail, /\(Beijing time\)/, false)
      .first()
      .waitFor();
    await shot(talent, 'desk-04-asked');
    await expectAccessible(talent, 'consultation (asker)');
  });

  it('staff in Chinese claim the question from the queue and answer it', async () => {
    await signInAs(staff, server.url, 'staff');
    await open(staff, 'staffDeskQueue');
    const queue = shown(staff);
    await visibleText(queue, /^\s*待分派 \d+\s*$/).waitFor();
    const card = queue.locator('.desk-card').filter({ hasText: SUBJECT }).first();
    await card.waitFor();
    await shot(staff, 'desk-05-queue');
    await expectAccessible(staff, 'queue');
    await card.click();
    await settled(staff);

    const page = shown(staff);
    await visibleText(page, '提问人希望以英文答复（English）').waitFor();
    await exactButton(page, '我来受理').click();
    await page.locator('.desk-fact').filter({ hasText: '承办人' }).filter({ hasNotText: '待分派' }).waitFor();
    await named(page, 'staffReply').fill(ANSWER);
    await exactButton(page, '发送').click();
    await page.locator('.desk-msg--staff').filter({ hasText: ANSWER }).waitFor();
    await exactButton(page, '办结').click();
    const dialog = openDialog(staff);
    await dialog.waitFor();
    await exactButton(dialog, '办结').click();
    await dialog.waitFor({ state: 'hidden' });
    await visibleText(page, '已答复').first().waitFor();
    await shot(staff, 'desk-06-staff-answered');
    await expectAccessible(staff, 'consultation (staff)');
  });

  it('the talent sees the answer without reloading, and rates it', async () => {
    const page = shown(talent);
    // No reload or navigation: the open page asks again by itself.
    await page.locator('.desk-msg--staff').filter({ hasText: ANSWER }).waitFor({ timeout: 20_000 });
    await visibleText(page, 'Answered').first().waitFor();
    await page.locator('[role="radio"]', { hasText: 'Yes, resolved' }).click();
    const fourStars = page.locator('[role="radio"][aria-label="4 stars"]');
    await fourStars.focus();
    await talent.keyboard.press('ArrowRight');
    expect(await page.locator('[role="radio"][aria-label="5 stars"]').getAttribute('aria-checked')).toBe('true');
    await named(page, 'comment').fill(COMMENT);
    await shot(talent, 'desk-07-rate');
    await expectAccessible(talent, 'rating');
    await exactButton(page, 'Send rating').click();
    await visibleText(page, 'Your rating').waitFor();
    await visibleText(page, COMMENT).waitFor();
    await exactButton(page, 'Reopen the question').waitFor();
    await shot(talent, 'desk-08-rated');
  });

  it('staff publish the answer as an FAQ entry in Chinese and English', async () => {
    const page = shown(staff);
    const publish = exactButton(page, '整理为常见问题');
    await publish.waitFor({ timeout: 15_000 });
    await publish.click();
    await settled(staff);
    const form = shown(staff);
    await visibleText(form, /去除姓名/, false).waitFor();
    // The draft holds the asker's subject and the answer, in English as they were written.
    expect(await named(form, 'questionEn').inputValue()).toBe(SUBJECT);
    expect(await named(form, 'answerEn').inputValue()).toBe(ANSWER);
    await named(form, 'question').fill(FAQ_ZH.question);
    await named(form, 'answer').fill(FAQ_ZH.answer);
    await named(form, 'questionEn').fill(FAQ_EN_QUESTION);
    await shot(staff, 'desk-09-faq-edit');
    await expectAccessible(staff, 'FAQ editor');
    await exactButton(form, '发布').click();
    await settled(staff);
    await visibleText(shown(staff), FAQ_ZH.question).waitFor({ timeout: 15_000 });
    await shot(staff, 'desk-10-faq-published');
  });

  it('an anonymous visitor finds the entry through the global search and reads it in English', async () => {
    const visitor = await newPage('visitor', 'en-US');
    await open(visitor, 'search');
    const input = shown(visitor).locator('input').first();
    await input.fill('start working before work permit');
    const hit = shown(visitor).locator('.search-hit').filter({ hasText: FAQ_EN_QUESTION }).first();
    await hit.waitFor({ timeout: 15_000 });
    await shot(visitor, 'desk-11-search');
    await hit.click();
    await settled(visitor);
    const page = shown(visitor);
    await visibleText(page, FAQ_EN_QUESTION).waitFor();
    await visibleText(page, ANSWER).waitFor();
    await exactButton(page, 'Ask the service station').waitFor();
    await shot(visitor, 'desk-12-faq-detail');
    await expectAccessible(visitor, 'FAQ detail');
  });
  it('the asker’s list, the FAQ list, and the desk settings and figures of staff show and pass the checks', async () => {
    await open(talent, 'myConsultations');
    const mine = shown(talent).locator('.desk-card').filter({ hasText: SUBJECT }).first();
    await mine.waitFor();
    expect(await mine.innerText()).toContain('Answered');
    await shot(talent, 'desk-13-my-questions');
    await expectAccessible(talent, 'my questions');

    await open(talent, 'faqList');
    await shown(talent).locator('.desk-faq-card').filter({ hasText: FAQ_EN_QUESTION }).first().waitFor();
    await shot(talent, 'desk-14-faq-list');
    await expectAccessible(talent, 'FAQ list');

    await open(staff, 'staffDeskSettings');
    const settings = shown(staff);
    await visibleText(settings, '工作日历').waitFor();
    await settings.locator('.desk-day').first().waitFor();
    await shot(staff, 'desk-15-settings');
    await expectAccessible(staff, 'desk settings');

    await open(staff, 'staffDashboard');
    const desk = shown(staff).locator('.dash__card--desk');
    await visibleText(desk, '咨询总数').waitFor({ timeout: 15_000 });
    await desk.scrollIntoViewIfNeeded();
    await shot(staff, 'desk-16-dashboard');
    await expectAccessible(staff, 'dashboard');
  });
});
