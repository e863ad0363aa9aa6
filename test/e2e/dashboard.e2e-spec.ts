import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import {
  ACTIVITY_METRIC_LABELS,
  type ActivityMetric,
  type Dashboard,
  DASHBOARD_TABLES,
  dashboardSchema,
  DEGREE_LABELS,
  DISTRICT_LABELS,
  FUNNEL_STAGE_LABELS,
  type FunnelStage,
  INDUSTRY_LABELS,
  LOCALES,
  type Locale,
  ORIGIN_REGION_LABELS,
  pickLabel,
} from '@ihaigui/shared';
import { ApplicationEntity } from '../../server/src/application/application.entity';
import { AuditLogEntity } from '../../server/src/audit/audit-log.entity';
import { ChallengeEntity, ChallengeResponseEntity } from '../../server/src/challenge/challenge.entity';
import { EventEntity, EventRegistrationEntity, RoadshowSlotEntity } from '../../server/src/event/event.entity';
import { IntentionEntity } from '../../server/src/intention/intention.entity';
import { PositionEntity } from '../../server/src/job/position.entity';
import { PolicyEntity } from '../../server/src/policy/policy.entity';
import { PolicyViewDayEntity } from '../../server/src/policy/policy-view-day.entity';
import { ProjectEntity } from '../../server/src/project/project.entity';
import { personaTokens } from './support/personas';
import { countStatements, QueryCounterModule } from './support/query-counter';
import { DIALECTS, ManualClock, startTestApp, type TestApp } from './support/test-app';

const SECOND = 1000;
const HOUR = 60 * 60 * SECOND;
/** The period under test: 2026-11-01 00:00 to 2026-12-01 00:00 in the city (UTC+8). */
const PERIOD = { from: '2026-11-01', to: '2026-11-30' };
const START = new Date('2026-10-31T16:00:00.000Z');
const END = new Date('2026-11-30T16:00:00.000Z');
const BEFORE = new Date(START.getTime() - SECOND);
const LAST = new Date(END.getTime() - SECOND);
const MID = new Date('2026-11-15T02:00:00.000Z');

