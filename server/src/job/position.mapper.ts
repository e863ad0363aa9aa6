import {
  DEGREE_RANK,
  type PositionDetail,
  type PositionInput,
  type PositionRecord,
  type PositionSummary,
} from '@ihaigui/shared';
import type { PositionEntity } from './position.entity';
import type { PositionWithOrg } from './position.repository';

export function toPositionSummary(p: PositionWithOrg): PositionSummary {
  return {
    id: p.id,
    title: p.title,
    titleEn: p.titleEn,
    organization: { id: p.organization.id, name: p.organization.name },
    function: p.function,
    industry: p.industry,
    city: p.city,
    district: p.district,
    salaryMin: p.negotiable ? null : p.salaryMin,
    salaryMax: p.negotiable ? null : p.salaryMax,
    negotiable: p.negotiable,
    minDegree: p.minDegree,
    experienceYears: p.experienceYears,
    headcount: p.headcount,
    publishedAt: p.publishedAt ? p.publishedAt.toISOString() : null,
    expiresOn: p.expiresOn,
  };
}

export function toPositionDetail(p: PositionWithOrg, viewer: { favorited: boolean; applied: boolean }): PositionDetail {
  return {
    ...toPositionSummary(p),
    description: p.description,
    descriptionEn: p.descriptionEn,
    requirements: p.requirements,
    requirementsEn: p.requirementsEn,
    benefits: p.benefits,
    languages: p.languages ?? [],
    favorited: viewer.favorited,
    applied: viewer.applied,
  };
}

/** The owner's and staff's view. List rows leave the long texts out (they are not loaded); the schema drops them. */
export function toPositionRecord(p: PositionWithOrg): PositionRecord {
  return {
    ...toPositionDetail(p, { favorited: false, applied: false }),
    // Owners see the salary they entered even when it is shown to talents as negotiable.
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    description: p.description ?? '',
    requirements: p.requirements ?? '',
    status: p.status,
    contentCheck: p.contentCheck,
    rejectReason: p.rejectReason,
    closeReason: p.closeReason,
    extended: p.extended,
    applicationCount: p.applicationCount,
    viewCount: p.viewCount,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** Text the content check reads: everything the enterprise wrote, one field per line. */
export function positionText(
  p: Pick<
    PositionEntity,
    'title' | 'titleEn' | 'description' | 'descriptionEn' | 'requirements' | 'requirementsEn' | 'benefits' | 'languages'
  >,
): string {
  return [
    p.title,
    p.titleEn,
    p.description,
    p.descriptionEn,
    p.requirements,
    p.requirementsEn,
    p.benefits,
    ...(p.languages ?? []),
  ]
    .filter((t): t is string => Boolean(t))
    .join('\n');
}

/** The enterprise's form → column values. A negotiable salary is stored without figures, so none can leak. */
export function toPositionColumns(input: PositionInput): Partial<PositionEntity> {
  const { expiresOn: _expiresOn, ...fields } = input;
  return {
    ...fields,
    salaryMin: input.negotiable ? null : input.salaryMin,
    salaryMax: input.negotiable ? null : input.salaryMax,
    minDegreeRank: DEGREE_RANK[input.minDegree],
  };
}
