import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type IntentionDetail,
  INTENTION_FINAL,
  type IntentionSide,
  type IntentionSource,
  type IntentionStatus,
  type IntentionSummary,
  type MoveIntention,
  type Page,
} from '@ihaigui/shared';
import { AccountErasure } from '../account/account-erasure';
import { AuditService } from '../audit/audit.service';
import { STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, window } from '../common/db/paging';
import { isUniqueViolation } from '../common/db/unique-violation';
import { AppException } from '../common/errors/app.exception';
import { NotificationService } from '../notification/notification.service';
import { requireVerified } from '../organization/organization.service';
import type { IntentionEntity } from './intention.entity';
import { toIntentionDetail, toIntentionSummary, type IntentionViewerSide } from './intention.mapper';
import { type IntentionMessages, type IntentionNames, openedMessages, stepMessages } from './intention.messages';
import { IntentionRepository, type IntentionRow } from './intention.repository';
import { allowedMovesFor, ENGAGED_STATUSES, openKeyOf, STAMP_OF } from './intention.rules';

/** What opening an intention needs; other features (roadshow interest, a challenge pick) call `open`. */
export interface OpenIntention {
  organizationId: number;
  /** The talent side: the project's owner, or the talent proposed to. */
  talentUserId: number;
  projectId: number | null;
  source: IntentionSource;
  eventId?: number | null;
  challengeId?: number | null;
  proposedBy: IntentionSide;
  /** Who acted: a member of the organisation, the talent, or staff recording an offline start. */
  actor: { userId: number; side: IntentionSide | 'staff' };
  note: string | null;
}

/** An intention as its conversation sees it. */
export interface IntentionChatFacts {
  id: number;
  organizationId: number;
  organizationName: string;
  talentUserId: number;
  talentName: string;
  /** The project it is about, if any. */
  subject: { name: string; nameEn: string | null } | null;
  /** Declined, signed or withdrawn. */
  final: boolean;
}

const ENTITY_TYPE = 'intention';
/** MySQL/MariaDB may pick a loser among simultaneous inserts of the same key; it is a duplicate all the same. */
const DEADLOCK = 1213;

/**
 * 对接意向: an organisation and a project (its owner) or a talent, from proposal to landing agreement. Each step is
 * recorded with who, when and a note; the other side (both, for staff) is told of every step.
 */
@Injectable()
export class IntentionService implements OnModuleInit {
  constructor(
    private readonly intentions: IntentionRepository,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly erasure: AccountErasure,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // A deleted talent's intentions go with their steps and notes: they are about that person. Intentions an
    // organisation member took part in stay with the organisation (the member's steps show the organisation's name).
    this.erasure.register('intentions', async (userId, em) => {
      const ids = await this.intentions.findIdsOfTalent(userId, em);
      await this.intentions.deleteSteps(ids, em);
      await this.intentions.deleteAllOfTalent(userId, em);
    });
    this.erasure.registerExport('intentions', async (userId) =>
      (await this.intentions.findAllOfTalent(userId)).map(toIntentionSummary),
    );
  }

  /**
   * Opens an intention (status proposed, first step recorded) inside `em`'s transaction when given, else its own.
   * When an open intention already exists for the same organisation and project (or talent, without a project) it is
   * returned with created = false and nothing is written. The other side is notified after commit.
   */
  async open(input: OpenIntention, em?: EntityManager): Promise<{ intention: IntentionEntity; created: boolean }> {
    const openKey = openKeyOf(input.organizationId, input.projectId, input.talentUserId);
    const write = async (m: EntityManager) => {
      const existing = await this.intentions.findByOpenKey(openKey, m);
      if (existing) return { intention: existing, created: false };
      const now = this.clock.now();
      const intention = await this.intentions.insert(
        {
          organizationId: input.organizationId,
          talentUserId: input.talentUserId,
          projectId: input.projectId,
          source: input.source,
          eventId: input.eventId ?? null,
          challengeId: input.challengeId ?? null,
          proposedBy: input.proposedBy,
          proposedByUserId: input.actor.userId,
          status: 'proposed',
          openKey,
          createdAt: now,
          updatedAt: now,
        },
        m,
      );
      await this.intentions.insertStep(
        {
          intentionId: intention.id,
          status: 'proposed',
          actorUserId: input.actor.userId,
          actorSide: input.actor.side,
          note: input.note,
          offline: input.actor.side === 'staff',
          at: now,
        },
        m,
      );
      await this.send(intention, openedMessages(intention.id, await this.namesOf(intention, m), input.actor.side), m);
      return { intention, created: true };
    };
    try {
      // Inside the caller's transaction this is a savepoint: a lost race undoes only this part.
      return em ? await em.transaction(write) : await this.dataSource.transaction(write);
    } catch (err) {
      if (!isUniqueViolation(err) && !(isDeadlock(err) && !em)) throw err;
      // A simultaneous request opened the same pair first: theirs is the open intention (read past the caller's
      // snapshot when inside its transaction).
      const winner = await this.intentions.findByOpenKey(openKey, em, Boolean(em));
      if (!winner) throw err;
      return { intention: winner, created: false };
    }
  }

