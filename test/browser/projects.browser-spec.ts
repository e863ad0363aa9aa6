import {
  DEGREE_LABELS,
  DEV_PERSONA_LABELS,
  DISTRICT_LABELS,
  INDUSTRY_LABELS,
  INTENTION_STATUS_LABELS,
  ORIGIN_REGION_LABELS,
  PROJECT_SEEK_LABELS,
  PROJECT_STAGE_LABELS,
  PROJECT_STATUS_LABELS,
  REVIEW_CRITERION_LABELS,
  pickLabel,
  weightedScore,
  type Bilingual,
  type Locale,
} from '@ihaigui/shared';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, type RunningServer, startServer } from './support/server';
import {
  card,
  collectPageErrors,
  exactButton,
  filterTab,
  named,
  openDialog,
  settled,
  sheetOption,
  shot,
  tab,
  visibleText,
} from './support/ui';

type Persona = keyof typeof DEV_PERSONA_LABELS;
type Role = 'talent' | 'reviewer' | 'enterprise';

/** The UI texts the test clicks and reads, in each language. */
const TEXT = {
  'zh-CN': {
    tabMatch: '对接',
    tabMe: '我的',
    signIn: '登录 / 注册',
    signOut: '退出登录',
    tileRegister: '登记项目',
    tileReviews: '评审任务',
    tileProjects: '项目库',
    tileTalents: '人才库',
    proposeTalent: '发起对接',
    fixErrors: '请按提示修改后再提交',
    fieldLabel: '领域',
    stageLabel: '阶段',
    regionLabel: '团队来自',
    degreeLabel: '负责人学历',
    financingPreview: '即 500万元',
    saveDraft: '保存草稿',
    draftSaved: '草稿已保存',
    upload: '上传 PDF',
    submit: '提交筛选',
    privateHidden: '技术方案、团队、联系方式和路演材料仅对项目方',
    download: '下载',
    scored: '已评审',
    submitScore: '提交评分',
    points: (total: number) => `${total} 分`,
    propose: '发起合作意向',
    sendProposal: '发送对接意向',
    intentions: '对接意向',
    orgIntentions: '机构对接意向',
    accept: '接受对接',
    confirm: '确认',
    meeting: '已完成洽谈',
    agreement: '签署意向协议',
    signed: '落地签约',
    capital: '1000',
    investment: '3000',
    capitalShown: '1000万元',
    investmentShown: '3000万元',
  },
  en: {
    tabMatch: 'Matchmaking',
    tabMe: 'Me',
    signIn: 'Sign in / Register',
    signOut: 'Sign out',
    tileRegister: 'Register a project',
    tileReviews: 'Reviews',
    tileProjects: 'Projects',
    tileTalents: 'Talents',
    proposeTalent: 'Propose',
    fixErrors: 'Please correct the fields marked below',
    fieldLabel: 'Field',
    stageLabel: 'Stage',
    regionLabel: 'Team comes from',
    degreeLabel: 'Leader’s degree',
    financingPreview: 'That is ¥5,000,000',
    saveDraft: 'Save draft',
    draftSaved: 'Draft saved',
    upload: 'Upload PDF',
    submit: 'Submit for screening',
    privateHidden: 'The technology, team, contact and pitch deck are open only',
    download: 'Download',
    scored: 'Scored',
    submitScore: 'Submit score',
    points: (total: number) => `${total} points`,
    propose: 'Propose cooperation',
    sendProposal: 'Send proposal',
    intentions: 'Intentions',
    orgIntentions: 'Our intentions',
    accept: 'Accept',
    confirm: 'Confirm',
    meeting: 'Meeting held',
    agreement: 'Letter of intent',
    signed: 'Landing agreement',
    capital: '10000000',
    investment: '30000000',
    capitalShown: '¥10,000,000',
    investmentShown: '¥30,000,000',
  },
} as const;

