import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Bilingual, ErrorCode, NotificationKind } from '@ihaigui/shared';
import { AccountService } from '../account/account.service';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { AppException } from '../common/errors/app.exception';
import { NotificationService, type NotificationMessage } from '../notification/notification.service';
import { CONTENT_CHECK_CLIENT, type ContentCheck } from '../wechat/content-check.client';
import type { ModeratedEntity } from './moderated-entity';
import { reviewOutcomeMessage } from './moderation.messages';

/** How a content-check verdict is stored (risky text is never stored). */
export type StoredCheck = 'pass' | 'review';

/** A staff decision on a submission waiting for review. */
export interface ModerationDecision {
  decision: 'approve' | 'reject';
  reason: string | null;
}

/** A moderated row: the moderation columns, and the organisation that posted it (told of the review). */
export type ModeratedRow = ModeratedEntity<string> & { id: number; organizationId: number };

/** What the workflow needs to know about one kind of moderated content (a position, a challenge…). */
export interface ModeratedKind<E extends ModeratedRow> {
  /** The audit trail's entity type, and the prefix of its actions ('position' → 'position.approve'). */
  entityType: string;
  /** Error codes: the row does not exist; the row is not in a state the step starts from. */
  notFoundCode: ErrorCode;
  invalidTransitionCode: ErrorCode;
  /** The state approval moves a submission to ('approved', 'open'…). */
  approvedStatus: E['status'];
  findById(id: number, em: EntityManager): Promise<E | null>;
  /** Writes `values` when the row is in one of `from`; false when it no longer was. */
  transition(id: number, from: Array<E['status']>, values: Partial<E>, em: EntityManager): Promise<boolean>;
  /** Columns a review stamps besides the moderation ones (who reviewed when, the row's update time…). */
  reviewStamp(staffId: number, now: Date): Partial<E>;
  /** What the organisation reads of the outcome. */
  outcome: {
    kind: NotificationKind;
    /** The thing reviewed, e.g. 岗位 / Position. */
    noun: Bilingual;
    /** What approval means for it, e.g. 现已向人才公开 / is now open to talents. */
    nowOpen: Bilingual;
    title(row: E): Bilingual;
    link(id: number): NotificationMessage['link'];
  };
}

/**
 * The moderated-publication workflow for what users write and the platform publishes: the text passes the WeChat
 * content check before anything is stored (risky → refused), every submission and edit waits for staff as 'pending'
 * with the verdict, staff approve or reject it with a reason, and the posting organisation is told either way. Each
 * step is audited. The owning feature keeps its own states, fields and rules around it.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly users: AccountService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly dataSource: DataSource,
    @Inject(CONTENT_CHECK_CLIENT) private readonly contentCheck: ContentCheck,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The whole text through the content check: risky → refused (nothing stored); otherwise pass or review. */
  async checkText(text: string, userId: number): Promise<StoredCheck> {
    const user = await this.users.findActiveById(userId);
    const verdict = await this.contentCheck.check(text, user?.openid ?? null);
    if (verdict.suggest === 'risky') {
      throw new AppException('CONTENT_RISKY', 422, `content check: ${verdict.label}`, { reason: verdict.reason });
    }
    return verdict.suggest;
  }

  /** The moderation columns of a (re)submission: waiting for staff, with its verdict and no earlier refusal. */
  pending(check: StoredCheck): { status: 'pending'; contentCheck: StoredCheck; rejectReason: null } {
    return { status: 'pending', contentCheck: check, rejectReason: null };
  }

  /** Audits a submission (`create`, `update`, `seed`…) of an entity type ('position'…) with the verdict it was stored with. */
  async recordSubmission(
    entityType: string,
    submission: {
      actorId: number | null;
      action: string;
      entityId: number;
      check: StoredCheck;
      detail?: Record<string, unknown>;
    },
    em: EntityManager,
  ): Promise<void> {
    await this.audit.insert(
      {
        actorId: submission.actorId,
        action: `${entityType}.${submission.action}`,
        entityType,
        entityId: submission.entityId,
        detail: { ...submission.detail, contentCheck: submission.check },
      },
      em,
    );
  }

  /**
   * Staff approve a pending submission (published from now, or still from its first publication when it was an edit)
   * or reject it with a reason; audited, and the organisation's members are told either way.
   */
  async review<E extends ModeratedRow>(
    kind: ModeratedKind<E>,
    staffId: number,
    id: number,
    decision: ModerationDecision,
  ): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (em) => {
      const current = await kind.findById(id, em);
      if (!current) throw AppException.notFound(kind.notFoundCode, `${kind.entityType} ${id}`);
      const approve = decision.decision === 'approve';
      const values = (
        approve
          ? {
              status: kind.approvedStatus,
              publishedAt: current.publishedAt ?? now,
              rejectReason: null,
              ...kind.reviewStamp(staffId, now),
            }
          : { status: 'rejected', rejectReason: decision.reason, ...kind.reviewStamp(staffId, now) }
      ) as Partial<E>;
      if (!(await kind.transition(id, ['pending'], values, em))) {
        throw AppException.conflict(kind.invalidTransitionCode, `review from ${current.status}`);
      }
      await this.audit.insert(
        {
          actorId: staffId,
          action: `${kind.entityType}.${approve ? 'approve' : 'reject'}`,
          entityType: kind.entityType,
          entityId: id,
          detail: approve ? {} : { reason: decision.reason },
        },
        em,
      );
      await this.notifications.notifyOrganization(
        current.organizationId,
        reviewOutcomeMessage({
          kind: kind.outcome.kind,
          noun: kind.outcome.noun,
          title: kind.outcome.title(current),
          nowOpen: kind.outcome.nowOpen,
          approved: approve,
          reason: decision.reason,
          link: kind.outcome.link(id),
        }),
        em,
      );
    });
  }
}