  // ---- the parties ----

  /** An organisation proposes to an accepted project (its owner) or to a talent whose profile is open to organisations. */
  async proposeToTalent(
    userId: number,
    input: { projectId: number | null; talentUserId: number | null; note: string },
  ): Promise<IntentionDetail> {
    const org = requireVerified(await this.intentions.findOrganizationOfMember(userId));
    let talentUserId: number;
    if (input.projectId !== null) {
      const project = await this.intentions.findProject(input.projectId);
      if (!project || project.status !== 'accepted') throw unavailable(`project ${input.projectId}`);
      talentUserId = project.ownerId;
    } else {
      talentUserId = input.talentUserId as number;
      const profile = await this.intentions.findProfileVisibility(talentUserId);
      if (!profile || profile.visibility === 'private') throw unavailable(`talent ${talentUserId}`);
    }
    const talent = await this.intentions.findActiveUser(talentUserId);
    if (!talent || talent.role !== 'talent') throw unavailable(`talent ${talentUserId}`);
    const { intention, created } = await this.open({
      organizationId: org.id,
      talentUserId,
      projectId: input.projectId,
      source: 'browse',
      proposedBy: 'organization',
      actor: { userId, side: 'organization' },
      note: input.note,
    });
    if (!created) throw AppException.conflict('INTENTION_EXISTS', `open intention ${intention.id}`);
    return this.detailFor(intention.id, 'organization');
  }

  /** A talent proposes to a verified organisation, optionally with one of their accepted projects. */
  async proposeToOrganization(
    userId: number,
    input: { organizationId: number; projectId: number | null; note: string },
  ): Promise<IntentionDetail> {
    const org = await this.intentions.findOrganization(input.organizationId);
    if (!org || org.status !== 'verified') throw unavailable(`organization ${input.organizationId}`);
    if (input.projectId !== null) {
      const project = await this.intentions.findProject(input.projectId);
      if (!project || project.ownerId !== userId || project.status !== 'accepted') {
        throw AppException.notFound(
          'PROJECT_NOT_FOUND',
          `project ${input.projectId} not an accepted project of user ${userId}`,
        );
      }
    }
    const { intention, created } = await this.open({
      organizationId: org.id,
      talentUserId: userId,
      projectId: input.projectId,
      source: 'browse',
      proposedBy: 'talent',
      actor: { userId, side: 'talent' },
      note: input.note,
    });
    if (!created) throw AppException.conflict('INTENTION_EXISTS', `open intention ${intention.id}`);
    return this.detailFor(intention.id, 'talent');
  }

  /**
   * Whether the organisation and the project's owner are engaged on it: an intention accepted or further on, not
   * declined or withdrawn. A proposal alone, or a closed one, gives the organisation nothing of the project's details.
   */
  organizationEngagedOnProject(organizationId: number, projectId: number): Promise<boolean> {
    return this.intentions.organizationHasIntentionIn(organizationId, projectId, ENGAGED_STATUSES);
  }

  /** What a conversation about the intention needs: its two parties, their names, what it is about, and whether it ended. */
  async chatFacts(id: number): Promise<IntentionChatFacts | null> {
    const row = await this.intentions.findRow(id);
    if (!row) return null;
    return {
      id: row.id,
      organizationId: row.organizationId,
      organizationName: row.organization?.name ?? '',
      talentUserId: row.talentUserId,
      talentName: row.talent?.displayName ?? '',
      subject: row.project ? { name: row.project.name, nameEn: row.project.nameEn } : null,
      final: INTENTION_FINAL.includes(row.status),
    };
  }

  async listMine(
    userId: number,
    query: { page: number; pageSize: number; status?: IntentionStatus },
  ): Promise<Page<IntentionSummary>> {
    const [rows, total] = await this.intentions.findPage({
      talentUserId: userId,
      status: query.status,
      ...window(query),
    });
    return pageOf(rows.map(toIntentionSummary), total, query);
  }