/** What the talent types into the form: 500 (万元) in Chinese, 5000000 (yuan) in English — the same amount. */
const FINANCING_TYPED: Record<Locale, string> = { 'zh-CN': '500', en: '5000000' };
const FINANCING_YUAN = 5_000_000;
const CAPITAL_YUAN = 10_000_000;
const INVESTMENT_YUAN = 30_000_000;

/** The notes each step leaves for the other side. */
const NOTES: Record<string, string> = {
  接受对接: '感谢关注，欢迎下周来实验室交流。',
  已完成洽谈: '已在集美软件园面谈，双方确定投资加场地的合作方式。',
  签署意向协议: '意向协议已签署，约定三个月内完成公司注册。',
  落地签约: '在翔安区注册公司，首期投资到位。',
  Accept: 'Thank you, we would be glad to meet next week.',
  'Meeting held': 'Met at the software park; we agreed on investment plus a site.',
  'Letter of intent': 'Letter of intent signed; the company is to be registered within three months.',
  'Landing agreement': 'The company registers in Xiang’an; the first investment is in.',
};

const SCORES = { innovation: 8, team: 7, market: 9, localFit: 6 };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

function projectFor(locale: Locale) {
  const tag = locale === 'en' ? '（英文流程）' : '';
  return {
    name: `眼底影像AI早筛系统${tag}`,
    nameEn: locale === 'en' ? 'AI Retinal Screening (English run)' : 'AI Retinal Screening',
    summary: '基于深度学习的眼底照片分析系统，可在社区医院完成糖尿病视网膜病变的早期筛查，准确率经三甲医院验证。',
    details:
      '核心算法已在英国两家医院完成回顾性验证，团队由伦敦大学学院的博士和眼科医生组成，计划在本市设立研发中心并与区域医联体合作推广。',
    contact: 'lin.haichuan@example.com',
  };
}

