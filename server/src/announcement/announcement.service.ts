import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  AnnouncementDetail,
  AnnouncementListQuery,
  AnnouncementPage,
  AnnouncementRecord,
  AnnouncementStatus,
  CreateAnnouncement,
  StaffAnnouncementQuery,
  UpdateAnnouncement,
} from '@ihaigui/shared';
import { htmlToText } from '@ihaigui/shared';
import type { z } from 'zod';
import type { announcementRecordPageSchema } from '@ihaigui/shared';
import { pageOf, window } from '../common/db/paging';

type AnnouncementRecordPage = z.infer<typeof announcementRecordPageSchema>;
import { AppException } from '../common/errors/app.exception';
import { CLOCK, type Clock } from '../common/clock';
import { sanitizeRichText } from '../common/sanitize-html';
import { AuditService } from '../audit/audit.service';
import { bilingualContent, SearchIndexer } from '../search/search.indexer';
import type { AnnouncementEntity } from './announcement.entity';
import { AnnouncementRepository } from './announcement.repository';
import { toAnnouncementDetail, toAnnouncementRecord, toAnnouncementSummary } from './announcement.mapper';

const ENTITY_TYPE = 'announcement';

/** Which state each action may start from. */
const ALLOWED_FROM: Record<'publish' | 'archive' | 'edit', AnnouncementStatus[]> = {
  publish: ['draft', 'archived'],
  archive: ['draft', 'published'],
  edit: ['draft', 'published', 'archived'],
};

@Injectable()
export class AnnouncementService {
  constructor(
    private readonly announcements: AnnouncementRepository,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly search: SearchIndexer,
  ) {}

  async listPublished(query: AnnouncementListQuery): Promise<AnnouncementPage> {
    const [rows, total] = await this.announcements.findPublishedPage({
      now: this.clock.now(),
      category: query.category,
      ...window(query),
    });
    return pageOf(rows.map(toAnnouncementSummary), total, query);
  }

  /** A reader opening an announcement: counts the view. Drafts, archived and scheduled items do not exist for them. */
  async readPublished(id: number): Promise<AnnouncementDetail> {
    const found = await this.announcements.findPublishedById(id, this.clock.now());
    if (!found) throw AppException.notFound('ANNOUNCEMENT_NOT_FOUND', `announcement ${id} not public`);
    await this.announcements.incrementViewCount(id);
    return toAnnouncementDetail({ ...found, viewCount: found.viewCount + 1 });
  }

  async listForStaff(query: StaffAnnouncementQuery): Promise<AnnouncementRecordPage> {
    const [rows, total] = await this.announcements.findPage({
      status: query.status,
      category: query.category,
      ...window(query),
    });
    return pageOf(rows.map(toAnnouncementRecord), total, query);
  }

  async getRecord(id: number): Promise<AnnouncementRecord> {
    return toAnnouncementRecord(await this.require(id));
  }

  create(input: CreateAnnouncement, actorId: number | null): Promise<AnnouncementRecord> {
    return this.dataSource.transaction(async (em) => {
      const saved = await this.announcements.insert(
        {
          ...input,
          body: sanitizeRichText(input.body),
          bodyEn: input.bodyEn ? sanitizeRichText(input.bodyEn) : null,
          status: 'draft',
          publishedAt: null,
        },
        em,
      );
      await this.audit.insert(
        { actorId, action: 'announcement.create', entityType: ENTITY_TYPE, entityId: saved.id },
        em,
      );
      return toAnnouncementRecord(saved);
    });
  }

  update(id: number, input: UpdateAnnouncement, actorId: number | null): Promise<AnnouncementRecord> {
    return this.change(
      id,
      'edit',
      actorId,
      'announcement.update',
      () => {
        const values: Partial<AnnouncementEntity> = { ...input };
        if (input.body !== undefined) values.body = sanitizeRichText(input.body);
        if (input.bodyEn !== undefined) values.bodyEn = input.bodyEn ? sanitizeRichText(input.bodyEn) : null;
        return values;
      },
      { fields: Object.keys(input).sort() },
      true,
    );
  }

