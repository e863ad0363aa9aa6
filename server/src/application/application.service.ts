import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type Apply,
  type Application,
  APPLICATION_STATUS_LABELS,
  APPLICATION_TRANSITIONS,
  type ApplicationStatus,
  type MoveApplication,
  type Page,
} from '@ihaigui/shared';
import { AccountErasure } from '../account/account-erasure';
import { AccountService } from '../account/account.service';
import { FileStorage } from '../account/file-storage';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, window } from '../common/db/paging';
import { isUniqueViolation } from '../common/db/unique-violation';
import { AppException } from '../common/errors/app.exception';
import { PositionService } from '../job/position.service';
import { NotificationService } from '../notification/notification.service';
import { OrganizationService } from '../organization/organization.service';
import type { ApplicationEntity } from './application.entity';
import { toApplication } from './application.mapper';
import { APPLICATION_MESSAGES as M } from './application.messages';
import { type ApplicationRow, ApplicationRepository } from './application.repository';

const ENTITY_TYPE = 'application';
/** What a client may send as Idempotency-Key (a UUID fits). */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{1,64}$/;
/** States a talent may still withdraw from. */
const WITHDRAWABLE: ApplicationStatus[] = ['submitted', 'viewed', 'interview'];
/** MySQL/MariaDB may pick a loser among simultaneous inserts of the same key; it is a duplicate all the same. */
const DEADLOCK = 1213;

/** Where an application goes, from which states that is allowed, and who hears about it. */
interface StatusChange {
  status: ApplicationStatus;
  from: ApplicationStatus[];
  message: string | null;
  notify: 'talent' | 'organization';
}

/** Rejected or withdrawn: nothing more happens to the application. */
const APPLICATION_FINAL: ApplicationStatus[] = ['rejected', 'withdrawn'];

/** An application as its conversation sees it. */
export interface ApplicationChatFacts {
  id: number;
  organizationId: number;
  organizationName: string;
  applicantUserId: number;
  /** The name the applicant applied under. */
  applicantName: string;
  positionTitle: string;
  positionTitleEn: string | null;
  final: boolean;
}

export interface ApplyResult {
  /** false when the request repeated an earlier one with the same Idempotency-Key. */
  created: boolean;
  application: Application;
}

/**
 * A talent applies to an open position with a snapshot of their profile and a copy of their CV; the organisation
 * applied to (and only it) sees the applicant and moves the application along; the talent follows every step.
 */
@Injectable()
export class ApplicationService implements OnModuleInit {
  private readonly logger = new Logger('Applications');

  constructor(
    private readonly applications: ApplicationRepository,
    private readonly positions: PositionService,
    private readonly accounts: AccountService,
    private readonly organizations: OrganizationService,
    private readonly files: FileStorage,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly erasure: AccountErasure,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // A deleted account's applications go with the profile snapshots, messages, histories and CV copies in them.
    this.erasure.register('applications', async (userId, em) => {
      const rows = await this.applications.findKeysOfUser(userId, em);
      await this.applications.deleteEvents(
        rows.map((r) => r.id),
        em,
      );
      await this.applications.deleteAllOfUser(userId, em);
      for (const row of rows) await this.files.remove(row.cvKey);
    });
    this.erasure.registerExport('applications', async (userId) => {
      const rows = await this.applications.findAllOfUser(userId);
      const events = await this.applications.findEvents(rows.map((r) => r.id));
      return rows.map((r) => {
        const a = toApplication(
          r,
          events.filter((e) => e.applicationId === r.id),
        );
        return {
          position: a.position.title,
          organization: a.position.organizationName,
          status: a.status,
          message: a.message,
          history: a.history,
          createdAt: a.createdAt,
        };
      });
    });
  }

