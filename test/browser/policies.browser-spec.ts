import {
  DEGREE_LABELS,
  DEV_PERSONA_LABELS,
  INDUSTRY_LABELS,
  INTENT_LABELS,
  POLICY_CATEGORY_LABELS,
  REGION_LABELS,
  VERDICTS,
  VERDICT_LABELS,
  matchResultSchema,
  policyPageSchema,
  searchResultSchema,
  type Highlight,
  type MatchAnswers,
  type MatchResult,
  type PolicyPage,
} from '@ihaigui/shared';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, type RunningServer, startServer } from './support/server';
import { collectPageErrors, filterTab, settled, shot, tab, visibleText } from './support/ui';

/** The text of highlighted parts, joined. */
const plain = (parts: Highlight) => parts.map((part) => part.text).join('');

/** What the questionnaire is answered with in the browser (the rest: "Not sure"). */
const ANSWERS: MatchAnswers = {
  degree: 'phd',
  studiedAbroad: true,
  foreignNational: false,
  yearsAbroad: 6,
  age: 33,
  returnYear: 2024,
  intent: 'startup',
  industry: 'ai',
};

describe('policies, the matcher, saved policies and search in the H5 app (Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const api = async <T>(path: string, parse: (body: unknown) => T, init?: RequestInit): Promise<T> => {
    const response = await fetch(`${server.url}api/v1${path}`, {
      ...init,
      headers: { 'Content-Type': 'application/json', ...(init?.headers ?? {}) },
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return parse(await response.json());
  };
  const policies = (query: string) => api<PolicyPage>(`/policies?${query}`, (b) => policyPageSchema.parse(b));

  const visible = (selector: string) => page.locator(selector).filter({ visible: true });

  beforeAll(async () => {
    server = await startServer({ RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN' });
    collectPageErrors(page, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a signed-out reader narrows the policy list by category and district', async () => {
    const all = await policies('pageSize=50');
    expect(all.total).toBeGreaterThan(0);
    // A district policy from the demo data: its category and district are the filters to set.
    const target = all.items.find((p) => p.region !== 'citywide') ?? all.items[0];
    const filtered = await policies(`category=${target.category}&region=${target.region}`);
    expect(filtered.total).toBeLessThan(all.total);

    await page.goto(server.url);
    await tab(page, '政策').click();
    await visibleText(page, '哪些政策适合我？').waitFor({ timeout: 15_000 });
    await visibleText(page, `共 ${all.total} 条政策`).waitFor({ timeout: 15_000 });

    await visible('.policy-tab__chip').filter({ hasText: POLICY_CATEGORY_LABELS[target.category].zh }).click();
    await visible('.policy-tab__trigger').filter({ hasText: '区域' }).click();
    await visible('.nut-actionsheet-item')
      .filter({ hasText: new RegExp(`^${REGION_LABELS[target.region].zh}$`) })
      .click();

    await visibleText(page, `共 ${filtered.total} 条政策`).waitFor({ timeout: 15_000 });
    await visibleText(page, filtered.items[0].title).waitFor({ timeout: 15_000 });
    // Only cards of the chosen district or the whole city remain.
    const regionTags = await visible('.policy-card__tag--region').allInnerTexts();
    expect(regionTags.length).toBeGreaterThan(0);
    for (const text of regionTags)
      expect([REGION_LABELS[target.region].zh, REGION_LABELS.citywide.zh]).toContain(text.trim());
    await shot(page, '40-policy-list-filtered');
  });

  it('runs the matcher in English and explains every verdict', async () => {
    await page.goto(server.url);
    await tab(page, '我的').click();
    await visibleText(page, 'English').click();
    await tab(page, 'Me').waitFor({ timeout: 10_000 });
    await tab(page, 'Policies').click();
    await visibleText(page, 'Which policies fit me?').click();
    await visibleText(page, 'See which policies fit you').waitFor({ timeout: 15_000 });
    await settled(page);

    const question = (key: string) => visible(`#match-q-${key}`);
    const choose = (key: string, text: string) =>
      question(key)
        .locator('.matcher-q__chip')
        .filter({ hasText: new RegExp(`^${text}$`) })
        .click();
    await choose('degree', DEGREE_LABELS.phd.en);
    await choose('studiedAbroad', 'Yes');
    await choose('foreignNational', 'No');
    await choose('chineseUniversityDegree', 'Not sure');
    await question('yearsAbroad').locator('input').fill('6');
    await question('age').locator('input').fill('33');
    await question('returnYear').locator('input').fill('2024');
    await choose('graduationYear', 'Not sure');
    await choose('intent', INTENT_LABELS.startup.en);
    await choose('industry', INDUSTRY_LABELS.ai.en);
    await choose('district', 'Not sure');
    await visibleText(page, '11/11 answered').waitFor({ timeout: 5_000 });
    await visibleText(page, 'See which policies fit you').scrollIntoViewIfNeeded();
    await shot(page, '41-matcher-questions-en');

    const expected: MatchResult = await api('/policies/match', (b) => matchResultSchema.parse(b), {
      method: 'POST',
      body: JSON.stringify(ANSWERS),
    });
    const groups = VERDICTS.filter((v) => expected.counts[v] > 0);
    expect(groups.length).toBeGreaterThanOrEqual(2);

    await visible('.matcher__submit').getByText('See my matches').click();
    await visibleText(page, 'Your matches').waitFor({ timeout: 15_000 });
    await visibleText(page, `${expected.items.length} open policies checked`).waitFor();
    for (const verdict of groups) {
      await visible('.match-group__title')
        .filter({ hasText: new RegExp(`^${VERDICT_LABELS[verdict].en}$`) })
        .waitFor();
      // The first card of each group opens with its conditions and the reasons, in English.
      const first = expected.items.find((item) => item.verdict === verdict)!;
      const shown = first.criteria.find(
        (c) => c.status === (verdict === 'eligible' ? 'met' : verdict === 'maybe' ? 'unknown' : 'not_met'),
      );
      if (shown) await visibleText(page, shown.reason.en).waitFor({ timeout: 5_000 });
    }
    await shot(page, '42-matcher-results-en');
    for (const verdict of groups.filter((v) => v !== 'eligible')) {
      await visible('.match-group__title')
        .filter({ hasText: new RegExp(`^${VERDICT_LABELS[verdict].en}$`) })
        .scrollIntoViewIfNeeded();
      await shot(page, `42-matcher-results-${verdict}-en`);
    }

    // A "maybe" names what is missing and leads back to that question.
    if (expected.counts.maybe > 0) {
      await visible('.match-card__answer').first().click();
      await visible('.matcher-q--highlighted').waitFor({ timeout: 5_000 });
      await visibleText(page, 'View result', false).click();
      await visibleText(page, 'Your matches').waitFor();
    }
  });

  it('the demo talent saves a policy and finds it under Saved policies', async () => {
    const newest = (await policies('pageSize=1')).items[0];
    const titleEn = newest.titleEn ?? newest.title;

    await page.goto(server.url);
    await tab(page, 'Me').click();
    await visibleText(page, 'Sign in / Register').click();
    await visibleText(page, DEV_PERSONA_LABELS.talent.en).click();
    await visibleText(page, 'Sign out').waitFor({ timeout: 15_000 });
    await settled(page);

    await tab(page, 'Policies').click();
    await visible('.policy-card__title').filter({ hasText: titleEn }).first().click();
    await visibleText(page, 'Who is eligible').waitFor({ timeout: 15_000 });
    await visible('.detail-bar__item').filter({ hasText: 'Save' }).click();
    await visible('.detail-bar__item--on').filter({ hasText: 'Saved' }).waitFor({ timeout: 10_000 });
    await shot(page, '43-policy-detail-en');

    await page.goto(server.url);
    await tab(page, 'Me').click();
    await visibleText(page, 'Saved policies').click();
    await visible('.policy-card__title').filter({ hasText: titleEn }).waitFor({ timeout: 15_000 });
    await visibleText(page, '1 saved').waitFor();
    await shot(page, '44-favorites-en');

    // The matcher starts from the talent's profile.
    await page.goto(server.url);
    await tab(page, 'Me').click();
    // Home has a "Policy matcher" entry too: wait for Me to be the page showing.
    await visibleText(page, 'Sign out').waitFor({ timeout: 10_000 });
    await visible('.nav-cell').filter({ hasText: 'Policy matcher' }).click();
    await visibleText(page, 'answers taken from your talent profile', false).waitFor({ timeout: 15_000 });
    await shot(page, '45-matcher-prefilled-en');
  });

  it('searches from Home in Chinese and English with highlighted hits', async () => {
    await page.goto(server.url);
    await tab(page, 'Home').click();
    await visibleText(page, 'Search policies, parks, finance').click();
    const input = visible('.search__input input');
    await input.waitFor({ timeout: 15_000 });
    // The box takes the focus by itself: typing goes straight into it.
    await page.waitForFunction(() => document.activeElement?.closest('.search__input') != null, undefined, {
      timeout: 5_000,
    });
    await page.keyboard.type('创业');
    await expect(input.inputValue()).resolves.toBe('创业');
    await visible('.search-hl').filter({ hasText: '创业' }).first().waitFor({ timeout: 15_000 });
    await shot(page, '46-search-chinese');

    const visa = await api('/search?q=visa', (b) => searchResultSchema.parse(b), {
      headers: { 'Accept-Language': 'en' },
    });
    expect(visa.total).toBeGreaterThan(0);
    await input.fill('visa');
    const firstVisa = visa.items[0];
    await visible('.search-hit__title')
      .filter({ hasText: plain(firstVisa.titleEn ?? firstVisa.title) })
      .first()
      .waitFor({ timeout: 15_000 });
    await filterTab(page, `All ${visa.total}`).waitFor();
    // Every part the server marks as matched stands out on screen.
    const marked = visa.items
      .flatMap((hit) => [...(hit.titleEn ?? hit.title), ...hit.snippet])
      .filter((part) => part.hit);
    for (const part of marked.slice(0, 3)) await visible('.search-hl').filter({ hasText: part.text }).first().waitFor();
    await shot(page, '47-search-english');

    // A hit opens its detail page.
    await visible('.search-hit').first().click();
    await page.waitForURL(/detail/, { timeout: 10_000 });
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
