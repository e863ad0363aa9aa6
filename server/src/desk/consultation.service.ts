import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type AskConsultation,
  type ConsultationDetail,
  type ConsultationStatus,
  type ConsultationSubjectType,
  type ConsultationSummary,
  DEFAULT_FIRST_RESPONSE_WORKING_DAYS,
  DEFAULT_RESOLUTION_WORKING_DAYS,
  MAX_DESK_ATTACHMENT_BYTES,
  type Page,
  REOPEN_DAYS,
  type StaffQueueView,
  STAFF_QUEUE_VIEWS,
  type ConsultationCategory,
  type DeskAttachment,
  type Locale,
} from '@ihaigui/shared';
import { AccountErasure } from '../account/account-erasure';
import { FileStorage } from '../account/file-storage';
import { AuditService } from '../audit/audit.service';
import { STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, window } from '../common/db/paging';
import { AppException } from '../common/errors/app.exception';
import { storedFileName } from '../common/file-name';
import type { Upload } from '../common/upload';
import { LivePublisher } from '../live/live-publisher';
import { ModerationService } from '../moderation/moderation.service';
import { NotificationService, type NotificationMessage } from '../notification/notification.service';
import { OrganizationService } from '../organization/organization.service';
import { runningTimers, pausedSecondsBetween, STOPPED } from './desk-timers';
import type { ConsultationEntity, DeskAttachmentEntity } from './desk.entity';
import { isOverdue, toConsultationDetail, toConsultationSummary, toDeskAttachment } from './desk.mapper';
import {
  assignedMessage,
  informationAddedMessage,
  reopenedMessage,
  replyMessage,
  resolvedMessage,
  waitingMessage,
} from './desk.messages';
import { type ConsultationRow, DeskRepository } from './desk.repository';
import { SUBJECT_TITLES, type SubjectTitles } from './subject-titles';
import { overridesOf, type CalendarOverrides } from './working-calendar';

const DAY_MS = 24 * 3600 * 1000;
const ENTITY_TYPE = 'consultation';

/** What a file's first bytes say it is; anything else is refused. */
export function deskMimeOf(data: Buffer): DeskAttachment['mime'] | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

const EXTENSION: Record<DeskAttachment['mime'], string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};

/** How the caller stands to a consultation. */
type Viewer = 'asker' | 'staff';

/**
 * 咨询: questions to the service station, answered by staff within targets counted in working days (see
 * desk-timers.ts). The asker and staff see a consultation; for anyone else it does not exist.
 */
@Injectable()
export class ConsultationService implements OnModuleInit {
  private readonly logger = new Logger('Consultations');

  constructor(
    private readonly desk: DeskRepository,
    private readonly notifications: NotificationService,
    private readonly moderation: ModerationService,
    private readonly organizations: OrganizationService,
    private readonly files: FileStorage,
    private readonly audit: AuditService,
    private readonly erasure: AccountErasure,
    private readonly live: LivePublisher,
    private readonly dataSource: DataSource,
    @Inject(SUBJECT_TITLES) private readonly titles: SubjectTitles,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // The asker's questions stay (anonymised) for the statistics; what they wrote and uploaded goes.
    this.erasure.register('consultations', async (userId, em) => {
      const keys = await this.desk.eraseAsker(userId, em);
      for (const key of keys) await this.files.remove(key).catch(() => undefined);
    });
    this.erasure.registerExport('consultations', async (userId) => {
      const [asked, written, uploaded] = await Promise.all([
        this.desk.findAllOfAsker(userId),
        this.desk.findMessagesOfAuthor(userId),
        this.desk.findAttachmentsOfUploader(userId),
      ]);
      return asked.map((c) => ({
        id: c.id,
        category: c.category,
        subject: c.subject,
        body: c.body,
        status: c.status,
        answerLocale: c.answerLocale,
        createdAt: c.createdAt.toISOString(),
        resolvedAt: c.resolvedAt ? c.resolvedAt.toISOString() : null,
        rating: c.ratingScore !== null ? { score: c.ratingScore, comment: c.ratingComment } : null,
        messages: written
          .filter((m) => m.consultationId === c.id)
          .map((m) => ({ body: m.body, createdAt: m.createdAt.toISOString() })),
        attachments: uploaded.filter((a) => a.consultationId === c.id).map((a) => a.fileName),
      }));
    });
  }