  /**
   * One application per talent and position. A repeat carrying the Idempotency-Key of an earlier request gets that
   * application back (created: false); any other repeat is refused. Simultaneous duplicates meet the unique keys.
   */
  async apply(userId: number, positionId: number, input: Apply, rawKey: string | undefined): Promise<ApplyResult> {
    const key = parseIdempotencyKey(rawKey);
    if (key) {
      const earlier = await this.applications.findByIdempotencyKey(userId, key);
      if (earlier) return this.replay(earlier, positionId);
    }
    const profile = await this.accounts.findTalentProfile(userId);
    if (!profile) throw AppException.notFound('PROFILE_NOT_FOUND', `user ${userId} has no talent profile`);
    const position = await this.positions.findWithOrg(positionId);
    if (!position || position.status === 'pending' || position.status === 'rejected') {
      throw AppException.notFound('POSITION_NOT_FOUND', `position ${positionId} not public`);
    }
    const now = this.clock.now();
    if (position.status !== 'approved' || position.expiresAt.getTime() <= now.getTime()) {
      throw AppException.conflict('POSITION_NOT_OPEN', `position ${positionId} is ${position.status}`);
    }
    const existing = await this.applications.findByUserAndPosition(userId, positionId);
    if (existing) {
      // The same request may have been committed by a twin since the first look.
      if (key && existing.idempotencyKey === key) return this.replay(existing, positionId);
      throw AppException.conflict('APPLICATION_EXISTS', `user ${userId} already applied to ${positionId}`);
    }
    const cvKey = await this.copyCv(profile.cvKey);
    let saved: ApplicationEntity;
    try {
      saved = await this.dataSource.transaction(async (em) => {
        const application = await this.applications.insert(
          {
            positionId,
            organizationId: position.organizationId,
            userId,
            status: 'submitted',
            message: input.message,
            profile: {
              name: profile.name,
              nationality: profile.nationality,
              studyCountry: profile.studyCountry,
              degree: profile.degree,
              school: profile.school,
              major: profile.major,
              returnYear: profile.returnYear,
            },
            cvKey,
            channel: input.channel,
            idempotencyKey: key,
            createdAt: now,
            updatedAt: now,
          },
          em,
        );
        await this.applications.insertEvent(
          { applicationId: application.id, status: 'submitted', message: null, actorId: userId, at: now },
          em,
        );
        await this.positions.countApplication(positionId, input.channel, em);
        await this.audit.insert(
          {
            actorId: userId,
            action: 'application.create',
            entityType: ENTITY_TYPE,
            entityId: application.id,
            detail: { positionId },
          },
          em,
        );
        await this.notifications.notifyOrganization(
          position.organizationId,
          {
            kind: 'application_new',
            title: M.receivedTitle,
            body: M.receivedBody(profile.name, position.title, position.titleEn ?? position.title),
            link: { page: 'orgApplicant', id: application.id },
          },
          em,
        );
        return application;
      });
    } catch (err) {
      await this.files.remove(cvKey);
      if (!isUniqueViolation(err) && !isDeadlock(err)) throw err;
      // A simultaneous request got there first: the same request (same key) gets its result, any other a refusal.
      const winner = key ? await this.applications.findByIdempotencyKey(userId, key) : null;
      if (winner) return this.replay(winner, positionId);
      throw AppException.conflict('APPLICATION_EXISTS', `user ${userId} already applied to ${positionId}`);
    }
    return { created: true, application: await this.present(saved.id) };
  }

  /** What a conversation about the application needs: the applicant, the organisation, the position, whether it ended. */
  async chatFacts(id: number): Promise<ApplicationChatFacts | null> {
    const row = await this.applications.findWithContext(id);
    if (!row) return null;
    return {
      id: row.id,
      organizationId: row.organizationId,
      organizationName: row.organization?.name ?? '',
      applicantUserId: row.userId,
      applicantName: row.profile.name,
      positionTitle: row.position?.title ?? '',
      positionTitleEn: row.position?.titleEn ?? null,
      final: APPLICATION_FINAL.includes(row.status),
    };
  }

