import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  decodeTagSet,
  encodeTagSet,
  TARGET_GROUPS,
  EXPIRING_WITHIN_DAYS,
  type FavoriteState,
  htmlToText,
  type PolicyDetail,
  type PolicyInput,
  type PolicyListQuery,
  type PolicyPage,
  type PolicyRecord,
  type PolicyStatus,
  POLICY_ATTACHMENT_MAX_BYTES,
  POLICY_CATEGORY_LABELS,
  type PageQuery,
  policyInputSchema,
  type StaffPolicyQuery,
  type UpdatePolicy,
} from '@ihaigui/shared';
import { AccountErasure } from '../account/account-erasure';
import { isPdf } from '../account/talent-profile.service';
import { FileStorage } from '../account/file-storage';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, window } from '../common/db/paging';
import { AppException } from '../common/errors/app.exception';
import { sanitizeRichText } from '../common/sanitize-html';
import { addDays, endOfLocalDate, localDate } from '../common/time/local-date';
import type { Upload } from '../common/upload';
import { FavoriteService } from '../favorite/favorite.service';
import { CONTENT_MAX } from '../search/search-terms';
import { bilingualContent, SearchIndexer } from '../search/search.indexer';
import type { PolicyEntity } from './policy.entity';
import { toPolicyDetail, toPolicyRecord, toPolicySummary } from './policy.mapper';
import { PolicyAttachmentRepository, PolicyRepository } from './policy.repository';
import { PolicyViewDayRepository } from './policy-view-day.repository';
import { storedFileName } from '../common/file-name';

export const ATTACHMENT_MAX_BYTES = POLICY_ATTACHMENT_MAX_BYTES;
const ATTACHMENTS_PER_POLICY = 10;
const ENTITY_TYPE = 'policy';
const SNIPPET_SOURCE_MAX = CONTENT_MAX;

const ALLOWED_FROM: Record<'publish' | 'archive', PolicyStatus[]> = {
  publish: ['draft', 'archived'],
  archive: ['draft', 'published'],
};

/** Staff input → column values: tag sets encoded, rich text sanitised. */
function toColumns(input: Partial<PolicyInput>): Partial<PolicyEntity> {
  const { targetGroups, body, bodyEn, ...rest } = input;
  return {
    ...rest,
    ...(targetGroups ? { targetGroups: encodeTagSet(targetGroups) } : {}),
    ...(body !== undefined ? { body: sanitizeRichText(body) } : {}),
    ...(bodyEn !== undefined ? { bodyEn: bodyEn ? sanitizeRichText(bodyEn) : null } : {}),
  };
}

/** The stored policy as staff input, to check an edit against the whole-record rules. */
function entityToInput(p: PolicyEntity): PolicyInput {
  return {
    title: p.title,
    titleEn: p.titleEn,
    issuer: p.issuer,
    issuerEn: p.issuerEn,
    region: p.region,
    category: p.category,
    targetGroups: decodeTagSet(p.targetGroups, TARGET_GROUPS),
    amountMin: p.amountMin,
    amountMax: p.amountMax,
    amountPeriod: p.amountPeriod,
    validFrom: p.validFrom,
    validTo: p.validTo,
    sourceUrl: p.sourceUrl,
    summary: p.summary,
    summaryEn: p.summaryEn,
    body: p.body,
    bodyEn: p.bodyEn,
    howToApply: p.howToApply,
    howToApplyEn: p.howToApplyEn,
    contact: p.contact,
    criteria: p.criteria,
  };
}

@Injectable()
export class PolicyService implements OnModuleInit {
  constructor(
    private readonly policies: PolicyRepository,
    private readonly attachments: PolicyAttachmentRepository,
    private readonly viewDays: PolicyViewDayRepository,
    private readonly favorites: FavoriteService,
    private readonly audit: AuditService,
    private readonly files: FileStorage,
    private readonly search: SearchIndexer,
    private readonly dataSource: DataSource,
    private readonly erasure: AccountErasure,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // A deleted account's bookmarks go, and the counts they added with them.
    this.erasure.register('policy-favorites', async (userId, em) => {
      const ids = await this.favorites.findTargetsOf(userId, 'policy', em);
      await this.favorites.removeAllOf(userId, 'policy', em);
      await this.policies.decrementFavoriteCounts(ids, em);
    });
    this.erasure.registerExport('savedPolicies', async (userId) => {
      const saved = await this.favorites.findSavedOf(userId, 'policy');
      const titles = new Map((await this.policies.findByIds(saved.map((f) => f.targetId))).map((p) => [p.id, p.title]));
      return saved.map((f) => ({
        policyId: f.targetId,
        title: titles.get(f.targetId) ?? '',
        savedAt: f.createdAt.toISOString(),
      }));
    });
  }

  private today(): string {
    return localDate(this.clock.now());
  }

