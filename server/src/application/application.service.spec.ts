import type { Apply, ApplicationStatus } from '@ihaigui/shared';
import type { DataSource } from 'typeorm';
import { FakeAudit, FakeClock, fakeDataSource, FakeNotifications, rejection } from '../../../test/support/unit-fakes';
import type { AccountErasure } from '../account/account-erasure';
import type { AccountService } from '../account/account.service';
import type { FileStorage } from '../account/file-storage';
import type { TalentProfileEntity } from '../account/talent-profile.entity';
import type { AuditService } from '../audit/audit.service';
import type { PositionService } from '../job/position.service';
import type { PositionWithOrg } from '../job/position.repository';
import type { NotificationService } from '../notification/notification.service';
import type { OrganizationService } from '../organization/organization.service';
import type { ApplicationEntity, ApplicationEventEntity } from './application.entity';
import type { ApplicationRepository, ApplicationRow } from './application.repository';
import { ApplicationService } from './application.service';

const TALENT = 7;
const OTHER_TALENT = 8;
const ORG = 3;
const MEMBER = 30;
const OTHER_ORG_MEMBER = 40;
const POSITION = 11;

// ---- test data ----

function profile(overrides: Partial<TalentProfileEntity> = {}): TalentProfileEntity {
  return {
    userId: TALENT,
    name: '李雷',
    nationality: 'CN',
    studyCountry: 'UK',
    degree: 'master',
    school: 'Imperial College',
    major: 'Materials',
    returnYear: 2024,
    cvKey: 'profiles/li-lei.pdf',
    ...overrides,
  } as TalentProfileEntity;
}

function position(overrides: Partial<PositionWithOrg> = {}): PositionWithOrg {
  return {
    id: POSITION,
    organizationId: ORG,
    title: '材料工程师',
    titleEn: 'Materials engineer',
    status: 'approved',
    expiresAt: new Date('2025-07-01T00:00:00.000Z'),
    organization: { id: ORG, name: '星海科技' },
    ...overrides,
  } as PositionWithOrg;
}

const applyInput: Apply = { message: '期待加入贵公司', channel: null } as Apply;

/** A unique-key failure as MariaDB reports it. */
const duplicateKey = () => Object.assign(new Error('Duplicate entry'), { code: 'ER_DUP_ENTRY', errno: 1062 });

// ---- fakes ----

/** Applications and their history in memory, with the two unique keys the table has. */
class FakeApplications {
  readonly rows = new Map<number, ApplicationEntity>();
  readonly events: ApplicationEventEntity[] = [];
  private nextId = 100;
  /** Runs just before an insert: a simultaneous request that commits in between. */
  beforeInsert: (() => void) | null = null;

  add(overrides: Partial<ApplicationEntity> = {}): ApplicationEntity {
    const row = {
      id: this.nextId++,
      positionId: POSITION,
      organizationId: ORG,
      userId: TALENT,
      status: 'submitted',
      message: '您好',
      profile: { ...profile(), cvKey: undefined },
      cvKey: null,
      channel: null,
      createdAt: new Date('2025-06-01T08:00:00.000Z'),
      updatedAt: new Date('2025-06-01T08:00:00.000Z'),
      ...overrides,
    } as ApplicationEntity;
    this.rows.set(row.id, row);
    return row;
  }

  historyOf(id: number): ApplicationStatus[] {
    return this.events.filter((e) => e.applicationId === id).map((e) => e.status);
  }

  /** Reads give copies, as a database does: later writes do not change what the service already read. */
  async findById(id: number) {
    const row = this.rows.get(id);
    return row ? { ...row } : null;
  }

  async findWithContext(id: number): Promise<ApplicationRow | null> {
    const row = this.rows.get(id);
    if (!row) return null;
    return {
      ...row,
      position: { id: row.positionId, title: '材料工程师', titleEn: 'Materials engineer' },
      organization: { id: row.organizationId, name: '星海科技' },
    };
  }

  async findByUserAndPosition(userId: number, positionId: number) {
    const row = [...this.rows.values()].find((r) => r.userId === userId && r.positionId === positionId);
    return row ? { ...row } : null;
  }

  async findEvents(ids: number[]) {
    return this.events.filter((e) => ids.includes(e.applicationId));
  }

  async insert(values: Partial<ApplicationEntity>) {
    this.beforeInsert?.();
    const clash = [...this.rows.values()].some((r) => r.userId === values.userId && r.positionId === values.positionId);
    if (clash) throw duplicateKey();
    return this.add(values);
  }

  async insertEvent(values: Omit<ApplicationEventEntity, 'id'>) {
    this.events.push({ id: this.events.length + 1, ...values });
  }

