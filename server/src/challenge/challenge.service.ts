import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type ChallengeDetail,
  type ChallengeInput,
  challengeInputSchema,
  type ChallengeRecord,
  type ChallengeStatus,
  type ChallengeSummary,
  type Page,
} from '@ihaigui/shared';
import { AuditService } from '../audit/audit.service';
import { STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, window } from '../common/db/paging';
import { AppException } from '../common/errors/app.exception';
import { addDays, endOfLocalDate, localDate } from '../common/time/local-date';
import { type ModeratedKind, ModerationService } from '../moderation/moderation.service';
import { NotificationService } from '../notification/notification.service';
import { requireVerified } from '../organization/organization.service';
import type { ChallengeEntity } from './challenge.entity';
import { CHALLENGE_MESSAGES as M } from './challenge.messages';
import {
  challengeText,
  challengeToInput,
  quotedTitle,
  toChallengeDetail,
  toChallengeRecord,
  toChallengeResponse,
  toChallengeSummary,
} from './challenge.mapper';
import { ChallengeRepository, ChallengeResponseRepository, type ChallengeWithOrg } from './challenge.repository';

const ENTITY_TYPE = 'challenge';
/** The furthest deadline an organisation may set, in days from today. */
export const CHALLENGE_MAX_DAYS = 365;

/** Which states each organisation action may start from. */
const ALLOWED_FROM: Record<'edit' | 'close', ChallengeStatus[]> = {
  edit: ['pending', 'rejected', 'open'],
  close: ['pending', 'rejected', 'open'],
};

/**
 * 揭榜挂帅 challenges: verified organisations post them, the text passes the WeChat content check, staff review them,
 * and only open ones before their deadline take responses. Responses and the pick live in ChallengeResponseService.
 */