  async listMine(
    userId: number,
    query: { page: number; pageSize: number; status?: ApplicationStatus },
  ): Promise<Page<Application>> {
    const [rows, total] = await this.applications.findPageForUser({ userId, status: query.status, ...window(query) });
    return pageOf(await this.withHistory(rows), total, query);
  }

  async getMine(userId: number, id: number): Promise<Application> {
    const row = await this.applications.findWithContext(id);
    if (!row || row.userId !== userId)
      throw AppException.notFound('APPLICATION_NOT_FOUND', `application ${id} not of user ${userId}`);
    return (await this.withHistory([row]))[0] as Application;
  }

  withdraw(userId: number, id: number): Promise<Application> {
    return this.change(id, userId, (current) => {
      if (current.userId !== userId)
        throw AppException.notFound('APPLICATION_NOT_FOUND', `application ${id} not of user ${userId}`);
      return { status: 'withdrawn', from: WITHDRAWABLE, message: null, notify: 'organization' };
    });
  }

  /** The applicants to one of the caller's organisation's positions; any other position does not exist for them. */
  async listForPosition(
    memberId: number,
    positionId: number,
    query: { page: number; pageSize: number; status?: ApplicationStatus },
  ): Promise<Page<Application>> {
    const [rows, total] = await this.applications.findPageForPositionAndMember({
      positionId,
      memberId,
      status: query.status,
      ...window(query),
    });
    // A page with rows proves the position is theirs; an empty one needs asking.
    if (total === 0 && !(await this.applications.isPositionOfMember(positionId, memberId))) {
      throw AppException.notFound(
        'POSITION_NOT_FOUND',
        `position ${positionId} not of user ${memberId}'s organisation`,
      );
    }
    return pageOf(await this.withHistory(rows), total, query);
  }

  /** One applicant, for the organisation applied to. The first time the organisation opens it, it becomes "viewed". */
  async openForOrganization(memberId: number, id: number): Promise<Application> {
    const row = await this.requireForMember(memberId, id);
    if (row.status !== 'submitted') return this.present(id);
    // Someone else may have opened or moved it meanwhile: then there is nothing to record.
    return this.change(id, memberId, (current) =>
      current.status === 'submitted'
        ? { status: 'viewed', from: ['submitted'], message: null, notify: 'talent' }
        : null,
    );
  }

  async move(memberId: number, id: number, input: MoveApplication): Promise<Application> {
    await this.requireForMember(memberId, id);
    return this.change(id, memberId, (current) => ({
      status: input.status,
      from: APPLICATION_TRANSITIONS[current.status].includes(input.status) ? [current.status] : [],
      message: input.message ?? null,
      notify: 'talent',
    }));
  }

  /** The CV copy sent with an application, for the organisation applied to (and audited: it is personal data). */
  async readCvForOrganization(memberId: number, id: number): Promise<{ fileName: string; data: Buffer }> {
    const row = await this.requireForMember(memberId, id);
    if (!row.cvKey) throw AppException.notFound('APPLICATION_NOT_FOUND', `application ${id} has no CV`);
    const data = await this.files.read(row.cvKey);
    await this.audit.insert({
      actorId: memberId,
      action: 'application.cv.read',
      entityType: 'application',
      entityId: id,
    });
    return { fileName: `${row.profile.name}-CV.pdf`, data };
  }

  private async requireForMember(memberId: number, id: number): Promise<ApplicationEntity> {
    const [membership, row] = await Promise.all([
      this.organizations.findMembership(memberId),
      this.applications.findById(id),
    ]);
    if (!row || !membership || row.organizationId !== membership.organizationId) {
      throw AppException.notFound('APPLICATION_NOT_FOUND', `application ${id} not for user ${memberId}'s organisation`);
    }
    return row;
  }

