import ExcelJS from 'exceljs';
import {
  DEGREE_LABELS,
  DEV_PERSONA_LABELS,
  DISTRICT_LABELS,
  EVENT_KIND_LABELS,
  EVENT_STATUS_LABELS,
  FUNNEL_STAGES,
  FUNNEL_STAGE_LABELS,
  INDUSTRY_LABELS,
  INTENTION_STATUS_LABELS,
  ORIGIN_REGION_LABELS,
  PROJECT_SEEK_LABELS,
  PROJECT_STAGE_LABELS,
  PROJECT_STATUS_LABELS,
  STAFF_PROJECT_VIEW_LABELS,
  dashboardSchema,
  pickLabel,
  type Bilingual,
  type Dashboard,
  type FunnelStage,
  type Locale,
} from '@ihaigui/shared';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { translate, type MessageKey, type MessageParams } from '../../miniapp/src/i18n/messages';
import { launchBrowser, type RunningServer, startServer } from './support/server';
import {
  animationsDone,
  card,
  chartsAtSize,
  collectPageErrors,
  exactButton,
  exactly,
  filterTab,
  named,
  openDialog,
  settled,
  sheetOption,
  shot,
  tab,
  visibleText,
} from './support/ui';

/**
 * Acceptance 5 of the matchmaking issue: the funnel of the API test (test/e2e/matchmaking-funnel.e2e-spec.ts) driven
 * through the H5 app by the three roles, each signing in on the login page in turn — staff publish a roadshow in the
 * console, the talent registers a project for it with a pitch deck, staff screen it and assign the expert and
 * themselves, both score, staff shortlist it and give it a slot, the organisation marks interest at the roadshow, the
 * talent accepts, the organisation records the meeting, the letter of intent and the landing agreement — and the staff
 * dashboard, narrowed to that roadshow, counts one in every stage, in the chart, the table and the exported sheet.
 * Once in Chinese, once in English, each on a server of its own. The API only reads state back for the assertions.
 */

type Persona = 'talent' | 'staff' | 'reviewer' | 'enterprise';

const DAY_MS = 24 * 60 * 60 * 1000;
/** "YYYY-MM-DD" in the city (UTC+8), `days` from now. */
const cityDate = (days: number) => new Date(Date.now() + 8 * 3600_000 + days * DAY_MS).toISOString().slice(0, 10);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
/** The expert's and the staff member's scores: 85.0 and 84.0, a weighted average of 84.5. */
const EXPERT_SCORES = { innovation: 9, team: 8, market: 8, localFit: 9 };
const STAFF_SCORES = { innovation: 8, team: 8, market: 8, localFit: 10 };
const AVERAGE = '84.5';
/** The landing facts as typed: 万元 in Chinese, yuan in English — the same amounts. */
const LANDING_TYPED: Record<Locale, { capital: string; investment: string }> = {
  'zh-CN': { capital: '1000', investment: '3000' },
  en: { capital: '10000000', investment: '30000000' },
};
const CAPITAL_YUAN = 10_000_000;
const INVESTMENT_YUAN = 30_000_000;
/** The seven stages, in order, for the roadshow just made: one project went all the way. */
const ONE_EACH = Object.fromEntries(FUNNEL_STAGES.map((s) => [s, 1])) as Record<FunnelStage, number>;