  /** The intentions of the caller's organisation; a caller without one has none to see. */
  async listForOrganization(
    userId: number,
    query: { page: number; pageSize: number; status?: IntentionStatus },
  ): Promise<Page<IntentionSummary>> {
    const org = await this.intentions.findOrganizationOfMember(userId);
    if (!org) throw AppException.notFound('ORGANIZATION_NOT_FOUND', `user ${userId} has no organisation`);
    const [rows, total] = await this.intentions.findPage({
      organizationId: org.id,
      status: query.status,
      ...window(query),
    });
    return pageOf(rows.map(toIntentionSummary), total, query);
  }

  /** The two parties and staff see an intention with its notes; for anyone else it does not exist. */
  async read(user: AuthUser, id: number): Promise<IntentionDetail> {
    const row = await this.intentions.findRow(id);
    const side = row ? await this.sideOf(user, row, true) : null;
    if (!row || !side)
      throw AppException.notFound('INTENTION_NOT_FOUND', `intention ${id} not visible to user ${user.id}`);
    return this.present(row, side);
  }

  /** A party's step. */
  async move(user: AuthUser, id: number, input: MoveIntention): Promise<IntentionDetail> {
    const current = await this.intentions.findById(id);
    const side = current ? await this.sideOf(user, current, false) : null;
    if (!current || !side || side === 'staff')
      throw AppException.notFound('INTENTION_NOT_FOUND', `intention ${id} not of user ${user.id}`);
    await this.step(current, { userId: user.id, side }, input, false);
    return this.detailFor(id, side);
  }

  // ---- staff ----

  async listForStaff(query: {
    page: number;
    pageSize: number;
    status?: IntentionStatus;
    eventId?: number;
  }): Promise<Page<IntentionSummary>> {
    const [rows, total] = await this.intentions.findPage({
      status: query.status,
      eventId: query.eventId,
      ...window(query),
    });
    return pageOf(rows.map(toIntentionSummary), total, query);
  }

  /** An intention that began offline (at a fair, a visit), recorded by staff; both sides are told. */
  async createOffline(
    staffId: number,
    input: {
      organizationId: number;
      projectId: number | null;
      talentUserId: number | null;
      eventId: number | null;
      note: string;
    },
  ): Promise<IntentionDetail> {
    const org = await this.intentions.findOrganization(input.organizationId);
    if (!org) throw AppException.notFound('ORGANIZATION_NOT_FOUND', `organization ${input.organizationId}`);
    if (org.status !== 'verified') throw unavailable(`organization ${input.organizationId} not verified`);
    let talentUserId = input.talentUserId;
    if (input.projectId !== null) {
      const project = await this.intentions.findProject(input.projectId);
      if (!project) throw AppException.notFound('PROJECT_NOT_FOUND', `project ${input.projectId}`);
      if (talentUserId !== null && talentUserId !== project.ownerId)
        throw unavailable(`talent ${talentUserId} does not own project ${project.id}`);
      talentUserId = project.ownerId;
    }
    const talent = await this.intentions.findActiveUser(talentUserId as number);
    if (!talent || talent.role !== 'talent') throw unavailable(`talent ${talentUserId}`);
    if (input.eventId !== null && !(await this.intentions.eventExists(input.eventId))) {
      throw AppException.notFound('EVENT_NOT_FOUND', `event ${input.eventId}`);
    }
    const opened = await this.dataSource.transaction(async (em) => {
      // Offline starts are usually an organisation's interest at a fair, so the talent side is the one to accept.
      const result = await this.open(
        {
          organizationId: org.id,
          talentUserId: talent.id,
          projectId: input.projectId,
          source: 'offline',
          eventId: input.eventId,
          proposedBy: 'organization',
          actor: { userId: staffId, side: 'staff' },
          note: input.note,
        },
        em,
      );
      if (result.created) {
        await this.audit.insert(
          {
            actorId: staffId,
            action: 'intention.create_offline',
            entityType: ENTITY_TYPE,
            entityId: result.intention.id,
          },
          em,
        );
      }
      return result;
    });
    if (!opened.created) throw AppException.conflict('INTENTION_EXISTS', `open intention ${opened.intention.id}`);
    return this.detailFor(opened.intention.id, 'staff');
  }

  /** A step made outside the portal, recorded by staff for either side (any step the state allows). */
  async recordStep(staffId: number, id: number, input: MoveIntention): Promise<IntentionDetail> {
    const current = await this.intentions.findById(id);
    if (!current) throw AppException.notFound('INTENTION_NOT_FOUND', `intention ${id}`);
    await this.step(current, { userId: staffId, side: 'staff' }, input, true);
    return this.detailFor(id, 'staff');
  }

