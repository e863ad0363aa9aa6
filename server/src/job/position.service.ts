import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CLOSE_REASON_LABELS,
  DEGREE_RANK,
  type FavoriteState,
  type Page,
  type PageQuery,
  type PositionDetail,
  type PositionInput,
  positionInputSchema,
  type PositionListQuery,
  type PositionPage,
  type PositionRecord,
  type PositionStatus,
  type PositionSummary,
  POSITION_DEFAULT_DAYS,
  POSITION_MAX_DAYS,
  POSITION_REMINDER_DAYS,
  type ReviewPosition,
  type StaffPositionQuery,
  type UpdatePosition,
} from '@ihaigui/shared';
import { AccountErasure } from '../account/account-erasure';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, window } from '../common/db/paging';
import { AppException } from '../common/errors/app.exception';
import { addDays, endOfLocalDate, localDate } from '../common/time/local-date';
import { FavoriteService } from '../favorite/favorite.service';
import { quoted as quotedText } from '../notification/message-text';
import { OrganizationService } from '../organization/organization.service';
import { type ModeratedKind, ModerationService } from '../moderation/moderation.service';
import { WXACODE_CLIENT, type Wxacode, type WxacodeImage } from '../wechat/wxacode.client';
import { JOB_MESSAGES as M } from './job.messages';
import type { PositionEntity } from './position.entity';
import {
  positionText,
  toPositionColumns,
  toPositionDetail,
  toPositionRecord,
  toPositionSummary,
} from './position.mapper';
import { PositionChannelRepository, PositionRepository, type PositionWithOrg } from './position.repository';

const ENTITY_TYPE = 'position';
const DAY_MS = 24 * 60 * 60 * 1000;
/** The mini-app page a position opens on, for share links and mini-program codes. */
export const POSITION_PAGE = 'packages/job/detail/index';

/** Which states each owner action may start from. */
const ALLOWED_FROM: Record<'edit' | 'close' | 'extend', PositionStatus[]> = {
  edit: ['pending', 'approved', 'rejected'],
  close: ['pending', 'approved', 'rejected'],
  extend: ['pending', 'approved'],
};

/** The stored position as the enterprise's form, to check an edit against the whole-record rules. */
function entityToInput(p: PositionEntity): PositionInput {
  return {
    title: p.title,
    titleEn: p.titleEn,
    function: p.function,
    industry: p.industry,
    city: p.city,
    district: p.district,
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    negotiable: p.negotiable,
    minDegree: p.minDegree,
    experienceYears: p.experienceYears,
    headcount: p.headcount,
    description: p.description,
    descriptionEn: p.descriptionEn,
    requirements: p.requirements,
    requirementsEn: p.requirementsEn,
    benefits: p.benefits,
    languages: p.languages,
    expiresOn: p.expiresOn,
  };
}

/** "「高级算法工程师」" / "“Senior algorithm engineer”" for messages. */
function quoted(p: Pick<PositionEntity, 'title' | 'titleEn'>) {
  return quotedText(p.title, p.titleEn);
}

/** The share channel carried by a mini-program code: `p=<id>&c=<channel>`, at most 32 characters. */
export function shareScene(positionId: number, channel: string): string {
  return `p=${positionId}&c=${channel}`;
}

/**
 * Positions: enterprises of verified organisations post them, the text passes the WeChat content check, staff
 * review them, and only approved, unexpired ones are public. Each posting lives at most 90 days from publication and
 * may be extended once; the expiry job (PositionExpiryService) closes it at the end.
 */