@Injectable()
export class ChallengeService {
  constructor(
    private readonly challenges: ChallengeRepository,
    private readonly responses: ChallengeResponseRepository,
    private readonly moderation: ModerationService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Challenges in the moderation workflow; an open challenge that was edited keeps its first publication time. */
  private readonly moderated: ModeratedKind<ChallengeEntity> = {
    entityType: ENTITY_TYPE,
    notFoundCode: 'CHALLENGE_NOT_FOUND',
    invalidTransitionCode: 'CHALLENGE_INVALID_TRANSITION',
    approvedStatus: 'open',
    findById: (id, em) => this.challenges.findById(id, em),
    transition: (id, from, values, em) => this.challenges.transition(id, from, values, em),
    reviewStamp: (_staffId, now) => ({ updatedAt: now }),
    outcome: {
      kind: 'challenge_review',
      noun: M.noun,
      nowOpen: M.nowOpen,
      title: quotedTitle,
      link: (id) => ({ page: 'orgChallenges', id }),
    },
  };

  // ---- public ----

  async listPublic(query: {
    page: number;
    pageSize: number;
    q?: string;
    field?: ChallengeInput['field'];
  }): Promise<Page<ChallengeSummary>> {
    const [rows, total] = await this.challenges.findPublicPage({
      now: this.clock.now(),
      q: query.q,
      field: query.field,
      ...window(query),
    });
    return pageOf((rows as ChallengeWithOrg[]).map(toChallengeSummary), total, query);
  }

  /**
   * Open, awarded and closed challenges are public; one under review or rejected only to its organisation and staff.
   * A signed-in talent sees their own response and whether they may (still) respond.
   */
  async readPublic(id: number, user: AuthUser | null): Promise<ChallengeDetail> {
    const found = await this.challenges.findWithOrg(id);
    if (!found || !(await this.visibleTo(found, user)))
      throw AppException.notFound('CHALLENGE_NOT_FOUND', `challenge ${id} not visible`);
    const mine = user?.role === 'talent' ? await this.responses.findRowOfUser(id, user.id) : null;
    const takesResponses = found.status === 'open' && found.deadlineAt.getTime() > this.clock.now().getTime();
    const canRespond = takesResponses && (!user || (user.role === 'talent' && (!mine || mine.status === 'withdrawn')));
    return toChallengeDetail(found, { myResponse: mine ? toChallengeResponse(mine) : null, canRespond });
  }

  private async visibleTo(c: ChallengeEntity, user: AuthUser | null): Promise<boolean> {
    if (c.status === 'open' || c.status === 'awarded' || c.status === 'closed') return true;
    if (!user) return false;
    if (STAFF_ROLES.includes(user.role)) return true;
    const org = await this.challenges.findOrganizationOfMember(user.id);
    return org?.id === c.organizationId;
  }

  // ---- the organisation ----

  /** The organisation the caller belongs to; a caller without one has no challenges. */
  async organizationOf(userId: number): Promise<{ id: number; name: string; status: string }> {
    const org = await this.challenges.findOrganizationOfMember(userId);
    if (!org) throw AppException.notFound('ORGANIZATION_NOT_FOUND', `user ${userId} has no organisation`);
    return org;
  }

  /** One of the caller's organisation's challenges; another organisation's does not exist for them. */
  async requireOwn(userId: number, id: number): Promise<ChallengeWithOrg> {
    const org = await this.organizationOf(userId);
    const found = await this.challenges.findWithOrg(id);
    if (!found || found.organizationId !== org.id)
      throw AppException.notFound('CHALLENGE_NOT_FOUND', `challenge ${id} not of org ${org.id}`);
    return found;
  }

  /** The last day must be after today and within a year of it. Returns the day and the instant it ends. */
  private checkDeadline(deadline: string): { deadline: string; deadlineAt: Date } {
    const today = localDate(this.clock.now());
    if (deadline <= today || deadline > addDays(today, CHALLENGE_MAX_DAYS)) {
      throw new AppException('CHALLENGE_DEADLINE_INVALID', 422, `deadline ${deadline} (today ${today})`);
    }
    return { deadline, deadlineAt: endOfLocalDate(deadline) };
  }

  async create(userId: number, input: ChallengeInput): Promise<ChallengeRecord> {
    const org = await this.organizationOf(userId);
    requireVerified(org);
    const deadline = this.checkDeadline(input.deadline);
    // WeChat is asked before anything is written: a refused or failed check leaves nothing behind.
    const check = await this.moderation.checkText(challengeText(input), userId);
    const saved = await this.dataSource.transaction(async (em) => {
      const now = this.clock.now();
      const inserted = await this.challenges.insert(
        {
          ...input,
          ...deadline,
          organizationId: org.id,
          createdBy: userId,
          ...this.moderation.pending(check),
          createdAt: now,
          updatedAt: now,
        },
        em,
      );
      await this.moderation.recordSubmission(
        ENTITY_TYPE,
        { actorId: userId, action: 'create', entityId: inserted.id, check },
        em,
      );
      return inserted;
    });
    return this.recordOf(saved.id);
  }

  async listOwn(userId: number, query: { page: number; pageSize: number; status?: ChallengeStatus }) {
    const org = await this.organizationOf(userId);
    const [rows, total] = await this.challenges.findOrgPage({
      organizationId: org.id,
      status: query.status,
      ...window(query),
    });
    return pageOf((rows as ChallengeWithOrg[]).map(toChallengeRecord), total, query);
  }

  async readOwn(userId: number, id: number): Promise<ChallengeRecord> {
    return toChallengeRecord(await this.requireOwn(userId, id));
  }

  /** An edit is checked again and goes back to review, an open challenge too (awarded and closed ones stay as they are). */
  async update(userId: number, id: number, patch: Partial<ChallengeInput>): Promise<ChallengeRecord> {
    const current = await this.requireOwn(userId, id);
    if (!ALLOWED_FROM.edit.includes(current.status))
      throw AppException.conflict('CHALLENGE_INVALID_TRANSITION', `edit from ${current.status}`);
    const definedPatch = Object.fromEntries(
      Object.entries(patch).filter(([, v]) => v !== undefined),
    ) as Partial<ChallengeInput>;
    // The rules that span fields (budget order) must hold for the challenge as it will be.
    const checked = challengeInputSchema.safeParse({ ...challengeToInput(current), ...definedPatch });
    if (!checked.success) throw checked.error;
    const next = checked.data;
    const deadline = this.checkDeadline(next.deadline);
    const check = await this.moderation.checkText(challengeText(next), userId);
    await this.dataSource.transaction(async (em) => {
      const values: Partial<ChallengeEntity> = {
        ...next,
        ...deadline,
        ...this.moderation.pending(check),
        updatedAt: this.clock.now(),
      };
      if (!(await this.challenges.transition(id, ALLOWED_FROM.edit, values, em))) {
        throw AppException.conflict('CHALLENGE_INVALID_TRANSITION', 'changed meanwhile');
      }
      await this.moderation.recordSubmission(
        ENTITY_TYPE,
        {
          actorId: userId,
          action: 'update',
          entityId: id,
          check,
          detail: { from: current.status, fields: Object.keys(definedPatch).sort() },
        },
        em,
      );
    });
    return this.recordOf(id);
  }

  /** Withdrawn by the organisation: responses still in the running end as not picked, and their authors are told. */
  async close(userId: number, id: number): Promise<ChallengeRecord> {
    const current = await this.requireOwn(userId, id);
    const now = this.clock.now();
    await this.dataSource.transaction(async (em) => {
      if (!(await this.challenges.transition(id, ALLOWED_FROM.close, { status: 'closed', updatedAt: now }, em))) {
        throw AppException.conflict('CHALLENGE_INVALID_TRANSITION', `close from ${current.status}`);
      }
      const live = await this.responses.findLiveOthers(id, null, em);
      await this.responses.markOthersNotPicked(id, null, now, em);
      await this.audit.insert(
        {
          actorId: userId,
          action: 'challenge.close',
          entityType: ENTITY_TYPE,
          entityId: id,
          detail: { responses: live.length },
        },
        em,
      );
      const title = quotedTitle(current);
      for (const r of live) {
        await this.notifications.notify(
          r.userId,
          {
            kind: 'challenge_response',
            title: M.closedTitle,
            body: M.closedBody(current.organization.name, title),
            link: { page: 'myResponses', id: r.id },
          },
          em,
        );
      }
    });
    return this.recordOf(id);
  }

  // ---- staff ----

  async listForStaff(query: { page: number; pageSize: number; view: ChallengeStatus }) {
    const [rows, total] = await this.challenges.findStaffPage({ status: query.view, ...window(query) });
    return pageOf((rows as ChallengeWithOrg[]).map(toChallengeRecord), total, query);
  }

  readForStaff(id: number): Promise<ChallengeRecord> {
    return this.recordOf(id);
  }

  /** Approve (open from now) or reject with a reason; the organisation's members are told either way. */
  async review(
    staffId: number,
    id: number,
    decision: { decision: 'approve' | 'reject'; reason: string | null },
  ): Promise<ChallengeRecord> {
    await this.moderation.review(this.moderated, staffId, id, decision);
    return this.recordOf(id);
  }

  private async recordOf(id: number): Promise<ChallengeRecord> {
    const found = await this.challenges.findWithOrg(id);
    if (!found) throw AppException.notFound('CHALLENGE_NOT_FOUND', `challenge ${id}`);
    return toChallengeRecord(found);
  }
}