  // ---- attachments ----

  /** Stores one upload of the caller (JPEG, PNG or PDF by content); attached later by a question or a reply. */
  async upload(userId: number, upload: Upload): Promise<DeskAttachment> {
    if (upload.data.length > MAX_DESK_ATTACHMENT_BYTES) throw new AppException('DESK_ATTACHMENT_TOO_LARGE', 413);
    const mime = deskMimeOf(upload.data);
    if (!mime) throw new AppException('DESK_ATTACHMENT_TYPE', 400, 'not JPEG, PNG or PDF by content');
    const key = await this.files.put('desk', EXTENSION[mime], upload.data);
    try {
      const saved = await this.desk.insertAttachment({
        uploaderId: userId,
        storageKey: key,
        fileName: storedFileName(upload.fileName, EXTENSION[mime], 200),
        mime,
        size: upload.data.length,
        consultationId: null,
        messageId: null,
        createdAt: this.clock.now(),
      });
      return toDeskAttachment(saved);
    } catch (err) {
      await this.files.remove(key);
      throw err;
    }
  }

  /** The file, for its uploader, the asker of its consultation and staff; for anyone else it does not exist. */
  async download(user: AuthUser, id: number): Promise<{ fileName: string; mime: string; data: Buffer }> {
    const found = await this.desk.findAttachment(id);
    let allowed = Boolean(found && found.uploaderId === user.id);
    if (found && !allowed && found.consultationId !== null) {
      const c = await this.desk.findConsultation(found.consultationId);
      allowed = Boolean(c && (c.askerId === user.id || (await this.isStaff(user))));
    }
    if (!found || !allowed) throw AppException.notFound('DESK_ATTACHMENT_NOT_FOUND', `attachment ${id}`);
    return { fileName: found.fileName, mime: found.mime, data: await this.files.read(found.storageKey) };
  }

  // ---- the asker ----