  async transition(id: number, from: ApplicationStatus[], values: Partial<ApplicationEntity>) {
    const row = this.rows.get(id);
    if (!row || !from.includes(row.status)) return false;
    Object.assign(row, values);
    return true;
  }
}

class FakeFiles {
  readonly stored = new Map<string, Buffer>([['profiles/li-lei.pdf', Buffer.from('%PDF cv')]]);
  readonly removed: Array<string | null> = [];
  private next = 1;

  async put(folder: string, extension: string, data: Buffer) {
    const key = `${folder}/copy-${this.next++}.${extension}`;
    this.stored.set(key, data);
    return key;
  }

  async read(key: string) {
    const data = this.stored.get(key);
    if (!data) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
    return data;
  }

  async remove(key: string | null) {
    this.removed.push(key);
    if (key) this.stored.delete(key);
  }
}

function setup(options: { position?: PositionWithOrg | null; profile?: TalentProfileEntity | null } = {}) {
  const applications = new FakeApplications();
  const files = new FakeFiles();
  const notifications = new FakeNotifications();
  const audit = new FakeAudit();
  const counted: number[] = [];
  const thePosition = options.position === undefined ? position() : options.position;
  const theProfile = options.profile === undefined ? profile() : options.profile;
  const positions = {
    findWithOrg: async (id: number) => (thePosition && thePosition.id === id ? thePosition : null),
    countApplication: async (id: number) => {
      counted.push(id);
    },
  };
  const accounts = { findTalentProfile: async (userId: number) => (userId === TALENT ? theProfile : null) };
  const memberships = new Map([
    [MEMBER, { organizationId: ORG }],
    [OTHER_ORG_MEMBER, { organizationId: ORG + 1 }],
  ]);
  const organizations = { findMembership: async (userId: number) => memberships.get(userId) ?? null };
  const service = new ApplicationService(
    applications as unknown as ApplicationRepository,
    positions as unknown as PositionService,
    accounts as unknown as AccountService,
    organizations as unknown as OrganizationService,
    files as unknown as FileStorage,
    notifications as unknown as NotificationService,
    audit as unknown as AuditService,
    fakeDataSource() as DataSource,
    {} as AccountErasure,
    new FakeClock(new Date('2025-06-02T08:00:00.000Z')),
  );
  return { service, applications, files, notifications, audit, counted };
}

// ---- applying ----

