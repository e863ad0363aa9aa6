import type { IntentionStatus, MoveIntention, Role } from '@ihaigui/shared';
import type { DataSource } from 'typeorm';
import { FakeAudit, FakeClock, fakeDataSource, FakeNotifications, rejection } from '../../../test/support/unit-fakes';
import type { AccountErasure } from '../account/account-erasure';
import type { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import type { NotificationService } from '../notification/notification.service';
import type { IntentionEntity, IntentionStepEntity } from './intention.entity';
import type { IntentionRepository, IntentionRow } from './intention.repository';
import { IntentionService } from './intention.service';

const ORG = 3;
const OTHER_ORG = 4;
const MEMBER = 30;
const OTHER_ORG_MEMBER = 40;
const TALENT = 7;
const STRANGER = 9;
const STAFF = 1;
const PROJECT = 17;
const NOW = new Date('2025-06-02T08:00:00.000Z');

const org: AuthUser = { id: MEMBER, role: 'organization' as Role };
const talent: AuthUser = { id: TALENT, role: 'talent' };
const stranger: AuthUser = { id: STRANGER, role: 'talent' };

// ---- test data ----

/** A step as the API takes it; the landing facts only matter for "signed". */
function moveTo(status: MoveIntention['status'], extra: Partial<MoveIntention> = {}): MoveIntention {
  return { status, note: null, registeredCapital: null, investmentAmount: null, district: null, ...extra };
}

interface World {
  organizations: Array<{ id: number; name: string; status: string; members: number[] }>;
  projects: Array<{ id: number; ownerId: number; name: string; nameEn: string | null; status: string }>;
  users: Array<{ id: number; role: string; displayName: string; visibility?: string }>;
}

function world(): World {
  return {
    organizations: [
      { id: ORG, name: '星海科技', status: 'verified', members: [MEMBER] },
      { id: OTHER_ORG, name: '未审企业', status: 'pending', members: [OTHER_ORG_MEMBER] },
    ],
    projects: [{ id: PROJECT, ownerId: TALENT, name: '智能质检', nameEn: 'Smart inspection', status: 'accepted' }],
    users: [
      { id: TALENT, role: 'talent', displayName: '李雷', visibility: 'organizations' },
      { id: STRANGER, role: 'talent', displayName: '韩梅梅', visibility: 'private' },
    ],
  };
}

// ---- fakes ----

const duplicateKey = () => Object.assign(new Error('Duplicate entry'), { code: 'ER_DUP_ENTRY', errno: 1062 });

/** Intentions and their steps in memory, with the unique open key; the parties come from a small world. */
class FakeIntentions {
  readonly rows = new Map<number, IntentionEntity>();
  readonly steps: IntentionStepEntity[] = [];
  private nextId = 500;
  /** Runs just before an insert: a simultaneous request that commits in between. */
  beforeInsert: (() => void) | null = null;

  constructor(readonly world: World) {}

  add(overrides: Partial<IntentionEntity> = {}): IntentionEntity {
    const row = {
      id: this.nextId++,
      organizationId: ORG,
      talentUserId: TALENT,
      projectId: PROJECT,
      source: 'browse',
      eventId: null,
      challengeId: null,
      proposedBy: 'organization',
      proposedByUserId: MEMBER,
      status: 'proposed',
      openKey: `o${ORG}:p${PROJECT}`,
      registeredCapital: null,
      investmentAmount: null,
      district: null,
      acceptedAt: null,
      meetingAt: null,
      agreementAt: null,
      signedAt: null,
      closedAt: null,
      createdAt: new Date('2025-06-01T08:00:00.000Z'),
      updatedAt: new Date('2025-06-01T08:00:00.000Z'),
      ...overrides,
    } as IntentionEntity;
    this.rows.set(row.id, row);
    return row;
  }

  stepsOf(id: number): Array<[IntentionStatus, string]> {
    return this.steps.filter((s) => s.intentionId === id).map((s) => [s.status, s.actorSide]);
  }

  /** A copy, as a database read gives: later writes do not change what the service already read. */
  private read(row: IntentionEntity | undefined): IntentionEntity | null {
    return row ? { ...row } : null;
  }

  async findById(id: number) {
    return this.read(this.rows.get(id));
  }

  async findRow(id: number): Promise<IntentionRow | null> {
    return this.read(this.rows.get(id));
  }

  async findByOpenKey(openKey: string) {
    return this.read([...this.rows.values()].find((r) => r.openKey === openKey));
  }

  async findSteps(id: number) {
    return this.steps.filter((s) => s.intentionId === id);
  }

  async insert(values: Partial<IntentionEntity>) {
    this.beforeInsert?.();
    if ([...this.rows.values()].some((r) => r.openKey !== null && r.openKey === values.openKey)) throw duplicateKey();
    return this.add(values);
  }

  async insertStep(values: Omit<IntentionStepEntity, 'id'>) {
    this.steps.push({ id: this.steps.length + 1, ...values });
  }

  async transition(id: number, from: IntentionStatus, values: Partial<IntentionEntity>) {
    const row = this.rows.get(id);
    if (!row || row.status !== from) return false;
    Object.assign(row, values);
    return true;
  }

  async findOrganizationOfMember(userId: number) {
    return this.world.organizations.find((o) => o.members.includes(userId)) ?? null;
  }

  async findOrganization(id: number) {
    return this.world.organizations.find((o) => o.id === id) ?? null;
  }

  async findProject(id: number) {
    return this.world.projects.find((p) => p.id === id) ?? null;
  }

  async findActiveUser(id: number) {
    return this.world.users.find((u) => u.id === id) ?? null;
  }

  async findProfileVisibility(userId: number) {
    const user = this.world.users.find((u) => u.id === userId);
    return user?.visibility ? { userId, visibility: user.visibility } : null;
  }

  async eventExists(id: number) {
    return id === 70;
  }
}

function setup() {
  const intentions = new FakeIntentions(world());
  const notifications = new FakeNotifications();
  const audit = new FakeAudit();
  const service = new IntentionService(
    intentions as unknown as IntentionRepository,
    notifications as unknown as NotificationService,
    audit as unknown as AuditService,
    {} as AccountErasure,
    fakeDataSource() as DataSource,
    new FakeClock(NOW),
  );
  return { service, intentions, notifications, audit };
}

// ---- proposing ----

describe('IntentionService: proposing', () => {
  it('opens an intention on an accepted project, records the first step and asks the talent to answer', async () => {
    const { service, intentions, notifications } = setup();

    const detail = await service.proposeToTalent(MEMBER, { projectId: PROJECT, talentUserId: null, note: '想聊聊' });

    expect(detail).toMatchObject({ status: 'proposed', proposedBy: 'organization', allowedMoves: ['withdrawn'] });
    expect(intentions.rows.get(detail.id)).toMatchObject({ talentUserId: TALENT, openKey: `o${ORG}:p${PROJECT}` });
    expect(intentions.stepsOf(detail.id)).toEqual([['proposed', 'organization']]);
    expect(notifications.sent).toMatchObject([
      { to: { userId: TALENT }, message: { kind: 'intention_step', link: { page: 'intentionDetail', id: detail.id } } },
    ]);
  });

  it('lets only a verified organisation propose', async () => {
    const { service, intentions } = setup();

    expect(
      await rejection(service.proposeToTalent(OTHER_ORG_MEMBER, { projectId: PROJECT, talentUserId: null, note: 'x' })),
    ).toEqual({ code: 'ORGANIZATION_NOT_VERIFIED', status: 403 });
    expect(intentions.rows.size).toBe(0);
  });

  it('refuses a project not accepted and a talent whose profile is private', async () => {
    const { service, intentions } = setup();
    intentions.world.projects[0]!.status = 'submitted';

    expect(
      await rejection(service.proposeToTalent(MEMBER, { projectId: PROJECT, talentUserId: null, note: 'x' })),
    ).toEqual({ code: 'INTENTION_TARGET_UNAVAILABLE', status: 422 });
    expect(
      await rejection(service.proposeToTalent(MEMBER, { projectId: null, talentUserId: STRANGER, note: 'x' })),
    ).toEqual({ code: 'INTENTION_TARGET_UNAVAILABLE', status: 422 });
    expect(intentions.rows.size).toBe(0);
  });

  it('keeps one open intention per organisation and project, whichever side proposes again', async () => {
    const { service, intentions, notifications } = setup();
    await service.proposeToTalent(MEMBER, { projectId: PROJECT, talentUserId: null, note: '想聊聊' });

    expect(
      await rejection(service.proposeToOrganization(TALENT, { organizationId: ORG, projectId: PROJECT, note: '你好' })),
    ).toEqual({ code: 'INTENTION_EXISTS', status: 409 });
    expect(intentions.rows.size).toBe(1);
    expect(intentions.steps).toHaveLength(1);
    expect(notifications.sent).toHaveLength(1);
  });

  it('allows a new intention for the pair once the earlier one was declined', async () => {
    const { service, intentions } = setup();
    const first = await service.proposeToTalent(MEMBER, { projectId: PROJECT, talentUserId: null, note: '想聊聊' });
    await service.move(talent, first.id, moveTo('declined'));

    const second = await service.proposeToOrganization(TALENT, {
      organizationId: ORG,
      projectId: PROJECT,
      note: '再谈',
    });

    expect(second.id).not.toBe(first.id);
    expect(intentions.rows.get(first.id)?.openKey).toBeNull();
    expect(intentions.rows.get(second.id)).toMatchObject({ status: 'proposed', proposedBy: 'talent' });
  });

  it('hands back the intention a simultaneous request opened first, without writing a second one', async () => {
    const { service, intentions } = setup();
    let winnerId = 0;
    intentions.beforeInsert = () => {
      intentions.beforeInsert = null;
      winnerId = intentions.add({ proposedBy: 'talent', proposedByUserId: TALENT }).id;
    };

    const result = await service.open({
      organizationId: ORG,
      talentUserId: TALENT,
      projectId: PROJECT,
      source: 'roadshow',
      proposedBy: 'organization',
      actor: { userId: MEMBER, side: 'organization' },
      note: null,
    });

    expect(result).toMatchObject({ created: false, intention: { id: winnerId } });
    expect(intentions.rows.size).toBe(1);
    expect(intentions.steps).toEqual([]);
  });
});

// ---- the steps ----

describe('IntentionService: the parties move it along', () => {
  it('does not let the side that proposed accept its own proposal', async () => {
    const { service, intentions } = setup();
    const row = intentions.add({ proposedBy: 'organization' });

    expect(await rejection(service.move(org, row.id, moveTo('accepted')))).toEqual({
      code: 'INTENTION_INVALID_TRANSITION',
      status: 409,
    });
    expect(intentions.rows.get(row.id)?.status).toBe('proposed');
    expect(intentions.steps).toEqual([]);
  });

  it('lets the side proposed to accept, stamps the time and tells the other side', async () => {
    const { service, intentions, notifications, audit } = setup();
    const row = intentions.add({ proposedBy: 'organization' });

    const detail = await service.move(talent, row.id, moveTo('accepted', { note: '欢迎' }));

    expect(detail).toMatchObject({ status: 'accepted', mySide: 'talent', allowedMoves: ['meeting', 'withdrawn'] });
    expect(intentions.rows.get(row.id)?.acceptedAt).toEqual(NOW);
    expect(intentions.steps).toMatchObject([{ status: 'accepted', actorSide: 'talent', note: '欢迎', offline: false }]);
    expect(notifications.sent).toMatchObject([{ to: { organizationId: ORG }, message: { kind: 'intention_step' } }]);
    // A party's own step is not an audited staff action.
    expect(audit.entries).toEqual([]);
  });

  it('follows meeting → letter of intent → landing agreement, keeping the landing facts and freeing the pair', async () => {
    const { service, intentions, audit } = setup();
    const row = intentions.add({ status: 'accepted' });

    await service.move(org, row.id, moveTo('meeting'));
    await service.move(talent, row.id, moveTo('agreement'));
    const signed = await service.move(
      org,
      row.id,
      moveTo('signed', { registeredCapital: 5_000_000, investmentAmount: null, district: 'huli' }),
    );

    expect(signed).toMatchObject({
      status: 'signed',
      allowedMoves: [],
      registeredCapital: 5_000_000,
      district: 'huli',
    });
    expect(intentions.rows.get(row.id)).toMatchObject({
      meetingAt: NOW,
      agreementAt: NOW,
      signedAt: NOW,
      openKey: null,
    });
    expect(intentions.stepsOf(row.id)).toEqual([
      ['meeting', 'organization'],
      ['agreement', 'talent'],
      ['signed', 'organization'],
    ]);
    expect(audit.entries).toEqual([]);
  });

  it('refuses to skip a step', async () => {
    const { service, intentions } = setup();
    const row = intentions.add({ status: 'accepted' });

    expect(await rejection(service.move(org, row.id, moveTo('signed', { district: 'huli' })))).toEqual({
      code: 'INTENTION_INVALID_TRANSITION',
      status: 409,
    });
    expect(intentions.rows.get(row.id)?.status).toBe('accepted');
  });

  it('closes the intention when either side withdraws, after which nothing moves', async () => {
    const { service, intentions } = setup();
    const row = intentions.add({ status: 'meeting' });

    await service.move(talent, row.id, moveTo('withdrawn'));

    expect(intentions.rows.get(row.id)).toMatchObject({ status: 'withdrawn', closedAt: NOW, openKey: null });
    expect(await rejection(service.move(org, row.id, moveTo('agreement')))).toEqual({
      code: 'INTENTION_INVALID_TRANSITION',
      status: 409,
    });
  });

  it('does not show or let move an intention to anyone but the two parties (staff read it, but record steps apart)', async () => {
    const { service, intentions } = setup();
    const row = intentions.add();

    expect(await rejection(service.move(stranger, row.id, moveTo('withdrawn')))).toEqual({
      code: 'INTENTION_NOT_FOUND',
      status: 404,
    });
    expect(await rejection(service.read(stranger, row.id))).toEqual({ code: 'INTENTION_NOT_FOUND', status: 404 });
    expect(await rejection(service.move({ id: STAFF, role: 'staff' }, row.id, moveTo('accepted')))).toEqual({
      code: 'INTENTION_NOT_FOUND',
      status: 404,
    });
    expect((await service.read({ id: STAFF, role: 'staff' }, row.id)).mySide).toBe('staff');
    expect(intentions.rows.get(row.id)?.status).toBe('proposed');
  });
});

// ---- staff ----

describe('IntentionService: staff', () => {
  it('records an offline step for either side: audited, marked offline, both sides told', async () => {
    const { service, intentions, notifications, audit } = setup();
    const row = intentions.add({ proposedBy: 'organization' });

    await service.recordStep(STAFF, row.id, moveTo('accepted'));

    expect(intentions.steps).toMatchObject([{ status: 'accepted', actorSide: 'staff', offline: true }]);
    expect(audit.entries).toMatchObject([
      { actorId: STAFF, action: 'intention.step', entityId: row.id, detail: { from: 'proposed', to: 'accepted' } },
    ]);
    expect(notifications.sent.map((n) => n.to)).toEqual([{ userId: TALENT }, { organizationId: ORG }]);
  });

  it('records an intention that began offline as proposed by the organisation, for the talent to accept', async () => {
    const { service, intentions, notifications, audit } = setup();

    const detail = await service.createOffline(STAFF, {
      organizationId: ORG,
      projectId: PROJECT,
      talentUserId: null,
      eventId: 70,
      note: '招聘会上交流',
    });

    expect(detail).toMatchObject({ status: 'proposed', source: 'offline', proposedBy: 'organization' });
    expect(intentions.rows.get(detail.id)).toMatchObject({ talentUserId: TALENT, eventId: 70 });
    expect(intentions.steps).toMatchObject([{ actorSide: 'staff', actorUserId: STAFF, offline: true }]);
    expect(audit.actions()).toEqual(['intention.create_offline']);
    expect(notifications.sent.map((n) => n.to)).toEqual([{ userId: TALENT }, { organizationId: ORG }]);
  });

  it('refuses an offline intention for a talent who does not own the project named', async () => {
    const { service, intentions } = setup();

    expect(
      await rejection(
        service.createOffline(STAFF, {
          organizationId: ORG,
          projectId: PROJECT,
          talentUserId: STRANGER,
          eventId: null,
          note: '招聘会上交流',
        }),
      ),
    ).toEqual({ code: 'INTENTION_TARGET_UNAVAILABLE', status: 422 });
    expect(intentions.rows.size).toBe(0);
  });
});