  /** Publishes now, or at `at` (scheduled: hidden from readers until then). */
  publish(id: number, actorId: number | null, at?: Date): Promise<AnnouncementRecord> {
    const publishedAt = at ?? this.clock.now();
    return this.change(
      id,
      'publish',
      actorId,
      'announcement.publish',
      () => ({ status: 'published', publishedAt }),
      {
        publishedAt: publishedAt.toISOString(),
      },
      true,
    );
  }

  archive(id: number, actorId: number | null): Promise<AnnouncementRecord> {
    return this.change(
      id,
      'archive',
      actorId,
      'announcement.archive',
      () => ({ status: 'archived', pinned: false }),
      undefined,
      true,
    );
  }

  setPinned(id: number, pinned: boolean, actorId: number | null): Promise<AnnouncementRecord> {
    return this.change(id, 'edit', actorId, pinned ? 'announcement.pin' : 'announcement.unpin', () => ({ pinned }));
  }

  private async require(id: number, manager?: EntityManager): Promise<AnnouncementEntity> {
    const found = await this.announcements.findById(id, manager);
    if (!found) throw AppException.notFound('ANNOUNCEMENT_NOT_FOUND', `announcement ${id} missing`);
    return found;
  }

  /**
   * Published announcements are in the search index from their publication time (so a scheduled one stays hidden
   * until due); drafts and archived ones are not. Runs in the caller's transaction, so the index commits with them.
   */
  async syncIndex(a: AnnouncementEntity, em?: EntityManager): Promise<void> {
    if (a.status !== 'published') {
      await this.search.remove('announcement', a.id, em);
      return;
    }
    const bodyText = htmlToText(a.body);
    const bodyEnText = a.bodyEn ? htmlToText(a.bodyEn) : null;
    await this.search.index(
      {
        type: 'announcement',
        refId: a.id,
        title: a.title,
        titleEn: a.titleEn,
        fields: [
          { text: a.title, weight: 10 },
          { text: a.titleEn, weight: 10 },
          { text: a.summary, weight: 3 },
          { text: a.summaryEn, weight: 3 },
          { text: bodyText, weight: 1 },
          { text: bodyEnText, weight: 1 },
        ],
        content: bilingualContent([a.summary, bodyText], [a.summaryEn, bodyEnText]),
        visibleFrom: a.publishedAt,
        visibleTo: null,
      },
      em,
    );
  }

  /** Every published announcement back into the search index (for content published before the index existed). */
  async reindexPublished(): Promise<number> {
    const published = await this.announcements.findAllPublished();
    for (const a of published) await this.dataSource.transaction((em) => this.syncIndex(a, em));
    return published.length;
  }

  /** Loads, checks the transition, writes the change and its audit entry in one transaction. */
  private change(
    id: number,
    action: keyof typeof ALLOWED_FROM,
    actorId: number | null,
    auditAction: string,
    values: (current: AnnouncementEntity) => Partial<AnnouncementEntity>,
    detail?: Record<string, unknown>,
    touchesIndex = false,
  ): Promise<AnnouncementRecord> {
    return this.dataSource.transaction(async (em) => {
      const current = await this.require(id, em);
      if (!ALLOWED_FROM[action].includes(current.status)) {
        throw AppException.conflict('ANNOUNCEMENT_INVALID_TRANSITION', `${action} from ${current.status}`);
      }
      const next = values(current);
      await this.announcements.update(id, next, em);
      await this.audit.insert(
        {
          actorId,
          action: auditAction,
          entityType: ENTITY_TYPE,
          entityId: id,
          detail: { from: current.status, ...detail },
        },
        em,
      );
      const updated = await this.require(id, em);
      if (touchesIndex) await this.syncIndex(updated, em);
      return toAnnouncementRecord(updated);
    });
  }
}