  async listPublished(query: PolicyListQuery): Promise<PolicyPage> {
    const [rows, total] = await this.policies.findPublishedPage({
      today: this.today(),
      region: query.region,
      category: query.category,
      targetGroup: query.targetGroup,
      minAmount: query.minAmount,
      sort: query.sort,
      ...window(query),
    });
    return pageOf(rows.map(toPolicySummary), total, query);
  }

  /** A reader opening a policy: counts the view (in total and for today); `favorited` for a signed-in reader. */
  /** The public title of one item, for other features that link to it (null when it is not public). */
  async publicTitle(id: number): Promise<{ title: string; titleEn: string | null } | null> {
    const found = await this.policies.findPublishedById(id);
    return found ? { title: found.title, titleEn: found.titleEn } : null;
  }

  async readPublished(id: number, userId: number | null): Promise<PolicyDetail> {
    const found = await this.policies.findPublishedById(id);
    if (!found) throw AppException.notFound('POLICY_NOT_FOUND', `policy ${id} not public`);
    const [attachments, favorited] = await Promise.all([
      this.attachments.findByPolicy(id),
      userId ? this.favorites.exists(userId, 'policy', id) : Promise.resolve(false),
    ]);
    await this.policies.incrementViewCount(id);
    await this.viewDays.countView(id, this.today());
    return toPolicyDetail({ ...found, viewCount: found.viewCount + 1 }, attachments, favorited);
  }

  async favorite(userId: number, id: number, on: boolean): Promise<FavoriteState> {
    return this.dataSource.transaction(async (em) => {
      const policy = await this.policies.findById(id, em);
      if (!policy || policy.status !== 'published')
        throw AppException.notFound('POLICY_NOT_FOUND', `policy ${id} not public`);
      const changed = on
        ? await this.favorites.add(userId, 'policy', id, em)
        : await this.favorites.remove(userId, 'policy', id, em);
      if (changed) await this.policies.addToFavoriteCount(id, on ? 1 : -1, em);
      return { favorited: on, favoriteCount: await this.policies.findFavoriteCount(id, em) };
    });
  }

  async listFavorites(userId: number, query: PageQuery): Promise<PolicyPage> {
    const [rows, total] = await this.policies.findFavoritePage(userId, window(query));
    return pageOf(rows.map(toPolicySummary), total, query);
  }

  async readAttachment(policyId: number, attachmentId: number): Promise<{ fileName: string; data: Buffer }> {
    const policy = await this.policies.findPublishedById(policyId);
    const attachment = policy ? await this.attachments.findOne(policyId, attachmentId) : null;
    if (!attachment)
      throw AppException.notFound('ATTACHMENT_NOT_FOUND', `attachment ${attachmentId} of policy ${policyId}`);
    return { fileName: attachment.fileName, data: await this.files.read(attachment.storageKey) };
  }

  /** Ids of the policies with these titles (the demo seed finds what it published). */
  findIdsByTitles(titles: string[]) {
    return this.policies.findIdsByTitles(titles);
  }

  // ---- staff ----

  async listForStaff(query: StaffPolicyQuery) {
    const today = this.today();
    const [rows, total] = await this.policies.findStaffPage({
      view: query.view,
      today,
      soon: addDays(today, EXPIRING_WITHIN_DAYS),
      ...window(query),
    });
    return pageOf(
      rows.map((p) => toPolicyRecord(p, [])),
      total,
      query,
    );
  }

  async getRecord(id: number): Promise<PolicyRecord> {
    const policy = await this.require(id);
    return toPolicyRecord(policy, await this.attachments.findByPolicy(id));
  }

  /** A new policy is a draft; the import writes through here too, in its own transaction. */
  async create(
    input: PolicyInput,
    actorId: number | null,
    manager?: EntityManager,
    action = 'policy.create',
  ): Promise<PolicyEntity> {
    const write = async (em: EntityManager) => {
      const saved = await this.policies.insert({ ...toColumns(input), status: 'draft', createdBy: actorId }, em);
      await this.audit.insert({ actorId, action, entityType: ENTITY_TYPE, entityId: saved.id }, em);
      return saved;
    };
    return manager ? write(manager) : this.dataSource.transaction(write);
  }

  async createRecord(input: PolicyInput, actorId: number): Promise<PolicyRecord> {
    return toPolicyRecord(await this.create(input, actorId), []);
  }

  async update(id: number, patch: UpdatePolicy, actorId: number): Promise<PolicyRecord> {
    const saved = await this.dataSource.transaction(async (em) => {
      const current = await this.require(id, em);
      // The rules that span fields (amount order, validity order) must hold for the policy as it will be.
      const checked = policyInputSchema.safeParse({ ...entityToInput(current), ...patch });
      if (!checked.success) throw checked.error;
      await this.policies.update(id, toColumns(patch), em);
      await this.audit.insert({ actorId, action: 'policy.update', entityType: ENTITY_TYPE, entityId: id }, em);
      const next = await this.require(id, em);
      await this.syncIndex(next, em);
      return next;
    });
    return toPolicyRecord(saved, await this.attachments.findByPolicy(id));
  }

  async publish(id: number, actorId: number): Promise<PolicyRecord> {
    return this.transition(id, 'publish', actorId, { status: 'published', publishedAt: this.clock.now() });
  }

