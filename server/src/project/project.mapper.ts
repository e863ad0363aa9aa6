import {
  decodeTagSet,
  encodeTagSet,
  type MyDataExport,
  PROJECT_SEEKS,
  type ProjectDetail,
  type ProjectInput,
  type ProjectRecord,
  type projectRecordPageSchema,
  type ProjectReview,
  type ProjectSummary,
  type UpdateProject,
} from '@ihaigui/shared';
import type { z } from 'zod';
import type { ReviewRow } from './project-review.repository';
import type { ProjectEntity, ProjectHistoryEntity } from './project.entity';
import type { ProjectRow } from './project.repository';
import { roundOne } from './project.rules';

export type ProjectRecordRow = z.infer<typeof projectRecordPageSchema>['items'][number];

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);
const toHistory = (h: ProjectHistoryEntity) => ({ action: h.action, reason: h.reason, at: h.at.toISOString() });

/** The talent's form → column values (the seeks as a tag set). */
export function projectColumns(input: ProjectInput | UpdateProject): Partial<ProjectEntity> {
  const { seeks, ...rest } = input;
  return { ...rest, ...(seeks ? { seeks: encodeTagSet(seeks) } : {}) };
}

export function toProjectSummary(p: ProjectEntity): ProjectSummary {
  return {
    id: p.id,
    name: p.name,
    nameEn: p.nameEn,
    field: p.field,
    originRegion: p.originRegion,
    teamSize: p.teamSize,
    leaderDegree: p.leaderDegree,
    stage: p.stage,
    financingNeed: p.financingNeed,
    seeks: decodeTagSet(p.seeks, PROJECT_SEEKS),
    summary: p.summary,
    summaryEn: p.summaryEn,
    visibility: p.visibility,
    shortlisted: p.shortlistedAt !== null && p.shortlistedAt !== undefined,
    acceptedAt: iso(p.acceptedAt),
  };
}

/** The details only the owner, staff, assigned reviewers and intention parties see. */
export function toProjectPrivate(p: ProjectRow): NonNullable<ProjectDetail['private']> {
  return {
    details: p.details,
    detailsEn: p.detailsEn,
    contact: p.contact,
    pitchDeck:
      p.pitchDeckKey && p.pitchDeckUploadedAt
        ? {
            fileName: p.pitchDeckName ?? 'pitch-deck.pdf',
            size: p.pitchDeckSize ?? 0,
            uploadedAt: p.pitchDeckUploadedAt.toISOString(),
          }
        : null,
    leaderName: p.profile?.name ?? p.owner?.displayName ?? '',
  };
}

export function toProjectDetail(p: ProjectRow, viewer: { seesPrivate: boolean; canPropose: boolean }): ProjectDetail {
  return {
    ...toProjectSummary(p),
    private: viewer.seesPrivate ? toProjectPrivate(p) : null,
    canPropose: viewer.canPropose,
  };
}

/** A list row for the owner and staff. The owner is not shown the experts' average (`showScore` false). */
export function toProjectRecordRow(p: ProjectRow, showScore: boolean): ProjectRecordRow {
  return {
    ...toProjectSummary(p),
    canPropose: false,
    status: p.status,
    statusReason: p.statusReason,
    owner: { id: p.ownerId, displayName: p.owner?.displayName ?? '' },
    event: p.event ? { id: p.event.id, title: p.event.title, titleEn: p.event.titleEn } : null,
    averageScore: showScore ? roundOne(p.averageScore) : null,
    reviewCount: p.reviewCount,
    assignedCount: p.assignedCount,
    submittedAt: iso(p.submittedAt),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function toProjectRecord(
  p: ProjectRow,
  extras: { history: ProjectHistoryEntity[]; reviews: ProjectReview[] | null; showScore: boolean },
): ProjectRecord {
  const { reviewCount: _reviewCount, assignedCount: _assignedCount, ...row } = toProjectRecordRow(p, extras.showScore);
  return {
    ...row,
    private: toProjectPrivate(p),
    history: extras.history.map(toHistory),
    reviews: extras.reviews,
  };
}

export function toProjectReview(r: ReviewRow): ProjectReview {
  const scored =
    r.submittedAt !== null && r.innovation !== null && r.team !== null && r.market !== null && r.localFit !== null;
  return {
    reviewer: { id: r.reviewerId, displayName: r.reviewer?.displayName ?? '' },
    assignedAt: r.assignedAt.toISOString(),
    scores: scored
      ? {
          innovation: r.innovation as number,
          team: r.team as number,
          market: r.market as number,
          localFit: r.localFit as number,
        }
      : null,
    total: scored ? r.total : null,
    comment: scored ? r.comment : null,
    submittedAt: iso(r.submittedAt),
  };
}

/** A project as it appears in its owner's data export. */
export function toProjectExport(p: ProjectEntity, history: ProjectHistoryEntity[]): MyDataExport['projects'][number] {
  const { shortlisted: _shortlisted, acceptedAt: _acceptedAt, ...card } = toProjectSummary(p);
  return {
    ...card,
    details: p.details,
    detailsEn: p.detailsEn,
    contact: p.contact,
    status: p.status,
    statusReason: p.statusReason,
    pitchDeck: p.pitchDeckKey ? { fileName: p.pitchDeckName ?? 'pitch-deck.pdf', size: p.pitchDeckSize ?? 0 } : null,
    history: history.map(toHistory),
    submittedAt: iso(p.submittedAt),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