describe.each(['zh-CN', 'en'] as const)(
  'the matchmaking funnel through the H5 app by its three roles (%s)',
  (locale) => {
    const T = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
    const L = (label: Bilingual) => pickLabel(label, locale);
    const tag = locale === 'en' ? 'en' : 'zh';
    const prefix = `mf-${tag}`;
    // Fresh names each run: a server of its own per language, and names that say which run made them.
    const stamp = `${Date.now().toString(36).slice(-4)}${tag}`;
    const EVENT = {
      title: `海归创业项目路演 ${stamp}`,
      titleEn: `Returnee start-up roadshow ${stamp}`,
      organisers: '市留学人员服务中心',
      organisersEn: 'Overseas Talent Service Center',
      place: '厦门国际会议中心 C 厅',
      placeEn: 'Xiamen International Conference Centre, Hall C',
      agenda: '14:00 开场致辞\n14:15 项目路演\n16:30 自由对接',
      agendaEn: '14:00 Welcome\n14:15 Project pitches\n16:30 Open matchmaking',
      description: '面向已入围项目的线下路演，投资机构、园区和企业现场对接。',
      descriptionEn: 'Shortlisted projects pitch to investors, parks and companies, who meet them on the spot.',
      // Later than every demo event: first among the staff's events (newest first).
      day: cityDate(50),
      deadline: cityDate(48),
    };
    const PROJECT = {
      name: `冷链药品温控溯源平台 ${stamp}`,
      nameEn: `Cold-chain drug traceability ${stamp}`,
      summary: '面向生物医药冷链运输的温度监测与区块链溯源平台，已在两家医药流通企业试点。',
      summaryEn:
        'Temperature monitoring and blockchain traceability for cold-chain drug transport, piloted with two pharmaceutical distributors.',
      details: '团队来自新加坡国立大学，自研低功耗温度标签与溯源系统，计划在本市设立运营中心并服务生物医药产业园。',
      detailsEn:
        'A team from the National University of Singapore with its own low-power temperature tags; it plans an operations centre here serving the biomedicine parks.',
      contact: 'founder.sg@example.com',
    };
    const detailsShown = locale === 'en' ? PROJECT.detailsEn : PROJECT.details;
    const eventShown = locale === 'en' ? EVENT.titleEn : EVENT.title;
    const projectShown = locale === 'en' ? PROJECT.nameEn : PROJECT.name;
    /** What each role writes, in the run's language. */
    const NOTES =
      locale === 'en'
        ? {
            interest: 'We work on pharmaceutical logistics and would like to visit one of your pilot sites.',
            expert: 'A clear technical path and solid pilot data; the cost of deploying at scale needs more detail.',
            staff: 'A close fit with the cold-chain needs of the city’s biomedicine parks.',
            accepted: 'Welcome; we can arrange a live demonstration next week.',
            meeting: 'Met at the biomedicine park; we agreed on investment plus a site.',
            agreement: 'Letter of intent signed; the company is to be registered within three months.',
            signed: 'The operations centre registers in Haicang; the first investment is in.',
          }
        : {
            interest: '我们关注医药冷链，希望到贵司试点现场考察。',
            expert: '技术路线清晰，试点数据扎实；建议补充规模化部署成本。',
            staff: '与本市生物医药产业园的冷链需求高度契合。',
            accepted: '欢迎来访，下周可安排现场演示。',
            meeting: '已在生物医药港面谈，确定投资加场地的合作方式。',
            agreement: '意向协议已签署，约定三个月内完成公司注册。',
            signed: '在海沧区注册运营中心，首期投资到位。',
          };

    let server: RunningServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    const pageErrors: string[] = [];
    const sessions: Partial<Record<Persona, { token: string; userId: number }>> = {};
    let eventId = 0;
    let projectId = 0;
    let intentionId = 0;
    let staffName = '';
    let expertName = '';
    let shots = 0;

    const section = (title: string): Locator =>
      page
        .locator('.console__section')
        .filter({ has: page.locator('.console__section-title', { hasText: title }) })
        .filter({ visible: true })
        .first();
    /** A form field by its label (which says "optional" after it when it is). */
    const formField = (label: string) =>
      page
        .locator('.form-field')
        .filter({
          has: page.locator('.form-field__label', {
            hasText: new RegExp(`^${escape(label)}(${escape(T('common.optional'))})?$`),
          }),
        })
        .filter({ visible: true })
        .first();
    const choose = async (label: string, option: string) => {
      await formField(label).locator('.form-field__select').click();
      await sheetOption(page, option, false).click();
    };
    /** A numbered screenshot of the page at rest. */
    const snap = (name: string) => {
      shots += 1;
      return shot(page, `${prefix}-${String(shots).padStart(2, '0')}-${name}`);
    };

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

    /** Reads state back for an assertion (never a step of the flow). */
    async function read<T>(persona: Persona, path: string): Promise<T> {
      const response = await fetch(`${server.url}api/v1${path}`, {
        headers: { Authorization: `Bearer ${(await session(persona)).token}` },
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`GET ${path} → ${response.status} ${text}`);
      return JSON.parse(text) as T;
    }

    /** Me → sign out whoever is signed in → sign in → the demo persona, as a user does. */
    async function signInAs(persona: Persona) {
      await page.goto(server.url);
      await tab(page, T('tab.me')).click();
      const signOut = visibleText(page, T('me.logout'));
      const signIn = visibleText(page, T('me.signInEntry'));
      await signOut.or(signIn).first().waitFor({ timeout: 15_000 });
      if (await signOut.isVisible()) {
        await signOut.click();
        await signIn.waitFor({ timeout: 15_000 });
      }
      await signIn.click();
      await visibleText(page, L(DEV_PERSONA_LABELS[persona])).click();
      await signOut.waitFor({ timeout: 15_000 });
      await settled(page);
    }

    /** Me → staff console → one of its entries. */
    async function openConsole(entry: string, url: RegExp) {
      await page.goto(server.url);
      await tab(page, T('tab.me')).click();
      await visibleText(page, T('me.console')).click();
      await page.waitForURL(/staff\/home/);
      await visibleText(page, entry).click();
      await page.waitForURL(url);
      await settled(page);
    }

    /** Narrows a console list to this run's roadshow. */
    async function filterByEvent() {
      await page.locator('.console__filter').filter({ visible: true }).click();
      await sheetOption(page, eventShown, false).click();
      await page.locator('.console__filter--on').filter({ hasText: eventShown, visible: true }).waitFor();
    }

    /** The review page: a score on each criterion, a comment, submitted. */
    async function score(scores: typeof EXPERT_SCORES, comment: string, total: string) {
      await visibleText(page, detailsShown).waitFor({ timeout: 15_000 });
      for (const [criterion, points] of Object.entries(scores)) {
        await page
          .locator(`#pj-criterion-${criterion}`)
          .filter({ visible: true })
          .locator('.pj-point')
          .filter({ hasText: exactly(String(points)) })
          .click();
      }
      await page.locator('.pj-total__value').filter({ hasText: total, visible: true }).waitFor();
      await named(page, 'comment').fill(comment);
      await page.locator('.pj-scoring').filter({ visible: true }).scrollIntoViewIfNeeded();
      await exactButton(page, T('pj.review.submit')).click();
      await page.locator('.form-message--success').filter({ visible: true }).waitFor({ timeout: 15_000 });
    }

    /** A step of the intention: its button, a note and the confirmation in the dialog it opens. */
    async function move(label: MessageKey, note: string, fill?: (dialog: Locator) => Promise<void>) {
      await exactButton(page.locator('.in-moves'), T(label)).click();
      const dialog = openDialog(page);
      await dialog.waitFor();
      await named(dialog, 'moveNote').fill(note);
      if (fill) await fill(dialog);
      await exactButton(dialog, T('in.move.confirm')).click();
      await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    }
    const intentionStatus = (status: keyof typeof INTENTION_STATUS_LABELS) =>
      page.locator('.in-head').getByText(L(INTENTION_STATUS_LABELS[status]), { exact: true }).filter({ visible: true });

    /**
     * Taro's H5 picker (a wheel): drags the column until `option` sits in the middle, then confirms. Each drag stays
     * inside the column (it listens to the mouse on itself), at most five rows at a time.
     */
    async function pickWheel(option: string, screenshot?: string) {
      // The overlay itself has no height (its parts are fixed): the sliding sheet is what shows.
      const overlay = page.locator('.weui-picker').filter({ visible: true }).first();
      await overlay.waitFor();
      await animationsDone(page);
      const group = overlay.locator('.weui-picker__group').first();
      const content = group.locator('.weui-picker__content');
      const items = (await group.locator('.weui-picker__item').allInnerTexts()).map((s) => s.trim());
      const target = items.indexOf(option);
      expect({ option, found: target >= 0 }).toEqual({ option, found: true });
      const rowHeight = 34;
      const current = () =>
        content.evaluate((el, row) => {
          const m = /translate3d\([^,]+,\s*(-?[\d.]+)px/.exec((el as HTMLElement).style.transform);
          return m ? Math.round((row * 3 - Number(m[1])) / row) : 0;
        }, rowHeight);
      for (let guard = 0; guard < 10; guard += 1) {
        const delta = target - (await current());
        if (delta === 0) break;
        const rows = Math.max(-5, Math.min(5, delta));
        const box = (await group.boundingBox())!;
        const x = box.x + box.width / 2;
        const from = rows > 0 ? box.y + box.height - 12 : box.y + 12;
        await page.mouse.move(x, from);
        await page.mouse.down();
        await page.mouse.move(x, from - rows * rowHeight, { steps: 12 });
        await page.mouse.up();
        // The column snaps to a row with a transition: wait until it has.
        await animationsDone(page);
      }
      expect(await current()).toBe(target);
      if (screenshot) await snap(screenshot);
      // Its buttons in the UI's language.
      await overlay
        .locator('.weui-picker__action')
        .nth(1)
        .filter({ hasText: exactly(T('common.confirm')) })
        .click();
      await overlay.waitFor({ state: 'hidden' });
    }

    /** How much of a canvas is drawn on (not white), and in how many distinct colours. */
    const inked = (id: string) =>
      page.evaluate((selector) => {
        const canvas = document.querySelector<HTMLCanvasElement>(selector);
        if (!canvas || canvas.width === 0) return { width: 0, share: 0, colours: 0 };
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
        return { width: canvas.width, share: drawn / (canvas.width * canvas.height), colours: colours.size };
      }, `#${id}`);

    /** A step of the flow; once one fails, the ones after it stop at once (they build on it). */
    let broken: string | null = null;
    const step = (name: string, run: () => Promise<void>) =>
      it(name, async () => {
        if (broken) throw new Error(`not run: the step "${broken}" failed`);
        try {
          await run();
        } catch (error) {
          broken = name;
          throw error;
        }
      });

    beforeAll(async () => {
      server = await startServer({ RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
      browser = await launchBrowser();
      // The browser's language is the UI's on first visit.
      context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale, acceptDownloads: true });
      page = await context.newPage();
      collectPageErrors(page, pageErrors);
      staffName = (await read<{ displayName: string }>('staff', '/me')).displayName;
      const reviewers = await read<{ items: Array<{ displayName: string; role: string }> }>(
        'staff',
        '/staff/reviewers',
      );
      expertName = reviewers.items.find((r) => r.role === 'reviewer')?.displayName ?? '';
      expect(expertName).not.toBe('');
    });

    afterAll(async () => {
      await context?.close();
      await browser?.close();
      await server?.stop();
    });

    step('staff create a roadshow in the console and publish it', async () => {
      await signInAs('staff');
      await tab(page, T('tab.me')).waitFor();
      await snap('staff-signed-in');
      await openConsole(T('console.home.events'), /console\/events/);
      await exactButton(page, T('console.events.new')).click();
      await page.waitForURL(/console\/event-edit/);
      await named(page, 'title').waitFor({ timeout: 15_000 });

      await choose(T('console.eventEdit.kind'), L(EVENT_KIND_LABELS.roadshow));
      await named(page, 'title').fill(EVENT.title);
      await named(page, 'organisers').fill(EVENT.organisers);
      await named(page, 'startsAtDate').fill(EVENT.day);
      await named(page, 'startsAtTime').fill('14:00');
      await named(page, 'endsAtDate').fill(EVENT.day);
      await named(page, 'endsAtTime').fill('17:30');
      await named(page, 'registrationDeadlineDate').fill(EVENT.deadline);
      await named(page, 'registrationDeadlineTime').fill('18:00');
      await named(page, 'capacity').fill('80');
      await named(page, 'place').fill(EVENT.place);
      await named(page, 'agenda').fill(EVENT.agenda);
      await named(page, 'description').fill(EVENT.description);
      await named(page, 'titleEn').fill(EVENT.titleEn);
      await named(page, 'organisersEn').fill(EVENT.organisersEn);
      await named(page, 'placeEn').fill(EVENT.placeEn);
      await named(page, 'agendaEn').fill(EVENT.agendaEn);
      await named(page, 'descriptionEn').fill(EVENT.descriptionEn);
      await named(page, 'title').scrollIntoViewIfNeeded();
      await snap('event-form');
      await exactButton(page, T('console.eventEdit.create')).click();

      await page.waitForURL(/console\/event\/index\?id=\d+/, { timeout: 15_000 });
      eventId = Number(/id=(\d+)/.exec(page.url())?.[1]);
      const overview = page
        .locator('.console__section')
        .filter({ hasText: eventShown })
        .filter({ visible: true })
        .first();
      await overview
        .locator('.console__card-status')
        .filter({ hasText: L(EVENT_STATUS_LABELS.draft) })
        .waitFor({ timeout: 15_000 });
      await exactButton(overview, T('console.event.publish')).click();
      await overview
        .locator('.console__card-status')
        .filter({ hasText: L(EVENT_STATUS_LABELS.published) })
        .waitFor({ timeout: 15_000 });
      await overview.getByText(T('console.event.registrationOpen'), { exact: true }).waitFor();
      await snap('event-published');

      const event = await read<{ status: string; kind: string; title: string }>('staff', `/staff/events/${eventId}`);
      expect(event).toMatchObject({ status: 'published', kind: 'roadshow', title: EVENT.title });
    });

    step(
      'the talent registers a project for the roadshow through the form, uploads the pitch deck and submits it',
      async () => {
        await signInAs('talent');
        await tab(page, T('tab.match')).click();
        await page
          .locator('.match__tile')
          .filter({ hasText: T('pj.hub.register') })
          .filter({ visible: true })
          .click();
        await page.waitForURL(/project\/edit/);
        await named(page, 'name').waitFor({ timeout: 15_000 });

        await named(page, 'name').fill(PROJECT.name);
        await named(page, 'nameEn').fill(PROJECT.nameEn);
        await choose(T('pj.fact.field'), L(INDUSTRY_LABELS.biomedicine));
        await choose(T('pj.fact.stage'), L(PROJECT_STAGE_LABELS.revenue));
        await choose(T('pj.form.region'), L(ORIGIN_REGION_LABELS.singapore));
        await named(page, 'teamSize').fill('8');
        await choose(T('pj.fact.leaderDegree'), L(DEGREE_LABELS.phd));
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
        await named(page, 'summary').fill(PROJECT.summary);
        await named(page, 'details').fill(PROJECT.details);
        await named(page, 'contact').fill(PROJECT.contact);
        await named(page, 'summaryEn').fill(PROJECT.summaryEn);
        await named(page, 'detailsEn').fill(PROJECT.detailsEn);
        await named(page, 'summaryEn').scrollIntoViewIfNeeded();
        await snap('project-form-content');
        // The roadshow staff just published is among the events to register for.
        await choose(T('pj.form.event'), eventShown);
        await formField(T('pj.form.event'))
          .locator('.form-field__select-value')
          .filter({ hasText: eventShown })
          .waitFor();
        await formField(T('pj.form.event')).scrollIntoViewIfNeeded();
        await snap('project-form');

        await exactButton(page, T('pj.form.saveDraft')).click();
        await visibleText(page, T('pj.form.saved')).waitFor({ timeout: 15_000 });
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          exactButton(page, T('pj.deck.upload')).click(),
        ]);
        await chooser.setFiles({ name: 'pitch-deck.pdf', mimeType: 'application/pdf', buffer: PDF });
        await page
          .locator('.pj-deck__name')
          .filter({ hasText: 'pitch-deck.pdf', visible: true })
          .waitFor({ timeout: 15_000 });
        await page.locator('.pj-deck-field').filter({ visible: true }).scrollIntoViewIfNeeded();
        await snap('project-deck');

        await exactButton(page, T('pj.form.submit')).click();
        await page.waitForURL(/project\/mine/, { timeout: 15_000 });
        const mine = card(page, '.pj-card', projectShown);
        await mine.getByText(L(PROJECT_STATUS_LABELS.submitted), { exact: true }).waitFor({ timeout: 15_000 });
        await mine.getByText(T('pj.mine.event', { title: eventShown })).waitFor();
        await snap('project-submitted');

        const list = await read<{ items: Array<{ id: number; name: string }> }>('talent', '/me/projects');
        projectId = list.items.find((p) => p.name === PROJECT.name)?.id ?? 0;
        expect(projectId).toBeGreaterThan(0);
        const record = await read<{
          status: string;
          event: { id: number } | null;
          private: { pitchDeck: { fileName: string } | null };
        }>('talent', `/me/projects/${projectId}`);
        expect(record).toMatchObject({
          status: 'submitted',
          event: { id: eventId },
          private: { pitchDeck: { fileName: 'pitch-deck.pdf' } },
        });
      },
    );

    step('staff screen it in the console, accept it and assign the expert and themselves as reviewers', async () => {
      await signInAs('staff');
      await openConsole(T('console.home.projects'), /console\/projects/);
      await filterTab(page, L(STAFF_PROJECT_VIEW_LABELS.submitted)).waitFor({ timeout: 15_000 });
      await filterByEvent();
      const submitted = card(page, '.console__card', projectShown);
      await submitted.getByText(L(PROJECT_STATUS_LABELS.submitted), { exact: true }).waitFor({ timeout: 15_000 });
      await snap('screening-queue');

      await submitted.click();
      await page.waitForURL(/console\/project\/index\?id=\d+/);
      await visibleText(page, PROJECT.details).waitFor({ timeout: 15_000 });
      await visibleText(page, PROJECT.detailsEn).waitFor();
      await visibleText(page, 'pitch-deck.pdf').waitFor();
      await exactButton(page, T('console.screen.accept')).click();
      const confirm = openDialog(page);
      await confirm.waitFor();
      await exactButton(confirm, T('console.screen.accept')).click();
      await confirm.waitFor({ state: 'hidden', timeout: 15_000 });
      await page
        .locator('.console__section .console__card-status')
        .filter({ hasText: L(PROJECT_STATUS_LABELS.accepted), visible: true })
        .waitFor({ timeout: 15_000 });

      const reviews = section(T('console.reviews.title'));
      await exactButton(reviews, T('console.reviews.assign')).click();
      const dialog = openDialog(page);
      await dialog.locator('.console-checklist__item').filter({ hasText: expertName }).click();
      await dialog.locator('.console-checklist__item').filter({ hasText: staffName }).click();
      await snap('assign-reviewers');
      await exactButton(dialog, T('console.reviewers.confirm')).click();
      await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
      await reviews
        .locator('.console-review')
        .filter({ hasText: expertName })
        .getByText(T('console.reviews.pending'))
        .waitFor({ timeout: 15_000 });
      await reviews
        .locator('.console-review')
        .filter({ hasText: staffName })
        .getByText(T('console.reviews.pending'))
        .waitFor();
      await reviews.scrollIntoViewIfNeeded();
      await snap('reviewers-assigned');

      const record = await read<{ status: string; reviews: Array<{ reviewer: { displayName: string } }> }>(
        'staff',
        `/staff/projects/${projectId}`,
      );
      expect(record.status).toBe('accepted');
      expect(record.reviews.map((r) => r.reviewer.displayName).sort()).toEqual([expertName, staffName].sort());
    });

    step('the expert scores it on the review page', async () => {
      await signInAs('reviewer');
      await tab(page, T('tab.match')).click();
      await page
        .locator('.match__tile')
        .filter({ hasText: T('pj.hub.reviews') })
        .filter({ visible: true })
        .click();
      await page.waitForURL(/project\/reviews/);
      const assignment = card(page, '.pj-card', projectShown);
      await assignment.waitFor({ timeout: 15_000 });
      await snap('expert-queue');
      await assignment.click();
      await page.waitForURL(/project\/review\/index/);
      await score(EXPERT_SCORES, NOTES.expert, '85');
      await snap('expert-scored');
    });

    step('staff score it too, from the project in the console', async () => {
      await signInAs('staff');
      await openConsole(T('console.home.projects'), /console\/projects/);
      await filterTab(page, L(STAFF_PROJECT_VIEW_LABELS.ranking)).click();
      await filterByEvent();
      const row = card(page, '.console__card', projectShown);
      await row.getByText(T('console.ranking.reviewsDone', { done: 1, assigned: 2 })).waitFor({ timeout: 15_000 });
      await row.click();
      await page.waitForURL(/console\/project\/index\?id=\d+/);
      const reviews = section(T('console.reviews.title'));
      await reviews
        .locator('.console-review')
        .filter({ hasText: expertName })
        .locator('.console-review__total')
        .filter({ hasText: '85.0' })
        .waitFor({ timeout: 15_000 });
      await exactButton(reviews, T('console.reviews.scoreMine')).click();
      await page.waitForURL(/project\/review\/index/);
      await score(STAFF_SCORES, NOTES.staff, '84');
      await snap('staff-scored');

      // Back on the project: both scores and their average.
      await page.goBack();
      await page.waitForURL(/console\/project\/index\?id=\d+/);
      const scored = section(T('console.reviews.title'));
      await scored
        .getByText(T('console.reviews.average', { score: AVERAGE, done: 2, assigned: 2 }))
        .waitFor({ timeout: 15_000 });
      await scored
        .locator('.console-review')
        .filter({ hasText: staffName })
        .locator('.console-review__total')
        .filter({ hasText: '84.0' })
        .waitFor();
      await scored.scrollIntoViewIfNeeded();
      await snap('project-reviewed');
    });

    step('staff shortlist it from the ranking and put it on the roadshow’s running order', async () => {
      await openConsole(T('console.home.projects'), /console\/projects/);
      await filterTab(page, L(STAFF_PROJECT_VIEW_LABELS.ranking)).click();
      await filterByEvent();
      const row = card(page, '.console__card', projectShown);
      await row.locator('.console-rank__score-value').filter({ hasText: AVERAGE }).waitFor({ timeout: 15_000 });
      await row.getByText(T('console.ranking.reviewsDone', { done: 2, assigned: 2 })).waitFor();
      await row.locator('.nut-switch').click();
      await row.locator('.nut-switch-button-open').waitFor({ timeout: 15_000 });
      await snap('ranking-shortlisted');

      await openConsole(T('console.home.events'), /console\/events/);
      await card(page, '.console__card', eventShown).click({ timeout: 15_000 });
      await page.waitForURL(/console\/event\/index\?id=\d+/);
      const slots = section(T('console.slots.title', { count: 0 }));
      await exactButton(slots, T('console.slots.add')).click({ timeout: 15_000 });
      await sheetOption(page, projectShown, false).click();
      const filled = section(T('console.slots.title', { count: 1 }));
      await filled.locator('.console-slot').filter({ hasText: projectShown }).waitFor({ timeout: 15_000 });
      await filled.scrollIntoViewIfNeeded();
      await snap('roadshow-slot');

      const event = await read<{ slots: Array<{ project: { id: number } }> }>('staff', `/staff/events/${eventId}`);
      expect(event.slots.map((s) => s.project.id)).toEqual([projectId]);
    });

    step('the organisation opens the roadshow and marks interest in the project: an intention', async () => {
      await signInAs('enterprise');
      await tab(page, T('tab.match')).click();
      await page
        .locator('.match__section')
        .filter({ hasText: T('pj.hub.upcomingEvents') })
        .filter({ visible: true })
        .locator('.section__more')
        .click();
      await page.waitForURL(/event\/list/);
      await page
        .locator('.ev-chip')
        .filter({ hasText: exactly(L(EVENT_KIND_LABELS.roadshow)) })
        .filter({ visible: true })
        .click();
      const listed = card(page, '.ev-card', eventShown);
      await listed.waitFor({ timeout: 15_000 });
      await snap('org-events');
      await listed.click();
      await page.waitForURL(/event\/detail/);

      const slot = page.locator('.rs-slot').filter({ hasText: projectShown }).filter({ visible: true }).first();
      await slot.getByText(T('roadshow.interestNone')).waitFor({ timeout: 15_000 });
      await slot.scrollIntoViewIfNeeded();
      await snap('org-roadshow');
      await exactButton(slot, T('roadshow.interest')).click();
      const dialog = openDialog(page);
      await dialog.getByText(T('roadshow.interestText', { project: projectShown })).waitFor();
      await dialog.locator('textarea').fill(NOTES.interest);
      await exactButton(dialog, T('roadshow.interestConfirm')).click();
      await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
      await slot.getByText(T('roadshow.interested')).waitFor({ timeout: 15_000 });
      await slot.getByText(T('roadshow.interestCount', { count: 1 })).waitFor({ timeout: 15_000 });
      await snap('org-interested');

      await exactButton(slot, T('roadshow.viewIntention')).click();
      await page.waitForURL(/intention\/detail\/index\?id=\d+/, { timeout: 15_000 });
      await intentionStatus('proposed').waitFor({ timeout: 15_000 });
      // The intention says where it came from: this roadshow, in the UI's language.
      await page
        .locator('.in-row')
        .filter({ hasText: T('in.detail.event') })
        .filter({ hasText: eventShown })
        .filter({ visible: true })
        .waitFor();
      await snap('org-intention');
      intentionId = Number(new URL(page.url().replace('/#/', '/')).searchParams.get('id'));
      const intention = await read<{ status: string; source: string; project: { id: number } | null }>(
        'enterprise',
        `/intentions/${intentionId}`,
      );
      expect(intention).toMatchObject({ status: 'proposed', source: 'roadshow', project: { id: projectId } });
    });

    step('the talent finds it under Intentions and accepts', async () => {
      await signInAs('talent');
      await visibleText(page, T('pj.me.intentions')).click();
      await page.waitForURL(/intention\/list/);
      const intention = card(page, '.in-card', projectShown);
      await intention.getByText(L(INTENTION_STATUS_LABELS.proposed), { exact: true }).waitFor({ timeout: 15_000 });
      await snap('talent-intentions');
      await intention.click();
      await page.waitForURL(/intention\/detail/);
      await visibleText(page, NOTES.interest).waitFor({ timeout: 15_000 });
      await move('in.move.accepted', NOTES.accepted);
      await intentionStatus('accepted').waitFor({ timeout: 15_000 });
      await snap('talent-accepted');
    });

    step('the organisation records the meeting, the letter of intent and the landing agreement', async () => {
      await signInAs('enterprise');
      await visibleText(page, T('pj.me.orgIntentions')).click();
      await page.waitForURL(/intention\/list/);
      const intention = card(page, '.in-card', projectShown);
      await intention.getByText(L(INTENTION_STATUS_LABELS.accepted), { exact: true }).waitFor({ timeout: 15_000 });
      await intention.click();
      await page.waitForURL(/intention\/detail/);

      await move('in.move.meeting', NOTES.meeting);
      await intentionStatus('meeting').waitFor({ timeout: 15_000 });
      await move('in.move.agreement', NOTES.agreement);
      await intentionStatus('agreement').waitFor({ timeout: 15_000 });
      await move('in.move.signed', NOTES.signed, async (dialog) => {
        await named(dialog, 'registeredCapital').fill(LANDING_TYPED[locale].capital);
        await named(dialog, 'investmentAmount').fill(LANDING_TYPED[locale].investment);
        await dialog
          .locator('.in-choice')
          .filter({ hasText: L(DISTRICT_LABELS.haicang) })
          .click();
        await snap('org-landing-dialog');
      });
      await intentionStatus('signed').waitFor({ timeout: 15_000 });
      await page
        .locator('.in-section--landing')
        .filter({ visible: true })
        .getByText(L(DISTRICT_LABELS.haicang), { exact: true })
        .waitFor();
      await snap('org-signed');

      const timeline = page.locator('.in-timeline').filter({ visible: true });
      await expect(timeline.locator('.in-timeline__status').allTextContents()).resolves.toEqual(
        (['signed', 'agreement', 'meeting', 'accepted', 'proposed'] as const).map((s) => L(INTENTION_STATUS_LABELS[s])),
      );
      await timeline.scrollIntoViewIfNeeded();
      await snap('org-timeline');

      // Typed in 万元 (zh) or yuan (en): stored in yuan either way.
      const stored = await read<{
        status: string;
        registeredCapital: number;
        investmentAmount: number;
        district: string;
      }>('enterprise', `/intentions/${intentionId}`);
      expect(stored).toMatchObject({
        status: 'signed',
        registeredCapital: CAPITAL_YUAN,
        investmentAmount: INVESTMENT_YUAN,
        district: 'haicang',
      });
    });

    step('the talent sees the same timeline', async () => {
      await signInAs('talent');
      await visibleText(page, T('pj.me.intentions')).click();
      await page.waitForURL(/intention\/list/);
      const intention = card(page, '.in-card', projectShown);
      await intention.getByText(L(INTENTION_STATUS_LABELS.signed), { exact: true }).waitFor({ timeout: 15_000 });
      await intention.click();
      await page.waitForURL(/intention\/detail/);
      const timeline = page.locator('.in-timeline').filter({ visible: true });
      await timeline
        .locator('.in-timeline__item--latest')
        .getByText(L(INTENTION_STATUS_LABELS.signed), { exact: true })
        .waitFor({ timeout: 15_000 });
      await expect(timeline.locator('.in-timeline__status').allTextContents()).resolves.toEqual(
        (['signed', 'agreement', 'meeting', 'accepted', 'proposed'] as const).map((s) => L(INTENTION_STATUS_LABELS[s])),
      );
      await timeline.getByText(NOTES.signed).waitFor();
      await timeline.scrollIntoViewIfNeeded();
      await snap('talent-timeline');
    });

    step(
      'staff open the dashboard for this month and the roadshow: one in each stage, drawn, shown and exported',
      async () => {
        const today = cityDate(0);
        const monthStart = `${today.slice(0, 7)}-01`;
        await signInAs('staff');
        await openConsole(T('dash.entry'), /dashboard\/index/);
        await page
          .locator('.dash__preset--active')
          .filter({ hasText: T('dash.preset.month') })
          .filter({ visible: true })
          .waitFor({ timeout: 15_000 });
        const funnel = page.locator('.dash__card--funnel').filter({ visible: true }).first();
        await funnel.waitFor({ timeout: 15_000 });

        // The roadshow, chosen on the event wheel.
        await page
          .locator('.dash__event')
          .filter({ hasText: T('dash.allEvents') })
          .filter({ visible: true })
          .click();
        await pickWheel(eventShown, 'dashboard-event-wheel');
        await page.locator('.dash__event').filter({ hasText: eventShown }).filter({ visible: true }).waitFor();
        await visibleText(page, T('dash.eventScope')).waitFor();

        // The table: every stage, one each, once the roadshow's figures have replaced the city's.
        const table = funnel.locator('.dash__table');
        const rows = table.locator('.dash__tr:not(.dash__tr--head)');
        const stageNames = FUNNEL_STAGES.map((s) => L(FUNNEL_STAGE_LABELS[s]));
        await page.waitForFunction(
          (expected) =>
            Array.from(document.querySelectorAll('.dash__card--funnel .dash__tr:not(.dash__tr--head)'))
              .filter((row) => (row as HTMLElement).offsetParent !== null)
              .map((row) =>
                Array.from(row.querySelectorAll('[role="cell"]'))
                  .map((c) => (c.textContent ?? '').trim())
                  .slice(0, 2)
                  .join('|'),
              )
              .join(';') === expected,
          stageNames.map((name) => `${name}|1`).join(';'),
          { timeout: 15_000 },
        );
        expect(await rows.count()).toBe(FUNNEL_STAGES.length);
        const api = dashboardSchema.parse(
          await read<Dashboard>('staff', `/staff/dashboard?from=${monthStart}&to=${today}&eventId=${eventId}`),
        );
        expect(Object.fromEntries(api.funnel.map((r) => [r.stage, r.count]))).toEqual(ONE_EACH);

        // The chart is drawn: a good share of the canvas is ink, in the stages' colours.
        await page.waitForFunction(() => {
          const canvas = document.querySelector<HTMLCanvasElement>('#dash-chart-funnel');
          return !!canvas && canvas.width > 0;
        });
        await funnel.scrollIntoViewIfNeeded();
        await chartsAtSize(page);
        const ink = await inked('dash-chart-funnel');
        expect({ width: ink.width > 0, drawn: ink.share > 0.02, colourful: ink.colours >= 3 }).toEqual({
          width: true,
          drawn: true,
          colourful: true,
        });
        await snap('dashboard-funnel');
        // The whole page for the roadshow: the window grows to its height for one picture.
        const height = await page.evaluate(() => document.querySelector<HTMLElement>('.dash')?.scrollHeight ?? 844);
        await page.setViewportSize({ width: 390, height: Math.min(Math.max(height, 844), 6000) });
        await chartsAtSize(page);
        await snap('dashboard-whole');
        await page.setViewportSize({ width: 390, height: 844 });
        await chartsAtSize(page);

        // Export: the browser saves an .xlsx whose rows are the stages, one each.
        const [download] = await Promise.all([page.waitForEvent('download'), funnel.locator('.dash__export').click()]);
        // The period and the event it was narrowed to, in the name.
        expect(download.suggestedFilename()).toBe(`dashboard-funnel-${monthStart}_${today}-event-${eventId}.xlsx`);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(await download.path());
        const sheet = workbook.worksheets[0]!;
        expect((sheet.getRow(2).values as unknown[]).slice(1, 3)).toEqual([T('dash.col.stage'), T('dash.col.count')]);
        const exported: Array<[string, number]> = [];
        sheet.eachRow((row, n) => {
          if (n <= 2) return;
          const cells = row.values as unknown[];
          exported.push([String(cells[1]), Number(cells[2])]);
        });
        expect(exported).toEqual(stageNames.map((name) => [name, 1]));
      },
    );

    it('raised no script errors', () => {
      expect(pageErrors).toEqual([]);
    });
  },
);