  /**
   * Moves an application in one transaction: the status (only if nobody moved it meanwhile), its history row, the
   * audit entry and the notification to the other side.
   */
  private async change(
    id: number,
    actorId: number,
    decide: (current: ApplicationRow) => StatusChange | null,
  ): Promise<Application> {
    await this.dataSource.transaction(async (em) => {
      const current = await this.applications.findWithContext(id, em);
      if (!current) throw AppException.notFound('APPLICATION_NOT_FOUND', `application ${id}`);
      const next = decide(current);
      if (!next) return;
      if (!next.from.includes(current.status)) {
        throw AppException.conflict('APPLICATION_INVALID_TRANSITION', `${current.status} → ${next.status}`);
      }
      const now = this.clock.now();
      if (!(await this.applications.transition(id, [current.status], { status: next.status, updatedAt: now }, em))) {
        throw AppException.conflict('APPLICATION_INVALID_TRANSITION', `application ${id} changed meanwhile`);
      }
      await this.applications.insertEvent(
        { applicationId: id, status: next.status, message: next.message, actorId, at: now },
        em,
      );
      await this.audit.insert(
        {
          actorId,
          action: `application.${next.status}`,
          entityType: ENTITY_TYPE,
          entityId: id,
          detail: { from: current.status },
        },
        em,
      );
      const title = current.position?.title ?? '';
      const titleEn = current.position?.titleEn ?? title;
      const label = APPLICATION_STATUS_LABELS[next.status];
      if (next.notify === 'talent') {
        await this.notifications.notify(
          current.userId,
          {
            kind: 'application_status',
            title: M.statusTitle(label),
            body: M.statusBody(title, titleEn, label, next.message),
            link: { page: 'applicationDetail', id },
          },
          em,
        );
      } else {
        await this.notifications.notifyOrganization(
          current.organizationId,
          {
            kind: 'application_status',
            title: M.withdrawnTitle,
            body: M.withdrawnBody(current.profile.name, title, titleEn),
            link: { page: 'orgApplicant', id },
          },
          em,
        );
      }
    });
    return this.present(id);
  }

  private async replay(
    earlier: Pick<ApplicationEntity, 'id' | 'positionId'>,
    positionId: number,
  ): Promise<ApplyResult> {
    if (earlier.positionId !== positionId) {
      throw AppException.conflict('APPLICATION_EXISTS', 'idempotency key already used for another position');
    }
    return { created: false, application: await this.present(earlier.id) };
  }

  /** The CV as it was when applying: later uploads or deletions on the profile do not change what was sent. */
  private async copyCv(cvKey: string | null): Promise<string | null> {
    if (!cvKey) return null;
    try {
      return await this.files.put('applications', 'pdf', await this.files.read(cvKey));
    } catch (e) {
      // The application goes ahead without a CV rather than failing on a file problem.
      this.logger.warn(
        { reason: (e as NodeJS.ErrnoException)?.code ?? 'error' },
        'CV copy failed; application sent without CV',
      );
      return null;
    }
  }

  private async present(id: number): Promise<Application> {
    const row = await this.applications.findWithContext(id);
    if (!row) throw AppException.notFound('APPLICATION_NOT_FOUND', `application ${id}`);
    return (await this.withHistory([row]))[0] as Application;
  }

  /** The page's histories in one statement. */
  private async withHistory(rows: ApplicationRow[]): Promise<Application[]> {
    const events = await this.applications.findEvents(rows.map((r) => r.id));
    return rows.map((r) =>
      toApplication(
        r,
        events.filter((e) => e.applicationId === r.id),
      ),
    );
  }
}

function parseIdempotencyKey(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (!IDEMPOTENCY_KEY.test(raw)) throw new AppException('VALIDATION_FAILED', 400, 'bad Idempotency-Key header');
  return raw;
}

function isDeadlock(err: unknown): boolean {
  const e = err as { errno?: number; driverError?: { errno?: number } } | null;
  return (e?.driverError?.errno ?? e?.errno) === DEADLOCK;
}