  async ask(user: AuthUser, input: AskConsultation & { attachmentIds: number[] }): Promise<ConsultationDetail> {
    if (user.role === 'enterprise' && !(await this.organizations.findForMember(user.id))) {
      throw new AppException('FORBIDDEN', 403, `user ${user.id} is not an organisation member`);
    }
    const about = input.about ? await this.resolveAbout(input.about.type, input.about.id) : null;
    await this.moderation.checkText(`${input.subject}\n${input.body}`, user.id);
    const now = this.clock.now();
    const setting = await this.desk.findSetting(input.category);
    const overrides = await this.calendar();
    const base = {
      askerId: user.id,
      category: input.category,
      subject: input.subject,
      body: input.body,
      answerLocale: input.answerLocale as Locale,
      aboutType: about?.type ?? null,
      aboutId: about?.id ?? null,
      aboutTitle: about?.title ?? null,
      aboutTitleEn: about?.titleEn ?? null,
      status: 'open' as const,
      assigneeId: null,
      firstResponseDays: setting?.firstResponseDays ?? DEFAULT_FIRST_RESPONSE_WORKING_DAYS,
      resolutionDays: setting?.resolutionDays ?? DEFAULT_RESOLUTION_WORKING_DAYS,
      clockStartedAt: now,
      pausedSeconds: 0,
      waitingSince: null,
      firstResponseRemindedAt: null,
      resolutionRemindedAt: null,
      firstResponseOverdueAt: null,
      resolutionOverdueAt: null,
      firstRespondedAt: null,
      resolvedAt: null,
      resolvedWithinTarget: null,
      reopenCount: 0,
      ratingResolved: null,
      ratingScore: null,
      ratingComment: null,
      ratedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    const id = await this.dataSource.transaction(async (em) => {
      const created = await this.desk.insertConsultation({ ...base, ...runningTimers(base, overrides) }, em);
      await this.attach(input.attachmentIds, user.id, { consultationId: created.id, messageId: null }, em);
      return created.id;
    });
    return this.detailFor(id, user.id, 'asker');
  }

  async listMine(
    userId: number,
    query: { page: number; pageSize: number; status?: ConsultationStatus },
  ): Promise<Page<ConsultationSummary>> {
    const now = this.clock.now();
    const [rows, total] = await this.desk.findPage({ askerId: userId, status: query.status, now, ...window(query) });
    return pageOf(await this.summaries(rows, userId, false), total, query);
  }

  /** The asker or staff; marks the thread read for the caller. */
  async read(user: AuthUser, id: number): Promise<ConsultationDetail> {
    const c = await this.desk.findConsultation(id);
    const viewer = c ? await this.viewerOf(user, c) : null;
    if (!c || !viewer) throw notFound(id, user.id);
    return this.detailFor(id, user.id, viewer, true);
  }

  /** The asker adds information: a consultation waiting for them goes back to staff, its clocks run again. */
  async addInformation(
    userId: number,
    id: number,
    input: { body: string; attachmentIds: number[] },
  ): Promise<ConsultationDetail> {
    const c = await this.requireOwn(userId, id);
    if (c.status === 'resolved') throw invalid(`consultation ${id} is resolved; reopen it first`);
    await this.moderation.checkText(input.body, userId);
    const now = this.clock.now();
    const overrides = await this.calendar();
    await this.dataSource.transaction(async (em) => {
      let values: Partial<ConsultationEntity> = { updatedAt: now };
      if (c.status === 'waiting') {
        const pausedSeconds = c.pausedSeconds + pausedSecondsBetween(c.waitingSince ?? now, now, overrides);
        values = {
          ...values,
          status: 'open',
          waitingSince: null,
          pausedSeconds,
          ...runningTimers({ ...c, pausedSeconds }, overrides),
        };
      }
      if (!(await this.desk.transition(id, [c.status], values, em))) throw invalid(`consultation ${id} changed`);
      const message = await this.desk.insertMessage(
        {
          consultationId: id,
          authorId: userId,
          authorKind: 'asker',
          body: input.body,
          internal: false,
          createdAt: now,
        },
        em,
      );
      await this.attach(input.attachmentIds, userId, { consultationId: id, messageId: message.id }, em);
      await this.tellStaff(c, informationAddedMessage(c), em);
    });
    await this.push(c);
    return this.detailFor(id, userId, 'asker', true);
  }

  /** Once, on a resolved consultation. */
  async rate(
    userId: number,
    id: number,
    input: { resolved: boolean; score: number; comment?: string | null },
  ): Promise<ConsultationDetail> {
    const c = await this.requireOwn(userId, id);
    if (c.status !== 'resolved') throw invalid(`consultation ${id} is ${c.status}`);
    if (c.ratedAt) throw AppException.conflict('CONSULTATION_ALREADY_RATED', `consultation ${id}`);
    if (input.comment) await this.moderation.checkText(input.comment, userId);
    const now = this.clock.now();
    await this.dataSource.transaction(async (em) => {
      const done = await this.desk.transition(
        id,
        ['resolved'],
        {
          ratingResolved: input.resolved,
          ratingScore: input.score,
          ratingComment: input.comment ?? null,
          ratedAt: now,
        },
        em,
        { ratedAt: null },
      );
      if (!done) throw AppException.conflict('CONSULTATION_ALREADY_RATED', `consultation ${id}`);
    });
    await this.push(c);
    return this.detailFor(id, userId, 'asker');
  }

  /** Within REOPEN_DAYS calendar days of the answer; the resolution target starts again. */
  async reopen(userId: number, id: number, reason: string): Promise<ConsultationDetail> {
    const c = await this.requireOwn(userId, id);
    if (c.status !== 'resolved' || !c.resolvedAt) throw invalid(`consultation ${id} is ${c.status}`);
    const now = this.clock.now();
    if (now.getTime() - c.resolvedAt.getTime() > REOPEN_DAYS * DAY_MS) {
      throw AppException.conflict(
        'CONSULTATION_REOPEN_EXPIRED',
        `consultation ${id} resolved ${c.resolvedAt.toISOString()}`,
      );
    }
    await this.moderation.checkText(reason, userId);
    const overrides = await this.calendar();
    await this.dataSource.transaction(async (em) => {
      const restarted = { ...c, clockStartedAt: now, pausedSeconds: 0 };
      const values: Partial<ConsultationEntity> = {
        status: 'open',
        clockStartedAt: now,
        pausedSeconds: 0,
        waitingSince: null,
        resolvedAt: null,
        resolvedWithinTarget: null,
        resolutionRemindedAt: null,
        resolutionOverdueAt: null,
        reopenCount: c.reopenCount + 1,
        updatedAt: now,
        ...runningTimers(restarted, overrides),
      };
      if (!(await this.desk.transition(id, ['resolved'], values, em))) throw invalid(`consultation ${id} changed`);
      await this.desk.insertMessage(
        { consultationId: id, authorId: userId, authorKind: 'asker', body: reason, internal: false, createdAt: now },
        em,
      );
      await this.tellStaff(c, reopenedMessage(c), em, true);
    });
    await this.push(c);
    return this.detailFor(id, userId, 'asker');
  }

  // ---- staff ----

  async listForStaff(
    staffId: number,
    query: { page: number; pageSize: number; view: StaffQueueView; category?: ConsultationCategory },
  ): Promise<Page<ConsultationSummary>> {
    const now = this.clock.now();
    const [rows, total] = await this.desk.findPage({
      view: query.view,
      category: query.category,
      staffId,
      now,
      ...window(query),
    });
    return pageOf(await this.summaries(rows, staffId, true), total, query);
  }

  async counts(staffId: number): Promise<Record<StaffQueueView, number>> {
    const now = this.clock.now();
    const values = await Promise.all(STAFF_QUEUE_VIEWS.map((view) => this.desk.count({ view, staffId, now })));
    return Object.fromEntries(STAFF_QUEUE_VIEWS.map((v, i) => [v, values[i]])) as Record<StaffQueueView, number>;
  }

  /**
   * A reply to the asker (the first one meets the first-response target), optionally asking them for information
   * (waiting: the clocks stand still), or an internal note (no clock is touched, the asker never sees it).
   */
  async staffReply(
    staffId: number,
    id: number,
    input: { body: string; attachmentIds: number[]; internal: boolean; waitForAsker: boolean },
  ): Promise<ConsultationDetail> {
    const c = await this.requireExisting(id);
    if (input.waitForAsker && input.internal) throw new AppException('VALIDATION_FAILED', 400, 'internal + wait');
    if (c.status === 'resolved' && !input.internal) throw invalid(`consultation ${id} is resolved`);
    const now = this.clock.now();
    await this.dataSource.transaction(async (em) => {
      const values: Partial<ConsultationEntity> = { updatedAt: now };
      if (!input.internal) {
        if (c.firstRespondedAt === null) {
          values.firstRespondedAt = now;
          values.firstResponseDueAt = null;
          values.firstResponseRemindAt = null;
        }
        // A reply without an assignee claims it: whoever answers is responsible.
        if (c.assigneeId === null) values.assigneeId = staffId;
        if (input.waitForAsker && c.status === 'open') {
          Object.assign(values, { status: 'waiting', waitingSince: now, ...STOPPED });
        }
      }
      if (!(await this.desk.transition(id, [c.status], values, em))) throw invalid(`consultation ${id} changed`);
      const message = await this.desk.insertMessage(
        {
          consultationId: id,
          authorId: staffId,
          authorKind: 'staff',
          body: input.body,
          internal: input.internal,
          createdAt: now,
        },
        em,
      );
      await this.attach(input.attachmentIds, staffId, { consultationId: id, messageId: message.id }, em);
      if (!input.internal && c.askerId !== null) {
        await this.notifications.notify(
          c.askerId,
          values.status === 'waiting' ? waitingMessage(c) : replyMessage(c),
          em,
        );
      }
    });
    await this.push(c, !input.internal);
    return this.detailFor(id, staffId, 'staff');
  }

  /** Claim (own id) or assign to a colleague; only staff members can hold a consultation. */
  async assign(staffId: number, id: number, assigneeId: number): Promise<ConsultationDetail> {
    const c = await this.requireExisting(id);
    const assignee = await this.desk.findActiveUser(assigneeId);
    if (!assignee || !STAFF_ROLES.includes(assignee.role)) {
      throw new AppException('CONSULTATION_ASSIGNEE_INVALID', 422, `user ${assigneeId} is not staff`);
    }
    if (c.status === 'resolved') throw invalid(`consultation ${id} is resolved`);
    const now = this.clock.now();
    await this.dataSource.transaction(async (em) => {
      if (!(await this.desk.transition(id, [c.status], { assigneeId, updatedAt: now }, em)))
        throw invalid(`consultation ${id} changed`);
      await this.audit.insert(
        {
          actorId: staffId,
          action: 'consultation.assign',
          entityType: ENTITY_TYPE,
          entityId: id,
          detail: { assigneeId },
        },
        em,
      );
      if (assigneeId !== staffId) await this.notifications.notify(assigneeId, assignedMessage(c), em);
    });
    await this.live.publish([assigneeId, staffId], { type: 'consultation', consultationId: id });
    return this.detailFor(id, staffId, 'staff');
  }

  /** Answered: optionally with the final answer; the asker is told and may rate or reopen. */
  async resolve(staffId: number, id: number, body: string | null): Promise<ConsultationDetail> {
    const c = await this.requireExisting(id);
    if (c.status === 'resolved') throw invalid(`consultation ${id} is resolved`);
    if (!body && c.firstRespondedAt === null) throw invalid(`consultation ${id} has no answer yet`);
    const now = this.clock.now();
    const overrides = await this.calendar();
    // Met when resolved by its due instant (a pause still running counts as paused).
    const pausedSeconds =
      c.status === 'waiting' && c.waitingSince
        ? c.pausedSeconds + pausedSecondsBetween(c.waitingSince, now, overrides)
        : c.pausedSeconds;
    const due = runningTimers({ ...c, pausedSeconds }, overrides).resolutionDueAt as Date;
    await this.dataSource.transaction(async (em) => {
      const values: Partial<ConsultationEntity> = {
        status: 'resolved',
        resolvedAt: now,
        resolvedWithinTarget: now.getTime() <= due.getTime(),
        waitingSince: null,
        pausedSeconds,
        updatedAt: now,
        ...STOPPED,
      };
      if (body && c.firstRespondedAt === null) values.firstRespondedAt = now;
      if (c.assigneeId === null) values.assigneeId = staffId;
      if (!(await this.desk.transition(id, [c.status], values, em))) throw invalid(`consultation ${id} changed`);
      if (body) {
        await this.desk.insertMessage(
          { consultationId: id, authorId: staffId, authorKind: 'staff', body, internal: false, createdAt: now },
          em,
        );
      }
      await this.audit.insert(
        { actorId: staffId, action: 'consultation.resolve', entityType: ENTITY_TYPE, entityId: id },
        em,
      );
      if (c.askerId !== null) await this.notifications.notify(c.askerId, resolvedMessage(c), em);
    });
    await this.push(c);
    return this.detailFor(id, staffId, 'staff');
  }

  async assignees(): Promise<{ items: Array<{ id: number; name: string }> }> {
    return { items: (await this.desk.findStaff()).map((u) => ({ id: u.id, name: u.displayName })) };
  }

  /** For the FAQ: a resolved consultation (staff only). */
  async requireResolved(id: number): Promise<ConsultationEntity> {
    const c = await this.requireExisting(id);
    if (c.status !== 'resolved') throw invalid(`consultation ${id} is ${c.status}`);
    return c;
  }

  // ---- internals ----

  private async calendar(manager?: EntityManager): Promise<CalendarOverrides> {
    return overridesOf(await this.desk.findCalendar(manager));
  }

  private async resolveAbout(type: ConsultationSubjectType, id: number) {
    const found = await this.titles[type](id);
    if (!found) throw AppException.notFound('CONSULTATION_SUBJECT_NOT_FOUND', `${type} ${id}`);
    return { type, id, title: found.title, titleEn: found.titleEn };
  }

  /** Attaches exactly the listed uploads of the caller, or fails the whole change. */
  private async attach(
    ids: number[],
    uploaderId: number,
    target: { consultationId: number; messageId: number | null },
    em: EntityManager,
  ): Promise<void> {
    const unique = [...new Set(ids)];
    const attached = await this.desk.attach(unique, uploaderId, target, em);
    if (attached !== unique.length) {
      throw new AppException('DESK_ATTACHMENT_INVALID', 422, `attached ${attached} of ${unique.length}`);
    }
  }

  /** The assignee hears of the asker's step; without one (or on reopening) the category's supervisor too. */
  private async tellStaff(
    c: ConsultationEntity,
    message: NotificationMessage,
    em: EntityManager,
    supervisorToo = false,
  ): Promise<void> {
    const recipients = new Set<number>();
    if (c.assigneeId !== null) recipients.add(c.assigneeId);
    if (c.assigneeId === null || supervisorToo) {
      const setting = await this.desk.findSetting(c.category, em);
      if (setting?.supervisorId) recipients.add(setting.supervisorId);
    }
    for (const userId of recipients) await this.notifications.notify(userId, message, em);
  }

  /** Open screens of the asker and the assignee are told (after commit; never fails the change). */
  private async push(c: ConsultationEntity, askerToo = true): Promise<void> {
    const users = [c.assigneeId, askerToo ? c.askerId : null].filter((u): u is number => u !== null);
    try {
      await this.live.publish(users, { type: 'consultation', consultationId: c.id });
    } catch (err) {
      this.logger.warn({ err: { name: (err as Error)?.name } }, 'live push failed');
    }
  }

  private async isStaff(user: AuthUser): Promise<boolean> {
    if (!STAFF_ROLES.includes(user.role)) return false;
    const account = await this.desk.findActiveUser(user.id);
    return Boolean(account && STAFF_ROLES.includes(account.role));
  }

  private async viewerOf(user: AuthUser, c: ConsultationEntity): Promise<Viewer | null> {
    if (c.askerId === user.id) return 'asker';
    if (await this.isStaff(user)) return 'staff';
    return null;
  }

  private async requireOwn(userId: number, id: number): Promise<ConsultationEntity> {
    const c = await this.desk.findConsultation(id);
    if (!c || c.askerId !== userId) throw notFound(id, userId);
    return c;
  }

  private async requireExisting(id: number): Promise<ConsultationEntity> {
    const c = await this.desk.findConsultation(id);
    if (!c) throw AppException.notFound('CONSULTATION_NOT_FOUND', `consultation ${id}`);
    return c;
  }

  private async summaries(rows: ConsultationRow[], userId: number, staffView: boolean) {
    const now = this.clock.now();
    const unread = await this.desk.countUnread(
      rows.map((r) => r.id),
      userId,
      staffView,
    );
    return rows.map((r) => toConsultationSummary(r, now, { staffView, unread: unread.get(r.id) ?? 0 }));
  }

  private async detailFor(id: number, userId: number, viewer: Viewer, markRead = false): Promise<ConsultationDetail> {
    const row = await this.desk.findRow(id);
    if (!row) throw AppException.notFound('CONSULTATION_NOT_FOUND', `consultation ${id}`);
    const staffView = viewer === 'staff';
    const [messages, attachments, faq] = await Promise.all([
      this.desk.findMessages(id),
      this.desk.findAttachmentsOf(id),
      staffView ? this.desk.findFaqOfConsultation(id) : Promise.resolve(null),
    ]);
    const visible = messages.filter((m) => staffView || !m.internal);
    let unread = 0;
    if (markRead) {
      const last = messages.length ? messages[messages.length - 1].id : 0;
      await this.desk.markRead(id, userId, last);
    } else {
      unread = (await this.desk.countUnread([id], userId, staffView)).get(id) ?? 0;
    }
    const now = this.clock.now();
    const resolved = row.status === 'resolved';
    const reopenable =
      resolved && row.resolvedAt !== null && now.getTime() - row.resolvedAt.getTime() <= REOPEN_DAYS * DAY_MS;
    const asker = viewer === 'asker';
    return toConsultationDetail(row, visible, attachments as DeskAttachmentEntity[], now, {
      staffView,
      unread,
      faqId: faq?.id ?? null,
      can: {
        reply: !resolved,
        rate: asker && resolved && row.ratedAt === null,
        reopen: asker && reopenable,
        claim: staffView && !resolved && row.assigneeId !== userId,
        assign: staffView && !resolved,
        resolve: staffView && !resolved,
        publish: staffView && resolved && !faq,
      },
    });
  }

  /** Exposed for the statistics: whether a consultation misses a target now. */
  static overdue(c: ConsultationEntity, now: Date): boolean {
    return isOverdue(c, now);
  }
}

function notFound(id: number, userId: number): AppException {
  return AppException.notFound('CONSULTATION_NOT_FOUND', `consultation ${id} not visible to user ${userId}`);
}

function invalid(detail: string): AppException {
  return AppException.conflict('CONSULTATION_INVALID_TRANSITION', detail);
}
