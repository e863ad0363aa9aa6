import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type ChallengeDetail,
  type ChallengeInput,
  challengeInputSchema,
  type ChallengeRecord,
  type ChallengeStatus,
  type ChallengeSummary,
  type Page,
} from '@ihaigui/shared';
import { AccountService } from '../account/account.service';
import { AuditService } from '../audit/audit.service';
import { STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, window } from '../common/db/paging';
import { AppException } from '../common/errors/app.exception';
import { addDays, endOfLocalDate, localDate } from '../common/time/local-date';
import { reviewOutcomeMessage } from '../notification/message-text';
import { NotificationService } from '../notification/notification.service';
import { requireVerified } from '../organization/organization.service';
import { CONTENT_CHECK_CLIENT, type ContentCheck } from '../wechat/content-check.client';
import type { ChallengeEntity } from './challenge.entity';
import { challengeText, challengeToInput, quotedTitle, toChallengeDetail, toChallengeRecord, toChallengeResponse, toChallengeSummary } from './challenge.mapper';
import { ChallengeRepository, ChallengeResponseRepository, type ChallengeWithOrg } from './challenge.repository';

const ENTITY_TYPE = 'challenge';
/** The furthest deadline an organisation may set, in days from today. */
export const CHALLENGE_MAX_DAYS = 365;

/** Which states each organisation action may start from. */
const ALLOWED_FROM: Record<'edit' | 'close', ChallengeStatus[]> = {
  edit: ['pending', 'rejected', 'open'],
  close: ['pending', 'rejected', 'open'],
};

/** How a content-check verdict is stored (risky text is never stored). */
type StoredCheck = 'pass' | 'review';

/**
 * 揭榜挂帅 challenges: verified organisations post them, the text passes the WeChat content check, staff review them,
 * and only open ones before their deadline take responses. Responses and the pick live in ChallengeResponseService.
 */