  async archive(id: number, actorId: number): Promise<PolicyRecord> {
    return this.transition(id, 'archive', actorId, { status: 'archived' });
  }

  async addAttachment(id: number, upload: Upload, actorId: number): Promise<PolicyRecord> {
    if (upload.data.length > ATTACHMENT_MAX_BYTES) throw new AppException('ATTACHMENT_TOO_LARGE', 413);
    if (!isPdf(upload.data)) throw new AppException('ATTACHMENT_NOT_PDF', 400);
    const existing = await this.attachments.findByPolicy((await this.require(id)).id);
    if (existing.length >= ATTACHMENTS_PER_POLICY)
      throw new AppException('VALIDATION_FAILED', 400, 'too many attachments');
    const key = await this.files.put('policy', 'pdf', upload.data);
    const fileName = storedFileName(upload.fileName, 'pdf', 200);
    try {
      await this.dataSource.transaction(async (em) => {
        await this.attachments.insert({ policyId: id, fileName, storageKey: key, size: upload.data.length }, em);
        await this.audit.insert(
          { actorId, action: 'policy.attachment.add', entityType: ENTITY_TYPE, entityId: id },
          em,
        );
      });
    } catch (err) {
      await this.files.remove(key);
      throw err;
    }
    return this.getRecord(id);
  }

  async removeAttachment(id: number, attachmentId: number, actorId: number): Promise<PolicyRecord> {
    const attachment = await this.attachments.findOne(id, attachmentId);
    if (!attachment) throw AppException.notFound('ATTACHMENT_NOT_FOUND', `attachment ${attachmentId} of policy ${id}`);
    await this.dataSource.transaction(async (em) => {
      await this.attachments.delete(attachmentId, em);
      await this.audit.insert(
        { actorId, action: 'policy.attachment.remove', entityType: ENTITY_TYPE, entityId: id },
        em,
      );
    });
    await this.files.remove(attachment.storageKey);
    return this.getRecord(id);
  }

  /** Published policies are in the search index (until their validity ends); others are not. */
  async syncIndex(p: PolicyEntity, em?: EntityManager): Promise<void> {
    if (p.status !== 'published') {
      await this.search.remove('policy', p.id, em);
      return;
    }
    const bodyText = htmlToText(p.body);
    const bodyEnText = p.bodyEn ? htmlToText(p.bodyEn) : null;
    const category = POLICY_CATEGORY_LABELS[p.category];
    await this.search.index(
      {
        type: 'policy',
        refId: p.id,
        title: p.title,
        titleEn: p.titleEn,
        fields: [
          { text: p.title, weight: 10 },
          { text: p.titleEn, weight: 10 },
          { text: p.summary, weight: 3 },
          { text: p.summaryEn, weight: 3 },
          { text: `${category.zh} ${category.en}`, weight: 3 },
          { text: p.issuer, weight: 2 },
          { text: p.issuerEn, weight: 2 },
          { text: bodyText, weight: 1 },
          { text: bodyEnText, weight: 1 },
          { text: p.howToApply, weight: 1 },
        ],
        // The category leads the snippet: a query that matched it (签证, visa) shows where it matched.
        content: bilingualContent(
          [category.zh, p.summary, bodyText],
          [category.en, p.summaryEn, bodyEnText],
          SNIPPET_SOURCE_MAX,
        ),
        visibleFrom: p.publishedAt,
        visibleTo: p.validTo ? endOfLocalDate(p.validTo) : null,
      },
      em,
    );
  }

  private async transition(
    id: number,
    action: 'publish' | 'archive',
    actorId: number | null,
    values: Partial<PolicyEntity>,
    manager?: EntityManager,
  ): Promise<PolicyRecord> {
    const run = async (em: EntityManager) => {
      const current = await this.require(id, em);
      if (!ALLOWED_FROM[action].includes(current.status)) {
        throw new AppException('POLICY_INVALID_TRANSITION', 409, `${action} from ${current.status}`);
      }
      await this.policies.update(id, values, em);
      await this.audit.insert({ actorId, action: `policy.${action}`, entityType: ENTITY_TYPE, entityId: id }, em);
      const next = await this.require(id, em);
      await this.syncIndex(next, em);
      return next;
    };
    const saved = manager ? await run(manager) : await this.dataSource.transaction(run);
    return toPolicyRecord(saved, manager ? [] : await this.attachments.findByPolicy(id));
  }

  /** Publishing inside someone else's transaction (the demo seed). */
  publishWithin(id: number, actorId: number | null, publishedAt: Date, manager: EntityManager): Promise<PolicyRecord> {
    return this.transition(id, 'publish', actorId, { status: 'published', publishedAt }, manager);
  }

  private async require(id: number, manager?: EntityManager): Promise<PolicyEntity> {
    const found = await this.policies.findById(id, manager);
    if (!found) throw AppException.notFound('POLICY_NOT_FOUND', `policy ${id}`);
    return found;
  }
}