/** A row's cells with empty ones as null and trailing empty ones dropped (a first stage has no conversion). */
function trimEmpty(cells: unknown[]): unknown[] {
  const out = Array.from(cells, (v) => (v === undefined ? null : v));
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

describe.each(DIALECTS)('staff dashboard on %s', (dialect) => {
  let t: TestApp;
  let db: DataSource;
  let tokens: Record<string, string>;
  // Demo data is seeded in June; the period under test is November, which holds only what this file writes.
  const clock = new ManualClock(new Date('2026-06-01T02:00:00.000Z'));
  const clockAt = (at: Date) => clock.advance(at.getTime() - clock.now().getTime());
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  let eventE: number;
  let eventF: number;

  async function dashboard(query: Record<string, string | number> = {}): Promise<Dashboard> {
    const res = await t.http
      .get('/api/v1/staff/dashboard')
      .query({ ...PERIOD, ...query })
      .set(auth(tokens.staff))
      .expect(200);
    return dashboardSchema.parse(res.body);
  }
  const funnelOf = (d: Dashboard) =>
    Object.fromEntries(d.funnel.map((r) => [r.stage, r.count])) as Record<FunnelStage, number>;
  const activityOf = (d: Dashboard) =>
    Object.fromEntries(d.activity.map((r) => [r.metric, r.count])) as Record<ActivityMetric, number>;

  async function exportTable(query: Record<string, string | number>) {
    const res = await t.http
      .get('/api/v1/staff/dashboard/export')
      .query({ ...PERIOD, ...query })
      .set(auth(tokens.staff))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    return { res, wb };
  }

  let projectSeq = 0;
  async function project(values: Partial<ProjectEntity>): Promise<number> {
    projectSeq += 1;
    const repo = db.getRepository(ProjectEntity);
    const saved = await repo.save(
      repo.create({
        ownerId: 9000 + projectSeq,
        name: `看板测试项目 ${projectSeq}`,
        field: 'ai',
        originRegion: 'us',
        teamSize: 5,
        leaderDegree: 'phd',
        stage: 'prototype',
        seeks: ',investment,',
        summary: '用于数据看板测试的项目摘要。',
        details: '项目详情',
        contact: 'founder@example.com',
        status: 'submitted',
        ...values,
      }),
    );
    return saved.id;
  }

  async function intention(values: Partial<IntentionEntity>): Promise<void> {
    const repo = db.getRepository(IntentionEntity);
    await repo.save(
      repo.create({
        organizationId: 1,
        talentUserId: 9100,
        projectId: null,
        source: 'browse',
        proposedBy: 'organization',
        proposedByUserId: 1,
        status: 'proposed',
        openKey: null,
        ...values,
      }),
    );
  }

  async function event(title: string): Promise<number> {
    const repo = db.getRepository(EventEntity);
    const saved = await repo.save(
      repo.create({
        title,
        titleEn: `${title} (EN)`,
        kind: 'roadshow',
        status: 'published',
        startsAt: MID,
        endsAt: new Date(MID.getTime() + 3 * HOUR),
        place: '厦门国际会议中心',
        capacity: 50,
        registrationDeadline: MID,
        agenda: '项目路演',
        organisers: '人才服务中心',
        description: '测试活动',
        createdBy: 1,
      }),
    );
    return saved.id;
  }

  let codeSeq = 0;
  async function registration(eventId: number, values: Partial<EventRegistrationEntity>): Promise<void> {
    codeSeq += 1;
    const repo = db.getRepository(EventRegistrationEntity);
    await repo.save(
      repo.create({
        eventId,
        userId: 9200 + codeSeq,
        status: 'registered',
        checkInCode: `TESTC0D${codeSeq}`,
        ...values,
      }),
    );
  }

  async function slot(eventId: number, projectId: number, createdAt: Date): Promise<void> {
    const repo = db.getRepository(RoadshowSlotEntity);
    await repo.save(repo.create({ eventId, projectId, sortOrder: 1, createdAt }));
  }

  /** Opens a policy's public page at `at` (the view is counted for that local day); the clock then goes back to MID. */
  async function viewPolicy(id: number, at: Date): Promise<void> {
    clockAt(at);
    try {
      await t.http.get(`/api/v1/policies/${id}`).expect(200);
    } finally {
      clockAt(MID);
    }
  }

  beforeAll(async () => {
    t = await startTestApp(dialect, {
      clock,
      env: { SEED_DEMO: 'true', RATE_LIMIT_AUTH_PER_MINUTE: '100000', RATE_LIMIT_SENSITIVE_PER_MINUTE: '100000' },
      extraModules: [QueryCounterModule],
    });
    db = t.app.get(DataSource);
    // Staff work in the middle of the period (sessions are checked against the clock).
    clockAt(MID);
    tokens = await personaTokens(t, ['talent', 'staff']);
  });
  afterAll(() => t?.close());

  it('is empty for a period with nothing in it, every stage and metric present', async () => {
    const d = await dashboard();
    expect(d).toEqual({
      from: PERIOD.from,
      to: PERIOD.to,
      event: null,
      funnel: Object.keys(FUNNEL_STAGE_LABELS).map((stage) => ({ stage, count: 0 })),
      byRegion: [],
      byField: [],
      byDegree: [],
      byDistrict: [],
      activity: Object.keys(ACTIVITY_METRIC_LABELS).map((metric) => ({ metric, count: 0 })),
    });
  });

  it('counts each funnel stage by the time of its step, inside the local days only, citywide and for one event', async () => {
    eventE = await event('看板测试路演 E');
    eventF = await event('看板测试对接会 F');
    // Projects: registered (first submitted), screened (accepted), reviewed, each by its own time.
    const p1 = await project({
      originRegion: 'us',
      field: 'ai',
      leaderDegree: 'phd',
      eventId: eventE,
      submittedAt: START,
      acceptedAt: MID,
      reviewedAt: MID,
      status: 'accepted',
    });
    const p2 = await project({
      originRegion: 'us',
      field: 'biomedicine',
      leaderDegree: 'master',
      submittedAt: MID,
      acceptedAt: MID,
      status: 'accepted',
    });
    await project({ originRegion: 'uk', field: 'ai', leaderDegree: 'phd', eventId: eventE, submittedAt: LAST });
    // Registered a second before the period, screened inside it, reviewed the instant after it.
    const p4 = await project({
      originRegion: 'germany',
      field: 'iot',
      eventId: eventE,
      submittedAt: BEFORE,
      acceptedAt: MID,
      reviewedAt: END,
      status: 'accepted',
    });
    const p5 = await project({ originRegion: 'us', field: 'ai', leaderDegree: 'bachelor', submittedAt: END });
    // Roadshow slots: distinct projects given a slot in the period.
    await slot(eventE, p1, MID);
    await slot(eventF, p1, MID);
    await slot(eventF, p2, LAST);
    await slot(eventE, p4, BEFORE);
    // Intentions: created, 意向协议 and 落地签约 each counted by their own time.
    await intention({
      projectId: p1,
      eventId: eventE,
      createdAt: MID,
      agreementAt: MID,
      signedAt: MID,
      status: 'signed',
      district: 'huli',
      registeredCapital: 5_000_000,
      investmentAmount: 2_000_000,
    });
    await intention({
      projectId: p2,
      eventId: eventF,
      createdAt: MID,
      agreementAt: MID,
      signedAt: END,
      status: 'signed',
      district: 'jimei',
      registeredCapital: 800_000,
      investmentAmount: null,
    });
    await intention({ projectId: p4, createdAt: MID }); // on a project of E: counts for E
    await intention({
      talentUserId: 9101,
      createdAt: MID,
      agreementAt: BEFORE,
      signedAt: MID,
      status: 'signed',
      district: 'huli',
      registeredCapital: 1_000_000,
      investmentAmount: null,
    });
    await intention({ projectId: p2, createdAt: BEFORE, status: 'withdrawn' });
    await intention({ projectId: p5, eventId: eventE, createdAt: END });
    await intention({ talentUserId: 9102, eventId: eventE, createdAt: LAST });
    await intention({
      talentUserId: 9103,
      createdAt: MID,
      agreementAt: MID,
      signedAt: LAST,
      status: 'signed',
      district: 'jimei',
      registeredCapital: null,
      investmentAmount: 3_000_000,
    });

    expect(funnelOf(await dashboard())).toEqual({
      registered: 3, // p1 at the first instant, p2, p3 at the last second; not p4 (a second before) nor p5 (the instant after)
      screened: 3, // p1, p2, p4
      reviewed: 1, // p1; p4's review came the instant after the period
      roadshow: 2, // p1 (two slots, one project) and p2; p4's slot came before
      intention: 6, // all but the one a second before and the one the instant after
      agreement: 3,
      signed: 3,
    });
    const ofEvent = await dashboard({ eventId: eventE });
    expect(ofEvent.event).toEqual({ id: eventE, title: '看板测试路演 E', titleEn: '看板测试路演 E (EN)' });
    expect(funnelOf(ofEvent)).toEqual({
      registered: 2, // p1, p3
      screened: 2, // p1, p4
      reviewed: 1,
      roadshow: 1, // p1's slot in E
      intention: 3, // from E (p1's, the talent's at the last second) and on E's project p4
      agreement: 1,
      signed: 1,
    });
    // The period's edges: one more day each side takes in what fell just outside.
    const wider = funnelOf(await dashboard({ from: '2026-10-31', to: '2026-12-01' }));
    expect(wider).toMatchObject({ registered: 5, reviewed: 2, roadshow: 3, intention: 8, agreement: 4, signed: 4 });
    // A single day.
    expect(funnelOf(await dashboard({ from: '2026-11-01', to: '2026-11-01' })).registered).toBe(1);
  });

  it('breaks the period’s registered projects down by region, field and degree, and landings by district', async () => {
    const d = await dashboard();
    // Intentions of these projects are counted whenever they were made (p2's withdrawn one too); signed among them.
    expect(d.byRegion).toEqual([
      { key: 'us', projects: 2, accepted: 2, intentions: 3, signed: 2 },
      { key: 'uk', projects: 1, accepted: 0, intentions: 0, signed: 0 },
    ]);
    expect(d.byField).toEqual([
      { key: 'ai', projects: 2, accepted: 1, intentions: 1, signed: 1 },
      { key: 'biomedicine', projects: 1, accepted: 1, intentions: 2, signed: 1 },
    ]);
    expect(d.byDegree).toEqual([
      { key: 'phd', projects: 2, accepted: 1, intentions: 1, signed: 1 },
      { key: 'master', projects: 1, accepted: 1, intentions: 2, signed: 1 },
    ]);
    expect(d.byDistrict).toEqual([
      { district: 'huli', signed: 2, registeredCapital: 6_000_000, investmentAmount: 2_000_000 },
      { district: 'jimei', signed: 1, registeredCapital: 0, investmentAmount: 3_000_000 },
    ]);
    const ofEvent = await dashboard({ eventId: eventE });
    expect(ofEvent.byRegion).toEqual(
      [
        { key: 'uk', projects: 1, accepted: 0, intentions: 0, signed: 0 },
        { key: 'us', projects: 1, accepted: 1, intentions: 1, signed: 1 },
      ].sort((a, b) => b.projects - a.projects || a.key.localeCompare(b.key)),
    );
    expect(ofEvent.byDistrict).toEqual([
      { district: 'huli', signed: 1, registeredCapital: 5_000_000, investmentAmount: 2_000_000 },
    ]);
  });

  it('counts platform activity: policy views per local day through the API, positions, applications, registrations, check-ins, challenges', async () => {
    const published = await db
      .getRepository(PolicyEntity)
      .find({ where: { status: 'published' }, order: { id: 'ASC' }, take: 2 });
    expect(published).toHaveLength(2);
    const [a, b] = published.map((p) => p.id) as [number, number];
    await viewPolicy(a, BEFORE); // 2026-10-31 locally
    await viewPolicy(a, START);
    await viewPolicy(a, MID);
    await viewPolicy(a, MID);
    await viewPolicy(b, LAST);
    await viewPolicy(b, END); // 2026-12-01 locally
    const days = await db
      .getRepository(PolicyViewDayEntity)
      .find({ where: [{ policyId: a }, { policyId: b }], order: { policyId: 'ASC', day: 'ASC' } });
    expect(days.map((r) => [r.policyId, r.day, r.views])).toEqual([
      [a, '2026-10-31', 1],
      [a, '2026-11-01', 1],
      [a, '2026-11-15', 2],
      [b, '2026-11-30', 1],
      [b, '2026-12-01', 1],
    ]);

    const positions = await db.getRepository(PositionEntity).find({ order: { id: 'ASC' }, take: 3 });
    expect(positions).toHaveLength(3);
    const [pos1, pos2, pos3] = positions as [PositionEntity, PositionEntity, PositionEntity];
    await db.getRepository(PositionEntity).update({ id: pos1.id }, { publishedAt: MID });
    await db.getRepository(PositionEntity).update({ id: pos2.id }, { publishedAt: BEFORE });
    await db.getRepository(PositionEntity).update({ id: pos3.id }, { publishedAt: END });
    const applications = db.getRepository(ApplicationEntity);
    const application = (positionId: number, userId: number, createdAt: Date) =>
      applications.save(
        applications.create({
          positionId,
          organizationId: pos1.organizationId,
          userId,
          status: 'submitted',
          message: '看板测试',
          profile: {
            name: '测试',
            nationality: '中国',
            studyCountry: '英国',
            degree: 'master',
            school: 'UCL',
            major: 'CS',
            returnYear: 2024,
          },
          createdAt,
          updatedAt: createdAt,
        }),
      );
    await application(pos1.id, 9301, MID);
    await application(pos1.id, 9302, END);

    await registration(eventE, { createdAt: MID, checkedInAt: MID });
    await registration(eventE, { createdAt: MID, status: 'cancelled', cancelledAt: MID });
    await registration(eventF, { createdAt: LAST, status: 'waitlisted' });
    await registration(eventF, { createdAt: BEFORE, checkedInAt: MID });
    await registration(eventF, { createdAt: MID, checkedInAt: END });

    const challenges = db.getRepository(ChallengeEntity);
    const challenge = (publishedAt: Date | null) =>
      challenges.save(
        challenges.create({
          organizationId: 1,
          createdBy: 1,
          title: '看板测试榜单',
          field: 'ai',
          problem: '难题',
          expectedOutcome: '成果',
          deadline: '2026-12-31',
          deadlineAt: new Date('2026-12-31T16:00:00.000Z'),
          status: 'open',
          publishedAt,
        }),
      );
    const open = await challenge(MID);
    await challenge(BEFORE);
    await challenge(null);
    const responses = db.getRepository(ChallengeResponseEntity);
    await responses.save(
      responses.create({
        challengeId: open.id,
        organizationId: 1,
        userId: 9401,
        proposal: '方案',
        createdAt: MID,
        updatedAt: MID,
      }),
    );
    await responses.save(
      responses.create({
        challengeId: open.id,
        organizationId: 1,
        userId: 9402,
        proposal: '方案',
        createdAt: END,
        updatedAt: END,
      }),
    );

    expect(activityOf(await dashboard())).toEqual({
      policyViews: 4,
      positionsPublished: 1,
      applications: 1,
      eventRegistrations: 3, // not the cancelled one, nor the one before the period
      checkIns: 2,
      challengesPublished: 1,
      challengeResponses: 1,
    });
    // With an event chosen, registrations and check-ins are that event's; the rest stays citywide.
    expect(activityOf(await dashboard({ eventId: eventE }))).toEqual({
      policyViews: 4,
      positionsPublished: 1,
      applications: 1,
      eventRegistrations: 1,
      checkIns: 1,
      challengesPublished: 1,
      challengeResponses: 1,
    });
  });

  it('answers with a fixed handful of statements however much data there is', async () => {
    const measure = async (query: Record<string, string | number>) =>
      (
        await countStatements(t, () =>
          t.http
            .get('/api/v1/staff/dashboard')
            .query({ ...PERIOD, ...query })
            .set(auth(tokens.staff))
            .expect(200),
        )
      ).handler;
    const citywide = await measure({});
    const ofEvent = await measure({ eventId: eventE });
    expect(citywide).toBe(4);
    expect(ofEvent).toBe(5);
    for (let i = 0; i < 12; i++) {
      const id = await project({
        originRegion: i % 2 ? 'japan' : 'canada',
        field: 'iot',
        leaderDegree: 'postdoc',
        eventId: eventE,
        submittedAt: MID,
      });
      await intention({
        projectId: id,
        eventId: eventE,
        createdAt: MID,
        signedAt: MID,
        district: i % 2 ? 'torch' : 'siming',
        registeredCapital: 100_000,
        status: 'signed',
      });
    }
    expect(await measure({})).toBe(citywide);
    expect(await measure({ eventId: eventE })).toBe(ofEvent);
    const export_ = await countStatements(t, () => exportTable({ table: 'region' }));
    // The export reads only its table (one statement); the rest is the audit entry and its transaction.
    const reads = export_.statements
      .slice(-export_.handler)
      .filter((sql) => !/^(BEGIN|START TRANSACTION|COMMIT)/.test(sql) && !/audit_log/.test(sql));
    expect(reads).toHaveLength(1);
  });

  it('refuses bad periods and unknown events, and is for staff only', async () => {
    const staff = auth(tokens.staff);
    const bad = async (query: Record<string, string | number>, status: number, code: string) => {
      const res = await t.http.get('/api/v1/staff/dashboard').query(query).set(staff).expect(status);
      expect(res.body.code).toBe(code);
    };
    await bad({ from: '2026-11-30', to: '2026-11-01' }, 400, 'VALIDATION_FAILED');
    await bad({ from: '2020-01-01', to: '2026-11-01' }, 400, 'VALIDATION_FAILED');
    await bad({ from: '2026-11-01' }, 400, 'VALIDATION_FAILED');
    await bad({ ...PERIOD, eventId: 999_999 }, 404, 'EVENT_NOT_FOUND');
    const exportTooLong = await t.http
      .get('/api/v1/staff/dashboard/export')
      .query({ from: '2020-01-01', to: '2026-11-01', table: 'funnel' })
      .set(staff);
    expect(exportTooLong.status).toBe(400);
    const unknownTable = await t.http
      .get('/api/v1/staff/dashboard/export')
      .query({ ...PERIOD, table: 'salaries' })
      .set(staff);
    expect(unknownTable.status).toBe(400);
    await t.http.get('/api/v1/staff/dashboard').query(PERIOD).set(auth(tokens.talent)).expect(403);
    await t.http
      .get('/api/v1/staff/dashboard/export')
      .query({ ...PERIOD, table: 'funnel' })
      .expect(401);
  });

  it('exports every table in both languages: title, bold frozen header, labels and numbers as in the JSON; audited', async () => {
    const json = await dashboard({ eventId: eventE });
    const citywide = await dashboard();
    const auditBefore = await db.getRepository(AuditLogEntity).count({ where: { action: 'dashboard.export' } });

    const labelled = {
      region: (k: string, l: Locale) => pickLabel(ORIGIN_REGION_LABELS[k as keyof typeof ORIGIN_REGION_LABELS], l),
      field: (k: string, l: Locale) => pickLabel(INDUSTRY_LABELS[k as keyof typeof INDUSTRY_LABELS], l),
      degree: (k: string, l: Locale) => pickLabel(DEGREE_LABELS[k as keyof typeof DEGREE_LABELS], l),
    };
    const expectedRows = (d: Dashboard, table: (typeof DASHBOARD_TABLES)[number], lang: Locale): unknown[][] => {
      switch (table) {
        case 'funnel':
          return d.funnel.map((r, i) => {
            const previous = i > 0 ? d.funnel[i - 1]!.count : 0;
            return [
              pickLabel(FUNNEL_STAGE_LABELS[r.stage], lang),
              r.count,
              i > 0 && previous > 0 ? r.count / previous : null,
            ];
          });
        case 'region':
        case 'field':
        case 'degree': {
          const rows = table === 'region' ? d.byRegion : table === 'field' ? d.byField : d.byDegree;
          return rows.map((r) => [labelled[table](r.key, lang), r.projects, r.accepted, r.intentions, r.signed]);
        }
        case 'district':
          return d.byDistrict.map((r) => [
            pickLabel(DISTRICT_LABELS[r.district as keyof typeof DISTRICT_LABELS], lang),
            r.signed,
            r.registeredCapital,
            r.investmentAmount,
          ]);
        case 'activity':
          return d.activity.map((r) => [pickLabel(ACTIVITY_METRIC_LABELS[r.metric], lang), r.count]);
      }
    };

    for (const lang of LOCALES) {
      for (const table of DASHBOARD_TABLES) {
        const { res, wb } = await exportTable({ table, lang, eventId: eventE });
        expect(res.headers['content-type']).toContain('spreadsheetml');
        expect(res.headers['content-disposition']).toBe(
          `attachment; filename="dashboard-${table}-2026-11-01_2026-11-30-event-${eventE}.xlsx"`,
        );
        expect(wb.worksheets).toHaveLength(1);
        const sheet = wb.worksheets[0]!;
        const title = sheet.getCell(1, 1).text;
        expect(title).toContain(lang === 'en' ? '2026-11-01 to 2026-11-30' : '2026-11-01 至 2026-11-30');
        expect(title).toContain(lang === 'en' ? 'Event: 看板测试路演 E (EN)' : '活动：看板测试路演 E');
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
        expect(sheet.getCell(2, 1).font?.bold).toBe(true);
        const rows: unknown[][] = [];
        sheet.eachRow((row, n) => {
          if (n > 2) rows.push(trimEmpty((row.values as unknown[]).slice(1)));
        });
        const expected = expectedRows(json, table, lang);
        expect(expected.length).toBeGreaterThan(0);
        expect(rows).toEqual(expected.map(trimEmpty));
        for (const row of rows) for (const cell of row.slice(1)) expect(typeof cell).toBe('number');
      }
    }
    // Headers in the chosen language.
    const zh = (await exportTable({ table: 'district', lang: 'zh-CN' })).wb.worksheets[0]!;
    expect((zh.getRow(2).values as unknown[]).slice(1)).toEqual([
      '落地区',
      '落地签约',
      '注册资本（元）',
      '投资额（元）',
    ]);
    expect(zh.getColumn(3).numFmt).toBe('#,##0');
    const en = (await exportTable({ table: 'funnel', lang: 'en' })).wb.worksheets[0]!;
    expect((en.getRow(2).values as unknown[]).slice(1)).toEqual(['Stage', 'Count', 'From previous stage']);
    expect(en.getCell(1, 1).text).toBe('Funnel · 2026-11-01 to 2026-11-30');
    expect(en.getCell(3, 2).value).toBe(citywide.funnel[0]!.count);
    expect(en.getCell(4, 3).numFmt).toBe('0.0%');

    const audits = await db
      .getRepository(AuditLogEntity)
      .find({ where: { action: 'dashboard.export' }, order: { id: 'DESC' } });
    expect(audits.length - auditBefore).toBe(LOCALES.length * DASHBOARD_TABLES.length + 2);
    expect(audits[0]).toMatchObject({
      entityType: 'dashboard',
      entityId: 'funnel',
      detail: { from: PERIOD.from, to: PERIOD.to, eventId: null, lang: 'en' },
    });
  });

  it('counts simultaneous first views of a policy on a new day, none lost', async () => {
    const [policy] = await db
      .getRepository(PolicyEntity)
      .find({ where: { status: 'published' }, order: { id: 'DESC' }, take: 1 });
    const day = new Date('2026-11-20T04:00:00.000Z');
    clockAt(day);
    try {
      await Promise.all(Array.from({ length: 8 }, () => t.http.get(`/api/v1/policies/${policy!.id}`).expect(200)));
    } finally {
      clockAt(MID);
    }
    const row = await db
      .getRepository(PolicyViewDayEntity)
      .findOneByOrFail({ policyId: policy!.id, day: '2026-11-20' });
    expect(row.views).toBe(8);
  });
});