describe.each(['zh-CN', 'en'] as const)(
  'a talent project from registration to a landing agreement in the H5 app (%s)',
  (locale) => {
    const S = TEXT[locale];
    const L = (label: Bilingual) => pickLabel(label, locale);
    const PROJECT = projectFor(locale);
    const shownName = locale === 'en' ? PROJECT.nameEn : PROJECT.name;
    const prefix = `pj-${locale === 'en' ? 'en' : 'zh'}`;
    let server: RunningServer;
    let browser: Browser;
    const contexts: BrowserContext[] = [];
    const pages = {} as Record<Role, Page>;
    const pageErrors: string[] = [];
    const sessions: Partial<Record<Persona, { token: string; userId: number }>> = {};
    let projectId = 0;
    let intentionId = 0;

    async function session(persona: Persona): Promise<{ token: string; userId: number }> {
      if (!sessions[persona]) {
        const response = await fetch(`${server.url}api/v1/auth/dev-login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ persona }),
        });
        const body = (await response.json()) as { accessToken: string; user: { id: number } };
        sessions[persona] = { token: body.accessToken, userId: body.user.id };
      }
      return sessions[persona] as { token: string; userId: number };
    }

    async function api<T>(persona: Persona, method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${server.url}api/v1${path}`, {
        method,
        headers: {
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          Authorization: `Bearer ${(await session(persona)).token}`,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    }

    /** Each persona in a browser of its own (own storage, the run's language), signed in through the login page's picker. */
    async function openAs(persona: Role): Promise<Page> {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        locale,
        acceptDownloads: true,
      });
      contexts.push(context);
      const page = await context.newPage();
      collectPageErrors(page, pageErrors, persona);
      await page.goto(server.url);
      await tab(page, S.tabMe).click();
      await visibleText(page, S.signIn).click();
      await visibleText(page, L(DEV_PERSONA_LABELS[persona])).click();
      await visibleText(page, S.signOut).waitFor({ timeout: 15_000 });
      await settled(page);
      return page;
    }

    async function openMatchTab(page: Page) {
      await page.goto(server.url);
      await tab(page, S.tabMatch).click();
      await settled(page);
    }

    async function openFromMe(page: Page, entry: string) {
      await page.goto(server.url);
      await tab(page, S.tabMe).click();
      await visibleText(page, entry).click();
      await settled(page);
    }

    async function choose(page: Page, label: string, option: string) {
      await page
        .locator('.form-field')
        .filter({ hasText: label })
        .filter({ visible: true })
        .locator('.form-field__select')
        .first()
        .click();
      await sheetOption(page, option).click();
    }

    /** A step of the intention: its button, then a note and the confirmation in the dialog it opens. */
    async function move(page: Page, label: string, fill?: (dialog: Locator) => Promise<void>) {
      await exactButton(page.locator('.in-moves'), label).click();
      const dialog = openDialog(page);
      await dialog.waitFor();
      await named(dialog, 'moveNote').fill(NOTES[label] ?? label);
      if (fill) await fill(dialog);
      await exactButton(dialog, S.confirm).click();
      await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    }

    beforeAll(async () => {
      server = await startServer({ RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
      browser = await launchBrowser();
      pages.talent = await openAs('talent');
      pages.reviewer = await openAs('reviewer');
      pages.enterprise = await openAs('enterprise');
    });

    afterAll(async () => {
      for (const context of contexts) await context.close();
      await browser?.close();
      await server?.stop();
    });

    it('the talent registers a project through the form, uploads the pitch deck and submits it', async () => {
      const page = pages.talent;
      await openMatchTab(page);
      await shot(page, `${prefix}-01-match-talent`);
      await visibleText(page, S.tileRegister).click();
      await page.waitForURL(/project\/edit/);
      await named(page, 'name').waitFor({ timeout: 15_000 });

      // An empty form says what is missing, field by field.
      await exactButton(page, S.saveDraft).click();
      await visibleText(page, S.fixErrors).waitFor();
      await shot(page, `${prefix}-02-form-errors`);

      await named(page, 'name').fill(PROJECT.name);
      await named(page, 'nameEn').fill(PROJECT.nameEn);
      await choose(page, S.fieldLabel, L(INDUSTRY_LABELS.ai));
      await choose(page, S.stageLabel, L(PROJECT_STAGE_LABELS.prototype));
      await choose(page, S.regionLabel, L(ORIGIN_REGION_LABELS.uk));
      await named(page, 'teamSize').fill('6');
      await choose(page, S.degreeLabel, L(DEGREE_LABELS.phd));
      await page
        .locator('.pj-choice')
        .filter({ hasText: L(PROJECT_SEEK_LABELS.investment) })
        .filter({ visible: true })
        .click();
      await page
        .locator('.pj-choice')
        .filter({ hasText: L(PROJECT_SEEK_LABELS.site) })
        .filter({ visible: true })
        .click();
      await named(page, 'financingNeed').fill(FINANCING_TYPED[locale]);
      // The amount as it will show, before it is saved: 万元 in Chinese, yuan in English.
      await visibleText(page, S.financingPreview).waitFor();
      await named(page, 'summary').fill(PROJECT.summary);
      await named(page, 'details').fill(PROJECT.details);
      await named(page, 'contact').fill(PROJECT.contact);
      await named(page, 'name').scrollIntoViewIfNeeded();
      await shot(page, `${prefix}-03-form-filled`);

      await exactButton(page, S.saveDraft).click();
      await visibleText(page, S.draftSaved).waitFor({ timeout: 15_000 });
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), exactButton(page, S.upload).click()]);
      await chooser.setFiles({ name: 'pitch-deck.pdf', mimeType: 'application/pdf', buffer: PDF });
      await page
        .locator('.pj-deck__name')
        .filter({ hasText: 'pitch-deck.pdf', visible: true })
        .waitFor({ timeout: 15_000 });
      await page.locator('.pj-deck-field').filter({ visible: true }).scrollIntoViewIfNeeded();
      await shot(page, `${prefix}-04-form-deck`);

      await exactButton(page, S.submit).click();
      await page.waitForURL(/project\/mine/, { timeout: 15_000 });
      const mine = card(page, '.pj-card', shownName);
      await mine.getByText(L(PROJECT_STATUS_LABELS.submitted), { exact: true }).waitFor({ timeout: 15_000 });
      await shot(page, `${prefix}-05-my-projects`);

      // Waiting for screening it cannot be edited: the record as sent, with the pitch deck.
      await mine.click();
      await page.waitForURL(/project\/edit\/index\?id=\d+/);
      await page
        .locator('.pj-status-bar')
        .getByText(L(PROJECT_STATUS_LABELS.submitted), { exact: true })
        .filter({ visible: true })
        .waitFor({ timeout: 15_000 });
      await visibleText(page, PROJECT.details).waitFor();
      await page.locator('.pj-deck__name').filter({ hasText: 'pitch-deck.pdf', visible: true }).waitFor();
      await expect(named(page, 'name').isVisible()).resolves.toBe(false);
      await shot(page, `${prefix}-05b-submitted-project`);

      const list = await api<{ items: Array<{ id: number; name: string }> }>('talent', 'GET', '/me/projects');
      projectId = list.items.find((p) => p.name === PROJECT.name)?.id ?? 0;
      expect(projectId).toBeGreaterThan(0);
      const record = await api<{
        financingNeed: number;
        seeks: string[];
        private: { pitchDeck: { fileName: string } | null };
      }>('talent', 'GET', `/me/projects/${projectId}`);
      // Typed as 500 万元 or 5,000,000 yuan: stored in yuan either way.
      expect(record.financingNeed).toBe(FINANCING_YUAN);
      expect(record.seeks.sort()).toEqual(['investment', 'site']);
      expect(record.private.pitchDeck?.fileName).toBe('pitch-deck.pdf');
    });

    it('staff accept it and assign the expert (through the API: the console is another page)', async () => {
      await api('staff', 'POST', `/staff/projects/${projectId}/screen`, { decision: 'accept' });
      const expert = await session('reviewer');
      await api('staff', 'POST', `/staff/projects/${projectId}/reviewers`, { reviewerIds: [expert.userId] });
    });

    it('the expert opens the review queue, reads the private details and scores on the published criteria', async () => {
      const page = pages.reviewer;
      await openMatchTab(page);
      await shot(page, `${prefix}-06-match-reviewer`);
      await visibleText(page, S.tileReviews).click();
      await page.waitForURL(/project\/reviews/);
      const assignment = card(page, '.pj-card', shownName);
      await assignment.waitFor({ timeout: 15_000 });
      await shot(page, `${prefix}-07-review-queue`);
      await assignment.click();
      await page.waitForURL(/project\/review\/index/);

      // The details only reviewers, staff and the parties see, and the pitch deck.
      await visibleText(page, PROJECT.details).waitFor({ timeout: 15_000 });
      await visibleText(page, PROJECT.contact).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        exactButton(page.locator('.pj-deck'), S.download).click(),
      ]);
      expect(download.suggestedFilename()).toBe('pitch-deck.pdf');

      for (const [criterion, points] of Object.entries(SCORES) as [keyof typeof SCORES, number][]) {
        const block = page.locator(`#pj-criterion-${criterion}`).filter({ visible: true });
        // The published name and hint of each criterion.
        await block.getByText(pickLabel(REVIEW_CRITERION_LABELS[criterion], locale)).first().waitFor();
        await block
          .locator('.pj-point')
          .filter({ hasText: new RegExp(`^${points}$`) })
          .click();
      }
      const total = weightedScore(SCORES);
      await page
        .locator('.pj-total__value')
        .filter({ hasText: String(total), visible: true })
        .waitFor();
      await named(page, 'comment').fill('技术路线清晰，临床验证扎实；建议补充商业化路径与本地医院合作计划。');
      await page.locator('.pj-scoring').filter({ visible: true }).scrollIntoViewIfNeeded();
      await shot(page, `${prefix}-08-score-form`);
      await exactButton(page, S.submitScore).click();
      await page.locator('.form-message--success').filter({ visible: true }).waitFor({ timeout: 15_000 });

      await page.goBack();
      await filterTab(page, S.scored).click();
      await card(page, '.pj-card', shownName).getByText(S.points(total), { exact: true }).waitFor({ timeout: 15_000 });
      await shot(page, `${prefix}-09-review-done`);
    });

    it('the organisation browses the projects, opens this one and proposes cooperation', async () => {
      const page = pages.enterprise;
      await openMatchTab(page);
      await shot(page, `${prefix}-10-match-enterprise`);
      // Talents who opened their profile to verified organisations, each with a way to propose.
      await visibleText(page, S.tileTalents).click();
      await page.waitForURL(/project\/talents/);
      await exactButton(card(page, '.pj-talent', '林海川'), S.proposeTalent).waitFor({ timeout: 15_000 });
      await shot(page, `${prefix}-10b-talents`);

      await openMatchTab(page);
      await visibleText(page, S.tileProjects).click();
      await page.waitForURL(/project\/list/);
      await page
        .locator('input[name="q"]')
        .filter({ visible: true })
        .fill(locale === 'en' ? 'Retinal' : '眼底');
      const found = card(page, '.project-card', shownName);
      await found.waitFor({ timeout: 15_000 });
      await shot(page, `${prefix}-11-project-list`);
      await found.click();
      await page.waitForURL(/project\/detail/);
      await visibleText(page, S.privateHidden, false).waitFor({ timeout: 15_000 });
      await shot(page, `${prefix}-12-project-detail`);

      await exactButton(page, S.propose).click();
      await page.waitForURL(/intention\/propose/);
      await named(page, 'note').fill('我们是本市的智能医疗器械企业，希望以投资加场地的方式合作，请约时间面谈。');
      await shot(page, `${prefix}-13-propose`);
      await exactButton(page, S.sendProposal).click();
      await page.waitForURL(/intention\/detail/, { timeout: 15_000 });
      await page
        .locator('.in-head')
        .getByText(L(INTENTION_STATUS_LABELS.proposed), { exact: true })
        .filter({ visible: true })
        .waitFor({ timeout: 15_000 });
      intentionId = Number(new URL(page.url().replace('/#/', '/')).searchParams.get('id'));
      expect(intentionId).toBeGreaterThan(0);
      await shot(page, `${prefix}-14-intention-proposed`);
    });

    it('the talent sees the intention and accepts it; the project details open to the organisation', async () => {
      const page = pages.talent;
      await openFromMe(page, S.intentions);
      await page.waitForURL(/intention\/list/);
      const intention = card(page, '.in-card', '厦门海归智造科技有限公司');
      await intention.getByText(L(INTENTION_STATUS_LABELS.proposed), { exact: true }).waitFor({ timeout: 15_000 });
      await shot(page, `${prefix}-15-talent-intentions`);
      await intention.click();
      await page.waitForURL(/intention\/detail/);
      await move(page, S.accept);
      await page
        .locator('.in-head')
        .getByText(L(INTENTION_STATUS_LABELS.accepted), { exact: true })
        .filter({ visible: true })
        .waitFor({ timeout: 15_000 });
      await shot(page, `${prefix}-16-talent-accepted`);

      const detail = await api<{ private: unknown }>('enterprise', 'GET', `/projects/${projectId}`);
      expect(detail.private).not.toBeNull();
    });

    it('the organisation records the meeting, the letter of intent and the landing agreement', async () => {
      const page = pages.enterprise;
      await openFromMe(page, S.orgIntentions);
      await page.waitForURL(/intention\/list/);
      const intention = card(page, '.in-card', '林海川');
      await intention.getByText(L(INTENTION_STATUS_LABELS.accepted), { exact: true }).waitFor({ timeout: 15_000 });
      await intention.click();
      await page.waitForURL(/intention\/detail/);

      await move(page, S.meeting);
      await page
        .locator('.in-head')
        .getByText(L(INTENTION_STATUS_LABELS.meeting), { exact: true })
        .filter({ visible: true })
        .waitFor({ timeout: 15_000 });
      await move(page, S.agreement);
      await page
        .locator('.in-head')
        .getByText(L(INTENTION_STATUS_LABELS.agreement), { exact: true })
        .filter({ visible: true })
        .waitFor({ timeout: 15_000 });

      await move(page, S.signed, async (dialog) => {
        // The landing facts: refused without the district and an amount.
        await exactButton(dialog, S.confirm).click();
        await dialog.locator('.form-field__error').first().waitFor();
        await named(dialog, 'registeredCapital').fill(S.capital);
        await named(dialog, 'investmentAmount').fill(S.investment);
        await dialog
          .locator('.in-choice')
          .filter({ hasText: L(DISTRICT_LABELS.xiangan) })
          .click();
        await shot(page, `${prefix}-17-landing-dialog`);
      });
      await page
        .locator('.in-head')
        .getByText(L(INTENTION_STATUS_LABELS.signed), { exact: true })
        .filter({ visible: true })
        .waitFor({ timeout: 15_000 });
      const landing = page.locator('.in-section--landing').filter({ visible: true });
      await landing.getByText(S.capitalShown, { exact: true }).waitFor();
      await landing.getByText(S.investmentShown, { exact: true }).waitFor();
      await landing.getByText(L(DISTRICT_LABELS.xiangan), { exact: true }).waitFor();
      await shot(page, `${prefix}-18-org-signed`);

      // Typed in 万元 (zh) or yuan (en): stored in yuan either way.
      const stored = await api<{ registeredCapital: number; investmentAmount: number; district: string }>(
        'enterprise',
        'GET',
        `/intentions/${intentionId}`,
      );
      expect(stored).toMatchObject({
        registeredCapital: CAPITAL_YUAN,
        investmentAmount: INVESTMENT_YUAN,
        district: 'xiangan',
      });
    });

    it('both sides see the whole timeline', async () => {
      for (const role of ['enterprise', 'talent'] as const) {
        const page = pages[role];
        await page.goto(`${server.url}#/packages/intention/detail/index?id=${intentionId}`);
        const timeline = page.locator('.in-timeline').filter({ visible: true });
        await timeline
          .locator('.in-timeline__item--latest')
          .getByText(L(INTENTION_STATUS_LABELS.signed), { exact: true })
          .waitFor({ timeout: 15_000 });
        // proposed → accepted → meeting → agreement → signed, newest first.
        await expect(timeline.locator('.in-timeline__status').allTextContents()).resolves.toEqual(
          (['signed', 'agreement', 'meeting', 'accepted', 'proposed'] as const).map((s) =>
            L(INTENTION_STATUS_LABELS[s]),
          ),
        );
        await timeline.scrollIntoViewIfNeeded();
        await shot(page, `${prefix}-19-timeline-${role}`);
      }
    });

    it('shows the new areas on the Me tab', async () => {
      for (const role of ['talent', 'enterprise'] as const) {
        const page = pages[role];
        await page.goto(server.url);
        await tab(page, S.tabMe).click();
        const entry = visibleText(page, role === 'talent' ? S.intentions : S.orgIntentions);
        await entry.waitFor({ timeout: 15_000 });
        await entry.scrollIntoViewIfNeeded();
        await shot(page, `${prefix}-20-me-${role}`);
      }
    });

    it('raised no script errors', () => {
      expect(pageErrors).toEqual([]);
    });
  },
);
