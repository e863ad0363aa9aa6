import { REVIEW_CRITERIA, type ProjectStatus, type ReviewScores, type ScreenProject } from '@ihaigui/shared';

/** States in which the talent may still change the project (its text and its pitch deck). */
export const EDITABLE_STATUSES: ProjectStatus[] = ['draft', 'returned'];
/** States from which the talent may send the project to screening. */
export const SUBMITTABLE_STATUSES: ProjectStatus[] = ['draft', 'returned'];
/** Only a draft that was never screened may be deleted by its owner. */
export const DELETABLE_STATUSES: ProjectStatus[] = ['draft'];

/** What a screening decision does: the status the project goes to, and the history action recorded. */
export function screeningOutcome(input: ScreenProject): {
  status: ProjectStatus;
  action: 'accepted' | 'returned' | 'rejected';
  reason: string | null;
} {
  switch (input.decision) {
    case 'accept':
      return { status: 'accepted', action: 'accepted', reason: null };
    case 'return':
      return { status: 'returned', action: 'returned', reason: input.reason ?? null };
    case 'reject':
      return { status: 'rejected', action: 'rejected', reason: input.reason ?? null };
  }
}

/** One decimal, as scores are shown (null stays null). */
export function roundOne(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? Math.round(n * 10) / 10 : null;
}

/** The criteria averages of one project as the aggregate query returns them (strings on MySQL), rounded. */
export function criterionAverages(
  raw: Partial<Record<keyof ReviewScores, number | string | null>> | undefined,
): Partial<Record<keyof ReviewScores, number>> {
  const out: Partial<Record<keyof ReviewScores, number>> = {};
  if (!raw) return out;
  for (const c of REVIEW_CRITERIA) {
    const v = roundOne(raw[c]);
    if (v !== null) out[c] = v;
  }
  return out;
}

/** The unique key an open intention between an organisation and a project holds (see the intention entity). */
export function projectOpenKey(organizationId: number, projectId: number): string {
  return `o${organizationId}:p${projectId}`;
}

/** The unique key an open intention between an organisation and a talent (without a project) holds. */
export function talentOpenKey(organizationId: number, talentUserId: number): string {
  return `o${organizationId}:t${talentUserId}`;
}

/** What is known about the caller of a project page. */
export interface ProjectViewer {
  userId: number;
  staff: boolean;
  /** The caller's organisation when it is verified. */
  verifiedOrganizationId: number | null;
  /** Assigned to review this project. */
  assignedReviewer: boolean;
  /** The caller's organisation has an intention on this project accepted or further on, not declined or withdrawn. */
  intentionParty: boolean;
}

/** Who sees a project's details (description, contact, pitch deck): the owner, staff, its reviewers and engaged organisations. */
export function seesPrivate(project: { ownerId: number }, viewer: ProjectViewer | null): boolean {
  if (!viewer) return false;
  return viewer.userId === project.ownerId || viewer.staff || viewer.assignedReviewer || viewer.intentionParty;
}

/** Who finds an accepted project at all: everyone when public, else verified organisations plus those who see its details. */
export function seesProject(
  project: { ownerId: number; visibility: 'public' | 'verified_orgs' },
  viewer: ProjectViewer | null,
): boolean {
  if (project.visibility === 'public') return true;
  if (!viewer) return false;
  return viewer.verifiedOrganizationId !== null || seesPrivate(project, viewer);
}
