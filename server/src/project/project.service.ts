import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type Page,
  type PageQuery,
  PITCH_DECK_MAX_BYTES,
  type ProjectDetail,
  type ProjectInput,
  type ProjectListQuery,
  type ProjectRecord,
  type ProjectSummary,
  type UpdateProject,
} from '@ihaigui/shared';
import { AccountErasure } from '../account/account-erasure';
import { AccountService } from '../account/account.service';
import { FileStorage } from '../account/file-storage';
import { isPdf } from '../account/talent-profile.service';
import { AuditService } from '../audit/audit.service';
import { STAFF_ROLES } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CLOCK, type Clock } from '../common/clock';
import { readAfterCommit } from '../common/idempotency/idempotency';
import { pageOf, window } from '../common/db/paging';
import { AppException } from '../common/errors/app.exception';
import type { Upload } from '../common/upload';
import { IntentionService } from '../intention/intention.service';
import { isVerified, OrganizationService } from '../organization/organization.service';
import { ProjectAccessRepository } from './project-access.repository';
import { ProjectRecords } from './project-records';
import { ProjectReviewRepository } from './project-review.repository';
import type { ProjectEntity } from './project.entity';
import {
  projectColumns,
  type ProjectRecordRow,
  toProjectDetail,
  toProjectExport,
  toProjectRecordRow,
  toProjectSummary,
} from './project.mapper';
import { ProjectRepository, type ProjectRow } from './project.repository';
import {
  DELETABLE_STATUSES,
  EDITABLE_STATUSES,
  projectOpenKey,
  type ProjectViewer,
  seesPrivate,
  seesProject,
  SUBMITTABLE_STATUSES,
} from './project.rules';
import { storedFileName } from '../common/file-name';

const ENTITY_TYPE = 'project';
/** The owner's view of a record: no reviews, no experts' average. */
const OWNER_VIEW = { reviews: null, score: false } as const;

/**
 * Talent projects from the talent's side (register, edit, submit for screening, pitch deck) and the public side
 * (accepted projects organisations and talents browse; the details only for those party to it).
 */