describe('ApplicationService.apply', () => {
  it('records a submitted application with its first history step, counts it, audits it and tells the organisation', async () => {
    const { service, applications, notifications, audit, counted } = setup();

    const application = await service.apply(TALENT, POSITION, applyInput);
    const result = { application };

    expect(result.application.status).toBe('submitted');
    expect(result.application.history.map((h) => h.status)).toEqual(['submitted']);
    expect(applications.rows.get(result.application.id)?.organizationId).toBe(ORG);
    expect(counted).toEqual([POSITION]);
    expect(audit.entries).toMatchObject([
      { actorId: TALENT, action: 'application.create', entityId: result.application.id },
    ]);
    expect(notifications.sent).toMatchObject([
      {
        to: { organizationId: ORG },
        message: { kind: 'application_new', link: { page: 'orgApplicant', id: result.application.id } },
      },
    ]);
  });

  it('sends a copy of the CV, not the profile file itself', async () => {
    const { service, applications, files } = setup();

    const application = await service.apply(TALENT, POSITION, applyInput);

    const cvKey = applications.rows.get(application.id)?.cvKey;
    expect(cvKey).toMatch(/^applications\//);
    expect(files.stored.get(cvKey as string)?.toString()).toBe('%PDF cv');
    expect(application.applicant.hasCv).toBe(true);
  });

  it('refuses a second application to the same position', async () => {
    const { service, applications } = setup();
    await service.apply(TALENT, POSITION, applyInput);

    expect(await rejection(service.apply(TALENT, POSITION, applyInput))).toEqual({
      code: 'APPLICATION_EXISTS',
      status: 409,
    });
    expect(applications.rows.size).toBe(1);
  });

  it('hides a position still in review, and refuses one past its expiry', async () => {
    const pending = setup({ position: position({ status: 'pending' }) });
    expect(await rejection(pending.service.apply(TALENT, POSITION, applyInput))).toEqual({
      code: 'POSITION_NOT_FOUND',
      status: 404,
    });

    const expired = setup({ position: position({ expiresAt: new Date('2025-06-02T08:00:00.000Z') }) });
    expect(await rejection(expired.service.apply(TALENT, POSITION, applyInput))).toEqual({
      code: 'POSITION_NOT_OPEN',
      status: 409,
    });
    expect(expired.applications.rows.size).toBe(0);
  });

  it('refuses a simultaneous twin that committed first and drops the CV copy', async () => {
    const { service, applications, files } = setup();
    applications.beforeInsert = () => {
      applications.beforeInsert = null;
      applications.add({});
    };

    expect(await rejection(service.apply(TALENT, POSITION, applyInput))).toEqual({
      code: 'APPLICATION_EXISTS',
      status: 409,
    });
    expect(applications.rows.size).toBe(1);
    expect(files.removed).toEqual([expect.stringMatching(/^applications\//)]);
  });
});

// ---- the organisation moves it along ----

describe('ApplicationService: the organisation', () => {
  it('marks an application viewed the first time the organisation opens it, and tells the talent once', async () => {
    const { service, applications, notifications } = setup();
    const row = applications.add();

    await service.openForOrganization(MEMBER, row.id);
    const second = await service.openForOrganization(MEMBER, row.id);

    expect(second.status).toBe('viewed');
    expect(applications.historyOf(row.id)).toEqual(['viewed']);
    expect(notifications.sent).toMatchObject([{ to: { userId: TALENT }, message: { kind: 'application_status' } }]);
  });

  it('moves along the pipeline, keeping each step with its message in the history and the audit log', async () => {
    const { service, applications, audit, notifications } = setup();
    const row = applications.add({ status: 'viewed' });

    await service.move(MEMBER, row.id, { status: 'interview', message: '周三下午面试' });
    const result = await service.move(MEMBER, row.id, { status: 'offer', message: null });

    expect(result.status).toBe('offer');
    expect(result.history.map((h) => [h.status, h.message])).toEqual([
      ['interview', '周三下午面试'],
      ['offer', null],
    ]);
    expect(audit.entries.map((e) => [e.action, e.detail])).toEqual([
      ['application.interview', { from: 'viewed' }],
      ['application.offer', { from: 'interview' }],
    ]);
    expect(notifications.sent.map((n) => n.to)).toEqual([{ userId: TALENT }, { userId: TALENT }]);
    expect(notifications.sent[0]?.message.body.zh).toContain('周三下午面试');
  });

  it('refuses a step the pipeline does not allow, and writes nothing', async () => {
    const { service, applications, audit, notifications } = setup();
    const row = applications.add({ status: 'submitted' });

    expect(await rejection(service.move(MEMBER, row.id, { status: 'offer', message: null }))).toEqual({
      code: 'APPLICATION_INVALID_TRANSITION',
      status: 409,
    });
    expect(applications.rows.get(row.id)?.status).toBe('submitted');
    expect(applications.events).toEqual([]);
    expect(audit.entries).toEqual([]);
    expect(notifications.sent).toEqual([]);
  });

  it('does not let another organisation see or move an application', async () => {
    const { service, applications } = setup();
    const row = applications.add();

    expect(await rejection(service.move(OTHER_ORG_MEMBER, row.id, { status: 'rejected', message: null }))).toEqual({
      code: 'APPLICATION_NOT_FOUND',
      status: 404,
    });
    expect(await rejection(service.openForOrganization(OTHER_ORG_MEMBER, row.id))).toEqual({
      code: 'APPLICATION_NOT_FOUND',
      status: 404,
    });
    expect(applications.rows.get(row.id)?.status).toBe('submitted');
  });
});

// ---- the talent withdraws ----

describe('ApplicationService.withdraw', () => {
  it('withdraws an application still in progress and tells the organisation', async () => {
    const { service, applications, notifications, audit } = setup();
    const row = applications.add({ status: 'interview' });

    const result = await service.withdraw(TALENT, row.id);

    expect(result.status).toBe('withdrawn');
    expect(applications.historyOf(row.id)).toEqual(['withdrawn']);
    expect(audit.actions()).toEqual(['application.withdrawn']);
    expect(notifications.sent).toMatchObject([
      {
        to: { organizationId: ORG },
        message: { kind: 'application_status', link: { page: 'orgApplicant', id: row.id } },
      },
    ]);
  });

  it('cannot withdraw once the organisation has decided', async () => {
    const { service, applications } = setup();
    const offered = applications.add({ status: 'offer' });
    const rejected = applications.add({ status: 'rejected', positionId: POSITION + 1 });

    for (const row of [offered, rejected]) {
      expect(await rejection(service.withdraw(TALENT, row.id))).toEqual({
        code: 'APPLICATION_INVALID_TRANSITION',
        status: 409,
      });
    }
    expect(applications.events).toEqual([]);
  });

  it("cannot withdraw someone else's application", async () => {
    const { service, applications } = setup();
    const row = applications.add({ userId: OTHER_TALENT });

    expect(await rejection(service.withdraw(TALENT, row.id))).toEqual({ code: 'APPLICATION_NOT_FOUND', status: 404 });
    expect(applications.rows.get(row.id)?.status).toBe('submitted');
  });
});