  // ---- internals ----

  /**
   * One step in one transaction: the status (only if nobody moved it meanwhile), the time of the step, the landing
   * facts of a landing agreement, the step row, the audit entry for staff, and the message to the other side.
   */
  private async step(
    current: IntentionEntity,
    actor: { userId: number; side: IntentionViewerSide },
    input: MoveIntention,
    offline: boolean,
  ): Promise<void> {
    if (!allowedMovesFor(current, actor.side).includes(input.status)) {
      throw AppException.conflict('INTENTION_INVALID_TRANSITION', `${actor.side}: ${current.status} → ${input.status}`);
    }
    const now = this.clock.now();
    const values: Partial<IntentionEntity> = { status: input.status, updatedAt: now };
    const stamp = STAMP_OF[input.status];
    if (stamp) (values as Record<string, unknown>)[stamp] = now;
    if (INTENTION_FINAL.includes(input.status)) values.openKey = null;
    if (input.status === 'signed') {
      values.registeredCapital = input.registeredCapital;
      values.investmentAmount = input.investmentAmount;
      values.district = input.district;
    }
    await this.dataSource.transaction(async (em) => {
      if (!(await this.intentions.transition(current.id, current.status, values, em))) {
        throw AppException.conflict('INTENTION_INVALID_TRANSITION', `intention ${current.id} changed meanwhile`);
      }
      await this.intentions.insertStep(
        {
          intentionId: current.id,
          status: input.status,
          actorUserId: actor.userId,
          actorSide: actor.side,
          note: input.note ?? null,
          offline,
          at: now,
        },
        em,
      );
      if (actor.side === 'staff') {
        await this.audit.insert(
          {
            actorId: actor.userId,
            action: 'intention.step',
            entityType: ENTITY_TYPE,
            entityId: current.id,
            detail: { from: current.status, to: input.status },
          },
          em,
        );
      }
      await this.send(
        current,
        stepMessages(current.id, await this.namesOf(current, em), actor.side, input.status, input.note ?? null),
        em,
      );
    });
  }

  /**
   * The caller's side: the talent, a member of the organisation, or (when `staffToo`) staff. A staff member who is
   * also a party sees it as that party.
   */
  private async sideOf(
    user: AuthUser,
    intention: Pick<IntentionEntity, 'talentUserId' | 'organizationId'>,
    staffToo: boolean,
  ): Promise<IntentionViewerSide | null> {
    if (intention.talentUserId === user.id) return 'talent';
    const org = await this.intentions.findOrganizationOfMember(user.id);
    if (org && org.id === intention.organizationId) return 'organization';
    if (staffToo && STAFF_ROLES.includes(user.role)) return 'staff';
    return null;
  }

  private async detailFor(id: number, side: IntentionViewerSide): Promise<IntentionDetail> {
    const row = await this.intentions.findRow(id);
    if (!row) throw AppException.notFound('INTENTION_NOT_FOUND', `intention ${id}`);
    return this.present(row, side);
  }

  private async present(row: IntentionRow, side: IntentionViewerSide): Promise<IntentionDetail> {
    const steps = await this.intentions.findSteps(row.id);
    return toIntentionDetail(row, steps, side, allowedMovesFor(row, side));
  }

  /** Tells the other side (both, for staff) through their inbox, in the caller's transaction. */
  private async send(intention: IntentionEntity, messages: IntentionMessages, em: EntityManager): Promise<void> {
    if (messages.toTalent) await this.notifications.notify(intention.talentUserId, messages.toTalent, em);
    if (messages.toOrganization)
      await this.notifications.notifyOrganization(intention.organizationId, messages.toOrganization, em);
  }

  private async namesOf(intention: IntentionEntity, em: EntityManager): Promise<IntentionNames> {
    const [org, talent, project] = await Promise.all([
      this.intentions.findOrganization(intention.organizationId, em),
      this.intentions.findActiveUser(intention.talentUserId, em),
      intention.projectId ? this.intentions.findProject(intention.projectId, em) : Promise.resolve(null),
    ]);
    return {
      organization: org?.name ?? '',
      talent: talent?.displayName ?? '',
      project: project ? { name: project.name, nameEn: project.nameEn } : null,
    };
  }
}

function unavailable(detail: string): AppException {
  return new AppException('INTENTION_TARGET_UNAVAILABLE', 422, detail);
}

function isDeadlock(err: unknown): boolean {
  const e = err as { errno?: number; driverError?: { errno?: number } } | null;
  return (e?.driverError?.errno ?? e?.errno) === DEADLOCK;
}