@Injectable()
export class ProjectService implements OnModuleInit {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly reviews: ProjectReviewRepository,
    private readonly access: ProjectAccessRepository,
    private readonly records: ProjectRecords,
    private readonly users: AccountService,
    private readonly organizations: OrganizationService,
    private readonly intentions: IntentionService,
    private readonly files: FileStorage,
    private readonly audit: AuditService,
    private readonly erasure: AccountErasure,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // A deleted account's projects go whatever their state, with their screening history, the experts' reviews of
    // them and the pitch decks. Intentions on them belong to the intention feature (which erases its own side).
    this.erasure.register('projects', async (userId, em) => {
      const rows = await this.projects.findKeysOfOwner(userId, em);
      const ids = rows.map((r) => r.id);
      await this.reviews.deleteForProjects(ids, em);
      await this.projects.deleteHistory(ids, em);
      await this.projects.deleteAllOfOwner(userId, em);
      for (const row of rows) await this.files.remove(row.pitchDeckKey);
    });
    this.erasure.registerExport('projects', async (userId) => {
      const rows = await this.projects.findAllOfOwner(userId);
      const history = await this.projects.findHistory(rows.map((r) => r.id));
      return rows.map((r) =>
        toProjectExport(
          r,
          history.filter((h) => h.projectId === r.id),
        ),
      );
    });
  }

  // ---- the talent's own projects ----

  async create(userId: number, input: ProjectInput): Promise<ProjectRecord> {
    const now = this.clock.now();
    await this.assertOpenEvent(input.eventId, now);
    const saved = await this.dataSource.transaction(async (em) => {
      const project = await this.projects.insert(
        { ...projectColumns(input), ownerId: userId, status: 'draft', createdAt: now, updatedAt: now },
        em,
      );
      await this.audit.insert(
        { actorId: userId, action: 'project.create', entityType: ENTITY_TYPE, entityId: project.id },
        em,
      );
      return project;
    });
    // Committed: a failing read must not answer 500 for a project that exists.
    return readAfterCommit(() => this.records.read(saved.id, OWNER_VIEW));
  }

  async listMine(userId: number, query: PageQuery): Promise<Page<ProjectRecordRow>> {
    const [rows, total] = await this.projects.findPageForOwner(userId, window(query));
    return pageOf(
      rows.map((r) => toProjectRecordRow(r, false)),
      total,
      query,
    );
  }

  async getMine(userId: number, id: number): Promise<ProjectRecord> {
    await this.requireOwn(userId, id);
    return this.records.read(id, OWNER_VIEW);
  }

  /** Edits a draft or a returned project; fields left out keep their values. */
  async update(userId: number, id: number, input: UpdateProject): Promise<ProjectRecord> {
    await this.requireOwn(userId, id);
    const now = this.clock.now();
    if (input.eventId !== undefined) await this.assertOpenEvent(input.eventId, now);
    await this.dataSource.transaction(async (em) => {
      if (!(await this.projects.transition(id, EDITABLE_STATUSES, { ...projectColumns(input), updatedAt: now }, em))) {
        throw AppException.conflict('PROJECT_INVALID_TRANSITION', `project ${id} is not editable`);
      }
      await this.audit.insert(
        {
          actorId: userId,
          action: 'project.update',
          entityType: ENTITY_TYPE,
          entityId: id,
          detail: { fields: Object.keys(input) },
        },
        em,
      );
    });
    return this.records.read(id, OWNER_VIEW);
  }

  /** To screening. The first submission is the project's registration time; submitting again after a return keeps it. */
  async submit(userId: number, id: number): Promise<ProjectRecord> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (em) => {
      const current = await this.requireOwn(userId, id, em);
      const moved =
        SUBMITTABLE_STATUSES.includes(current.status) &&
        (await this.projects.transition(
          id,
          [current.status],
          { status: 'submitted', statusReason: null, submittedAt: current.submittedAt ?? now, updatedAt: now },
          em,
        ));
      if (!moved)
        throw AppException.conflict('PROJECT_INVALID_TRANSITION', `project ${id}: ${current.status} → submitted`);
      await this.projects.insertHistory(
        { projectId: id, action: 'submitted', reason: null, actorId: userId, at: now },
        em,
      );
      await this.audit.insert(
        {
          actorId: userId,
          action: 'project.submit',
          entityType: ENTITY_TYPE,
          entityId: id,
          detail: { from: current.status },
        },
        em,
      );
    });
    return this.records.read(id, OWNER_VIEW);
  }

  async uploadPitchDeck(userId: number, id: number, upload: Upload): Promise<ProjectRecord> {
    const current = await this.requireOwn(userId, id);
    if (!EDITABLE_STATUSES.includes(current.status))
      throw AppException.conflict('PROJECT_INVALID_TRANSITION', `project ${id} is ${current.status}`);
    if (upload.data.length > PITCH_DECK_MAX_BYTES) throw new AppException('PITCH_DECK_TOO_LARGE', 413);
    if (!isPdf(upload.data)) throw new AppException('PITCH_DECK_NOT_PDF', 400);
    const key = await this.files.put('pitchdecks', 'pdf', upload.data);
    const fileName = storedFileName(upload.fileName, 'pdf', 200);
    const now = this.clock.now();
    try {
      await this.dataSource.transaction(async (em) => {
        const values = {
          pitchDeckKey: key,
          pitchDeckName: fileName,
          pitchDeckSize: upload.data.length,
          pitchDeckUploadedAt: now,
          updatedAt: now,
        };
        if (!(await this.projects.transition(id, EDITABLE_STATUSES, values, em))) {
          throw AppException.conflict('PROJECT_INVALID_TRANSITION', `project ${id} changed meanwhile`);
        }
        await this.audit.insert(
          { actorId: userId, action: 'project.pitch-deck', entityType: ENTITY_TYPE, entityId: id },
          em,
        );
      });
    } catch (err) {
      await this.files.remove(key);
      throw err;
    }
    await this.files.remove(current.pitchDeckKey);
    return this.records.read(id, OWNER_VIEW);
  }

  async removePitchDeck(userId: number, id: number): Promise<ProjectRecord> {
    const current = await this.requireOwn(userId, id);
    const now = this.clock.now();
    await this.dataSource.transaction(async (em) => {
      const values = {
        pitchDeckKey: null,
        pitchDeckName: null,
        pitchDeckSize: null,
        pitchDeckUploadedAt: null,
        updatedAt: now,
      };
      if (!(await this.projects.transition(id, EDITABLE_STATUSES, values, em))) {
        throw AppException.conflict('PROJECT_INVALID_TRANSITION', `project ${id} is ${current.status}`);
      }
      await this.audit.insert(
        { actorId: userId, action: 'project.pitch-deck.delete', entityType: ENTITY_TYPE, entityId: id },
        em,
      );
    });
    await this.files.remove(current.pitchDeckKey);
    return this.records.read(id, OWNER_VIEW);
  }

  /** Only a draft (never screened) may be deleted. */
  async deleteDraft(userId: number, id: number): Promise<void> {
    const current = await this.requireOwn(userId, id);
    await this.dataSource.transaction(async (em) => {
      if (!(await this.projects.deleteIn(id, DELETABLE_STATUSES, em))) {
        throw AppException.conflict('PROJECT_INVALID_TRANSITION', `project ${id} is ${current.status}`);
      }
      await this.projects.deleteHistory([id], em);
      await this.audit.insert({ actorId: userId, action: 'project.delete', entityType: ENTITY_TYPE, entityId: id }, em);
    });
    await this.files.remove(current.pitchDeckKey);
  }

  // ---- public ----

  async listPublic(user: AuthUser | null, query: ProjectListQuery): Promise<Page<ProjectSummary>> {
    const [rows, total] = await this.projects.findPublicPage({
      viewerId: user?.id ?? null,
      q: query.q,
      field: query.field,
      originRegion: query.originRegion,
      stage: query.stage,
      seeks: query.seeks,
      ...window(query),
    });
    return pageOf(rows.map(toProjectSummary), total, query);
  }

  /** An accepted project the caller may find; its details only for those party to it. */
  async readPublic(user: AuthUser | null, id: number): Promise<ProjectDetail> {
    const row = await this.projects.findWithContext(id);
    if (!row || row.status !== 'accepted') throw AppException.notFound('PROJECT_NOT_FOUND', `project ${id} not public`);
    const viewer = await this.viewerOf(user, row);
    if (!seesProject(row, viewer))
      throw AppException.notFound('PROJECT_NOT_FOUND', `project ${id} not visible to the caller`);
    let canPropose = false;
    if (viewer?.verifiedOrganizationId) {
      const key = projectOpenKey(viewer.verifiedOrganizationId, id);
      canPropose = !(await this.access.findOpenKeys([key])).has(key);
    }
    return toProjectDetail(row, { seesPrivate: seesPrivate(row, viewer), canPropose });
  }

  /** The pitch deck, for those who see the details; a read by anyone but the owner is audited like a CV's. */
  async readPitchDeck(user: AuthUser, id: number): Promise<{ fileName: string; data: Buffer }> {
    const row = await this.projects.findWithContext(id);
    if (!row) throw AppException.notFound('PROJECT_NOT_FOUND', `project ${id}`);
    const viewer = await this.viewerOf(user, row);
    if (!seesPrivate(row, viewer))
      throw AppException.notFound('PROJECT_NOT_FOUND', `project ${id}: details not for the caller`);
    if (!row.pitchDeckKey) throw AppException.notFound('PROJECT_NOT_FOUND', `project ${id} has no pitch deck`);
    const data = await this.files.read(row.pitchDeckKey);
    if (user.id !== row.ownerId)
      await this.audit.insert({
        actorId: user.id,
        action: 'project.pitch-deck.read',
        entityType: ENTITY_TYPE,
        entityId: id,
      });
    return { fileName: row.pitchDeckName ?? 'pitch-deck.pdf', data };
  }

  /** Who the caller is to this project: staff, a verified organisation's member, its reviewer, engaged through an intention. */
  private async viewerOf(user: AuthUser | null, project: ProjectRow): Promise<ProjectViewer | null> {
    if (!user) return null;
    // The role from the database, not the token: a public route does not check the account is still active.
    const [account, org, assignedReviewer] = await Promise.all([
      this.users.findActiveById(user.id),
      this.organizations.findForMember(user.id),
      this.reviews.isAssigned(project.id, user.id),
    ]);
    if (!account) return null;
    return {
      userId: account.id,
      staff: STAFF_ROLES.includes(account.role),
      verifiedOrganizationId: org && isVerified(org) ? org.id : null,
      assignedReviewer,
      intentionParty: org ? await this.intentions.organizationEngagedOnProject(org.id, project.id) : false,
    };
  }

  private async requireOwn(userId: number, id: number, manager?: EntityManager): Promise<ProjectEntity> {
    const project = await this.projects.findById(id, manager);
    if (!project || project.ownerId !== userId)
      throw AppException.notFound('PROJECT_NOT_FOUND', `project ${id} not of user ${userId}`);
    return project;
  }

  /** A project may register for a published event that has not started yet. */
  private async assertOpenEvent(eventId: number | null, now: Date): Promise<void> {
    if (eventId !== null && !(await this.projects.isOpenEvent(eventId, now))) {
      throw new AppException('EVENT_NOT_FOUND', 422, `event ${eventId} not published or already started`);
    }
  }
}