@Injectable()
export class PositionService implements OnModuleInit {
  constructor(
    private readonly positions: PositionRepository,
    private readonly channels: PositionChannelRepository,
    private readonly favorites: FavoriteService,
    private readonly organizations: OrganizationService,
    private readonly audit: AuditService,
    private readonly moderation: ModerationService,
    private readonly erasure: AccountErasure,
    private readonly dataSource: DataSource,
    @Inject(WXACODE_CLIENT) private readonly codes: Wxacode,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Positions in the moderation workflow; an approved posting that was edited keeps its first publication date (the 90-day limit counts from it). */
  private readonly moderated: ModeratedKind<PositionEntity> = {
    entityType: ENTITY_TYPE,
    notFoundCode: 'POSITION_NOT_FOUND',
    invalidTransitionCode: 'POSITION_INVALID_TRANSITION',
    approvedStatus: 'approved',
    findById: (id, em) => this.positions.findById(id, em),
    transition: (id, from, values, em) => this.positions.transition(id, from, values, em),
    reviewStamp: (staffId, now) => ({ reviewedBy: staffId, reviewedAt: now }),
    outcome: {
      kind: 'position_review',
      noun: M.noun,
      nowOpen: M.nowOpen,
      title: quoted,
      link: (id) => ({ page: 'orgPositionEdit', id }),
    },
  };

  onModuleInit(): void {
    // A deleted account's bookmarks go, and the counts they added with them.
    this.erasure.register('position-favorites', async (userId, em) => {
      const ids = await this.favorites.findTargetsOf(userId, 'position', em);
      await this.favorites.removeAllOf(userId, 'position', em);
      await this.positions.decrementFavoriteCounts(ids, em);
    });
    this.erasure.registerExport('savedPositions', async (userId) => {
      const saved = await this.favorites.findSavedOf(userId, 'position');
      const titles = new Map(
        (await this.positions.findTitles(saved.map((f) => f.targetId))).map((p) => [p.id, p.title]),
      );
      return saved.map((f) => ({
        positionId: f.targetId,
        title: titles.get(f.targetId) ?? '',
        savedAt: f.createdAt.toISOString(),
      }));
    });
  }

  private today(): string {
    return localDate(this.clock.now());
  }

  // ---- talents (public) ----

  async listPublic(query: PositionListQuery): Promise<PositionPage> {
    const now = this.clock.now();
    const [rows, total] = await this.positions.findPublicPage({
      now,
      q: query.q,
      industry: query.industry,
      function: query.function,
      district: query.district,
      maxDegreeRank: query.minDegree ? DEGREE_RANK[query.minDegree] : undefined,
      minSalary: query.minSalary,
      publishedSince: query.postedWithin ? new Date(now.getTime() - Number(query.postedWithin) * DAY_MS) : undefined,
      ...window(query),
    });
    return pageOf((rows as PositionWithOrg[]).map(toPositionSummary), total, query);
  }

  /** A talent opening a position: counts the view (and the channel's, when it came through a share link). */
  /** The public title of one item, for other features that link to it (null when it is not public). */
  async publicTitle(id: number): Promise<{ title: string; titleEn: string | null } | null> {
    const found = await this.positions.findOpenById(id, this.clock.now());
    return found ? { title: found.title, titleEn: found.titleEn } : null;
  }

  async readPublic(id: number, userId: number | null, channel: string | undefined): Promise<PositionDetail> {
    const found = await this.positions.findOpenById(id, this.clock.now());
    if (!found) throw AppException.notFound('POSITION_NOT_FOUND', `position ${id} not public`);
    const viewer = userId ? await this.positions.findViewerState(id, userId) : { favorited: false, applied: false };
    await this.positions.incrementViewCount(id);
    if (channel) await this.channels.countView(id, channel);
    return toPositionDetail(found, viewer);
  }

  async favorite(userId: number, id: number, on: boolean): Promise<FavoriteState> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (em) => {
      const position = await this.positions.findById(id, em);
      // Saving needs a public posting; removing works whatever became of it.
      if (!position || (on && (position.status !== 'approved' || position.expiresAt <= now))) {
        throw AppException.notFound('POSITION_NOT_FOUND', `position ${id} not public`);
      }
      const changed = on
        ? await this.favorites.add(userId, 'position', id, em)
        : await this.favorites.remove(userId, 'position', id, em);
      if (changed) await this.positions.addToFavoriteCount(id, on ? 1 : -1, em);
      return { favorited: on, favoriteCount: await this.positions.findFavoriteCount(id, em) };
    });
  }

  async listFavorites(userId: number, query: PageQuery): Promise<Page<PositionSummary>> {
    const [rows, total] = await this.positions.findFavoritePage(userId, this.clock.now(), window(query));
    return pageOf((rows as PositionWithOrg[]).map(toPositionSummary), total, query);
  }

  // ---- enterprise ----

  /** The verified organisation the caller belongs to (the access rule has checked it is verified). */
  private async organizationOf(userId: number): Promise<number> {
    return (await this.organizations.requireVerifiedForMember(userId)).id;
  }

  /** A position of the caller's organisation; another organisation's does not exist for them. */
  private async requireOwn(userId: number, id: number, manager?: EntityManager): Promise<PositionWithOrg> {
    const organizationId = await this.organizationOf(userId);
    const found = await this.positions.findWithOrg(id, manager);
    if (!found || found.organizationId !== organizationId)
      throw AppException.notFound('POSITION_NOT_FOUND', `position ${id} not of org ${organizationId}`);
    return found;
  }

  /**
   * The last day must be after today and within 90 days of publication (of today while it is not yet published).
   * Returns the day and the instant it ends.
   */
  private checkExpiry(expiresOn: string, publishedAt: Date | null): { expiresOn: string; expiresAt: Date } {
    const today = this.today();
    const base = publishedAt ? localDate(publishedAt) : today;
    if (expiresOn <= today || expiresOn > addDays(base, POSITION_MAX_DAYS)) {
      throw new AppException(
        'POSITION_EXPIRY_INVALID',
        422,
        `expiresOn ${expiresOn} (today ${today}, published ${base})`,
      );
    }
    return { expiresOn, expiresAt: endOfLocalDate(expiresOn) };
  }

  async create(userId: number, input: PositionInput): Promise<PositionRecord> {
    const organizationId = await this.organizationOf(userId);
    const expiry = this.checkExpiry(input.expiresOn ?? addDays(this.today(), POSITION_DEFAULT_DAYS), null);
    // WeChat is asked before anything is written: a refused or failed check leaves nothing behind.
    const check = await this.moderation.checkText(positionText(input), userId);
    const saved = await this.dataSource.transaction(async (em) => {
      const inserted = await this.positions.insert(
        {
          ...toPositionColumns(input),
          ...expiry,
          organizationId,
          createdBy: userId,
          ...this.moderation.pending(check),
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

  async listOwn(userId: number, query: PageQuery & { status?: PositionStatus }) {
    const organizationId = await this.organizationOf(userId);
    const [rows, total] = await this.positions.findOrgPage({
      organizationId,
      status: query.status,
      ...window(query),
    });
    return pageOf((rows as PositionWithOrg[]).map(toPositionRecord), total, query);
  }

  async readOwn(userId: number, id: number): Promise<PositionRecord> {
    return toPositionRecord(await this.requireOwn(userId, id));
  }

  /** An edit is checked again and goes back to review, whatever state it was in (closed postings stay closed). */
  async update(userId: number, id: number, patch: UpdatePosition): Promise<PositionRecord> {
    const current = await this.requireOwn(userId, id);
    if (!ALLOWED_FROM.edit.includes(current.status))
      throw AppException.conflict('POSITION_INVALID_TRANSITION', `edit from ${current.status}`);
    const definedPatch = Object.fromEntries(
      Object.entries(patch).filter(([, v]) => v !== undefined),
    ) as Partial<PositionInput>;
    // The rules that span fields (salary order, a salary or "negotiable") must hold for the position as it will be.
    const checked = positionInputSchema.safeParse({
      ...entityToInput(current),
      ...definedPatch,
      expiresOn: patch.expiresOn ?? current.expiresOn,
    });
    if (!checked.success) throw checked.error;
    const next = checked.data;
    const expiry =
      patch.expiresOn && patch.expiresOn !== current.expiresOn
        ? this.checkExpiry(patch.expiresOn, current.publishedAt)
        : { expiresOn: current.expiresOn, expiresAt: current.expiresAt };
    const check = await this.moderation.checkText(positionText(next), userId);
    await this.dataSource.transaction(async (em) => {
      const values: Partial<PositionEntity> = {
        ...toPositionColumns(next),
        ...expiry,
        ...this.moderation.pending(check),
        reviewedBy: null,
        reviewedAt: null,
      };
      // A later expiry deserves its own reminder.
      if (expiry.expiresAt.getTime() > current.expiresAt.getTime()) values.reminderSentAt = null;
      if (!(await this.positions.transition(id, ALLOWED_FROM.edit, values, em))) {
        throw AppException.conflict('POSITION_INVALID_TRANSITION', 'changed meanwhile');
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

  async close(userId: number, id: number, reason: 'filled' | 'withdrawn'): Promise<PositionRecord> {
    const current = await this.requireOwn(userId, id);
    await this.dataSource.transaction(async (em) => {
      if (!(await this.positions.transition(id, ALLOWED_FROM.close, { status: 'closed', closeReason: reason }, em))) {
        throw AppException.conflict('POSITION_INVALID_TRANSITION', `close from ${current.status}`);
      }
      await this.audit.insert(
        { actorId: userId, action: 'position.close', entityType: ENTITY_TYPE, entityId: id, detail: { reason } },
        em,
      );
    });
    return this.recordOf(id);
  }

  /** Once per position, to a later day within 90 days of publication; the reminder is due again for the new day. */
  async extend(userId: number, id: number, expiresOn: string): Promise<PositionRecord> {
    const current = await this.requireOwn(userId, id);
    if (!ALLOWED_FROM.extend.includes(current.status))
      throw AppException.conflict('POSITION_INVALID_TRANSITION', `extend from ${current.status}`);
    if (current.extended) throw AppException.conflict('POSITION_ALREADY_EXTENDED', `position ${id}`);
    if (expiresOn <= current.expiresOn)
      throw new AppException('POSITION_EXPIRY_INVALID', 422, `extend to ${expiresOn}, before ${current.expiresOn}`);
    const expiry = this.checkExpiry(expiresOn, current.publishedAt);
    await this.dataSource.transaction(async (em) => {
      const moved = await this.positions.extendOnce(id, ALLOWED_FROM.extend, expiry, em);
      if (!moved) throw AppException.conflict('POSITION_ALREADY_EXTENDED', `position ${id} changed meanwhile`);
      await this.audit.insert(
        {
          actorId: userId,
          action: 'position.extend',
          entityType: ENTITY_TYPE,
          entityId: id,
          detail: { from: current.expiresOn, to: expiresOn },
        },
        em,
      );
    });
    return this.recordOf(id);
  }

  // ---- channels (overseas liaison) ----

  async share(userId: number, id: number, channel: string) {
    const position = await this.requireOwn(userId, id);
    return {
      channel,
      path: `${POSITION_PAGE}?id=${position.id}&ch=${channel}`,
      scene: shareScene(position.id, channel),
    };
  }

  async wxacode(userId: number, id: number, channel: string): Promise<WxacodeImage> {
    const position = await this.requireOwn(userId, id);
    return this.codes.getUnlimited({ scene: shareScene(position.id, channel), page: POSITION_PAGE });
  }

  async channelStats(userId: number, id: number) {
    await this.requireOwn(userId, id);
    const rows = await this.channels.findByPosition(id);
    return { items: rows.map((r) => ({ channel: r.channel, views: r.views, applications: r.applications })) };
  }

  // ---- staff ----

  async listForStaff(query: StaffPositionQuery) {
    const [rows, total] = await this.positions.findStaffPage({
      view: query.view,
      soon: new Date(this.clock.now().getTime() + POSITION_REMINDER_DAYS * DAY_MS),
      ...window(query),
    });
    return pageOf((rows as PositionWithOrg[]).map(toPositionRecord), total, query);
  }

  async readForStaff(id: number): Promise<PositionRecord> {
    return this.recordOf(id);
  }

  /** Approve (public from now) or reject with a reason; the organisation's members are told either way. */
  async review(staffId: number, id: number, decision: ReviewPosition): Promise<PositionRecord> {
    await this.moderation.review(this.moderated, staffId, id, decision);
    return this.recordOf(id);
  }

  /** The message for a posting closed at its expiry (used by the expiry job). */
  static closedMessage(p: Pick<PositionEntity, 'id' | 'title' | 'titleEn'>) {
    return {
      kind: 'position_closed' as const,
      title: M.closedTitle(CLOSE_REASON_LABELS.expired),
      body: M.closedBody(quoted(p)),
      link: { page: 'orgPositionEdit', id: p.id },
    };
  }

  /** The reminder 5 days before expiry (used by the expiry job). */
  static expiringMessage(p: Pick<PositionEntity, 'id' | 'title' | 'titleEn' | 'expiresOn' | 'extended'>) {
    const title = quoted(p);
    return {
      kind: 'position_expiring' as const,
      title: M.expiringTitle,
      body: p.extended ? M.expiringBody(title, p.expiresOn) : M.expiringExtendableBody(title, p.expiresOn),
      link: { page: 'orgPositionEdit', id: p.id },
    };
  }

  // ---- for applications ----

  /** A position with its organisation's name, whatever its state (the applications feature decides what it accepts). */
  findWithOrg(id: number): Promise<PositionWithOrg | null> {
    return this.positions.findWithOrg(id);
  }

  /** Counts an application on the position and, when it came through a share link, on that channel (inside the application's transaction). */
  async countApplication(
    positionId: number,
    channel: string | null | undefined,
    manager: EntityManager,
  ): Promise<void> {
    await this.positions.incrementApplicationCount(positionId, manager);
    if (channel) await this.channels.countApplication(positionId, channel, manager);
  }

  private async recordOf(id: number): Promise<PositionRecord> {
    const found = await this.positions.findWithOrg(id);
    if (!found) throw AppException.notFound('POSITION_NOT_FOUND', `position ${id}`);
    return toPositionRecord(found);
  }
}