@Injectable()
export class ChallengeService {
  constructor(
    private readonly challenges: ChallengeRepository,
    private readonly responses: ChallengeResponseRepository,
    private readonly users: AccountService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    @Inject(CONTENT_CHECK_CLIENT) private readonly contentCheck: ContentCheck,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  // ---- public ----

  async listPublic(query: { page: number; pageSize: number; q?: string; field?: ChallengeInput['field'] }): Promise<Page<ChallengeSummary>> {
    const [rows, total] = await this.challenges.findPublicPage({ now: this.clock.now(), q: query.q, field: query.field, ...window(query) });
    return pageOf((rows as ChallengeWithOrg[]).map(toChallengeSummary), total, query);
  }

  /**
   * Open, awarded and closed challenges are public; one under review or rejected only to its organisation and staff.
   * A signed-in talent sees their own response and whether they may (still) respond.
   */
  async readPublic(id: number, user: AuthUser | null): Promise<ChallengeDetail> {
    const found = await this.challenges.findWithOrg(id);
    if (!found || !(await this.visibleTo(found, user))) throw AppException.notFound('CHALLENGE_NOT_FOUND', `challenge ${id} not visible`);
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
    if (!found || found.organizationId !== org.id) throw AppException.notFound('CHALLENGE_NOT_FOUND', `challenge ${id} not of org ${org.id}`);
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

  /** The whole text through the content check: risky → refused (nothing stored); otherwise pass or review. */
  private async checkText(text: string, userId: number): Promise<StoredCheck> {
    const user = await this.users.findActiveById(userId);
    const verdict = await this.contentCheck.check(text, user?.openid ?? null);
    if (verdict.suggest === 'risky') {
      throw new AppException('CONTENT_RISKY', 422, `content check: ${verdict.label}`, { reason: verdict.reason });
    }
    return verdict.suggest;
  }

  async create(userId: number, input: ChallengeInput): Promise<ChallengeRecord> {
    const org = await this.organizationOf(userId);
    requireVerified(org);
    const deadline = this.checkDeadline(input.deadline);
    // WeChat is asked before anything is written: a refused or failed check leaves nothing behind.
    const check = await this.checkText(challengeText(input), userId);
    const saved = await this.dataSource.transaction((em) => this.insertChecked(org.id, userId, input, deadline, check, 'challenge.create', em));
    return this.recordOf(saved.id);
  }

  private async insertChecked(
    organizationId: number,
    userId: number | null,
    input: ChallengeInput,
    deadline: { deadline: string; deadlineAt: Date },
    check: StoredCheck,
    action: string,
    em: EntityManager,
  ): Promise<ChallengeEntity> {
    const now = this.clock.now();
    const saved = await this.challenges.insert(
      { ...input, ...deadline, organizationId, createdBy: userId ?? 0, status: 'pending', contentCheck: check, createdAt: now, updatedAt: now },
      em,
    );
    await this.audit.insert({ actorId: userId, action, entityType: ENTITY_TYPE, entityId: saved.id, detail: { contentCheck: check } }, em);
    return saved;
  }

  /**
   * Demo data only (the seed; no route leads here): stores a challenge as already checked and opens it at
   * `publishedAt`. Demo text is written by the team, so it is not sent to WeChat.
   */
  async createDemo(organizationId: number, input: ChallengeInput, publishedAt: Date, em: EntityManager): Promise<ChallengeEntity> {
    const saved = await this.insertChecked(organizationId, null, input, { deadline: input.deadline, deadlineAt: endOfLocalDate(input.deadline) }, 'pass', 'challenge.seed', em);
    await this.challenges.transition(saved.id, ['pending'], { status: 'open', publishedAt, updatedAt: publishedAt }, em);
    return saved;
  }

  async listOwn(userId: number, query: { page: number; pageSize: number; status?: ChallengeStatus }) {
    const org = await this.organizationOf(userId);
    const [rows, total] = await this.challenges.findOrgPage({ organizationId: org.id, status: query.status, ...window(query) });
    return pageOf((rows as ChallengeWithOrg[]).map(toChallengeRecord), total, query);
  }

  async readOwn(userId: number, id: number): Promise<ChallengeRecord> {
    return toChallengeRecord(await this.requireOwn(userId, id));
  }

  /** An edit is checked again and goes back to review, an open challenge too (awarded and closed ones stay as they are). */
  async update(userId: number, id: number, patch: Partial<ChallengeInput>): Promise<ChallengeRecord> {
    const current = await this.requireOwn(userId, id);
    if (!ALLOWED_FROM.edit.includes(current.status)) throw AppException.conflict('CHALLENGE_INVALID_TRANSITION', `edit from ${current.status}`);
    const definedPatch = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<ChallengeInput>;
    // The rules that span fields (budget order) must hold for the challenge as it will be.
    const checked = challengeInputSchema.safeParse({ ...challengeToInput(current), ...definedPatch });
    if (!checked.success) throw checked.error;
    const next = checked.data;
    const deadline = this.checkDeadline(next.deadline);
    const check = await this.checkText(challengeText(next), userId);
    await this.dataSource.transaction(async (em) => {
      const values: Partial<ChallengeEntity> = { ...next, ...deadline, status: 'pending', contentCheck: check, rejectReason: null, updatedAt: this.clock.now() };
      if (!(await this.challenges.transition(id, ALLOWED_FROM.edit, values, em))) {
        throw AppException.conflict('CHALLENGE_INVALID_TRANSITION', 'changed meanwhile');
      }
      await this.audit.insert(
        { actorId: userId, action: 'challenge.update', entityType: ENTITY_TYPE, entityId: id, detail: { from: current.status, fields: Object.keys(definedPatch).sort(), contentCheck: check } },
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
      await this.audit.insert({ actorId: userId, action: 'challenge.close', entityType: ENTITY_TYPE, entityId: id, detail: { responses: live.length } }, em);
      const title = quotedTitle(current);
      for (const r of live) {
        await this.notifications.notify(
          r.userId,
          {
            kind: 'challenge_response',
            title: { zh: '揭榜结果：榜单已结束', en: 'Challenge closed' },
            body: {
              zh: `${current.organization.name}已结束榜单${title.zh}，未选定方案。感谢您的参与！`,
              en: `${current.organization.name} closed the challenge ${title.en} without picking a response. Thank you for taking part!`,
            },
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
  async review(staffId: number, id: number, decision: { decision: 'approve' | 'reject'; reason: string | null }): Promise<ChallengeRecord> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (em) => {
      const current = await this.challenges.findById(id, em);
      if (!current) throw AppException.notFound('CHALLENGE_NOT_FOUND', `challenge ${id}`);
      const approve = decision.decision === 'approve';
      const values: Partial<ChallengeEntity> = approve
        ? // An open challenge that was edited keeps its first publication time.
          { status: 'open', publishedAt: current.publishedAt ?? now, rejectReason: null, updatedAt: now }
        : { status: 'rejected', rejectReason: decision.reason, updatedAt: now };
      if (!(await this.challenges.transition(id, ['pending'], values, em))) {
        throw AppException.conflict('CHALLENGE_INVALID_TRANSITION', `review from ${current.status}`);
      }
      await this.audit.insert(
        { actorId: staffId, action: approve ? 'challenge.approve' : 'challenge.reject', entityType: ENTITY_TYPE, entityId: id, detail: approve ? {} : { reason: decision.reason } },
        em,
      );
      await this.notifications.notifyOrganization(
        current.organizationId,
        reviewOutcomeMessage({
          kind: 'challenge_review',
          noun: { zh: '榜单', en: 'Challenge' },
          title: quotedTitle(current),
          nowOpen: { zh: '现已公开张榜', en: 'is now open to talents' },
          approved: approve,
          reason: decision.reason,
          link: { page: 'orgChallenges', id },
        }),
        em,
      );
    });
    return this.recordOf(id);
  }

  private async recordOf(id: number): Promise<ChallengeRecord> {
    const found = await this.challenges.findWithOrg(id);
    if (!found) throw AppException.notFound('CHALLENGE_NOT_FOUND', `challenge ${id}`);
    return toChallengeRecord(found);
  }
}
